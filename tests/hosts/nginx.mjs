// Debian's nginx, configured as the README says, on 127.0.0.1: the host of the browser tests.
//
//   node tests/hosts/nginx.mjs           runs the suite's hosts in the foreground (playwright
//                                        starts it, and stops it after the run)
//
// The app's location blocks are the site writer's own (`site nginx`, site/src/hosts.rs), the
// very blocks the README gives, so the tests run what the README tells a webmaster:
//   127.0.0.1:4173   dist/ at the site root and under /gpa-2021/, with the build's headers
//   127.0.0.1:4176   dist/ at the site root with no headers at all: a plain static host (such as
//                    GitHub Pages), where the pages' own policy is all there is (issue 18)
// Tests that publish builds of their own (a new version, two copies side by side) start an
// nginx of their own with `start()`.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

/** The location blocks of the app in `folder` served at `at`, from the site writer. */
export function location(folder, at, { headers = true } = {}) {
  const built = path.join(ROOT, 'target/debug/site');
  const args = ['nginx', folder, at, ...(headers ? [] : ['--no-headers'])];
  const out = fs.existsSync(built)
    ? execFileSync(built, args, { cwd: ROOT })
    : execFileSync('cargo', ['run', '--quiet', '--offline', '-p', 'meeting-site', '--', ...args], { cwd: ROOT });
  return out.toString();
}

/** A whole nginx.conf: `servers` is [{ port, locations: [text] }]. */
export function config(work, servers) {
  const user = process.getuid && process.getuid() === 0 ? 'user root;\n' : '';
  const blocks = servers.map(({ port, locations }) => `  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    absolute_redirect off;
${locations.join('\n').replace(/^/gm, '    ')}
  }`).join('\n');
  return `${user}daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
${blocks}
}
`;
}

/** Starts nginx with these servers; resolves once every port answers. Returns `stop()`. */
export async function start(servers, work = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'))) {
  const file = path.join(work, 'nginx.conf');
  fs.writeFileSync(file, config(work, servers));
  const child = spawn('/usr/sbin/nginx', ['-c', file, '-p', work + '/'], { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  for (const { port } of servers) {
    for (let i = 0; ; i++) {
      if (exited !== null) throw new Error(`nginx exited with ${exited}: see ${work}/error.log`);
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        break;
      } catch {
        if (i > 200) throw new Error(`nginx does not answer on ${port}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }
  return { work, stop: () => child.kill('SIGQUIT') };
}

/** The suite's hosts: dist/ as the README serves it, and as a plain static host. */
async function suite() {
  const work = path.join(ROOT, 'test-results', 'nginx');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'www'), { recursive: true });
  const dist = path.join(ROOT, 'dist');
  // The sub-path copy: the README's layout, the app's folder inside the site's.
  fs.symlinkSync(dist, path.join(work, 'www', 'gpa-2021'));
  const { stop } = await start([
    { port: 4173, locations: [location(path.join(work, 'www', 'gpa-2021'), '/gpa-2021/'), location(dist, '/')] },
    { port: 4176, locations: [location(dist, '/', { headers: false })] },
  ], work);
  console.log('nginx: http://127.0.0.1:4173/ (and /gpa-2021/), http://127.0.0.1:4176/ (no headers)');
  const quit = () => { stop(); process.exit(0); };
  process.on('SIGTERM', quit);
  process.on('SIGINT', quit);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) await suite();
