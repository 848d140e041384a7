/* The boot module of a bundle (`boot-<bundle>-<hash>.js`; the build fills in CONFIG from the
 * bundle's files and minifies it). Trunk's own loader fetches the wasm at once; this one waits
 * for the first paint of the page's static HTML, so the wasm and its glue never compete with it
 * for the network or the main thread, and the largest paint is the static page's. Hidden tabs
 * and frames do not paint: the timeout starts the app there. */
const C = __CONFIG__;
if (C.qr) {
  // The QR module (app/src/bin/qr.rs) is a function, not a page: the agenda loads it only to
  // print, through `gpaQr` (platform::qr_svg).
  globalThis.gpaQr = () => import(`./${C.qr.glue}`).then(async (m) => {
    await m.default({ module_or_path: `./${C.qr.wasm}` });
    return m.qr_svg;
  });
}
await new Promise((go) => {
  setTimeout(go, 2000);
  const PO = self.PerformanceObserver;
  if (performance.getEntriesByType('paint').length || !PO || !(PO.supportedEntryTypes || []).includes('paint')) return go();
  new PO((_, o) => { o.disconnect(); go(); }).observe({ type: 'paint', buffered: true });
});
const { default: init } = await import(`./${C.glue}`);
await init({ module_or_path: `./${C.wasm}` });
