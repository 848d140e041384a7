//! The speaking timer bundle (`timer.html`).

fn main() {
    // Panic messages in the console while developing; a release build leaves them out (the
    // guard script shows its banner either way).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    app::ui::mount(
        app::routes::Bundle::Timer,
        app::ui::timer_page,
        app::ui::timer_texts,
    );
}
