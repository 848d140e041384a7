// Puts the four Trunk builds together into dist/ (run by scripts/build):
//   - one HTML file per page, each loading its bundle (so deep links reload with status 200);
//   - Trunk's inline loader moved to a file (the only inline script left is the one-line
//     variant picker of render::variants, allowed by its hash);
//   - the static files of public/, and the service worker with its precache list;
//   - the headers a host should send (_headers for Netlify-style hosts, _headers.json for
//     scripts/server.mjs), including the Content-Security-Policy.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

const STAGE = 'target/trunk';
const OUT = 'dist.new';
const BUNDLES = ['agenda', 'details', 'questions', 'timer'];

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
// Trunk's loader fetches the wasm at once. This one waits for the first paint of the page's
// static HTML, so the wasm and its glue never compete with it for the network or the main
// thread, and the largest paint is the static page's (README, "First paint"). Hidden tabs and
// frames do not paint: the timeout starts the app there.
function bootScript(glue, wasm, extra = '') {
  return `${extra}await new Promise((go) => {
  setTimeout(go, 2000);
  const PO = self.PerformanceObserver;
  if (performance.getEntriesByType('paint').length || !PO || !(PO.supportedEntryTypes || []).includes('paint')) return go();
  new PO((_, o) => { o.disconnect(); go(); }).observe({ type: 'paint', buffered: true });
});
const { default: init } = await import('./${glue}');
await init({ module_or_path: './${wasm}' });
`;
}
// wasm-bindgen names each import after its function and a hash (`__wbg_textContent_240d…`) and
// each closure export after its whole type, and both the wasm and the glue spell every name
// out; the hashes don't compress. Binaryen's pass renames imports and exports to a letter or
// two, and its mapping is applied to the glue here: about 5 KB of brotli off the agenda's first
// load (README, "Bundle size"). The check at the end fails the build if the two disagree.
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types'];
const reEscape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function minifyNames(wasmFile, glueFile) {
  const map = JSON.parse(execFileSync('node_modules/.bin/wasm-opt', [wasmFile, ...WASM_FEATURES,
    '--minify-imports-and-exports-and-modules', '-o', wasmFile]).toString());
  const module = new WebAssembly.Module(fs.readFileSync(wasmFile));
  let js = fs.readFileSync(glueFile, 'utf8');
  const once = (pattern, to, what) => {
    const hits = js.match(pattern)?.length ?? 0;
    if (hits !== 1) throw new Error(`${glueFile}: ${what} found ${hits} times`);
    js = js.replace(pattern, to);
  };
  const modules = new Set(map.imports.map(([m]) => m));
  const newModules = new Set(WebAssembly.Module.imports(module).map((i) => i.module));
  if (modules.size !== 1 || newModules.size !== 1) throw new Error(`${wasmFile}: expected imports from one module`);
  once(new RegExp(`${reEscape(JSON.stringify([...modules][0]))}:`, 'g'), `${JSON.stringify([...newModules][0])}:`, 'the import module');
  for (const [, from, to] of map.imports) once(new RegExp(`(?<=[{,\\s])${reEscape(from)}(?=:)`, 'g'), to, `import ${from}`);
  const renamed = new Map(map.exports);
  js = js.replace(/\bwasm\.([\w$]+)/g, (use, name) => (renamed.has(name) ? `wasm.${renamed.get(name)}` : use));
  // Every import the wasm asks for is defined, and every export the glue uses exists.
  for (const { name } of WebAssembly.Module.imports(module)) {
    if (!new RegExp(`(?<=[{,\\s])${reEscape(name)}:`).test(js)) throw new Error(`${glueFile}: no import ${name}`);
  }
  const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  for (const [, name] of js.matchAll(/\bwasm\.([\w$]+)/g)) {
    if (!exports.has(name)) throw new Error(`${glueFile}: no export ${name}`);
  }
  fs.writeFileSync(glueFile, js);
}

const hash = (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 16);

// The QR module (src/bin/qr.rs) is a function, not a page: the agenda loads it only to print,
// through \`gpaQr\`, which its boot script defines (platform::qr_svg).
const qrFiles = fs.readdirSync(path.join(STAGE, 'qr'));
const qrGlue = qrFiles.find((f) => /^qr-[0-9a-f]+\.js$/.test(f));
const qrWasm = qrFiles.find((f) => /^qr-[0-9a-f]+_bg\.wasm$/.test(f));
if (!qrGlue || !qrWasm) throw new Error('qr: the files of the module were not found');
for (const f of [qrGlue, qrWasm]) fs.copyFileSync(path.join(STAGE, 'qr', f), path.join(OUT, f));
minifyNames(path.join(OUT, qrWasm), path.join(OUT, qrGlue));
execFileSync('node_modules/.bin/esbuild', [path.join(OUT, qrGlue), '--minify', '--format=esm',
  '--log-level=warning', '--allow-overwrite', `--outfile=${path.join(OUT, qrGlue)}`]);
const extraBoot = {
  agenda: `globalThis.gpaQr = () => import('./${qrGlue}').then(async (m) => {
  await m.default({ module_or_path: './${qrWasm}' });
  return m.qr_svg;
});
`,
};

