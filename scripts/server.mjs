// A small static server for the built app (dist/), used by `scripts/serve` and by the tests.
// It behaves like a plain static host: files as they are, brotli when the client accepts it,
// and for any path that is not a file the 404.html copy of the app with status 404 (what
// GitHub Pages and most static hosts do). The same build is also served under a sub-path.
//
//   node scripts/server.mjs [--port 8080] [--dir dist] [--base /gpa-2021/] [--frame-ancestors <sources>] [--no-headers]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const port = Number(opt('--port', '8080'));
const dir = path.resolve(opt('--dir', 'dist'));
const subPath = opt('--base', '/gpa-2021/');
const host = opt('--host', '127.0.0.1');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// Headers a host should send (README lists them), read from the built headers file, so the
// tests exercise exactly what the README tells hosts: the security headers, and a Cache-Control
// rule per file. --frame-ancestors adds who may embed the app (the build leaves it out unless
// told: README, "Embedding"). --no-headers sends none of them, as a plain static host does.
const frameAncestors = opt('--frame-ancestors', '');
const noHeaders = args.includes('--no-headers');
function builtHeaders() {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, '_headers.json'), 'utf8'));
  } catch {
    return { security: {}, cache: {} };
  }
}
function securityHeaders() {
  if (noHeaders) return {};
  const headers = { ...builtHeaders().security };
  if (frameAncestors && headers['Content-Security-Policy']) headers['Content-Security-Policy'] += `; frame-ancestors ${frameAncestors}`;
  return headers;
}
function cacheControl(file) {
  const rule = builtHeaders().cache['/' + path.relative(dir, file)];
  return noHeaders ? undefined : rule || 'no-cache';
}

// Compressed bodies, by file; brotli at its highest quality takes a slow machine up to a
// second for a wasm file, so it runs in the thread pool (never blocking the other requests) and
// every file is compressed once, at start-up, before the first visitor asks for it.
const cache = new Map();
const brotli = (body) => new Promise((resolve, reject) => zlib.brotliCompress(body, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
}, (err, out) => (err ? reject(err) : resolve(out))));
function load(file, br) {
  const key = file + (br ? ':br' : '');
  const stat = fs.statSync(file);
  const hit = cache.get(key);
  if (hit && hit.mtime === stat.mtimeMs) return hit.body;
  const raw = fs.readFileSync(file);
  const body = br ? brotli(raw) : Promise.resolve(raw);
  cache.set(key, { mtime: stat.mtimeMs, body });
  body.catch(() => cache.delete(key));
  return body;
}
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest)$/;
function warm(folder) {
  let entries = [];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const file = path.join(folder, e.name);
    if (e.isDirectory()) warm(file);
    else if (COMPRESSIBLE.test(e.name)) {
      try {
        load(file, true).catch(() => {});
      } catch {}
    }
  }
}

function resolveFile(urlPath) {
  let rel = urlPath;
  if (subPath !== '/' && rel.startsWith(subPath)) rel = '/' + rel.slice(subPath.length);
  else if (subPath !== '/' && rel === subPath.replace(/\/$/, '')) return { redirect: subPath };
  if (rel.endsWith('/')) rel += 'index.html';
  let decoded;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return null; // a malformed escape (/%E0%A4%A) is a missing page, not a crash
  }
  const file = path.join(dir, path.normalize(decoded));
  if (!file.startsWith(dir)) return null;
  // Like GitHub Pages, Netlify and Cloudflare Pages: /session is answered by session.html.
  for (const candidate of [file, file + '.html']) {
    try {
      if (fs.statSync(candidate).isFile()) return { file: candidate };
    } catch {}
  }
  return null;
}

const server = http.createServer((req, res) => {
  let urlPath;
  try {
    urlPath = new URL(req.url, 'http://x').pathname;
  } catch {
    res.writeHead(400).end();
    return;
  }
  const found = resolveFile(urlPath);
  if (found && found.redirect) {
    res.writeHead(301, { Location: found.redirect }).end();
    return;
  }
  const file = found ? found.file : path.join(dir, '404.html');
  const status = found ? 200 : 404;
  if (!fs.existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const ext = path.extname(file);
  const type = types[ext] || 'application/octet-stream';
  const compressible = COMPRESSIBLE.test(file);
  const br = compressible && /\bbr\b/.test(req.headers['accept-encoding'] || '');
  load(file, br).then((body) => send(req, res, file, status, type, br, body), () => res.writeHead(500).end());
});

function send(req, res, file, status, type, br, body) {
  const headers = {
    'Content-Type': type,
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...securityHeaders(),
  };
  const cache = cacheControl(file);
  if (cache) headers['Cache-Control'] = cache;
  if (br) headers['Content-Encoding'] = 'br';
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

warm(dir);
server.listen(port, host, () => {
  console.log(`Serving ${dir}`);
  console.log(`  http://${host}:${port}/`);
  console.log(`  http://${host}:${port}${subPath}  (the same build under a sub-path)`);
});
