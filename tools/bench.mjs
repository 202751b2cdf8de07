// make bench: the widget's sizes and speed beside the same widget written in Lit (the peer in
// ../shared/peers/lit, built into target/lit-peer by the Makefile), measured in real headless
// Chromium against one local static server. Loads alternate between the two widgets, so that
// the machine's drift falls on both alike. Prints a table with the ratio Yew / Lit and writes
// target/bench.json. Timings are medians with their spread (min to max): these machines are
// noisy, so figures are reported, never asserted.
//
// Usage: node tools/bench.mjs [--loads N] [--only TEXT]
//   --only: time only the figures whose names contain TEXT (say "situation"), to try a change

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { loadavg, cpus } from 'node:os';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { timeSituationChanges } from './situation-changes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const loadsArg = process.argv.indexOf('--loads');
// 20 loads a figure by default: with 10 the medians of first renders moved by 10% between runs.
const LOADS = loadsArg > 0 ? Number(process.argv[loadsArg + 1]) : 20;
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : '';
const wanted = (name) => name.includes(ONLY);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
/**
 * The ratio of the two medians with its 90% interval, by bootstrap: both samples drawn again
 * with replacement 2,000 times (a fixed seed, so that the same loads give the same interval).
 * An interval that holds 1 means the two are not told apart by these loads.
 */
