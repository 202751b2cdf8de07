// End-to-end: a hospital's overlay on the built-in content (content/README.md, "Local
// additions"), by data-src: its local notes, contact and unavailable option on screen; a bad
// overlay refused with its paths, the fallback shown, as for any bad dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations } from './helpers.mjs';

const env = useServerAndBrowser();
const EXAMPLE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../content/overlay-example.json'), 'utf8');
const overlay = JSON.parse(EXAMPLE);

async function openWith(body) {
  const opened = await openPage(env.browser);
  const requests = [];
  opened.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await opened.page.route('**/data/overlay.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await opened.page.goto(`${env.server.origin}/strict/pages/data.html`);
  await opened.page.evaluate(() => {
    const element = document.createElement('mrcc-explorer');
    element.id = 'local';
    element.setAttribute('data-src', '/data/overlay.json');
    element.innerHTML = '<p class="fallback">Local fallback</p>';
    document.querySelector('main').append(element);
  });
  return { ...opened, requests };
}

test('an overlay shows its local notes, its contact and what the hospital does not offer, on the built-in content', async () => {
  const { page, context, problems, requests } = await openWith(EXAMPLE);
  await page.waitForFunction(() => document.querySelector('#local').shadowRoot?.querySelector('.local-note'));
  const card = (id) => page.locator(`#local article[data-option="${id}"]`);
  const il2 = await card('high-dose-il2').locator('.local-note').textContent();
  assert.equal(il2, `${overlay.meta.hospital}: ${overlay.options['high-dose-il2'].note}`);
  assert.match(await card('clinical-trial').locator('.local-note').textContent(), /Studies open here: Our research office/);
  assert.match(await card('supportive-care').locator('.local-note').textContent(), /Our support group: People with kidney cancer/);
  // Every option stays on screen, the unavailable one included.
  assert.equal(await page.locator('#local article[data-option]').count(), 11);
  // The hospital's contact replaces the appointment link.
  const appointment = page.locator('#local a[href="tel:+15555550100"]');
  assert.equal((await appointment.textContent()).trim(), overlay.links[0].label);
  // The hospital is named as the one whose doctors have not yet reviewed it.
  assert.match(await page.locator('#local .hospital-review').first().textContent(), /Example Cancer Center/);
  // The base is the built-in content's own packs (the page's other instance fetches the first
  // one too; the browser's cache serves the second request).
  assert.ok(requests.some((p) => p.endsWith('/mrcc-explorer-en.bin')));
  assert.ok(requests.some((p) => p.endsWith('/mrcc-explorer-en-details.bin')));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});

test('a bad overlay gets its errors with their paths, and the fallback stays', async () => {
  const bad = structuredClone(overlay);
  bad.options['no-such-option'] = { note: 'x' };
  bad.options['high-dose-il2'] = { unavailable: true };
  bad.links[0].url = 'http://example.org';
  const { page, context, problems } = await openWith(JSON.stringify(bad));
  const error = await page
    .waitForFunction(() => window.__mrccEvents.find((e) => e.type === 'mrcc-error' && e.target === 'local') ?? null)
    .then((handle) => handle.jsonValue());
  assert.equal(error.detail.code, 'invalid-data');
  for (const path of ['options.no-such-option', 'options.high-dose-il2.note', 'links[0].url']) {
    assert.ok(error.detail.message.includes(`error: ${path}: `), `${path} in ${error.detail.message}`);
  }
  assert.equal(await page.locator('#local .fallback').isVisible(), true);
  // The other instance on the page is untouched.
  await waitForWidgets(page, 1);
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});
