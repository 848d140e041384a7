// The pages' first script (web/early.js), as the build ships it (the minified, filled-in copy
// inside dist/index.html and dist/404.html), run against a stand-in for the browser: the base
// it gives an address is the one `routes::base_of` gives (the cases in
// tests/fixtures/base-cases.txt are checked on both), never another host, whatever the
// address; the not-found page finds the app above a deep unknown address.
//   node --test tests/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import vm from 'node:vm';

const inline = (file) => {
  const html = fs.readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
  const m = /<script>([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, `${file} has its first script`);
  return m[1];
};
const early = inline('index.html');
const early404 = inline('404.html');

const scripts = new Map();
const compiled = (src) => scripts.get(src) || scripts.set(src, new vm.Script(src)).get(src);

/** Runs a first script for an address; returns what it did to the document. */
async function run(script, { pathname, search = '', fetch = async () => ({ ok: false, headers: new Map() }) }) {
  const attrs = {};
  let base = null;
  const added = [];
  const head = {
    appendChild(el) {
      if (el.tag === 'base') base = el;
      else added.push(el);
      return el;
    },
  };
  const document = {
    documentElement: { setAttribute: (k, v) => { attrs[k] = v; }, getAttribute: (k) => attrs[k] ?? null },
    head,
    querySelector: (s) => (s === 'base' ? base : null),
    createElement: (tag) => ({ tag, attrs: {}, setAttribute(k, v) { this.attrs[k] = v; } }),
    addEventListener() {},
  };
  let probes = [];
  const context = {
    location: { pathname, search, origin: 'https://app.example' },
    document,
    navigator: { languages: [] },
    localStorage: { getItem: () => null },
    URLSearchParams,
    URL,
    window: {},
    Promise,
    fetch: (url, opts) => { probes.push(url); return fetch(url, opts); },
  };
  compiled(script).runInNewContext(context);
  await new Promise((r) => setTimeout(r, 0));
  const dir = pathname.slice(0, pathname.lastIndexOf('/') + 1);
  return { base: base ? base.attrs.href : dir, set: !!base, added, probes };
}

const cases = fs.readFileSync(new URL('../fixtures/base-cases.txt', import.meta.url), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => { const [p, b = ''] = l.split('\t'); return [p, b]; });

test('the base of every shared case is the one routes::base_of gives', async () => {
  assert.ok(cases.length > 20);
  for (const [pathname, want] of cases) {
    const { base } = await run(early, { pathname });
    assert.equal(base, `${want}/`, pathname);
  }
});

test('whatever the address holds, the base stays on the origin', async () => {
  const pieces = ['/', '//', '\\', '/\\', 'evil.example', '%2F', '%5C', '.', '..', 'session', 'about', 'timer', 'a', '?', '#', '\t', '@', ':', '\u0001'];
  let seed = 7;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 1500; i++) {
    let pathname = '/';
    for (let k = rand(8); k > 0; k--) pathname += pieces[rand(pieces.length)];
    const { base } = await run(early, { pathname });
    const joined = new URL(`${base}x`, 'https://app.example/');
    assert.equal(joined.host, 'app.example', `${JSON.stringify(pathname)} → <base href="${base}">`);
    assert.ok(pathname.startsWith(base.replace(/\/$/, '')), `${JSON.stringify(pathname)} → ${base}`);
  }
});

test('a page one segment under its base sets no base at all', async () => {
  assert.equal((await run(early, { pathname: '/gpa-2021/timer' })).set, false);
  assert.equal((await run(early, { pathname: '/' })).set, false);
  assert.equal((await run(early, { pathname: '/gpa-2021/session/panel-1' })).base, '/gpa-2021/');
});

test('the not-found page finds the app above a deep unknown address, and loads its files from there', async () => {
  const js = (r) => ({ ok: true, headers: new Map([['content-type', r]]) });
  const html = { ok: false, headers: new Map([['content-type', 'text/html']]) };
  // An app at /gpa-2021/ on a host that answers anything else with its not-found page.
  const host = async (url) => (url === '/gpa-2021/guard.js' ? js('text/javascript') : html);
  const deep = await run(early404, { pathname: '/gpa-2021/a/b/c', fetch: host });
  assert.equal(deep.base, '/gpa-2021/');
  assert.deepEqual(deep.probes, ['/guard.js', '/gpa-2021/guard.js', '/gpa-2021/a/guard.js', '/gpa-2021/a/b/guard.js']);
  const tags = deep.added.map((e) => `${e.tag} ${e.attrs.src || e.attrs.href}`);
  assert.ok(tags.some((t) => /^script guard\.js\?v=/.test(t)), tags.join());
  assert.ok(tags.some((t) => /^script \.\/boot-details-[0-9a-f]{16}\.js$/.test(t)), tags.join());
  assert.ok(tags.includes('link manifest.webmanifest'), tags.join());
  // An app at the root: the same address two deep has its base at /.
  const root = await run(early404, { pathname: '/a/b', fetch: async (url) => (url === '/guard.js' ? js('application/javascript') : html) });
  assert.equal(root.base, '/');
  // A single-page host answers every address with HTML and status 200: not a script.
  const spa = await run(early404, { pathname: '/x/y/z', fetch: async () => ({ ok: true, headers: new Map([['content-type', 'text/html']]) }) });
  assert.equal(spa.base, '/');
  // An address that names another host asks only paths of this origin.
  const hostile = await run(early404, { pathname: '//evil.example/session/x', fetch: async (url) => (url === '/guard.js' ? js('text/javascript') : html) });
  assert.equal(hostile.base, '/');
  assert.deepEqual(hostile.probes, ['/guard.js', '/evil.example/guard.js', '/evil.example/session/guard.js']);
  // At the site root there is nothing to ask.
  const top = await run(early404, { pathname: '/nope' });
  assert.equal(top.base, '/');
  assert.deepEqual(top.probes, []);
  // At most eight directories are asked, however deep the address.
  const many = await run(early404, { pathname: '/a'.repeat(50) + '/x' });
  assert.equal(many.probes.length, 8);
});
