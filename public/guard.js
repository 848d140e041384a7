/* Loaded before the app: if the WebAssembly app fails to start or stops with an error (a Rust
 * panic in wasm cannot be caught from inside), show a banner that says so and offers a reload,
 * instead of a page that silently stops working. Plain JS, so it works when the wasm does not. */
(function () {
  'use strict';
  function show() {
    if (document.getElementById('app-error')) return;
    var box = document.createElement('div');
    box.id = 'app-error';
    box.className = 'app-error';
    box.setAttribute('role', 'alert');
    var text = document.createElement('p');
    text.innerHTML = '<strong>Something went wrong.</strong> The programme stopped working in this tab. Reloading the page usually fixes it.';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', function () { location.reload(); });
    box.appendChild(text);
    box.appendChild(button);
    var body = document.body || document.documentElement;
    body.insertBefore(box, body.firstChild);
  }
  function fromApp(error, source) {
    if (typeof WebAssembly !== 'undefined' && error &&
        (error instanceof WebAssembly.RuntimeError || error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError)) {
      return true;
    }
    // Errors thrown by the app's own scripts (same origin), not by extensions or other frames.
    return typeof source === 'string' && source.indexOf(location.origin) === 0;
  }
  window.addEventListener('error', function (event) {
    if (fromApp(event.error, event.filename)) show();
  });
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    var stack = reason && reason.stack ? String(reason.stack) : '';
    if (fromApp(reason, stack.indexOf(location.origin) >= 0 ? location.origin : '')) show();
  });
})();
