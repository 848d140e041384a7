// The build's tool work between Trunk and the site writer (run by scripts/build):
//   node scripts/assemble.mjs <bin>...
//
// For each bundle Trunk built into target/trunk/<bin>/ (its wasm-bindgen glue and wasm, found
// by their file names; Trunk's HTML is not read), and for the CSS and the scripts of web/, it
// does what needs a tool, through the tool's own options and structured output:
//   - binaryen's --minify-imports-and-exports-and-modules renames the wasm's imports and
//     exports to a letter or two, and prints the renaming as JSON; esbuild applies that JSON to
//     the glue as a mangle cache (a rename of properties on the syntax tree, not of text), and
//     minifies it. wasm-bindgen names each import after its function and a hash, and the
//     hashes do not compress: about 5 KB of brotli off the agenda's first load (README,
//     "Bundle size");
//   - esbuild minifies each stylesheet of style/ and each script of web/ (the site writer
//     fills in their CONFIG), and guard.js;
//   - the glue and wasm are named by their content (sixteen hex digits), and copied with the
//     files of public/ into dist.new/.
// It writes target/site/assets.json for the site writer (site/src/assets.rs).
//
// A wasm-bindgen, binaryen or Trunk upgrade that changes what they produce stops the build
// here with a message that names what changed: a bundle's files not found, the renaming not
// applied, an import of the wasm that the glue does not provide.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

const STAGE = 'target/trunk';
const OUT = 'dist.new';
const SITE = 'target/site';
const bins = process.argv.slice(2);
if (!bins.length) throw new Error('usage: node scripts/assemble.mjs <bin>...');

const fail = (msg) => {
  console.error(`assemble: ${msg}`);
  process.exit(1);
};
const hash = (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 16);
const esbuild = (args, input) => execFileSync('node_modules/.bin/esbuild', ['--log-level=warning', ...args], input === undefined ? {} : { input }).toString();

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
fs.mkdirSync(SITE, { recursive: true });

// The wasm features the Rust target uses (binaryen must be told, or it refuses the module).
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types'];

/** The one file of a Trunk build whose name matches, or the build stops. */
function trunkFile(bin, pattern, what) {
  const dir = path.join(STAGE, bin);
  const found = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => pattern.test(f)) : [];
  if (found.length !== 1) fail(`${dir}: expected one ${what} (${pattern}), found ${found.length}: Trunk's output has changed`);
  return path.join(dir, found[0]);
}

function bundle(bin) {
  const glueIn = trunkFile(bin, new RegExp(`^${bin}-[0-9a-f]+\\.js$`), 'wasm-bindgen glue');
  const wasmIn = trunkFile(bin, new RegExp(`^${bin}-[0-9a-f]+_bg\\.wasm$`), 'wasm');
  const work = path.join(SITE, `${bin}.wasm`);
  // binaryen renames, and says how, as JSON: { imports: [[module, from, to]], exports: [[from, to]] }.
  const map = JSON.parse(execFileSync('node_modules/.bin/wasm-opt', [wasmIn, ...WASM_FEATURES,
    '--minify-imports-and-exports-and-modules', '-o', work]).toString());
  const wasm = fs.readFileSync(work);
  const module = new WebAssembly.Module(wasm);
  const oldModules = [...new Set(map.imports.map(([m]) => m))];
  const newModules = [...new Set(WebAssembly.Module.imports(module).map((i) => i.module))];
  if (oldModules.length !== 1 || newModules.length !== 1) fail(`${bin}: expected the wasm's imports from one module, found ${oldModules} → ${newModules}`);
  // The renaming as esbuild's mangle cache: each property of the glue that names an import, an
  // export or the import module gets its new name; no other property is touched.
  const cache = { [oldModules[0]]: newModules[0] };
  for (const [, from, to] of map.imports) cache[from] = to;
  for (const [from, to] of map.exports) cache[from] = to;
  const names = Object.keys(cache);
  const cacheFile = path.join(SITE, `${bin}.mangle.json`);
  fs.writeFileSync(cacheFile, JSON.stringify(cache));
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const glue = esbuild([glueIn, '--minify', '--format=esm', `--mangle-cache=${cacheFile}`, '--mangle-quoted',
    `--mangle-props=^(${names.map(escape).join('|')})$`]);
  const glueFile = `${bin}-${hash(glue)}.js`;
  const wasmFile = `${bin}-${hash(wasm)}_bg.wasm`;
  fs.writeFileSync(path.join(OUT, glueFile), glue);
  fs.writeFileSync(path.join(OUT, wasmFile), wasm);
  return { glue: glueFile, wasm: wasmFile, renamed: names };
}

