//! The question explorer bundle (`questions.html`).

fn main() {
    // Panic messages in the console while developing; a release build leaves them out (the
    // guard script shows its banner either way).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    app::ui::mount(
        app::routes::Bundle::Questions,
        app::ui::questions_page,
        app::ui::questions_texts,
    );
}
