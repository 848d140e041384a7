//! A stand-in for `wasm-streams` 0.5, with only the part of its API that `server_fn` 0.8 names.
//!
//! Leptos always depends on `server_fn` with its browser client, which streams request and
//! response bodies with `wasm-streams`. That crate exports JavaScript classes through
//! `#[wasm_bindgen]`, and exports are roots the linker must keep: they put about 10 KB of wasm
//! and three classes of glue into every bundle of this app, which has no server and never calls
//! a server function. This stand-in has the same types without the exports. Its streams are
//! empty: nothing in the app reaches them (README, "Bundle size").

use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};
use futures_core::Stream;
use web_sys::wasm_bindgen::{JsCast, JsValue};

/// `ReadableStream` of the browser (as in `wasm-streams`).
pub mod readable {
    pub mod sys {
        pub use web_sys::ReadableStream;
    }
}

/// A readable stream (the real crate's wrapper around the browser's).
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream { raw }
    }

    /// An empty stream: the stand-in does not pipe a Rust stream into the browser.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        let raw =
            web_sys::ReadableStream::new().unwrap_or_else(|_| JsValue::UNDEFINED.unchecked_into());
        ReadableStream { raw }
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// A stream that ends at once: the stand-in does not read the browser's stream.
    pub fn into_stream(self) -> IntoStream<'static> {
        IntoStream(PhantomData)
    }
}

/// The stream of [`ReadableStream::into_stream`].
pub struct IntoStream<'reader>(PhantomData<&'reader ()>);

impl Stream for IntoStream<'_> {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(None)
    }
}
