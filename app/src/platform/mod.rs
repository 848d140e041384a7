//! The platform layer: the only code that touches `web-sys` / `js-sys`. Each function has a
//! plain signature so views stay thin and the core stays testable natively. Every browser call
//! that can fail returns `Option`/`bool` instead of panicking: a blocked storage or a missing
//! API degrades the feature, never the page.

pub mod device;
pub mod dom;
pub mod embed;
pub mod offline;

use crate::time::Millis;
use wasm_bindgen::{JsCast, JsValue};

/// The wall clock, in UTC milliseconds.
pub fn now_ms() -> Millis {
    js_sys::Date::now() as Millis
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The path the app is served under, without a trailing slash: `""` at the site root,
/// `"/gpa-2021"` under a sub-path. Every route is one path segment deep (ids go in the query),
/// so the base is simply the current path's directory, and Trunk's relative asset URLs
/// (`public_url = "./"`) resolve against the same directory.
pub fn base_path() -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let location = w.location();
    let mut path = location.pathname().unwrap_or_default();
    // An address deeper than the app's pages gets a `<base>` from the page's first script
    // (web/early.js): links resolve against it, and so does the app. Only one on this origin
    // counts (the page's policy allows no other: `base-uri 'self'`).
    let base = document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|b| web_sys::Url::new(&b).ok());
    if let Some(b) = base.filter(|b| Some(b.origin()) == location.origin().ok()) {
        path = b.pathname();
    }
    crate::routes::base_of(&path).to_string()
}

/// The app's absolute URL for an in-app path (`/session?id=x` → `https://host/base/session?id=x`).
pub fn absolute_url(app_path: &str) -> String {
    let origin = window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}{app_path}", base_path())
}

/// The visitor's UTC offset in minutes (east positive) at an instant.
pub fn local_utc_offset_minutes(t: Millis) -> i32 {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t as f64));
    -(d.get_timezone_offset() as i32)
}

