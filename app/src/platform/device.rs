//! Device features the timer uses: keeping the screen on, a chime, vibration, visibility,
//! a channel between windows of this browser, and opening a projector window. Each degrades to
//! nothing where the browser (or an iframe's permissions) does not allow it.

use super::{document, window};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static WAKE_LOCK: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Whether the focused element got the focus from a pointer (a click or a tap).
    static FOCUS_BY_POINTER: Cell<bool> = const { Cell::new(false) };
    /// A pointer went down and no focus has moved since (nor a key been pressed).
    static POINTER_DOWN: Cell<bool> = const { Cell::new(false) };
    static WATCHING_FOCUS: Cell<bool> = const { Cell::new(false) };
}

/// Starts noting whether the focus came from a pointer or the keyboard (once per page), for
/// [`for_focused_control`]: a button clicked with the mouse keeps the focus, and Space must
/// then be the page's shortcut, not a second press of that button.
pub fn watch_focus_origin() {
    if WATCHING_FOCUS.replace(true) {
        return;
    }
    let Some(w) = window() else {
        return;
    };
    let listen = |event: &str, f: fn()| {
        let callback = Closure::<dyn Fn()>::new(f);
        let _ = w.add_event_listener_with_callback_and_bool(
            event,
            callback.as_ref().unchecked_ref(),
            true,
        );
        // For the page's lifetime.
        callback.forget();
    };
    listen("pointerdown", || POINTER_DOWN.set(true));
    listen("keydown", || POINTER_DOWN.set(false));
    listen("focusin", || {
        FOCUS_BY_POINTER.set(POINTER_DOWN.replace(false))
    });
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Whether the screen is being kept on, as far as this page knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Awake {
    /// The page did not ask (the timer is not running).
    NotAsked,
    Kept,
    /// The browser has no Screen Wake Lock, or refused it (a frame without the permission,
    /// battery saving).
    Refused,
}

/// Asks the screen to stay on (Screen Wake Lock), or lets it sleep again; `said` learns how
/// it went. The lock is dropped by the browser when the page is hidden; call again when it is
/// visible.
pub fn keep_screen_on(on: bool, said: impl Fn(Awake) + 'static) {
    if !on {
        if let Some(sentinel) = WAKE_LOCK.with(|w| w.borrow_mut().take()) {
            if let Some(release) =
                get(&sentinel, "release").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            {
                let _ = release.call0(&sentinel);
            }
        }
        return said(Awake::NotAsked);
    }
    let held = WAKE_LOCK.with(|w| {
        w.borrow()
            .as_ref()
            .and_then(|s| get(s, "released"))
            .is_some_and(|r| r.as_bool() == Some(false))
    });
    if held {
        return said(Awake::Kept);
    }
    let request = window()
        .map(|w| JsValue::from(w.navigator()))
        .and_then(|nav| get(&nav, "wakeLock"))
        .and_then(|lock| {
            let request = get(&lock, "request")?.dyn_into::<js_sys::Function>().ok()?;
            request
                .call1(&lock, &"screen".into())
                .ok()?
                .dyn_into::<js_sys::Promise>()
                .ok()
        });
    let Some(promise) = request else {
        return said(Awake::Refused);
    };
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(sentinel) => {
                WAKE_LOCK.with(|w| *w.borrow_mut() = Some(sentinel));
                said(Awake::Kept);
            }
            Err(_) => said(Awake::Refused),
        }
    });
}

/// Whether the page is visible (not a background tab or a locked phone).
pub fn is_visible() -> bool {
    document().is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}

/// Calls `f` whenever the page is shown or hidden. Returns a guard that removes the listener.
pub fn on_visibility_change(f: impl Fn() + 'static) -> Listener {
    listen(document().map(JsValue::from), "visibilitychange", f)
}

/// A listener that is removed when dropped.
pub struct Listener {
    target: Option<web_sys::EventTarget>,
    event: &'static str,
    callback: Option<Closure<dyn Fn()>>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let (Some(t), Some(cb)) = (&self.target, &self.callback) {
            let _ = t.remove_event_listener_with_callback(self.event, cb.as_ref().unchecked_ref());
        }
    }
}

fn listen(target: Option<JsValue>, event: &'static str, f: impl Fn() + 'static) -> Listener {
    let target = target.and_then(|t| t.dyn_into::<web_sys::EventTarget>().ok());
    let callback = Closure::<dyn Fn()>::new(f);
    if let Some(t) = &target {
        let _ = t.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    }
    Listener {
        target,
        event,
        callback: Some(callback),
    }
}