// The HTML of each bundle, with its loader moved out of line.
const html = {};
for (const bin of BUNDLES) {
  const dir = path.join(STAGE, bin);
  for (const f of fs.readdirSync(dir)) {
    if (f !== 'index.html') fs.copyFileSync(path.join(dir, f), path.join(OUT, f));
  }
  let page = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(page);
  if (!inline) throw new Error(`${bin}: Trunk's loader script not found`);
  const glue = /from '\.\/([^']+\.js)'/.exec(inline[1]);
  const wasm = /module_or_path: '\.\/([^']+\.wasm)'/.exec(inline[1]);
  if (!glue || !wasm) throw new Error(`${bin}: Trunk's loader has changed shape`);
  minifyNames(path.join(OUT, wasm[1]), path.join(OUT, glue[1]));
  // wasm-bindgen's glue, minified (about half its brotli size).
  execFileSync('node_modules/.bin/esbuild', [path.join(OUT, glue[1]), '--minify', '--format=esm',
    '--log-level=warning', '--allow-overwrite', `--outfile=${path.join(OUT, glue[1])}`]);
  const boot = bootScript(glue[1], wasm[1], extraBoot[bin]);
  const loader = `boot-${bin}-${hash(boot)}.js`;
  fs.writeFileSync(path.join(OUT, loader), boot);
  page = page.replace(inline[0], `<script type="module" src="./${loader}"></script>`);
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(page)) throw new Error(`${bin}: an inline script is left`);
  // The page paints from its static HTML and CSS; the wasm is not needed for the first paint,
  // so it should not compete with the stylesheet for the network: no preloads.
  page = page.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
  html[bin] = page;
}

// The stylesheet goes inline, minified: the first paint then needs no request after the page
// itself (one round trip less on a slow network). The timer's styles go only into the timer's
// page, the question explorer's only into its own. The CSP allows exactly these styles by their
// hashes.
const cssLinks = [...html.agenda.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/?>/g)].map((l) => l[1]);
const cssOf = (bin) => {
  const only = { 'timer-': 'timer', 'questions-': 'questions' };
  const files = cssLinks.filter((f) => Object.entries(only).every(([prefix, owner]) => bin === owner || !f.startsWith(prefix)));
  const joined = files.map((f) => fs.readFileSync(path.join(OUT, f), 'utf8')).join('\n');
  return execFileSync('node_modules/.bin/esbuild', ['--loader=css', '--minify', '--log-level=warning'], { input: joined }).toString().trim();
};
const styleHashes = new Set();
for (const bin of BUNDLES) {
  const css = cssOf(bin);
  styleHashes.add(`'sha256-${crypto.createHash('sha256').update(css).digest('base64')}'`);
  let first = true;
  html[bin] = html[bin].replace(/<link rel="stylesheet" href="\.\/[^"]+\.css"[^>]*\/?>\s*/g, () => {
    const keep = first;
    first = false;
    return keep ? `<style>${css}</style>\n  ` : '';
  });
}
for (const f of cssLinks) fs.rmSync(path.join(OUT, f), { force: true });

// page(name, bin): the HTML file that serves /<name> (checked by a native test).
function page(name, bin) {
  fs.writeFileSync(path.join(OUT, `${name}.html`), html[bin]);
}
page('index', 'agenda');
page('session', 'details');
page('speakers', 'details');
page('about', 'details');
page('404', 'details');
page('questions', 'questions');
page('timer', 'timer');

// The static content of each page, rendered by the app's own Rust code (src/bin/prerender.rs).
execFileSync('cargo', ['run', '--quiet', '--offline', '-p', 'meeting-site', '--', OUT], { stdio: 'inherit' });
// Pages with a variant per `?id=` (render::variants) carry their own styles and a one-line
// script that picks the variant before the first paint: the CSP allows exactly these by hash.
const scriptHashes = new Set();
const sha = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
for (const f of fs.readdirSync(OUT).filter((f) => f.endsWith('.html'))) {
  const text = fs.readFileSync(path.join(OUT, f), 'utf8');
  for (const m of text.matchAll(/<style>([\s\S]*?)<\/style>/g)) styleHashes.add(sha(m[1]));
  for (const m of text.matchAll(/<script>([\s\S]*?)<\/script>/g)) scriptHashes.add(sha(m[1]));
}

// Static files (the service worker is a template, filled in below).
for (const f of fs.readdirSync('public')) {
  if (f !== 'sw.js') fs.copyFileSync(path.join('public', f), path.join(OUT, f));
}
// guard.js is part of every first load: minified (its comments are for people reading the source).
execFileSync('node_modules/.bin/esbuild', [path.join(OUT, 'guard.js'), '--minify', '--charset=utf8',
  '--log-level=warning', '--allow-overwrite', `--outfile=${path.join(OUT, 'guard.js')}`]);

// The service worker precaches every file of this build; its version is their hash, so any
// change to any file makes a new version.
const files = fs.readdirSync(OUT).filter((f) => !f.startsWith('_')).sort();
const version = hash(files.map((f) => f + hash(fs.readFileSync(path.join(OUT, f)))).join());
const sw = fs.readFileSync('public/sw.js', 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(files));
fs.writeFileSync(path.join(OUT, 'sw.js'), sw);

// Headers. frame-ancestors lists who may embed the app: FRAME_ANCESTORS is replaced by the
// host (README) or by scripts/server.mjs.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval'${[...scriptHashes].map((h) => ' ' + h).join('')}`,
  `style-src 'self' ${[...styleHashes].join(' ')}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  'frame-ancestors FRAME_ANCESTORS',
].join('; ');
const headers = {
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
fs.writeFileSync(path.join(OUT, '_headers.json'), JSON.stringify(headers, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, '_headers'), '/*\n' + Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n') + '\n');
console.log(`postbuild: ${files.length} files, service worker version ${version}`);
