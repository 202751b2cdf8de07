import { readFileSync } from 'node:fs';
import { startServer } from '../tests/e2e/server.mjs';
import { launchChromium } from '../tests/e2e/helpers.mjs';
const widget = process.argv[2] ?? 'yew';
const N = Number(process.argv[3] ?? 1000);
const script = widget === 'yew' ? '/pkg/mrcc-explorer.js' : '/lit/mrcc-explorer.js';
const fallback = readFileSync('pkg/fallback.html', 'utf8');
const server = await startServer();
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const tab = await context.newPage();
const cdp = await context.newCDPSession(tab);
await tab.route('**/bench/page.html', (route) => route.fulfill({ contentType: 'text/html', headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }, body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${script}"></script></head><body><main><mrcc-explorer>${fallback}</mrcc-explorer></main></body></html>` }));
await tab.addInitScript(() => { document.addEventListener('mrcc-ready', () => { window.__ready = performance.now(); }, { once: true }); });
await tab.goto(`${server.origin}/bench/page.html`);
await tab.waitForFunction(() => window.__ready !== undefined);
await tab.waitForLoadState('networkidle');
const PROFILE = !process.env.NOPROF;
if (PROFILE) {
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
}
console.log('isolated', await tab.evaluate(() => crossOriginIsolated));
const times = await tab.evaluate(async (changes) => {
  const element = document.querySelector('mrcc-explorer');
  const situations = ['histology=clear-cell&risk=poor', 'primary=removed&sites=one-or-two', 'locations=bone,lung&prior-systemic=yes', 'risk=favorable'];
  const times = [];
  for (let i = 0; i < changes; i++) {
    const changed = new Promise((resolve) => element.addEventListener('mrcc-change', resolve, { once: true }));
    const start = performance.now();
    element.setAttribute('situation', `${situations[i % situations.length]}&sites=${i % 2 ? 'one-or-two' : 'three-or-more'}`);
    await changed;
    times.push(performance.now() - start);
  }
  return times;
}, N);
const s0 = [...times].sort((a, b) => a - b);
console.log('median', s0[s0.length >> 1].toFixed(3), 'mean', (s0.reduce((a, b) => a + b) / s0.length).toFixed(3), 'p10', s0[s0.length/10|0].toFixed(3));
if (!PROFILE) process.exit(0);
const { profile } = await cdp.send('Profiler.stop');
const s = [...times].sort((a, b) => a - b);
console.log('median', s[s.length >> 1].toFixed(3), 'mean', (s.reduce((a, b) => a + b) / s.length).toFixed(3));
// self time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
let total = 0;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}${n.callFrame.url.endsWith('.js') ? ':' + n.callFrame.columnNumber : ''}`;
  self.set(key, (self.get(key) ?? 0) + dt[i]);
  total += dt[i];
});
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[4] ?? 45));
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), 'ms', ((100 * v) / total).toFixed(1).padStart(5), '%', k.slice(0, 120));

const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => (n.callFrame.functionName || '(anon)').replace(/::h[0-9a-f]{16}$/, '').slice(0, 110);
const incl = new Map();
const callers = new Map();
const watch = (process.env.WATCH ?? 'decode').split(',');
profile.samples.forEach((id, i) => {
  const seen = new Set();
  let chain = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur));
    chain.push(k);
    if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt[i]); }
  }
  const w = watch.indexOf(chain[0]);
  if (w >= 0) {
    const rust = chain.filter((f) => f.includes('::') && !f.includes('web_sys') && !f.includes('wasm_bindgen'));
    const key = chain[0] + ' <- ' + rust.slice(0, Number(process.env.DEPTH ?? 3)).join(' <- ');
    callers.set(key, (callers.get(key) ?? 0) + dt[i]);
  }
});
const cat = {};
for (const [k, v] of self) {
  const c = k.includes('.wasm') ? (/talc|alloc::|drop_in_place|Rc<|dealloc|RawVec/.test(k) ? 'wasm-alloc' : /yew::/.test(k) ? 'wasm-yew' : /mrcc_core/.test(k) ? 'wasm-mrcc' : 'wasm-other') : k.endsWith('.js') ? 'js-glue' : k.startsWith('(') ? k.split(' ')[0] : 'native:' + k.trim();
  cat[c] = (cat[c] ?? 0) + v;
}
for (const [k, v] of Object.entries(cat).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000 / N * 1000).toFixed(1).padStart(8), 'us/change', k);
console.log('--- inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.INCL ?? 60))) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
console.log('--- callers');
for (const [k, v] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k.slice(0, 400));
await browser.close();
server.close?.();
process.exit(0);
