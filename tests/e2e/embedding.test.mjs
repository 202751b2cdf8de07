// End-to-end: the host contract. Events and their details, properties, language, lifecycle
// over 1,000 cycles, the iframe height protocol, privacy, the static fallback and the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations, BUILT_IN, OUTPUT } from './helpers.mjs';

const PKG = join(dirname(fileURLToPath(import.meta.url)), '../../pkg');
const env = useServerAndBrowser();

const events = (page, type) => page.evaluate((type) => window.__mrccEvents.filter((e) => e.type === type), type);

test('mrcc-ready and mrcc-change carry plain JSON details, and results mirrors the last change', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  await page.waitForFunction(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-change').length >= 2);
  const ready = await events(page, 'mrcc-ready');
  assert.equal(ready.length, 2, 'once per element');
  const cargo = readFileSync(join(PKG, 'package.json'), 'utf8');
  assert.deepEqual(ready[0].detail, {
    version: JSON.parse(cargo).version,
    language: 'en',
    reviewed: BUILT_IN.meta.reviewed,
    optionCount: BUILT_IN.options.length,
  });

  // By default the page's scripts are told each option's fit, never the reader's answers or
  // the reasons that repeat them (the security review of 2026-12-07, F5); the host that asks
  // with share-answers gets them.
  const quiet = (await events(page, 'mrcc-change')).find((e) => e.target === 'first').detail;
  assert.deepEqual(Object.keys(quiet), ['results']);
  assert.deepEqual(Object.keys(quiet.results[0]), ['id', 'fit']);
  assert.deepEqual(await page.evaluate(() => Object.keys(document.getElementById('first').results[0])), ['id', 'fit']);
  await page.evaluate(() => document.getElementById('first').setAttribute('share-answers', ''));

  // A change by the reader, then one by the attribute: one event each, in display order.
  await page.locator('#first #choice-risk-poor').check();
  await page.waitForFunction(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-change').length === 3);
  await page.evaluate(() => document.getElementById('first').setAttribute('situation', 'sites=three-or-more'));
  await page.waitForFunction(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-change').length === 4);
  const changes = (await events(page, 'mrcc-change')).filter((e) => e.target === 'first');
  assert.equal(changes[1].detail.situation, 'risk=poor');
  assert.equal(changes[2].detail.situation, 'sites=three-or-more');
  const last = changes[2].detail;
  assert.deepEqual(Object.keys(last), ['situation', 'results']);
  assert.equal(last.results.length, BUILT_IN.options.length);
  for (const result of last.results) {
    assert.deepEqual(Object.keys(result), ['id', 'fit', 'reasons']);
    assert.ok(['likely', 'possible', 'unlikely'].includes(result.fit));
  }
  const shown = await page.locator('#first article.card').evaluateAll((cards) => cards.map((c) => c.dataset.option));
  assert.deepEqual(last.results.map((r) => r.id), shown);
  // The property is the last change's results, as plain data (no Map), and a copy.
  const property = await page.evaluate(() => {
    const results = document.getElementById('first').results;
    results[0].fit = 'tampered';
    return { json: JSON.stringify(results), again: document.getElementById('first').results[0].fit };
  });
  assert.notEqual(property.again, 'tampered');
  assert.deepEqual(JSON.parse(property.json).slice(1), last.results.slice(1));

  // Typing a question is not a change of the situation: no event, and no free text anywhere.
  const before = (await events(page, 'mrcc-change')).length;
  await page.locator('#first #own-question').fill('My private question');
  await page.locator('#first .own-question button').click();
  await page.waitForTimeout(50);
  const all = await page.evaluate(() => JSON.stringify(window.__mrccEvents));
  assert.equal((await events(page, 'mrcc-change')).length, before);
  assert.ok(!all.includes('My private question'));
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});

test('attributes after start: several in one task cause one update; unknown situation parts warn once', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const changesBefore = (await events(page, 'mrcc-change')).length;
  await page.evaluate(() => {
    const first = document.getElementById('first');
    first.setAttribute('support-url', 'tel:+15550100');
    first.setAttribute('situation', 'histology=clear-cell&colour=blue&risk=awful');
    first.supportUrl = 'https://example.org/support';
  });
  await page.waitForFunction(() => document.getElementById('first').shadowRoot.querySelector('a[data-link="support"]'));
  await page.waitForTimeout(50);
  assert.equal(await page.locator('#first a[data-link="support"]').getAttribute('href'), 'https://example.org/support');
  assert.equal((await events(page, 'mrcc-change')).length, changesBefore + 1, 'one update, one change event');
  const situationWarnings = warnings.filter((w) => w.includes('situation'));
  assert.equal(situationWarnings.length, 1, warnings.join('\n'));
  assert.match(situationWarnings[0], /colour.*awful/);
  assert.ok(await page.locator('#first #choice-histology-clear-cell').isChecked());
  // Other attributes changing later do not repeat the warning.
  await page.evaluate(() => document.getElementById('first').setAttribute('appointment-url', 'https://example.org/later'));
  await page.waitForFunction(() =>
    document.getElementById('first').shadowRoot.querySelector('a[data-link="appointment"]')?.href === 'https://example.org/later');
  assert.equal(warnings.filter((w) => w.includes('situation')).length, 1, warnings.join('\n'));
  await context.close();
});

test('language: own lang, then the nearest ancestor, then the document; unknown gives English', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  await page.evaluate(() => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'fr';
    wrapper.innerHTML = '<mrcc-explorer id="french"></mrcc-explorer>';
    document.querySelector('main').append(wrapper);
  });
  await waitForWidgets(page, 3);
  const ready = (await events(page, 'mrcc-ready')).find((e) => e.target === 'french');
  assert.equal(ready.detail.language, 'en');
  assert.equal(await page.locator('#french section.explorer').getAttribute('lang'), 'en');
  await context.close();
});

