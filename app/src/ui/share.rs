//! Share a link: the system share sheet on phones, the clipboard elsewhere, and the link
//! itself on screen when neither is allowed (for example in an iframe without permission).

use crate::platform::{self, Shared};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ShareButton(
    /// The button's text.
    label: &'static str,
    /// The title handed to the share sheet.
    #[prop(into)]
    title: String,
    /// The link to share.
    #[prop(into)]
    url: Signal<String>,
    /// A secondary (outlined) button.
    #[prop(optional)]
    quiet: bool,
    /// The button's `data-early` key, when the static page has the same button (a press
    /// before the app started is replayed, see `dom::replay_early_buttons`).
    #[prop(optional)]
    early: Option<&'static str>,
) -> impl IntoView {
    let t = super::state::use_frame().get_untracked().c;
    let (result, set_result) = signal(None::<Shared>);
    let title = StoredValue::new(title);
    // "Link copied" is about the link as it was: when the link changes (the timer was paused,
    // say), the line goes, so it never vouches for a link that was not copied. A link shown
    // to copy by hand stays, and follows.
    Effect::new(move |before: Option<()>| {
        url.track();
        if before.is_some() && result.with_untracked(|r| !matches!(r, Some(Shared::Failed) | None))
        {
            set_result.set(None);
        }
    });
    let on_click = move |_| {
        let link = url.get_untracked();
        let title = title.get_value();
        spawn_local(async move {
            set_result.set(Some(platform::share_or_copy(&title, &link).await));
        });
    };
    view! {
        <span class="share">
            <button type="button" class=if quiet { "button button--quiet" } else { "button" } data-early=early on:click=on_click>{label}</button>
            <span class="share__status" role="status">
                {move || match result.get() {
                    Some(Shared::Copied) => Some(view! { <span>{t.share_copied}</span> }.into_any()),
                    Some(Shared::Shared) => Some(view! { <span>{t.share_shared}</span> }.into_any()),
                    Some(Shared::Failed) => Some(view! {
                        <span>{t.share_copy_this}" "<input class="share__link" readonly dir="ltr" aria-label=t.share_link prop:value=move || url.get()/></span>
                    }.into_any()),
                    None => None,
                }}
            </span>
        </span>
    }
}
