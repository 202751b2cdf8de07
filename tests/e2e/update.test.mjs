// Updating the package where browsers have the old files cached (the web team walk of
// 2026-12-07: an update copied over the last one in place left returning visitors with the
// fallback and no mrcc-error). Whatever mix of old and new files a browser ends up with, the
// widget ends in the new version, or in its fallback with one mrcc-error: never silently.
//
// A release "v2" is made from the built package: its stylesheet and wasm differ (a comment, a
// custom section the engine ignores), its module carries their new hashes and another version.
// A server serves v1, then v2 at the same URLs, with cache headers that decide which files the
// browser keeps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './helpers.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '../../pkg');
const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
const sha256 = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

const work = mkdtempSync(join(tmpdir(), 'mrcc-update-'));
const v1 = join(work, 'v1');
const v2 = join(work, 'v2');
cpSync(pkg, v1, { recursive: true });
cpSync(pkg, v2, { recursive: true });
{
  const css = readFileSync(join(v1, 'mrcc-explorer.css'));
  const wasm = readFileSync(join(v1, 'mrcc-explorer-core_bg.wasm'));
  const newCss = Buffer.concat([css, Buffer.from('\n/* v2 */\n')]);
  // A custom section (id 0) named "v2", which engines skip.
  const newWasm = Buffer.concat([wasm, Buffer.from([0, 4, 2, 0x76, 0x32, 1])]);
  writeFileSync(join(v2, 'mrcc-explorer.css'), newCss);
  writeFileSync(join(v2, 'mrcc-explorer-core_bg.wasm'), newWasm);
  let module = readFileSync(join(v1, 'mrcc-explorer.js'), 'utf8');
  for (const [old, now] of [[sha256(css), sha256(newCss)], [sha256(wasm), sha256(newWasm)]]) {
    assert.ok(module.includes(old), 'the module holds the hash of each file it loads');
    module = module.replaceAll(old, now);
  }
  assert.ok(module.includes(`"${version}"`) || module.includes(`'${version}'`), 'the module holds its version');
  writeFileSync(join(v2, 'mrcc-explorer.js'), module.replaceAll(`"${version}"`, '"9.9.9"').replaceAll(`'${version}'`, "'9.9.9'"));
}

const pageHtml = (base) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>update</title>
<script type="module" src="${base}mrcc-explorer.js"></script></head>
<body><main><mrcc-explorer><h2 id="fallback">Treatment options</h2></mrcc-explorer></main></body></html>`;
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.bin': 'application/octet-stream' };

// Serves the page, which loads the module from `state.base`; /w/ from `state.root` (a folder
// updated in place), /v1/ and /v2/ from each release (a folder per version). `state.cached(file)`
// says whether a file may be kept (a day) or not at all. Records each request for a widget file.
const state = { base: '/w/', root: v1, cached: () => false, requests: [] };
let server;
let origin;
let browser;
before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(pageHtml(state.base));
    const [, folder, file] = /^\/(w|v1|v2)\/([\w.-]+)$/.exec(path) ?? [];
    state.requests.push(file);
    let body;
    try {
      body = readFileSync(join({ w: state.root, v1, v2 }[folder], file));
    } catch {
      return response.writeHead(404).end();
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': state.cached(file) ? 'max-age=86400' : 'no-store',
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Loads the page in `page` and waits for the widget's first event; the events and the version. */
async function visit(page) {
  // (The page's own URL never changes: each visit is a returning visitor's.)
  state.requests = [];
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__events.length > 0, null, { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(300); // a second event would come now
  return page.evaluate(() => ({
    events: window.__events,
    version: customElements.get('mrcc-explorer')?.version,
    fallbackShown: document.getElementById('fallback').assignedSlot !== null,
  }));
}

async function freshPage() {
  const context = await browser.newContext();
  // Every widget event from the start, before the module runs.
  await context.addInitScript(() => {
    window.MRCC_EXPLORER_OPEN_SHADOW_ROOT_FOR_TESTS = true; // assignedSlot is null in a closed one
    window.__events = [];
    for (const type of ['mrcc-ready', 'mrcc-error']) {
      document.addEventListener(type, (event) => window.__events.push(type === 'mrcc-error' ? `${type}:${event.detail.code}` : type));
    }
  });
  return { context, page: await context.newPage() };
}

test('the documented way, a folder per version kept for a year: the new version', async () => {
  state.cached = () => true;
  const { context, page } = await freshPage();
  state.base = '/v1/';
  assert.deepEqual((await visit(page)).events, ['mrcc-ready']);
  state.base = '/v2/';
  const result = await visit(page);
  assert.deepEqual(result.events, ['mrcc-ready']);
  assert.equal(result.version, '9.9.9');
  state.base = '/w/';
  await context.close();
});

test('the old module cached, the new files served: the fallback and one mrcc-error, never silent', async () => {
  state.cached = (file) => file === 'mrcc-explorer.js';
  const { context, page } = await freshPage();
  state.root = v1;
  assert.deepEqual((await visit(page)).events, ['mrcc-ready']);
  state.root = v2;
  const result = await visit(page);
  assert.ok(!state.requests.includes('mrcc-explorer.js'), `the old module came from the cache: ${state.requests}`);
  assert.equal(result.events.length, 1, String(result.events));
  assert.match(result.events[0], /^mrcc-error:(wasm-unavailable|start-failed)$/);
  assert.equal(result.fallbackShown, true, 'the fallback shows');
  await context.close();
});

test('the new module served, the old files cached: fetched again, and the new version starts', async () => {
  state.cached = (file) => file !== 'mrcc-explorer.js';
  const { context, page } = await freshPage();
  state.root = v1;
  assert.deepEqual((await visit(page)).events, ['mrcc-ready']);
  state.root = v2;
  const result = await visit(page);
  assert.deepEqual(result.events, ['mrcc-ready'], 'no mrcc-error');
  assert.equal(result.version, '9.9.9');
  for (const file of ['mrcc-explorer.css', 'mrcc-explorer-core_bg.wasm']) {
    assert.ok(state.requests.includes(file), `${file} fetched again: ${state.requests}`);
  }
  assert.equal(result.fallbackShown, false);
  await context.close();
});