const bundles = {};
for (const bin of bins) bundles[bin] = bundle(bin);

// Every import of each wasm is provided by its glue. The glue's own `initSync` builds its import
// object and instantiates the module; the check stands in for `WebAssembly.Instance` there,
// compares the object with the module's imports, and stops before the app would start.
const STOP = new Error('stop');
const RealInstance = WebAssembly.Instance;
for (const bin of bins) {
  const glue = await import(new URL(`../${OUT}/${bundles[bin].glue}`, import.meta.url).href);
  // No old name is left in the glue (a use the renaming missed), but for the functions the
  // module itself exports to JavaScript under their own names (the QR module's `qr_svg`).
  const text = fs.readFileSync(path.join(OUT, bundles[bin].glue), 'utf8');
  const own = new Set(Object.keys(glue));
  const left = bundles[bin].renamed.filter((n) => n.length > 3 && !own.has(n) && text.includes(n));
  if (left.length) fail(`${bin}: the glue still names ${left.slice(0, 3).join(', ')} after renaming: wasm-bindgen's glue has changed shape`);
  delete bundles[bin].renamed;
  let checked = false;
  WebAssembly.Instance = function (mod, imports) {
    for (const { module, name } of WebAssembly.Module.imports(mod)) {
      if (!imports || !imports[module] || !(name in imports[module])) fail(`${bin}: the glue does not provide the wasm's import ${module}.${name}`);
    }
    checked = true;
    throw STOP;
  };
  try {
    glue.initSync({ module: fs.readFileSync(path.join(OUT, bundles[bin].wasm)) });
  } catch (e) {
    if (e !== STOP) fail(`${bin}: the glue's initSync failed before instantiating: ${e.message}`);
  } finally {
    WebAssembly.Instance = RealInstance;
  }
  if (!checked) fail(`${bin}: the glue's initSync did not instantiate the module: wasm-bindgen's glue has changed shape`);
}

// Stylesheets and the scripts of web/, minified (the site writer inlines and fills them in).
const css = {};
for (const f of fs.readdirSync('style').filter((f) => f.endsWith('.css')).sort()) {
  css[f.replace(/\.css$/, '')] = esbuild([path.join('style', f), '--minify']).trim();
}
const js = {};
for (const f of fs.readdirSync('web').filter((f) => f.endsWith('.js')).sort()) {
  const format = f === 'boot.js' ? 'esm' : 'iife';
  const out = esbuild([path.join('web', f), '--minify', `--format=${format}`, '--charset=utf8']).trim();
  if (!out.includes('__CONFIG__')) fail(`web/${f}: __CONFIG__ did not survive minifying`);
  js[f.replace(/\.js$/, '')] = out;
}

// The static files; guard.js is part of every first load: minified (its comments are for
// people reading the source).
for (const f of fs.readdirSync('public')) fs.copyFileSync(path.join('public', f), path.join(OUT, f));
esbuild([path.join('public', 'guard.js'), '--minify', '--charset=utf8', '--allow-overwrite', `--outfile=${path.join(OUT, 'guard.js')}`]);

fs.writeFileSync(path.join(SITE, 'assets.json'), JSON.stringify({ bundles, css, js }, null, 2) + '\n');
console.log(`assemble: ${bins.length} bundles, ${Object.keys(css).length} stylesheets, ${Object.keys(js).length} scripts`);