function ratioInterval(xs, ys) {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const resample = (zs) => zs.map(() => zs[Math.floor(random() * zs.length)]);
  const ratios = Array.from({ length: 2000 }, () => median(resample(xs)) / median(resample(ys))).sort((a, b) => a - b);
  return { ratio: median(xs) / median(ys), low: ratios[100], high: ratios[1899] };
}
// Below 10 ms, two decimals (updates take a fraction of a millisecond).
const fmt = (s, unit = 'ms') => {
  const digits = s.median < 10 ? 2 : 1;
  return `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
};
const brotli = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// The two widgets: where each package is served from and what a page loads at start.
const WIDGETS = {
  yew: { script: '/pkg/mrcc-explorer.js', startFiles: null },
  lit: { script: '/lit/mrcc-explorer.js', startFiles: ['mrcc-explorer.js', 'mrcc-explorer-en.json'] },
};
const sizes = JSON.parse(readFileSync(join(root, 'target/size-report.json'), 'utf8'));
const litPkg = join(root, 'target/lit-peer/pkg');
const litSizes = WIDGETS.lit.startFiles.map((file) => ({ file, brotli: brotli(join(litPkg, file)) }));
const transfer = {
  yew: sizes.total.brotli,
  lit: litSizes.reduce((sum, f) => sum + f.brotli, 0),
};
// Yew's own floor: a counter built with the same profile, wasm-bindgen and wasm-opt (Makefile).
const floorDir = join(root, 'target/yew-floor');
const yewFloor = existsSync(floorDir)
  ? brotli(join(floorDir, 'yew_floor_bg.wasm')) + brotli(join(floorDir, 'yew_floor.js'))
  : NaN;

// Synthetic datasets, validated first with the editors' CLI, the same for both widgets but for
// the fields that came after the parity peer and that its validator refuses (found by serving
// it the dataset until it took it): the condition's survival figures on offer
// (`condition.numbers`, issue 30, rendered only when the reader asks), a figure's `measure` and
// `analysis` and a source's `kind` (shown in "More detail"), and the knowledge check and the care
// team's page (`knowledge`, `care_team`, issue 32: built by a module after the first render).
// Neither widget renders them at first. Everything else, the peer takes and renders as the widget
// does. A dataset either widget refuses stops the bench (see `load`): a refusal is never timed as
// a render.
const forThePeer = (text) => {
  const dataset = JSON.parse(text);
  delete dataset.condition.numbers;
  delete dataset.knowledge;
  delete dataset.care_team;
  for (const option of dataset.options) {
    for (const figure of option.figures ?? []) for (const field of ['measure', 'analysis']) delete figure[field];
  }
  for (const source of dataset.sources) delete source.kind;
  return JSON.stringify(dataset);
};
const datasets = {};
// 25 times the built-in options (1.8 MB) is near the largest the validator takes (2 MB of JSON text; it
// refused 100 times, 5 MB, since issue 27).
for (const factor of [10, 25]) {
  if (!wanted(`dataset ${factor}x: first render`) && !wanted(`dataset ${factor}x: situation change`)) continue;
  const path = join(root, `target/bench-dataset-${factor}x.json`);
  execFileSync('node', [join(root, 'tools/gen-dataset.mjs'), String(factor), path]);
  execFileSync('cargo', ['run', '--quiet', '-p', 'mrcc-cli', '--', 'validate', path], { cwd: root });
  const text = readFileSync(path, 'utf8');
  datasets[`${factor}x`] = { yew: text, lit: forThePeer(text) };
}

const page = (widget, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>
<link rel="icon" href="/www/favicon.svg"><script type="module" src="${WIDGETS[widget].script}"></script></head>
<body><main><h1>Metastatic kidney cancer</h1>${body}</main></body></html>`;
const fallback = readFileSync(join(root, 'pkg/fallback.html'), 'utf8');

const server = await startServer();
const browser = await launchChromium();

/** One fresh load of `widget`: navigation-start-relative times (ms), update times, memory. */
async function load(widget, { dataset, throttle = 1, latency = 0, changes = 0, memory = false, expectError = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // A round-trip time for every request the page makes, to show what the module graph's depth
  // costs on a real network.
  if (latency > 0) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  const src = dataset ? ' data-src="/bench/data.json"' : '';
  // Where updates are timed, the page is cross-origin isolated, so that performance.now() is
  // precise to microseconds, not coarsened to 0.1 ms: an update takes a fraction of a
  // millisecond. (Not for first renders: isolation adds tens of milliseconds to a load.)
  const headers = changes > 0 ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : {};
  await tab.route('**/bench/page.html', (route) =>
    route.fulfill({ contentType: 'text/html', headers, body: page(widget, `<mrcc-explorer${src}>${fallback}</mrcc-explorer>`) }));
  if (dataset) await tab.route('**/bench/data.json', (route) => route.fulfill({ contentType: 'application/json', body: dataset[widget] }));
  await tab.addInitScript(() => {
    document.addEventListener('mrcc-ready', () => { window.__ready = performance.now(); }, { once: true });
    // A refused dataset ends the load too; the longest gap between 10 ms timer ticks until then
    // is the longest the page was held up.
    document.addEventListener('mrcc-error', (event) => { window.__ready = performance.now(); window.__error = `${event.detail?.code ?? 'error'}: ${String(event.detail?.message ?? '').slice(0, 300)}`; }, { once: true });
    window.__block = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      window.__block = Math.max(window.__block, now - last);
      last = now;
      if (window.__ready === undefined) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
  });
  await tab.goto(`${server.origin}/bench/page.html`);
  await tab.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000 }).catch((error) => {
    throw new Error(`${widget}: no mrcc-ready (${JSON.stringify({ dataset: !!dataset, throttle, latency })})`, { cause: error });
  });
  const result = await tab.evaluate(() => ({ ready: window.__ready, block: window.__block, error: window.__error }));
  // A refused dataset also ends a load: timed as a render, it would flatter the widget that refused.
  if (result.error && !expectError) throw new Error(`${widget}: mrcc-error ${result.error} (${JSON.stringify({ dataset: !!dataset, throttle, latency })})`);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const wasm = widget === 'yew' ? await tab.evaluate(async () => (await import('/pkg/mrcc-explorer.js')).memoryBytes()) : null;
    return { heap, wasm };
  };
  if (memory) result.memoryAfterStart = await measure();
  if (changes > 0) {
    // Updates are measured once each widget has everything (no request for half a second):
    // the Yew widget's details pack arrives after its first render, and changes made while it
    // is being read measured the loading, not the update.
    await tab.waitForLoadState('networkidle');
    // The details (and the extras text they carry) grow the wasm's memory once: measured apart,
    // so that growth over the changes is the changes' own.
    if (memory) result.memoryAfterDetails = await measure();
    // From the attribute's change to the event that follows the updated DOM.
    if (!(await tab.evaluate(() => crossOriginIsolated))) throw new Error('the bench page is not cross-origin isolated: update times would be coarse');
    result.updates = await tab.evaluate(timeSituationChanges, changes);
  }
  if (memory) result.memoryAfterChanges = await measure();
  await context.close();
  return result;
}

/** `runs` loads of each widget, alternating: { yew: [...], lit: [...] }. */
async function alternate(options, runs = LOADS) {
  const results = { yew: [], lit: [] };
  for (let i = 0; i < runs; i++) {
    for (const widget of i % 2 ? ['lit', 'yew'] : ['yew', 'lit']) results[widget].push(await load(widget, options));
  }
  return results;
}

