//! Keeps a slot of rendered HTML current: the content of the element with an id follows a
//! reactive render function. The first render is the HTML the page already has (from the
//! static page or the view's initial markup); after that, only a change touches the DOM.

use crate::platform::dom;
use leptos::prelude::*;

pub fn bind(id: &'static str, html: impl Fn() -> String + Send + Sync + 'static) {
    let last = StoredValue::new(untrack(&html));
    Effect::new(move |_| {
        let next = html();
        if last.with_value(|l| *l != next) {
            dom::set_inner_html(id, &next);
            last.set_value(next);
        }
    });
}