/// A text file of the app (same origin), or `None` when it cannot be had (offline and not
/// cached, not found).
pub async fn fetch_text(url: &str) -> Option<String> {
    let promise = window()?.fetch_with_str(url);
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The sessions whose star was pressed on the static page before the app started (recorded by
/// `guard.js`; each id toggles once). Ids are checked by `Favourites`, and at most 50 are read.
pub fn take_early_stars() -> Vec<String> {
    take_early("gpaEarlyStars")
}

/// What `guard.js` recorded under `name` (a function that hands its list over once).
pub fn take_early(name: &str) -> Vec<String> {
    let Some(w) = window() else {
        return Vec::new();
    };
    let taken = js_sys::Reflect::get(&w, &wasm_bindgen::JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&w).ok());
    match taken {
        Some(list) => js_sys::Array::from(&list)
            .iter()
            .take(50)
            .filter_map(|v| v.as_string())
            .collect(),
        None => Vec::new(),
    }
}

/// The browser's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// Reads a localStorage value; `None` when absent or storage is blocked.
pub fn storage_get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a localStorage value; `false` when storage is blocked or full.
pub fn storage_set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Reads a sessionStorage value (this tab's); `None` when absent or storage is blocked.
pub fn tab_storage_get(key: &str) -> Option<String> {
    window()?
        .session_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// Writes a sessionStorage value (this tab's), if storage allows.
pub fn tab_storage_set(key: &str, value: &str) {
    if let Some(s) = window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.set_item(key, value);
    }
}

thread_local! {
    /// The QR function of the `qr` module, once loaded.
    static QR: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// A QR code as SVG, if the `qr` module is loaded already (see [`qr_svg`]).
pub fn qr_svg_now(data: &str, label: &str) -> Option<String> {
    let f = QR.with_borrow(Clone::clone)?;
    let svg = f
        .call2(&JsValue::NULL, &data.into(), &label.into())
        .ok()?
        .as_string()?;
    (!svg.is_empty()).then_some(svg)
}

/// A QR code as SVG, loading the `qr` module first if needed (`src/bin/qr.rs`; the agenda's
/// boot script defines `gpaQr`, which imports it). `None` if it can't be loaded.
pub async fn qr_svg(data: &str, label: &str) -> Option<String> {
    if QR.with_borrow(Option::is_none) {
        let load: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"gpaQr".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let promise: js_sys::Promise = load.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
        let f = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
        QR.set(Some(f.dyn_into().ok()?));
    }
    qr_svg_now(data, label)
}

/// Ctrl+P or ⌘P: the browser's print shortcut.
pub fn is_print_shortcut(ev: &web_sys::KeyboardEvent) -> bool {
    (ev.ctrl_key() || ev.meta_key())
        && !ev.alt_key()
        && !ev.shift_key()
        && ev.key().eq_ignore_ascii_case("p")
}

/// Moves keyboard focus to an element by id (and scrolls it into view).
pub fn focus_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Brings an element by id into view, only if it is not in view already.
pub fn scroll_into_view_if_needed(id: &str) {
    let (Some(w), Some(el)) = (window(), document().and_then(|d| d.get_element_by_id(id))) else {
        return;
    };
    let r = el.get_bounding_client_rect();
    let height = w
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if r.top() < 0.0 || r.bottom() > height {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Scrolls an element by id into view (centred), if it exists.
pub fn scroll_to_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// The page's current path and query string (`location.pathname`, `location.search`).
pub fn location_path_and_search() -> (String, String) {
    let Some(loc) = window().map(|w| w.location()) else {
        return (String::from("/"), String::new());
    };
    (
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default(),
    )
}

/// Adds (`replace == false`) or replaces a history entry for an absolute path.
pub fn history_set(url: &str, replace: bool) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(url))
    } else {
        history.push_state_with_url(&state, "", Some(url))
    };
}

/// Calls `f` whenever the visitor moves through history (back/forward).
pub fn on_popstate(f: impl Fn() + 'static) {
    let Some(w) = window() else { return };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let _ = w.add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    cb.forget();
}

/// Routes clicks on in-app links without a page load. `f` receives the link's target relative
/// to `base` (`/session?id=x`) and returns whether it handled it. Clicks with a modifier key,
/// on links with `target` or `download`, to other origins or outside `base`, or that only
/// change the fragment of the current page are left to the browser.
pub fn intercept_link_clicks(base: &'static str, f: impl Fn(String) -> bool + 'static) {
    let Some(doc) = document() else { return };
    let handler = move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        if !anchor.target().is_empty() || anchor.has_attribute("download") {
            return;
        }
        let Some(loc) = window().map(|w| w.location()) else {
            return;
        };
        if anchor.origin() != loc.origin().unwrap_or_default() {
            return;
        }
        let path = anchor.pathname();
        let Some(rel) = path.strip_prefix(base).filter(|r| r.starts_with('/')) else {
            return;
        };
        let search = anchor.search();
        let same_document = path == loc.pathname().unwrap_or_default()
            && search == loc.search().unwrap_or_default();
        if same_document && !anchor.hash().is_empty() {
            return;
        }
        if f(format!("{rel}{search}")) {
            ev.prevent_default();
        }
    };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(handler);
    let _ = doc.add_event_listener_with_callback("click", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Sets the document title and the `<meta name="description">` of the page.
pub fn set_page_meta(title: &str, description: &str) {
    let Some(doc) = document() else { return };
    doc.set_title(title);
    if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves focus to an element without scrolling (used to put keyboard and screen-reader users at
/// the start of a page after an in-app navigation).
pub fn focus_without_scroll(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

/// Offers a text file for download (generated in the browser: no server involved).
pub fn download(file_name: &str, mime: &str, content: &str) -> bool {
    let Some(doc) = document() else { return false };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(file_name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

/// How a link was handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it.
    Shared,
    /// It is on the clipboard.
    Copied,
    /// Neither worked (the visitor can still copy the link shown on the page).
    Failed,
}

/// Shares a link with the Web Share API where there is one (phones), else copies it.
pub async fn share_or_copy(title: &str, url: &str) -> Shared {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    let has_share = js_sys::Reflect::has(&nav, &"share".into()).unwrap_or(false);
    if has_share {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        match wasm_bindgen_futures::JsFuture::from(nav.share_with_data(&data)).await {
            Ok(_) => return Shared::Shared,
            // The visitor closed the sheet: that is not a failure to report.
            Err(e)
                if js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .as_deref()
                    == Some("AbortError") =>
            {
                return Shared::Failed
            }
            Err(_) => {}
        }
    }
    copy_text(url).await
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> Shared {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    if !js_sys::Reflect::has(&nav, &"clipboard".into()).unwrap_or(false) {
        return Shared::Failed;
    }
    match wasm_bindgen_futures::JsFuture::from(nav.clipboard().write_text(text)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Focuses the first link inside an element, without scrolling.
pub fn focus_first_link_in(id: &str) {
    let link = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.query_selector("a[href]").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(a) = link {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = a.focus_with_options(&opts);
    }
}

/// The value of `attr` on the element matching `selector` that an event happened in (for
/// delegated handling of buttons inside rendered content).
pub fn closest_attr(ev: &web_sys::Event, selector: &str, attr: &str) -> Option<String> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()??
        .get_attribute(attr)
}

/// Listens for `kind` events on the element with this id, for as long as the page lives (the
/// page's delegated listener: the element stays while the slots inside it are rendered anew).
pub fn listen<E: JsCast + 'static>(id: &str, kind: &str, f: impl Fn(E) + 'static) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let cb =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            if let Ok(ev) = ev.dyn_into::<E>() {
                f(ev);
            }
        });
    let _ = el.add_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Calls `f` on a click on (or inside) an element matching `selector`, anywhere in the page.
pub fn on_click_of(selector: &'static str, f: impl Fn(web_sys::MouseEvent) + 'static) {
    let Some(doc) = document() else { return };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(
        move |ev: web_sys::MouseEvent| {
            let hit = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(selector).ok().flatten());
            if hit.is_some() {
                f(ev);
            }
        },
    );
    let _ = doc.add_event_listener_with_callback("click", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Focuses the first element matching a CSS selector, without scrolling.
pub fn focus_selector(selector: &str) {
    let el = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

/// Once the page has been drawn anew (in the next task): keyboard focus goes to the first of
/// `selectors` that exists and takes it, so an action that removes or switches off the
/// pressed button (un-starring in "my agenda", "clear all", calling the last speaker) does not
/// drop focus to the page's start. An element that cannot take focus gets `tabindex="-1"`.
pub fn focus_first_of(selectors: Vec<String>) {
    dom::next_task(move || {
        let Some(doc) = document() else { return };
        for selector in &selectors {
            let Some(el) = doc
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            if !el.has_attribute("tabindex") && el.tab_index() < 0 {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
            if doc.active_element().is_some_and(|a| &a == el.as_ref()) {
                return;
            }
        }
    });
}

/// The values of `attr` of every element matching `selector`, in document order.
pub fn attr_of_all(selector: &str, attr: &str) -> Vec<String> {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute(attr))
        .collect()
}

/// Makes every element matching `selector` inert (not focusable, not clickable, hidden from
/// assistive technology) or lively again: the page behind a full-screen view.
pub fn set_inert(selector: &str, inert: bool) {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return;
    };
    for el in (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
    {
        let _ = if inert {
            el.set_attribute("inert", "")
        } else {
            el.remove_attribute("inert")
        };
    }
}

/// Keeps Tab inside `container` (a full-screen view): from its last control Tab goes to its
/// first, and from its first (or the container itself) Shift+Tab to its last. Returns whether it
/// moved the focus (then the key's default must be prevented).
pub fn wrap_tab(container: &str, backwards: bool) -> bool {
    let Some(doc) = document() else { return false };
    let Some(list) = doc
        .query_selector_all(&format!(
            "{container} button, {container} a[href], {container} input"
        ))
        .ok()
    else {
        return false;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return false;
    };
    let active = doc.active_element();
    let is = |el: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == el.as_ref());
    let on_container = active
        .as_ref()
        .and_then(|a| a.matches(container).ok())
        .unwrap_or(false);
    let to = if backwards && (is(first) || on_container) {
        last
    } else if !backwards && is(last) {
        first
    } else {
        return false;
    };
    to.focus().is_ok()
}

/// Enters full screen (whole page), or leaves it.
pub fn toggle_fullscreen() {
    let Some(doc) = document() else { return };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(el) = doc.document_element() {
        let _ = el.request_fullscreen();
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Loads another page of the app (one served by another bundle).
pub fn load(url: &str) {
    if let Some(w) = window() {
        let _ = w.location().assign(url);
    }
}

/// Asks the visitor to confirm something that cannot be undone (true where no dialog can show).
pub fn confirm(question: &str) -> bool {
    window().is_none_or(|w| w.confirm_with_message(question).unwrap_or(true))
}
