// End-to-end: the clinical scenarios of the 2026-12 content audit, as a host's `situation`
// attribute and as a reader's clicks, in the built package; the built-in content's details
// arriving after the first render; old situation strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, waitForWidgets } from './helpers.mjs';

const env = useServerAndBrowser();

/** The fits the element reports (`results`), by option id. */
const fits = (page) =>
  page.evaluate(() => Object.fromEntries(document.getElementById('first').results.map((r) => [r.id, r.fit])));

/** Sets the first widget's situation and waits for its mrcc-change. */
async function situate(page, situation) {
  const before = await page.evaluate(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-change').length);
  await page.evaluate((s) => document.getElementById('first').setAttribute('situation', s), situation);
  await page.waitForFunction((n) => window.__mrccEvents.filter((e) => e.type === 'mrcc-change').length > n, before);
  return fits(page);
}

test('the audit scenarios hold in the browser', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  // S04: clear cell, poor risk, kidney removed, one or two spots, brain.
  let fit = await situate(page, 'histology=clear-cell&risk=poor&primary=removed&sites=one-or-two&locations=brain');
  assert.equal(fit.sbrt, 'likely', 'radiosurgery first for brain spots');
  assert.equal(fit['active-surveillance'], 'unlikely');
  assert.equal(fit['high-dose-il2'], 'unlikely');
  assert.equal(fit['supportive-care'], 'likely');
  // S02: intermediate risk, kidney tumor in place, three or more spots.
  fit = await situate(page, 'histology=clear-cell&risk=intermediate&primary=in-place&sites=three-or-more');
  assert.equal(fit['cytoreductive-nephrectomy'], 'unlikely');
  assert.equal(fit['active-surveillance'], 'unlikely');
  assert.equal(fit.immunotherapy, 'likely');
  // Immunotherapy again after immunotherapy; the next pill instead.
  fit = await situate(page, 'histology=clear-cell&prior-systemic=immunotherapy');
  assert.equal(fit.immunotherapy, 'unlikely');
  assert.equal(fit['targeted-therapy'], 'likely');
  // Papillary: immunotherapy combinations are among the first choices; IL-2 is not.
  fit = await situate(page, 'histology=papillary');
  assert.equal(fit.immunotherapy, 'likely');
  assert.equal(fit['high-dose-il2'], 'unlikely');
  // Symptoms: not a time to wait.
  fit = await situate(page, 'risk=favorable&symptoms=some');
  assert.equal(fit['active-surveillance'], 'unlikely');
  const reasons = await page.locator('#first article[data-option="active-surveillance"] .reasons').textContent();
  assert.match(reasons, /can also count as a risk sign/);
  // Old strings: "non-clear-cell" and "yes" still parse, with no console warning.
  fit = await situate(page, 'histology=non-clear-cell&prior-systemic=yes');
  assert.equal(fit['targeted-therapy'], 'likely');
  assert.equal(fit.immunotherapy, 'possible');
  assert.ok(await page.locator('#first #choice-prior-systemic-yes').isChecked());
  // Nothing answered: no option is ruled out except by its own baseline (chemotherapy and
  // high-dose IL-2 are usually not used for anyone until an answer says otherwise).
  fit = await situate(page, '');
  const unlikely = Object.keys(fit).filter((id) => fit[id] === 'unlikely').sort();
  assert.deepEqual(unlikely, ['chemotherapy', 'high-dose-il2'], JSON.stringify(fit));
  // Collecting duct or medullary (content audit 2026-12-07, CR2): chemotherapy first.
  fit = await situate(page, 'histology=collecting-duct-or-medullary');
  assert.equal(fit.chemotherapy, 'likely');
  assert.equal(fit['targeted-therapy'], 'possible');
  // MA10: one brain spot at poor risk may still be removed; MA11: immunotherapy given only after
  // surgery is not immunotherapy that stopped working; sarcomatoid features: immunotherapy first.
  fit = await situate(page, 'risk=poor&sites=one-or-two&locations=brain');
  assert.equal(fit.metastasectomy, 'possible');
  fit = await situate(page, 'histology=clear-cell&prior-systemic=immunotherapy-adjuvant');
  assert.equal(fit.immunotherapy, 'possible');
  fit = await situate(page, 'histology=unknown&sarcomatoid=yes');
  assert.equal(fit.immunotherapy, 'likely');
  // MI12: "three or more" of earlier versions still parses, and 3 to 5 spots is its own answer.
  fit = await situate(page, 'risk=intermediate&primary=in-place&sites=three-to-five');
  assert.equal(fit['cytoreductive-nephrectomy'], 'unlikely');
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('a reader who clicks brain sees radiosurgery first and the same-day warning signs', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  await page.locator('#first #choice-locations-brain').check();
  await page.waitForFunction(() =>
    document.getElementById('first').shadowRoot.querySelector('article[data-option="sbrt"]')?.dataset.fit === 'likely');
  const immunotherapy = page.locator('#first article[data-option="immunotherapy"]');
  await immunotherapy.locator('.details > button.learn-more').click();
  const signs = await immunotherapy.locator('.warning-signs').textContent();
  assert.match(signs, /Call your care team the same day/);
  assert.match(signs, /even months later/);
  // The studies' figures are the second level, "More detail".
  await immunotherapy.locator('button.more-detail').click();
  const figures = await immunotherapy.locator('.figures').textContent();
  assert.match(figures, /Kind of study: Randomized trial/);
  assert.match(figures, /1,096 people/);
  const review = await page.locator('#first .reviewed-line .hospital-review').textContent();
  assert.match(review, /Not yet reviewed by the doctors of the hospital that offers this page/);
  assert.match(await page.locator('#first .urgent-help').first().textContent(), /emergency/);
  await context.close();
});

test('the details follow the first render, and a failed download leaves the first screen usable', async () => {
  const { page, context, problems } = await openPage(env.browser);
  await page.addInitScript(() =>
    document.addEventListener('mrcc-ready', () => { window.__readyAt ??= performance.now(); }));
  await page.goto(`${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  // Requested in the page's own clock: the first part before the first render, the details after.
  const timing = await page.evaluate(() => {
    const started = (name) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(name)).map((e) => e.startTime);
    return { start: started('/mrcc-explorer-en.bin'), details: started('/mrcc-explorer-en-details.bin'), ready: window.__readyAt };
  });
  assert.equal(timing.start.length, 1, 'fetched once for both instances');
  assert.equal(timing.details.length, 1, 'fetched once for both instances');
  assert.ok(timing.start[0] < timing.ready && timing.details[0] >= timing.ready, JSON.stringify(timing));
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();

  const broken = await openPage(env.browser);
  await broken.page.route('**/mrcc-explorer-en-details.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await broken.page.goto(`${env.server.origin}/pages/two.html`);
  await broken.page.waitForFunction(() => document.getElementById('first').shadowRoot?.querySelector('.card'));
  await broken.page.waitForTimeout(300);
  const loading = broken.page.locator('#first article[data-option="immunotherapy"] .details .loading');
  assert.match(await loading.textContent(), /reload the page/);
  await broken.page.locator('#first #choice-risk-poor').check();
  await broken.page.waitForFunction(() =>
    document.getElementById('first').results.find((r) => r.id === 'cytoreductive-nephrectomy')?.fit === 'unlikely');
  assert.deepEqual(broken.problems.uncaught, []);
  const errors = await broken.page.evaluate(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-error'));
  assert.deepEqual(errors, [], 'details that fail are not an error of the widget');
  await broken.context.close();
});

test('switching to Spanish completes the Spanish details too, keeping the answers', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  await page.locator('#first #choice-locations-brain').check();
  await page.evaluate(() => document.getElementById('first').setAttribute('lang', 'es'));
  await page.waitForFunction(() => {
    const root = document.getElementById('first').shadowRoot;
    return root.querySelector('.explorer')?.lang === 'es' && !root.querySelector('.details .loading');
  });
  await page.locator('#first article[data-option="immunotherapy"] .details > button.learn-more').click();
  const signs = await page.locator('#first article[data-option="immunotherapy"] .warning-signs').textContent();
  assert.match(signs, /Llame a su equipo de atención el mismo día/);
  assert.match(signs, /incluso meses más tarde/);
  assert.ok(await page.locator('#first #choice-locations-brain').isChecked());
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('after a failed start, two attributes set in one task retry once and report one mrcc-error', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  const errors = () => page.evaluate(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-error' && e.target === 'broken').length);
  await page.evaluate(() => {
    const element = document.createElement('mrcc-explorer');
    element.id = 'broken';
    element.setAttribute('data-src', '/pages/missing-1.json');
    document.querySelector('main').append(element);
  });
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error' && e.target === 'broken'));
  assert.equal(await errors(), 1);
  await page.evaluate(() => {
    const element = document.getElementById('broken');
    element.setAttribute('data-src', '/pages/missing-2.json');
    element.setAttribute('situation', 'risk=poor');
  });
  await page.waitForFunction(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-error' && e.target === 'broken').length >= 2);
  await page.waitForTimeout(300);
  assert.equal(await errors(), 2, 'one retry, one report');
  const last = await page.evaluate(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-error' && e.target === 'broken').at(-1).detail);
  assert.equal(last.code, 'data-unavailable');
  assert.match(last.message, /missing-2\.json/);
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});