// The machine's load, before and after: these figures are only as quiet as the machine was.
const machine = { cores: cpus().length, load_before: loadavg()[0] };
const report = { date: new Date().toISOString(), loads: LOADS, machine, transfer, yew_floor: yewFloor, sizes, lit_sizes: litSizes, figures: {} };
const figure = (name, results, pick) => {
  const [yew, lit] = [results.yew.flatMap(pick), results.lit.flatMap(pick)];
  report.figures[name] = { yew: stats(yew), lit: stats(lit), ratio: ratioInterval(yew, lit) };
};
const ready = (r) => [r.ready];
const block = (r) => [r.block];
const updates = (r) => r.updates;

const timed = async (name, options, pick) => {
  if (wanted(name)) figure(name, await alternate(options), pick);
};
await timed('first render (navigation to mrcc-ready)', {}, ready);
await timed('first render, CPU 4x slower', { throttle: 4 }, ready);
await timed('first render, 100 ms round trips', { latency: 100 }, ready);
await timed('situation change to updated DOM', { changes: 30 }, updates);
for (const [name, dataset] of Object.entries(datasets)) {
  if (!wanted(`dataset ${name}: first render`) && !wanted(`dataset ${name}: situation change`)) continue;
  const runs = Math.max(3, Math.floor(LOADS / 2));
  const results = await alternate({ dataset, changes: 10 }, runs);
  figure(`dataset ${name}: first render`, results, ready);
  figure(`dataset ${name}: situation change`, results, updates);
}
// A hostile dataset (security review F2): 20,000 unknown fields in meta, 0.27 MB. The longest
// the page is held up from navigation until the widget refuses it (the Yew validator took 6.8 s
// before issue 27's limits).
if (wanted('hostile dataset')) {
  const hostile = JSON.parse(readFileSync(join(root, 'content/en.json'), 'utf8'));
  for (let i = 0; i < 20000; i++) hostile.meta[`unknown-${i}`] = i;
  const text = JSON.stringify(hostile);
  const runs = Math.max(3, Math.floor(LOADS / 4));
  figure('hostile dataset: longest main-thread block', await alternate({ dataset: { yew: text, lit: forThePeer(text) }, expectError: true }, runs), block);
}
if (!ONLY) {
  const withChanges = await load('yew', { changes: 1000, memory: true });
  report.memory = { after_start: withChanges.memoryAfterStart, after_details: withChanges.memoryAfterDetails, after_1000_changes: withChanges.memoryAfterChanges };
}
await browser.close();
await server.close();
machine.load_after = loadavg()[0];

mkdirSync(join(root, 'target'), { recursive: true });
writeFileSync(join(root, 'target/bench.json'), JSON.stringify(report, null, 2) + '\n');
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const interval = ({ ratio: r, low, high }) => `${r.toFixed(2)}x (${low.toFixed(2)}–${high.toFixed(2)})`;
const rows = Object.entries(report.figures).map(([name, { yew, lit, ratio: r }]) =>
  `${name.padEnd(42)} ${fmt(yew).padEnd(28)} ${fmt(lit).padEnd(28)} ${interval(r)}`);
const lines = [
  `mrcc-explorer ${sizes.version}: Yew beside the Lit peer (${LOADS} alternating fresh loads per figure; median (min–max);`,
  `the ratio of medians with its 90% bootstrap interval). Machine: ${machine.cores} cores, load average ${machine.load_before.toFixed(2)} before, ${machine.load_after.toFixed(2)} after.`,
  '',
  `${'figure'.padEnd(42)} ${'Yew'.padEnd(28)} ${'Lit'.padEnd(28)} Yew/Lit (90%)`,
  `${'transfer at start, brotli'.padEnd(42)} ${kb(transfer.yew).padEnd(28)} ${kb(transfer.lit).padEnd(28)} ${ratio(transfer.yew, transfer.lit)}`,
  ...rows,
  '',
  `Yew's own floor (a counter, same build settings): ${kb(yewFloor)} of the ${kb(transfer.yew)} at start`,
  ...sizes.files.map((f) => `  yew ${f.file.padEnd(30)} brotli ${kb(f.brotli).padStart(9)}`),
  ...litSizes.map((f) => `  lit ${f.file.padEnd(30)} brotli ${kb(f.brotli).padStart(9)}`),
  ...(report.memory ? [`Yew wasm memory after start ${kb(report.memory.after_start.wasm)}, with the details ${kb(report.memory.after_details.wasm)}, after 1,000 changes ${kb(report.memory.after_1000_changes.wasm)}`] : []),
  '',
  'written to target/bench.json',
];
console.log(lines.join('\n'));
