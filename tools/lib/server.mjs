// A small static server on a random loopback port, for the browser tests (tests/e2e,
// tests/element, tests/engines) and the measurement tools (tools/bench.mjs,
// tools/profile-updates.mjs).
//   /pkg/...   the built package (also at /pkg-copy/, a second module instance)
//   /pkg-test-hooks/... a debug build with the test-only panic trigger
//   /www/...   the demo site
//   /pages/... test host pages (tests/e2e/pages)
//   /lit/...   the Lit peer's package, for the benchmark (target/lit-peer/pkg)
//   /app/...   the Vite + React test app's build (tests/app/dist)
//   /element/... the element's sources (src/element), else tests/element: its unit tests' page,
//              fake core and fake packs
// A first path segment names the Content-Security-Policy the response carries:
//   /strict/<path>       default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
//   /no-wasm-csp/<path>  the same without 'wasm-unsafe-eval', so WebAssembly is blocked

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const roots = {
  pkg: [join(repo, 'pkg')],
  'pkg-copy': [join(repo, 'pkg')],
  'pkg-test-hooks': [join(repo, 'target/pkg-test-hooks')],
  www: [join(repo, 'www')],
  pages: [join(repo, 'tests/e2e/pages')],
  element: [join(repo, 'src/element'), join(repo, 'tests/element')],
  lit: [join(repo, 'target/lit-peer/pkg')],
  'pkg-named': [join(repo, 'target/pkg-named')],
  app: [join(repo, 'tests/app/dist')],
};
export const POLICIES = {
  strict: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  'no-wasm-csp': "default-src 'self'; script-src 'self'; style-src 'self'",
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

export async function startServer() {
  const requests = [];
  const server = createServer(async (request, response) => {
    requests.push(request.url);
    const segments = new URL(request.url, 'http://x').pathname.split('/').filter(Boolean);
    const headers = { 'cache-control': 'no-store' };
    if (POLICIES[segments[0]]) headers['content-security-policy'] = POLICIES[segments.shift()];
    const [area, ...rest] = segments;
    for (const base of roots[area] ?? []) {
      const file = normalize(join(base, ...rest));
      if (!file.startsWith(base)) break;
      try {
        const body = await readFile(file);
        headers['content-type'] = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, headers).end(body);
        return;
      } catch {
        // not in this folder: try the next
      }
    }
    response.writeHead(404, headers).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}
