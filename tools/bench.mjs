// make bench: the widget's sizes and speed, measured in real headless Chromium against a local
// static server. Prints a table and writes target/bench.json. Timings are medians with their
// spread (min to max): these machines are noisy, so figures are reported, never asserted.
//
// Usage: node tools/bench.mjs [--loads N]

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/server.mjs';
import { launchChromium } from '../tests/e2e/helpers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const loadsArg = process.argv.indexOf('--loads');
const LOADS = loadsArg > 0 ? Number(process.argv[loadsArg + 1]) : 10;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const fmt = (s, unit = 'ms') => `${s.median.toFixed(1)} ${unit} (${s.min.toFixed(1)}–${s.max.toFixed(1)}, n=${s.runs})`;

// Synthetic datasets, validated first with the editors' CLI.
const datasets = { '1x': null };
for (const factor of [10, 100]) {
  const path = join(root, `target/bench-dataset-${factor}x.json`);
  execFileSync('node', [join(root, 'tests/gen-dataset.mjs'), String(factor), path]);
  execFileSync('cargo', ['run', '--quiet', '--bin', 'mrcc-content', '--', 'validate', path], { cwd: root });
  datasets[`${factor}x`] = readFileSync(path, 'utf8');
}

// The preload links the README suggests to hosts.
const PRELOAD = ['define.js', 'mrcc-explorer-element.js', 'mrcc-explorer-core.js']
  .map((file) => `<link rel="modulepreload" href="/pkg/${file}">`)
  .join('') + ['mrcc-explorer-core_bg.wasm', 'mrcc-explorer-en.bin']
  .map((file) => `<link rel="preload" href="/pkg/${file}" as="fetch" crossorigin>`)
  .join('');
const page = (body, withScript, preload = false) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>
<link rel="icon" href="/www/favicon.svg">${preload ? PRELOAD : ''}${withScript ? '<script type="module" src="/pkg/mrcc-explorer.js"></script>' : ''}</head>
<body><main><h1>Metastatic kidney cancer</h1>${body}</main></body></html>`;
const fallback = readFileSync(join(root, 'pkg/fallback.html'), 'utf8');

const server = await startServer();
const browser = await launchChromium();

/** One fresh load: returns navigation-start-relative times (ms) and memory. */
async function load({ dataset, throttle = 1, latency = 0, preload = false, withScript = true, changes = 0 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // A round-trip time for every request the page makes to the server (the widget's files), to
  // show what the module graph's depth costs on a real network.
  if (latency > 0) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  const src = dataset ? ' data-src="/bench/data.json"' : '';
  await tab.route('**/bench/page.html', (route) => route.fulfill({ contentType: 'text/html', body: page(`<mrcc-explorer${src}>${fallback}</mrcc-explorer>`, withScript, preload) }));
  if (dataset) await tab.route('**/bench/data.json', (route) => route.fulfill({ contentType: 'application/json', body: dataset }));
  await tab.addInitScript(() => {
    document.addEventListener('mrcc-ready', () => { window.__ready = performance.now(); }, { once: true });
  });
  await tab.goto(`${server.origin}/bench/page.html`);
  const result = {};
  if (withScript) {
    await tab.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000 });
    result.ready = await tab.evaluate(() => window.__ready);
  } else {
    await tab.waitForTimeout(200);
  }
  result.fcp = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  if (withScript && changes > 0) {
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const wasm = await tab.evaluate(async () => (await import('/pkg/mrcc-explorer-core.js')).memoryBytes());
      return { heap, wasm };
    };
    result.memoryAfterStart = await measure();
    result.updates = await tab.evaluate(async (changes) => {
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
    }, changes);
    result.memoryAfterChanges = await measure();
  }
  await context.close();
  return result;
}

async function series(options, runs = LOADS) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await load(options));
  return results;
}

const report = { date: new Date().toISOString(), loads: LOADS };
report.sizes = JSON.parse(readFileSync(join(root, 'target/size-report.json'), 'utf8'));

for (const throttle of [1, 4]) {
  const widget = await series({ throttle });
  const floor = await series({ throttle, withScript: false });
  report[`startup_${throttle}x`] = {
    ready: stats(widget.map((r) => r.ready)),
    fcp: stats(widget.map((r) => r.fcp)),
    fallback_only_fcp: stats(floor.map((r) => r.fcp)),
  };
}
const distant = await series({ latency: 100 });
report.startup_100ms_rtt = { ready: stats(distant.map((r) => r.ready)), fcp: stats(distant.map((r) => r.fcp)) };
const preloaded = await series({ latency: 100, preload: true });
report.startup_100ms_rtt_preload = { ready: stats(preloaded.map((r) => r.ready)), fcp: stats(preloaded.map((r) => r.fcp)) };
const withChanges = await load({ changes: 1000 });
report.update = stats(withChanges.updates.slice(0, 50));
report.memory = {
  after_start: withChanges.memoryAfterStart,
  after_1000_changes: withChanges.memoryAfterChanges,
};
report.growth = {};
for (const [name, dataset] of Object.entries(datasets)) {
  const runs = [];
  for (let i = 0; i < Math.max(3, Math.floor(LOADS / 2)); i++) runs.push(await load({ dataset, changes: 20 }));
  report.growth[name] = {
    ready: stats(runs.map((r) => r.ready)),
    update: stats(runs.flatMap((r) => r.updates)),
  };
}
await browser.close();
await server.close();

mkdirSync(join(root, 'target'), { recursive: true });
writeFileSync(join(root, 'target/bench.json'), JSON.stringify(report, null, 2) + '\n');
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const t = report.sizes.total;
const lines = [
  `mrcc-explorer ${report.sizes.version} benchmark (${LOADS} fresh loads per figure; median (min–max))`,
  '',
  `transfer at start      raw ${kb(t.raw)}, gzip ${kb(t.gzip)}, brotli ${kb(t.brotli)}`,
  ...report.sizes.files.map((f) => `  ${f.file.padEnd(28)} gzip ${kb(f.gzip).padStart(9)}  brotli ${kb(f.brotli).padStart(9)}`),
  '',
  `first render (mrcc-ready), as is      ${fmt(report.startup_1x.ready)}`,
  `first contentful paint, as is         ${fmt(report.startup_1x.fcp)}`,
  `  fallback-only page FCP (floor)      ${fmt(report.startup_1x.fallback_only_fcp)}`,
  `first render, CPU 4x slower           ${fmt(report.startup_4x.ready)}`,
  `first contentful paint, CPU 4x        ${fmt(report.startup_4x.fcp)}`,
  `  fallback-only page FCP, CPU 4x      ${fmt(report.startup_4x.fallback_only_fcp)}`,
  `first render, 100 ms round trips      ${fmt(report.startup_100ms_rtt.ready)}`,
  `  with the README's preload links      ${fmt(report.startup_100ms_rtt_preload.ready)}`,
  `situation change to updated DOM       ${fmt(report.update)}`,
  '',
  ...Object.entries(report.growth).map(([name, g]) =>
    `dataset ${name.padEnd(4)} first render ${fmt(g.ready)}; update ${fmt(g.update)}`),
  '',
  `wasm memory after start ${kb(report.memory.after_start.wasm)}, after 1,000 changes ${kb(report.memory.after_1000_changes.wasm)}`,
  `JS heap after start ${kb(report.memory.after_start.heap)}, after 1,000 changes ${kb(report.memory.after_1000_changes.heap)}`,
  '',
  'written to target/bench.json',
];
console.log(lines.join('\n'));
