// End-to-end: the built package in real host pages, in Debian's Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations, OUTPUT, BUILT_IN } from './helpers.mjs';

// Every option of the built-in dataset, in the order shown before any answer: by each
// option's default fit (likely, possible, unlikely), dataset order within a fit.
const RANK = { likely: 0, possible: 1, unlikely: 2 };
const OPTIONS = BUILT_IN.options
  .map((option, index) => ({ option, index }))
  .sort((a, b) => RANK[a.option.default_fit] - RANK[b.option.default_fit] || a.index - b.index)
  .map(({ option }) => option.name);

const env = useServerAndBrowser();

const optionNames = (page, selector = 'mrcc-explorer') =>
  page.locator(`${selector} article.card h4`).allTextContents();

test('the demo page shows every option, with no console errors and no axe violations', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/www/index.html`);
  await waitForWidgets(page);
  assert.deepEqual(await optionNames(page), OPTIONS);
  // The light-DOM fallback is hidden once the widget has rendered.
  assert.equal(await page.locator('mrcc-explorer .fallback').isVisible(), false);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  // The widget never takes focus on load: the host page keeps it.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(OUTPUT, `demo-${width}.png`), fullPage: true });
  }
  await context.close();
});

test('a strict Content-Security-Policy causes zero violations', async () => {
  for (const path of ['/strict/www/index.html', '/strict/pages/two.html', '/strict/pages/hostile.html']) {
    const { page, context, problems } = await openPage(env.browser, env.server.origin + path);
    await waitForWidgets(page, path.endsWith('two.html') ? 2 : 1);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], path);
    assert.deepEqual(problems, { console: [], uncaught: [] }, path);
    await context.close();
  }
});

test('two instances render independently and each keeps its own attributes', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  assert.deepEqual(await optionNames(page, '#first'), OPTIONS);
  assert.deepEqual(await optionNames(page, '#second'), OPTIONS);
  const href = (id) => page.locator(`#${id} a.action`).getAttribute('href');
  assert.equal(await href('first'), 'https://example.org/first');
  assert.equal(await href('second'), 'https://example.org/second');

  // Several attribute changes in one task; only the changed instance follows.
  await page.evaluate(() => {
    const first = document.getElementById('first');
    first.setAttribute('appointment-url', 'https://example.org/x');
    first.setAttribute('appointment-url', 'https://example.org/changed');
  });
  await page.waitForFunction(() =>
    document.getElementById('first').shadowRoot.querySelector('a.action')?.href === 'https://example.org/changed');
  assert.equal(await href('second'), 'https://example.org/second');
  await context.close();
});

test('removing, moving and re-adding an element works and cleans up', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  const mounted = () => page.evaluate(async () => (await import('/pkg/mrcc-explorer.js')).mountedCount());
  assert.equal(await mounted(), 2);

  // A move (remove and insert in the same task) keeps the app: no destroy, no remount.
  await page.evaluate(() => {
    const first = document.getElementById('first');
    first.shadowRoot.querySelector('.card').dataset.marker = 'kept';
    document.querySelector('main').append(first);
  });
  await page.waitForTimeout(50);
  assert.equal(await page.locator('#first .card[data-marker="kept"]').count(), 1);
  assert.equal(await mounted(), 2);

  // A removal that outlasts the destroy delay destroys the app and brings the fallback back;
  // re-adding renders again.
  await page.evaluate(() => { customElements.get('mrcc-explorer').destroyDelay = 0; });
  const removed = await page.evaluateHandle(() => {
    const el = document.getElementById('first');
    el.remove();
    return el;
  });
  await page.waitForFunction(async () => (await import('/pkg/mrcc-explorer.js')).mountedCount() === 1);
  assert.equal(await page.evaluate((el) => el.shadowRoot.querySelector('slot') !== null, removed), true);
  await page.evaluate((el) => document.querySelector('main').prepend(el), removed);
  await waitForWidgets(page, 2);
  assert.deepEqual(await optionNames(page, '#first'), OPTIONS);
  assert.equal(await mounted(), 2);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('hostile host-page CSS leaves the cards readable', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/hostile.html`);
  await waitForWidgets(page);
  const card = page.locator('mrcc-explorer article.card').first();
  const style = await card.locator('p.summary').evaluate((p) => {
    const s = getComputedStyle(p);
    return { fontSize: parseFloat(s.fontSize), color: s.color, textTransform: s.textTransform };
  });
  assert.ok(style.fontSize >= 16, `card text is ${style.fontSize}px`);
  assert.equal(style.color, 'rgb(27, 31, 36)');
  assert.equal(style.textTransform, 'none');
  const box = await card.boundingBox();
  assert.ok(box.width >= 200 && box.height >= 60, JSON.stringify(box));
  // No card overlaps another (box-sizing from the host must not leak in).
  const boxes = await page.locator('mrcc-explorer article.card').evaluateAll((cards) =>
    cards.map((c) => c.getBoundingClientRect().toJSON()));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      assert.ok(!overlap, `cards overlap: ${JSON.stringify([a, b])}`);
    }
  }
  assert.ok(await page.locator('mrcc-explorer a.action').isVisible(), 'links inside the widget stay visible');
  await page.screenshot({ path: join(OUTPUT, 'hostile.png'), fullPage: true });
  await context.close();
});

test('the fallback stays visible when WebAssembly is blocked by the page CSP', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/no-wasm-csp/pages/fallback.html`);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
  const events = await page.evaluate(() => window.__mrccEvents);
  assert.equal(events[0].detail.code, 'wasm-unavailable');
  assert.ok(await page.locator('#fallback').isVisible());
  assert.match(await page.locator('mrcc-explorer [role="alert"]').textContent(), /could not be loaded/);
  assert.equal(await page.locator('mrcc-explorer article.card').count(), 0);
  await context.close();
});