thread_local! {
    /// The page's one audio context, made at the first chime and kept (a context a chime
    /// leaves behind is never closed, and browsers limit how many a page may have).
    static AUDIO: RefCell<Option<web_sys::AudioContext>> = const { RefCell::new(None) };
}

/// A short two-tone chime, generated with Web Audio (no sound file to download).
pub fn chime() {
    let ctx = AUDIO.with_borrow_mut(|a| {
        if a.is_none() {
            *a = web_sys::AudioContext::new().ok();
        }
        a.clone()
    });
    let Some(ctx) = ctx else {
        return;
    };
    // A context made before the visitor did anything starts suspended.
    let _ = ctx.resume();
    let t = ctx.current_time();
    for (i, freq) in [880.0_f32, 660.0].into_iter().enumerate() {
        let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
            return;
        };
        osc.frequency().set_value(freq);
        let start = t + i as f64 * 0.35;
        let g = gain.gain();
        let _ = g.set_value_at_time(0.0001, start);
        let _ = g.exponential_ramp_to_value_at_time(0.3, start + 0.02);
        let _ = g.exponential_ramp_to_value_at_time(0.0001, start + 0.3);
        let _ = osc.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&ctx.destination());
        let _ = osc.start_with_when(start);
        let _ = osc.stop_with_when(start + 0.32);
    }
}

/// Vibrates a phone briefly (ignored where unsupported).
pub fn vibrate() {
    if let Some(w) = window() {
        let pattern = js_sys::Array::of3(&200.into(), &100.into(), &200.into());
        let _ = w.navigator().vibrate_with_pattern(&pattern);
    }
}

/// A message channel between windows and tabs of this browser on this device.
pub struct Channel {
    inner: Option<web_sys::BroadcastChannel>,
    _on_message: Option<Closure<dyn Fn(web_sys::MessageEvent)>>,
}

impl Channel {
    /// Opens a channel; `on_message` receives text messages from other windows.
    pub fn open(name: &str, on_message: impl Fn(String) + 'static) -> Channel {
        let Ok(inner) = web_sys::BroadcastChannel::new(name) else {
            return Channel {
                inner: None,
                _on_message: None,
            };
        };
        let cb = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(text) = ev.data().as_string() {
                on_message(text);
            }
        });
        inner.set_onmessage(Some(cb.as_ref().unchecked_ref()));
        Channel {
            inner: Some(inner),
            _on_message: Some(cb),
        }
    }

    pub fn post(&self, text: &str) {
        if let Some(c) = &self.inner {
            let _ = c.post_message(&JsValue::from_str(text));
        }
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        if let Some(c) = &self.inner {
            c.set_onmessage(None);
            c.close();
        }
    }
}

/// Opens a URL in a separate window (for a projector), or a tab where popups are refused.
pub fn open_window(url: &str, name: &str) -> bool {
    window()
        .and_then(|w| {
            w.open_with_url_and_target_and_features(url, name, "popup,width=1024,height=640")
                .ok()
                .flatten()
        })
        .is_some()
}

/// Whether a key press belongs to the focused control, so a page's shortcut must leave it
/// alone: anything typed in a text field, Space or Enter on a button (which presses it), and
/// Enter on a link (which follows it). Space on a button the visitor clicked or tapped (see
/// [`watch_focus_origin`]) is the page's: they did not go to that button with the keyboard.
pub fn for_focused_control(ev: &web_sys::KeyboardEvent) -> bool {
    let presses = match ev.key().as_str() {
        " " if FOCUS_BY_POINTER.get() => return in_text_field(ev),
        " " => "button, summary, [role=button]",
        "Enter" => "button, summary, [role=button], a[href], [role=link]",
        _ => return in_text_field(ev),
    };
    in_text_field(ev)
        || ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(presses).ok().flatten())
            .is_some()
}

/// Whether the keyboard focus is on the element with this id, or inside it.
pub fn focus_within(id: &str) -> bool {
    let Some(doc) = document() else { return false };
    match (doc.active_element(), doc.get_element_by_id(id)) {
        (Some(active), Some(region)) => region.contains(Some(&active)),
        _ => false,
    }
}

/// Whether the keyboard focus is on the element with this id itself.
pub fn focus_is(id: &str) -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|a| a.id() == id)
}

/// Shows an element of the page alone, filling the screen (or leaves full screen).
pub fn toggle_fullscreen_of(id: &str) {
    let Some(doc) = document() else { return };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(el) = doc.get_element_by_id(id) {
        let _ = el.request_fullscreen();
    }
}

/// Whether an event happened inside an element matching `selector`.
pub fn target_within(ev: &web_sys::Event, selector: &str) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(selector).ok().flatten())
        .is_some()
}

/// Whether a keyboard event happened in a text field (where shortcuts must not fire).
pub fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}
