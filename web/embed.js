/* Embeds the meeting's programme in a host page, sized to its content (README, "Embedding").
 *
 *   <div data-<id>-embed data-view="questions?panel=1" data-theme="auto" data-accent="0a5797" data-offset="64"></div>
 *   <script src="https://APP-HOST/PATH/embed.js" async></script>
 *
 * data-view: the page inside the app ("" for the agenda, "?day=mon", "questions?panel=1",
 * "timer?t=…&view=1"); data-theme: light | dark | auto; data-accent: a hex colour;
 * data-offset: the height in pixels of the host page's sticky header, if it has one (a new
 * page in the frame is scrolled to just below it); data-title: the frame's accessible name.
 * No dependencies, no cookies, nothing else loaded. The build fills in CONFIG: the meeting's
 * id (which names the attribute and the messages) and its title.
 */
(function () {
  'use strict';
  var C = __CONFIG__;
  var ATTR = 'data-' + C.id + '-embed';
  var script = document.currentScript;
  if (!script) return;
  var appBase = new URL('./', script.src);
  var appOrigin = appBase.origin;
  var ALLOW = 'fullscreen; screen-wake-lock; clipboard-write; web-share';

  function embed(host) {
    if (host.getAttribute(ATTR + '-ready')) return;
    host.setAttribute(ATTR + '-ready', '1');
    var url = new URL(host.getAttribute('data-view') || '', appBase);
    if (url.origin !== appOrigin) return; // only pages of this app
    url.searchParams.set('embed', '1');
    url.searchParams.set('parent', location.origin);
    var theme = host.getAttribute('data-theme');
    var accent = host.getAttribute('data-accent');
    if (theme) url.searchParams.set('theme', theme);
    if (accent) url.searchParams.set('accent', accent.replace(/^#/, ''));

    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = host.getAttribute('data-title') || C.title;
    var offset = Math.min(Math.max(parseFloat(host.getAttribute('data-offset')) || 0, 0), 1000);
    frame.setAttribute('allow', ALLOW);
    frame.setAttribute('allowfullscreen', '');
    frame.loading = 'lazy';
    frame.style.cssText = 'display:block;width:100%;height:600px;border:0;';
    host.appendChild(frame);

    window.addEventListener('message', function (event) {
      // Only this app, only this frame, only a well-formed height.
      if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
      var data = event.data;
      // A new page inside the frame: its top is brought into view (below the host's sticky
      // header) if it was scrolled past.
      if (data && data.type === C.id + ':top') {
        var top = frame.getBoundingClientRect().top;
        if (top < offset) window.scrollBy({ top: top - offset });
        return;
      }
      if (!data || data.type !== C.id + ':height' || typeof data.height !== 'number') return;
      if (!isFinite(data.height) || data.height < 100 || data.height > 50000) return;
      frame.style.height = Math.ceil(data.height) + 'px';
    });
  }

  var hosts = document.querySelectorAll('[' + ATTR + ']');
  for (var i = 0; i < hosts.length; i++) embed(hosts[i]);
})();