test('properties set before the element is defined are honoured', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/late.html`);
  await waitForWidgets(page);
  assert.ok(await page.locator('#late #choice-histology-non-clear-cell').isChecked());
  assert.equal(await page.locator('#late a[data-link="appointment"]').getAttribute('href'), 'https://example.org/late');
  assert.equal(await page.evaluate(() => document.getElementById('late').getAttribute('situation')),
    'histology=non-clear-cell&sites=three-or-more');
  await context.close();
});

test('1,000 remove and re-add cycles keep one app and flat memory; apps given up are reused, not rebuilt', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(async () => (await import('/pkg/mrcc-explorer.js')).memoryBytes());
    return { js: heap.usedSize, wasm };
  };
  // Remove and re-add `n` times, each time after `wait` ms, with destroys `delay` ms after removal.
  const cycle = (n, wait, delay) => page.evaluate(async ({ n, wait, delay }) => {
    const core = await import('/pkg/mrcc-explorer.js');
    customElements.get('mrcc-explorer').destroyDelay = delay;
    const main = document.querySelector('main');
    const element = document.getElementById('first');
    let remounts = 0;
    for (let i = 0; i < n; i++) {
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, wait));
      const destroyed = core.mountedCount() === 1;
      const ready = destroyed && new Promise((resolve) => element.addEventListener('mrcc-change', resolve, { once: true }));
      main.append(element);
      if (destroyed) {
        remounts += 1;
        await ready;
      }
    }
    return { remounts, mounted: core.mountedCount() };
  }, { n, wait, delay });
  const mb = (bytes) => (bytes / 1e6).toFixed(2);

  // Removed and re-added within the destroy delay: the app is kept.
  await cycle(20, 0, 2000);
  let start = await measure();
  let started = Date.now();
  assert.deepEqual(await cycle(1000, 0, 2000), { remounts: 0, mounted: 2 });
  let end = await measure();
  const kept = `1,000 remove/re-add cycles within the destroy delay: ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
    `JS heap ${mb(end.js - start.js)} MB, wasm memory ${mb(end.wasm - start.wasm)} MB growth`;

  // Each removal outlasting the delay destroys the app, and re-adding mounts a new one.
  await cycle(20, 5, 0);
  start = await measure();
  started = Date.now();
  assert.deepEqual(await cycle(300, 5, 0), { remounts: 300, mounted: 2 });
  end = await measure();
  const perRemount = (end.wasm - start.wasm) / 300;
  const rebuilt = `300 destroy/remount cycles: ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
    `JS heap ${mb(end.js - start.js)} MB, wasm memory ${mb(end.wasm - start.wasm)} MB growth ` +
    `(${(perRemount / 1000).toFixed(1)} KB per remount)`;
  console.log(`# ${kept}\n# ${rebuilt}`);
  writeFileSync(join(OUTPUT, 'lifecycle.txt'), `${kept}\n${rebuilt}\n`);
  assert.ok(end.js - start.js < 5e6, rebuilt);
  // Yew never frees an app's event listeners: a destroyed app kept 10.9 KB. A parked one is
  // taken by the next element, so remounting costs nothing lasting.
  assert.ok(perRemount < 1e3, rebuilt);
  assert.equal(await page.locator('#first article.card').count(), BUILT_IN.options.length);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('an app given up by a removed element starts afresh for the next one: nothing of its reader stays', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  const first = page.locator('#first');
  await first.locator('#choice-risk-poor').check();
  await first.locator('article[data-option="immunotherapy"] input[type=checkbox]').check();
  await first.locator('#own-question').fill('Private words');
  await first.locator('.own-question button').click();
  await first.locator('#own-question').fill('Typed, not added');
  assert.equal(await first.locator('.question-list li').count(), 1);
  const fresh = await page.evaluate(async () => {
    const core = await import('/pkg/mrcc-explorer.js');
    customElements.get('mrcc-explorer').destroyDelay = 0;
    document.getElementById('first').remove();
    while (core.mountedCount() !== 1) await new Promise((resolve) => setTimeout(resolve, 10));
    const next = document.createElement('mrcc-explorer');
    next.id = 'next';
    next.setAttribute('share-answers', '');
    const ready = new Promise((resolve) => next.addEventListener('mrcc-change', (event) => resolve(event.detail.situation), { once: true }));
    document.querySelector('main').append(next);
    return { situation: await ready, mounted: core.mountedCount() };
  });
  assert.deepEqual(fresh, { situation: '', mounted: 2 });
  const next = page.locator('#next');
  await waitForWidgets(page, 2);
  assert.equal(await next.locator('input:checked').count(), 0);
  assert.equal(await next.locator('.question-list li').count(), 0);
  assert.equal(await next.locator('#own-question').inputValue(), '');
  assert.equal(await next.locator('table.compare-table').count(), 0);
  assert.ok(!(await next.evaluate((element) => element.shadowRoot.textContent)).includes('Private words'));
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('in an iframe, the height goes to the named parent origin only', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/portal-parent.html`);
  await page.waitForFunction(() => window.__messages.length > 0);
  await page.waitForFunction(() => parseInt(document.getElementById('frame').style.height, 10) > 1000);
  const frameHeight = () => page.evaluate(() => parseInt(document.getElementById('frame').style.height, 10));
  // The content's own height inside the frame: where the widget ends, plus the body's margin.
  const widgetBottom = () => page.frameLocator('#frame').locator('mrcc-explorer').evaluate((element) =>
    Math.ceil(element.getBoundingClientRect().bottom + window.scrollY + parseFloat(getComputedStyle(document.body).marginBottom)));
  const follows = async (step) => {
    await page.waitForTimeout(200); // the resize observer's message arrives within a frame or two
    const [height, content] = [await frameHeight(), await widgetBottom()];
    assert.ok(Math.abs(height - content) <= 2, `${step}: frame ${height} px, content ${content} px`);
    return height;
  };
  const start = await follows('first render');
  const widget = page.frameLocator('#frame').locator('mrcc-explorer');
  // The reader opens one option and closes it again: the frame grows, then shrinks back.
  await widget.locator('article[data-option="immunotherapy"] .details > button.learn-more').click();
  const open = await follows('one option open');
  assert.ok(open > start + 200, `opening grew the frame: ${start} -> ${open}`);
  await widget.locator('article[data-option="immunotherapy"] .details > button.learn-more').click();
  assert.ok(Math.abs((await follows('closed again')) - start) <= 2);
  // The summary replaces the explorer: the frame takes its height.
  await widget.locator('.summary-cta button').click();
  await widget.locator('.summary-page').waitFor();
  await widget.locator('[data-mrcc-share] h4').waitFor(); // its share controls, filled in after it opens
  assert.notEqual(await follows('summary'), start, 'the frame follows the summary');
  await context.close();

  // Named another origin: the browser delivers nothing to this page.
  const wrong = await openPage(env.browser, `${env.server.origin}/pages/portal-parent.html?parent=${encodeURIComponent('http://127.0.0.2:9')}`);
  await wrong.page.frameLocator('#frame').locator('mrcc-explorer article.card').first().waitFor();
  await wrong.page.waitForTimeout(300);
  assert.deepEqual(await wrong.page.evaluate(() => window.__messages), []);
  await wrong.context.close();
});

test('the demo portal page sizes its iframe to the widget', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/portal.html`);
  await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height, 10) > 1000);
  await context.close();
});

