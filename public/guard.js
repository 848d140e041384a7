/* Loaded before the app: if the WebAssembly app fails to start or stops with an error (a Rust
 * panic in wasm cannot be caught from inside), show a banner that says so and offers a reload,
 * instead of a page that silently stops working. Plain JS, so it works when the wasm does not. */
(function () {
  'use strict';
  // In the interface language the app set on <html lang> (before it starts, the one the page
  // waits for: web/early.js; else English).
  var WORDS = {
    en: ['Something went wrong.', 'The programme stopped working in this tab. Reloading the page usually fixes it.', 'Reload'],
    fr: ['Une erreur s’est produite.', 'Le programme a cessé de fonctionner dans cet onglet. Recharger la page règle généralement le problème.', 'Recharger'],
    es: ['Algo ha fallado.', 'El programa dejó de funcionar en esta pestaña. Volver a cargar la página suele resolverlo.', 'Volver a cargar'],
    ru: ['Что-то пошло не так.', 'Программа перестала работать в этой вкладке. Обычно помогает обновить страницу.', 'Обновить'],
    zh: ['出现错误。', '日程在此标签页中停止运行。重新加载页面通常可以解决。', '重新加载'],
    ar: ['حدث خطأ.', 'توقف البرنامج عن العمل في علامة التبويب هذه. عادةً ما تُحل المشكلة بإعادة تحميل الصفحة.', 'إعادة التحميل'],
  };
  function show() {
    if (document.getElementById('app-error')) return;
    // Before the app applied it, the visitor's language is the one the page waits for.
    var root = document.documentElement;
    var words = WORDS[root.getAttribute('data-lang-wait') || root.lang] || WORDS.en;
    root.removeAttribute('data-lang-wait');
    var box = document.createElement('div');
    box.id = 'app-error';
    box.className = 'app-error';
    box.setAttribute('role', 'alert');
    var text = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = words[0];
    text.appendChild(strong);
    text.appendChild(document.createTextNode(' ' + words[1]));
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = words[2];
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

  // The other buttons of the static page, pressed before the app has started: "Print" prints
  // at once; "More filters" opens at once; the others (calendar, share, clear) are recorded
  // and pressed again by the app once it answers (`dom::replay_early_buttons`).
  var actions = [];
  document.addEventListener('click', function (event) {
    if (document.documentElement.getAttribute('data-app') === 'ready') return;
    var button = event.target && event.target.closest &&
      event.target.closest('button[data-action]:not([data-star]), button[data-early]');
    if (!button) return;
    var key = button.getAttribute('data-early') || button.getAttribute('data-action');
    if (key === 'print') { window.print(); return; }
    var at = actions.indexOf(key);
    if (key === 'more') {
      // Opened or closed in the page itself, which the app takes over as it is.
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      var panel = document.getElementById(button.getAttribute('aria-controls') || '');
      if (panel) panel.classList.toggle('is-open', open);
    } else if (at < 0) {
      actions.push(key);
    }
  });
  window.gpaEarlyActions = function () {
    var taken = actions;
    actions = [];
    return taken;
  };
})();
