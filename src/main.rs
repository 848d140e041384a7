//! The agenda bundle (`index.html`).

fn main() {
    // Panic messages in the console while developing; a release build leaves them out (the
    // guard script shows its banner either way).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    gpa2021::ui::mount(
        gpa2021::routes::Bundle::Agenda,
        gpa2021::ui::agenda_pages,
        gpa2021::ui::agenda_texts,
        gpa2021::ui::warm_agenda,
    );
}