test('the preload links docs/web-teams.md suggests are used: each file is fetched once, under the strict CSP', async () => {
  const { page, context, problems } = await openPage(env.browser);
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  const fetched = new Map();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/mrcc-explorer/')) fetched.set(path, (fetched.get(path) ?? 0) + 1);
  });
  await page.goto(`${env.server.origin}/strict/www/index.html`);
  await waitForWidgets(page);
  // Chrome warns about an unused preload only after a few seconds.
  await page.waitForTimeout(3500);
  for (const file of ['mrcc-explorer.js', 'mrcc-explorer-core_bg.wasm', 'mrcc-explorer-en.bin', 'mrcc-explorer.css']) {
    assert.equal(fetched.get(`/strict/www/mrcc-explorer/${file}`), 1, `${file}: ${JSON.stringify([...fetched])}`);
  }
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('privacy: no request to any other origin, no cookies, no storage', async () => {
  const { page, context } = await openPage(env.browser);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.server.origin}/strict/www/index.html`);
  await waitForWidgets(page);
  await page.locator('mrcc-explorer #choice-risk-favorable').check();
  await page.locator('mrcc-explorer .questions button').first().click({ force: true }).catch(() => {});
  await page.locator('mrcc-explorer .summary-cta button').click();
  await page.waitForTimeout(100);
  const foreign = requests.filter((url) => !url.startsWith(env.server.origin));
  assert.deepEqual(foreign, []);
  assert.deepEqual(await context.cookies(), []);
  const storage = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(storage, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  await context.close();
});

test('the generated static fallback shows the built-in content when the widget cannot start', async () => {
  const fallback = readFileSync(join(PKG, 'fallback.html'), 'utf8');
  const { page, context } = await openPage(env.browser);
  await page.route('**/generated-fallback.html', (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fallback</title>
      <link rel="icon" href="/www/favicon.svg">
      <script type="module" src="/pkg/mrcc-explorer.js"></script></head>
      <body><main><h1>Kidney cancer</h1><mrcc-explorer>${fallback}</mrcc-explorer></main></body></html>`,
  }));
  await page.goto(`${env.server.origin}/pages/generated-fallback.html`);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
  const names = await page.locator('mrcc-explorer .mrcc-fallback h4').allTextContents();
  assert.deepEqual(names, BUILT_IN.options.map((o) => o.name));
  assert.ok(await page.locator('mrcc-explorer .mrcc-fallback').isVisible());
  const text = await page.locator('mrcc-explorer .mrcc-fallback').textContent();
  for (const option of BUILT_IN.options) {
    for (const item of [option.summary, ...option.benefits, ...option.harms]) assert.ok(text.includes(item), item);
  }
  const reviewed = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(BUILT_IN.meta.reviewed));
  assert.ok(text.includes(`Content reviewed ${reviewed}.`), reviewed);
  assert.equal(await page.locator('mrcc-explorer .mrcc-fallback time').getAttribute('datetime'), BUILT_IN.meta.reviewed);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('npm pack holds every file the module loads', async () => {
  const { page, context } = await openPage(env.browser);
  const loaded = new Set();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pkg/')) loaded.add(path.slice('/pkg/'.length));
  });
  await page.goto(`${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  await context.close();
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: PKG, encoding: 'utf8' }));
  const files = packed[0].files.map((f) => f.path);
  for (const file of loaded) assert.ok(files.includes(file), `${file} is loaded but not packed`);
  for (const file of ['package.json', 'custom-elements.json', 'mrcc-explorer.d.ts', 'define.js', 'mrcc-explorer-parent.js', 'fallback.html', 'README.md']) {
    assert.ok(files.includes(file), `${file} is not packed`);
  }
  assert.ok(loaded.has('mrcc-explorer-core_bg.wasm') && loaded.size >= 3, [...loaded].join(', '));
});

test('custom-elements.json documents every attribute and event the element has', async () => {
  const manifest = JSON.parse(readFileSync(join(PKG, 'custom-elements.json'), 'utf8'));
  const element = manifest.modules[0].declarations[0];
  // The readable source (the package's copy is minified).
  const source = readFileSync(join(PKG, '../src/element/mrcc-explorer-element.js'), 'utf8');
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  const observed = await page.evaluate(async () => {
    await customElements.whenDefined('mrcc-explorer');
    return customElements.get('mrcc-explorer').observedAttributes;
  });
  await context.close();
  assert.deepEqual(element.attributes.map((a) => a.name).sort(), [...observed].sort());
  const emitted = [...source.matchAll(/'(mrcc-[a-z]+)'/g)].map((m) => m[1]).filter((n) => n !== 'mrcc-explorer');
  assert.deepEqual(element.events.map((e) => e.name).sort(), [...new Set(emitted)].sort());
});