test('the fallback stays visible when the wasm file cannot be fetched', async () => {
  const { page, context, problems } = await openPage(env.browser);
  await page.route('**/*.wasm', (route) => route.abort('failed'));
  await page.goto(`${env.server.origin}/pages/fallback.html`);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
  assert.ok(await page.locator('#fallback').isVisible());
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});

test('two copies of the module and repeated define() calls do not throw', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/pages/two-copies.html`);
  await page.waitForFunction(() => window.__definedTwice === true);
  await page.waitForFunction(() =>
    ['mrcc-explorer', 'other-explorer'].every((tag) => document.querySelector(tag).shadowRoot?.querySelector('.card')));
  assert.deepEqual(await optionNames(page, 'other-explorer'), OPTIONS);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('the embed builder refuses unsafe links aloud, puts the fallback of the chosen language in, takes the answers from its preview, and offers preload and portal lines', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/strict/www/builder.html`);
  await page.locator('#b-support').fill('javascript:alert(1)');
  await page.locator('#b-appointment').fill('https://hospital.example/book');
  const snippet = () => page.locator('#snippet').textContent();
  assert.match(await page.locator('#refused').textContent(), /support-url must start with https:\/\//);
  assert.ok(!(await snippet()).includes('javascript:'), await snippet());
  assert.match(await snippet(), /appointment-url="https:\/\/hospital\.example\/book"/);
  // The fallback is the package's static content, in the chosen language.
  await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('<div lang="en" class="mrcc-fallback">'));
  await page.locator('#b-lang').selectOption('es');
  await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('<div lang="es" class="mrcc-fallback">'));
  assert.match(await snippet(), /Opciones de tratamiento para el cáncer de riñón metastásico/);
  assert.ok(!(await snippet()).includes('<div lang="en"'));
  await page.locator('input[name="full-fallback"]').uncheck();
  assert.match(await snippet(), /Hable con su equipo de atención/);
  assert.match(await snippet(), /fallback-es\.html/);
  // The situation is picked in the preview, from the dataset's own questions.
  assert.equal((await page.locator('#b-situation').count()), 0, 'no typed situation');
  await page.locator('#preview mrcc-explorer #choice-risk-poor').click();
  assert.ok(!(await snippet()).includes('situation='));
  await page.locator('input[name="situation-from-preview"]').check();
  assert.match(await snippet(), /<mrcc-explorer[^>]* situation="risk=poor"/);
  await page.locator('#preview mrcc-explorer #choice-primary-removed').click();
  await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('situation="risk=poor&amp;primary=removed"'));
  await page.locator('input[name="preload"]').check();
  // The fetch preloads without integrity (browsers ignore it there), the module and the
  // stylesheet's with it (the package's integrity.json).
  assert.match(await snippet(), /<link rel="preload" href="\/assets\/mrcc-explorer\/mrcc-explorer-es\.bin" as="fetch" crossorigin>/);
  assert.match(await snippet(), /<link rel="preload" href="\/assets\/mrcc-explorer\/mrcc-explorer\.css" as="style" integrity="sha256-[^"]+" crossorigin="anonymous">/);
  assert.match(await snippet(), /<script type="module" src="[^"]+" integrity="sha256-[^"]+" crossorigin="anonymous"><\/script>/);
  await page.locator('#b-parent').fill('https://portal.example');
  assert.match(await snippet(), /resize-parent="https:\/\/portal\.example"/);
  assert.match(await snippet(), /followHeight\(document\.querySelector\('iframe'\)/);
  await page.locator('#b-support').fill('tel:+15550100');
  assert.equal(await page.locator('#refused').textContent(), '');
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});
