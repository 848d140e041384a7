/* The first script of every page. The build fills in CONFIG (from the core's page table and
 * catalogues: `render::document`), minifies it and inlines it right after the page's
 * Content-Security-Policy, which allows it by its hash. It runs before anything else of the
 * page loads or paints, and does four things:
 *
 * 1. The base. Links and assets are relative, so a page one segment under the app's base
 *    (`/gpa-2021/session`) finds them next to it. An address deeper than that (a "pretty"
 *    link such as `/gpa-2021/session/panel-1`, or any unknown path, which the host answers
 *    with 404.html) gets a `<base>` at the app's base, by the rule of `routes::base_of`: the
 *    path before a page's name that has more path after it, else the path's directory, and
 *    never a base that would name another host (`//evil.example/`, `/\evil.example/`).
 *    `tests/fixtures/base-cases.txt` holds the cases both rules are tested on. The not-found
 *    page, which a host gives any unknown address, cannot tell from the address where the app
 *    is: it asks the directories above it for `guard.js` (the deepest that answers with a
 *    script is the app's base), and adds its scripts, icon and manifest then.
 * 2. The language. A visitor who will see the app in another language than English (by
 *    `lang=`, by the language kept on the device, or by the browser's, as `Lang::choose`
 *    decides) gets `data-lang-wait` set to it, so the English static page does not show and
 *    then change language under their eyes (the CSS shows it after a few seconds anyway).
 * 3. Embedding. `embed=1` and `theme=light|dark` are applied as the app reads them
 *    (`crate::embed`), so an embedded page never paints the site header or the other theme
 *    first; and a link of the page clicked before the app runs keeps the embedding
 *    parameters, so the next page stays in the frame's embed mode.
 * 4. Early stars. A star ("add to my agenda") tapped before anything else has loaded is
 *    marked at once, and handed to the app when it starts (`platform::take_early_stars`).
 * 5. The variant. A page written with a variant per `?id=` (`render::variants`: every
 *    session in `session.html`) names the one the address asks for before the first paint.
 * 6. The visitor's zone. A visitor whose UTC offset at the meeting is not the meeting's gets
 *    `data-away` (`render::agenda::AWAY`), so the place of their local time under each
 *    session's time is kept before the app writes it there.
 */
(function () {
  'use strict';
  var C = __CONFIG__;
  var d = document.documentElement;
  var q;
  try {
    q = new URLSearchParams(location.search);
  } catch (e) {
    q = new URLSearchParams('');
  }

  // 1. The base.
  var path = location.pathname;
  var parts = path.split('/');
  var named = false;
  var base = path.slice(0, Math.max(0, path.lastIndexOf('/')));
  for (var i = 1; i < parts.length - 1; i++) {
    if (C.pages.indexOf(parts[i]) >= 0) {
      base = parts.slice(0, i).join('/');
      named = true;
      break;
    }
  }
  base = base.replace(/\/+$/, '');
  if (base.charAt(0) !== '/' || base.charAt(1) === '/' || /[\u0000-\u001f\u007f-\u009f\\?#]/.test(base)) base = '';
  var dir = path.slice(0, path.lastIndexOf('/') + 1);
  function setBase(b) {
    if (b + '/' === dir && !document.querySelector('base')) return;
    var el = document.querySelector('base') || document.head.appendChild(document.createElement('base'));
    el.setAttribute('href', b + '/');
  }
  function addLate() {
    for (var k = 0; k < C.late.length; k++) {
      var spec = C.late[k];
      var el = document.createElement(spec[0]);
      for (var a in spec[1]) el.setAttribute(a, spec[1][a]);
      if (spec[0] === 'script' && !spec[1].type) el.async = false;
      document.head.appendChild(el);
    }
  }
  if (!C.late) {
    setBase(base);
  } else if (dir === '/') {
    // The not-found page at the site root: the app is there.
    setBase('');
    addLate();
  } else {
    // The not-found page anywhere else does not know where the app is: `/gpa-2021/nope` may be
    // an unknown page of an app at `/gpa-2021/`, or an unknown address two deep on a site whose
    // app is at `/`, and `/x/session/y` need not be under an app at `/x/`. It asks the
    // directories above it (at most eight, all at once, each a path of this origin) for
    // `guard.js`; the deepest that answers with a script is the app's base.
    var found = dir.split('/').filter(Boolean);
    var tries = [];
    for (var n = 0; n <= found.length && tries.length < 8; n++) {
      var t = n ? '/' + found.slice(0, n).join('/') : '';
      if (!/[\u0000-\u001f\u007f-\u009f\\?#]/.test(t)) tries.push(t);
    }
    Promise.all(tries.map(function (b) {
      return fetch(b + '/guard.js', { cache: 'no-store' }).then(function (r) {
        return r.ok && /javascript/.test(r.headers.get('content-type') || '') ? b : null;
      }, function () { return null; });
    })).then(function (answers) {
      var at = '';
      for (var m = 0; m < answers.length; m++) if (answers[m] !== null) at = answers[m];
      setBase(at);
      addLate();
    });
  }

  // 2. The language.
  function lang(x) {
    x = String(x || '').trim().toLowerCase();
    return C.langs.indexOf(x) < 0 ? null : x;
  }
  var l = lang(q.get('lang'));
  try {
    l = l || lang(localStorage.getItem(C.langKey));
  } catch (e) {}
  for (var nav = navigator.languages || [], j = 0; !l && j < nav.length; j++) l = lang(nav[j].split(/[-_]/)[0]);
  if (l && l !== 'en') d.setAttribute(C.waitAttr, l);

  // 3. Embedding.
  var theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') d.setAttribute('data-theme', theme);
  if (q.get('embed') === '1') {
    d.setAttribute('data-embed', '');
    document.addEventListener('click', function (e) {
      var a = e.target && e.target.closest && e.target.closest('a[href]');
      if (!a || a.target || a.hasAttribute('download') || d.getAttribute('data-app') === 'ready') return;
      if (a.origin !== location.origin || a.pathname + a.search === location.pathname + location.search) return;
      var u = new URL(a.href);
      if (u.searchParams.get('embed') === '1') return;
      C.embedKeys.forEach(function (k) {
        var v = q.get(k);
        if (v !== null) u.searchParams.set(k, v);
      });
      a.href = u.href;
    }, true);
  }

  // 4. Early stars.
  var stars = [];
  window.gpaEarlyStars = function () {
    var taken = stars;
    stars = [];
    return taken;
  };
  document.addEventListener('click', function (e) {
    if (d.getAttribute('data-app') === 'ready') return;
    var b = e.target && e.target.closest && e.target.closest('button[data-star]');
    if (!b) return;
    var id = b.getAttribute('data-star');
    var at = stars.indexOf(id);
    if (at >= 0) stars.splice(at, 1); else stars.push(id);
    var on = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', on ? 'true' : 'false');
    var icon = b.querySelector('.star__icon');
    if (icon) icon.textContent = on ? '\u2605' : '\u2606';
  });

  // 5. The variant.
  if (C.variants) d.setAttribute('data-static-id', q.get('id') === null ? C.variants : q.get('id'));

  // 6. The visitor's zone.
  if (-new Date(C.zone[0]).getTimezoneOffset() !== C.zone[1]) d.setAttribute(C.away, '');
})();
