//! The question explorer bundle (`questions.html`).

fn main() {
    console_error_panic_hook::set_once();
    gpa2021::ui::mount(
        gpa2021::routes::Bundle::Questions,
        gpa2021::ui::questions_pages,
    );
}
