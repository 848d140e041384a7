/* The service worker: after one visit the whole app works offline, and every page load runs the
 * files of one build only.
 *
 * The build fills in CONFIG: this build's version (a hash of all its files), the files to
 * precache (every file of the build; the files a page loads by a name that does not change
 * from build to build, such as `guard.js` or a language file, are listed and requested with
 * `?v=<build>`, so each version's copy has an address of its own), the name of the meeting's
 * caches, and which file serves which page (from the page table).
 *
 * - One cache per deployment and version: `<name>:<scope>:<version>`. Two copies of the app on
 *   one origin (`/gpa-2021/` and `/copy/`) have scopes of their own and never touch each
 *   other's caches.
 * - install: every file of this version goes into its cache before the version can take over.
 * - fetch: a page, and everything it loads, is answered from the cache of the version that
 *   controls it (cache first), so a page load never mixes files of two versions. A request
 *   for a file of another version (`guard.js?v=<old>` from a tab left open on the version
 *   before) is answered from that version's cache while it is kept. What no cache has goes to
 *   the network.
 * - A new version waits until the visitor accepts it (the page shows "a new version is
 *   ready"); its activation then removes this deployment's caches but its own and the one
 *   before it (for tabs still open on that one, which are told to reload).
 */
const C = __CONFIG__;
const PREFIX = `${C.name}:${self.registration.scope}:`;
const CACHE = PREFIX + C.version;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(C.precache.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => {
        const ours = keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE);
        // The newest of the others is the version before this one (caches.keys() lists in
        // creation order): kept, for tabs still open on it.
        return Promise.all(ours.slice(0, -1).map((k) => caches.delete(k)));
      })
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** The cached file that serves a page address: /x/session?id=1 -> session.html. */
function pageFile(url) {
  const rel = new URL(url).pathname.slice(new URL(self.registration.scope).pathname.length);
  const name = rel.replace(/\.html$/, '');
  const page = C.pages.find((p) => p.segment === name || (p.segment !== null && p.file === `${name}.html`));
  return page ? page.file : C.pages.find((p) => p.segment === null).file;
}

/** The first cache of this deployment that holds the request: this version's, then the one before. */
function fromCaches(request) {
  return caches.open(CACHE)
    .then((cache) => cache.match(request))
    .then((hit) => hit || caches.keys().then((keys) => {
      const older = keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).reverse();
      return older.reduce((found, k) => found.then((f) => f || caches.open(k).then((c) => c.match(request))), Promise.resolve(undefined));
    }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !request.url.startsWith(self.registration.scope)) return;
  if (request.mode === 'navigate') {
    // A page of the app, as this version has it (an unknown address: its not-found page, with
    // the status a host gives it). Offline or not, the page and what it loads are one version.
    const file = new URL(pageFile(request.url), self.registration.scope).href;
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(file)).then((hit) => {
        if (!hit) return fetch(request);
        if (file.endsWith(C.notFound)) return new Response(hit.body, { status: 404, statusText: 'Not Found', headers: hit.headers });
        return hit;
      }),
    );
    return;
  }
  event.respondWith(fromCaches(request).then((hit) => hit || fetch(request)));
});
