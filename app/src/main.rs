//! The agenda bundle (`index.html`).

fn main() {
    // Panic messages in the console while developing; a release build leaves them out (the
    // guard script shows its banner either way).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    app::ui::mount(
        app::routes::Bundle::Agenda,
        app::ui::agenda_page,
        app::ui::agenda_texts,
    );
}
