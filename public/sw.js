/* Service worker of the GPA 2021 appraisal programme: the whole app works offline.
 *
 * scripts/postbuild.mjs fills in VERSION (a hash of every file of the build) and PRECACHE (the
 * list of those files), so the list never goes stale. Each version has its own cache:
 * - install: every file of this version is fetched into the new cache before it takes over;
 * - hashed assets (js, wasm, css): cache first (their names change when their content does);
 * - pages: network first with a short timeout, falling back to this version's cached page;
 * - a new version waits until the visitor accepts it (the app shows "a new version is ready"),
 *   so one page never mixes files of two versions; its activation then removes old caches.
 */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `gpa2021-${VERSION}`;
const PAGES = ['session', 'speakers', 'questions', 'timer', 'about'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('gpa2021-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** The cached file that serves a page address: /x/session?id=1 -> session.html. */
function pageFile(url) {
  const last = new URL(url).pathname.split('/').pop().replace(/\.html$/, '');
  if (last === '' || last === 'index') return 'index.html';
  return PAGES.includes(last) ? `${last}.html` : '404.html';
}

function fromCache(file) {
  return caches.open(CACHE).then((cache) => cache.match(new URL(file, self.registration.scope).href));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    const network = fetch(request);
    const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
    event.respondWith(
      Promise.race([network.catch(() => null), timeout])
        .then((response) => response || fromCache(pageFile(request.url)))
        .then((response) => response || network),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request))
      .then((hit) => hit || fetch(request)),
  );
});
