// Where a situation change's time goes: a warm loop of changes (as `make bench` makes them) in
// one page, timed, and with --profile under Chromium's sampling profiler: self time per
// function, and the wasm's share by kind. For function names, build with `make dist
// KEEP_NAMES=1` first (the shipped wasm has none). Not part of make test or make bench: a tool
// for finding what to make faster.
//
// Usage: node tools/profile-updates.mjs [yew|lit] [--changes N] [--profile] [--top N]

import { readFileSync } from 'node:fs';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { timeSituationChanges } from './situation-changes.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const widget = args.find((arg) => arg === 'yew' || arg === 'lit') ?? 'yew';
const changes = option('--changes', 2000);
const top = option('--top', 40);
const profile = args.includes('--profile');
const script = widget === 'yew' ? '/pkg/mrcc-explorer.js' : '/lit/mrcc-explorer.js';
const fallback = readFileSync('pkg/fallback.html', 'utf8');

const server = await startServer();
const browser = await launchChromium();
const tab = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
const cdp = await tab.context().newCDPSession(tab);
// Cross-origin isolated, for microsecond timers.
const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
await tab.route('**/bench/page.html', (route) => route.fulfill({ contentType: 'text/html', headers, body:
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${script}"></script></head>
  <body><main><mrcc-explorer>${fallback}</mrcc-explorer></main></body></html>` }));
await tab.goto(`${server.origin}/bench/page.html`);
await tab.waitForFunction(() => document.querySelector('mrcc-explorer').results !== null);
await tab.waitForLoadState('networkidle');

if (profile) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
}
const times = await tab.evaluate(timeSituationChanges, changes);
const sorted = [...times].sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b) / times.length;
console.log(`${widget}: ${changes} changes, median ${sorted[sorted.length >> 1].toFixed(3)} ms, mean ${mean.toFixed(3)} ms`);

if (profile) {
  const { profile: samples } = await cdp.send('Profiler.stop');
  const nodes = new Map(samples.nodes.map((node) => [node.id, node]));
  const self = new Map();
  samples.samples.forEach((id, i) => {
    const { functionName, url } = nodes.get(id).callFrame;
    const key = `${(functionName || '(anonymous)').replace(/::h[0-9a-f]{16}$/, '')}  ${url.split('/').pop()}`;
    self.set(key, (self.get(key) ?? 0) + samples.timeDeltas[i]);
  });
  const perChange = (micros) => `${(micros / changes).toFixed(1).padStart(7)} µs`;
  const kinds = {};
  for (const [key, micros] of self) {
    if (!key.includes('.wasm')) continue;
    const kind = /mrcc_alloc|alloc::|drop_in_place|Rc<|RawVec/.test(key) ? 'allocation and drops'
      : /yew::/.test(key) ? 'Yew' : /mrcc_core/.test(key) ? 'mrcc-core' : 'other';
    kinds[kind] = (kinds[kind] ?? 0) + micros;
  }
  console.log('\nwasm self time a change, by kind (under the profiler, which slows everything):');
  for (const [kind, micros] of Object.entries(kinds).sort((a, b) => b[1] - a[1])) console.log(`${perChange(micros)}  ${kind}`);
  console.log('\nself time a change, by function:');
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${perChange(micros)}  ${key.slice(0, 150)}`);
}
await browser.close();
await server.close();
