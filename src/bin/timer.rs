//! The speaking timer bundle (`timer.html`).

fn main() {
    console_error_panic_hook::set_once();
    gpa2021::ui::mount(gpa2021::routes::Bundle::Timer, gpa2021::ui::timer_pages);
}
