// End-to-end chaos: ten instances on one page while attributes change at random (seeded and
// bounded), elements move, leave and come back, and some get invalid data. The healthy ones
// keep working and no uncaught error reaches the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, BUILT_IN } from './helpers.mjs';

const env = useServerAndBrowser();

test('ten instances under random changes keep working', async () => {
  const { page, context, problems } = await openPage(env.browser);
  const broken = JSON.stringify(BUILT_IN).slice(0, 3000);
  await page.route('**/data/broken.json', (route) => route.fulfill({ contentType: 'application/json', body: broken }));
  await page.route('**/data/good.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(BUILT_IN) }));
  await page.goto(`${env.server.origin}/strict/pages/two.html`);
  const steps = await page.evaluate(async () => {
    // A small seeded generator (mulberry32), so a failure replays exactly.
    let seed = 20261126;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (items) => items[Math.floor(random() * items.length)];
    const main = document.querySelector('main');
    const holder = document.createElement('div');
    main.append(holder);
    const elements = [];
    for (let i = 0; i < 10; i++) {
      const element = document.createElement('mrcc-explorer');
      element.id = `chaos-${i}`;
      element.innerHTML = '<p class="fallback">Fallback</p>';
      holder.append(element);
      elements.push(element);
    }
    const situations = ['histology=clear-cell', 'risk=poor&primary=removed', 'sites=three-or-more&locations=bone,brain', 'colour=blue', 'risk=', '&&&', ''];
    const urls = ['https://example.org/a', 'tel:+1555', 'javascript:alert(1)', '', 'mailto:x@example.org'];
    const actions = [
      (e) => e.setAttribute('situation', pick(situations)),
      (e) => e.setAttribute('appointment-url', pick(urls)),
      (e) => e.setAttribute('support-url', pick(urls)),
      (e) => e.setAttribute('lang', pick(['en', 'es', 'fr', 'es-MX', ''])),
      (e) => {
        const before = pick(elements);
        holder.insertBefore(e, before.parentNode === holder && before !== e ? before : null);
      },
      (e) => e.remove(),
      (e) => holder.append(e),
      (e) => e.setAttribute('data-src', pick(['/data/broken.json', '/data/good.json'])),
      (e) => e.removeAttribute('data-src'),
    ];
    let count = 0;
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 10; i++) {
        pick(actions)(pick(elements));
        count += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, pick([0, 0, 5, 20])));
    }
    // Settle: everything back in, with good data on the first five.
    for (const [i, element] of elements.entries()) {
      if (!element.isConnected) holder.append(element);
      if (i < 5) element.removeAttribute('data-src');
      else element.setAttribute('data-src', '/data/broken.json');
    }
    return count;
  });
  assert.equal(steps, 400);
  // The healthy ones render every option; the broken ones show their fallback and a message.
  await page.waitForFunction(() => [0, 1, 2, 3, 4].every((i) =>
    document.getElementById(`chaos-${i}`).shadowRoot.querySelectorAll('article.card').length > 0), null, { timeout: 20000 });
  await page.waitForFunction(() => [5, 6, 7, 8, 9].every((i) =>
    document.getElementById(`chaos-${i}`).shadowRoot.querySelector('[role="alert"]')), null, { timeout: 20000 });
  for (const i of [0, 1, 2, 3, 4]) {
    assert.equal(await page.locator(`#chaos-${i} article.card`).count(), BUILT_IN.options.length, `chaos-${i}`);
    // And still respond to the reader.
    await page.locator(`#chaos-${i} #choice-primary-removed`).check();
    assert.equal(await page.locator(`#chaos-${i} article[data-option="cytoreductive-nephrectomy"]`).getAttribute('data-fit'), 'unlikely');
  }
  for (const i of [5, 6, 7, 8, 9]) {
    assert.equal(await page.locator(`#chaos-${i} article.card`).count(), 0, `chaos-${i} shows no wrong content`);
    assert.ok(await page.locator(`#chaos-${i} .fallback`).isVisible(), `chaos-${i} fallback`);
  }
  // The two original instances were untouched and still work.
  assert.equal(await page.locator('#first article.card').count(), BUILT_IN.options.length);
  assert.deepEqual(problems.uncaught, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await context.close();
});

test('1,000 situation changes do not grow the wasm memory', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await page.waitForFunction(() => document.getElementById('first').shadowRoot?.querySelector('article.card'));
  const growth = await page.evaluate(async () => {
    const core = await import('/pkg/mrcc-explorer.js');
    const element = document.getElementById('first');
    const situations = ['histology=clear-cell&risk=poor', 'primary=removed&sites=one-or-two', 'locations=bone,lung&prior-systemic=yes', ''];
    const change = async (i) => {
      const changed = new Promise((resolve) => element.addEventListener('mrcc-change', resolve, { once: true }));
      element.setAttribute('situation', situations[i % situations.length] + `&risk=${i % 2 ? 'favorable' : 'intermediate'}`);
      await changed;
    };
    for (let i = 0; i < 50; i++) await change(i); // warm up
    const before = core.memoryBytes();
    for (let i = 0; i < 1000; i++) await change(i);
    return core.memoryBytes() - before;
  });
  console.log(`# wasm memory growth over 1,000 situation changes: ${growth} bytes`);
  assert.equal(growth, 0);
  await context.close();
});

test('a panic puts every instance into its fallback and fires mrcc-error', async () => {
  const { page, context } = await openPage(env.browser);
  await page.route('**/pages/panic.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Panic</title>
      <link rel="icon" href="/www/favicon.svg">
      <script type="module" src="/pkg-test-hooks/mrcc-explorer.js"></script></head>
      <body><main><h1>Panic</h1>
      <mrcc-explorer id="a"><p class="fallback">A fallback</p></mrcc-explorer>
      <mrcc-explorer id="b" lang="es"><p class="fallback">B fallback</p></mrcc-explorer></main></body></html>`,
  }));
  await page.goto(`${env.server.origin}/pages/panic.html`);
  await page.waitForFunction(() => ['a', 'b'].every((id) => document.getElementById(id).shadowRoot.querySelector('article.card')));
  const thrown = await page.evaluate(async () => {
    const core = await import('/pkg-test-hooks/mrcc-explorer-core.js');
    try {
      core.__testPanic();
      return null;
    } catch (error) {
      return String(error);
    }
  });
  assert.match(thrown, /unreachable|RuntimeError/);
  const errors = (await page.evaluate(() => window.__mrccEvents)).filter((e) => e.type === 'mrcc-error');
  assert.deepEqual(errors.map((e) => [e.target, e.detail.code]).sort(), [['a', 'internal-error'], ['b', 'internal-error']]);
  assert.match(errors[0].detail.message, /test-only panic/);
  for (const id of ['a', 'b']) {
    assert.ok(await page.locator(`#${id} .fallback`).isVisible());
    assert.equal(await page.locator(`#${id} article.card`).count(), 0);
  }
  assert.match(await page.locator('#b [role="alert"]').textContent(), /dejó de funcionar/);
  // Afterwards, attribute changes and removals call nothing into the dead wasm.
  const { uncaught } = await page.evaluate(async () => {
    window.__uncaught = [];
    window.addEventListener('error', (event) => window.__uncaught.push(String(event.message)));
    const a = document.getElementById('a');
    a.setAttribute('situation', 'risk=poor');
    a.remove();
    document.querySelector('main').append(a);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { uncaught: window.__uncaught };
  });
  assert.deepEqual(uncaught, []);
  await context.close();
});
