// End-to-end: `mrcc-activity` (issue 32), what a hospital may count without tracking. Each
// reader action fires its event once, with the documented detail, and no detail ever carries
// text the reader typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, waitForWidgets } from './helpers.mjs';

const env = useServerAndBrowser();
const TYPED = ['Will I still be able to drive', 'ZZ9Q-PLUR-AL'];

test('each reader action fires one mrcc-activity with its documented detail, and never typed text', async () => {
  const { page, context, problems } = await openPage(env.browser);
  await page.addInitScript(() => {
    window.__activity = [];
    document.addEventListener('mrcc-activity', (event) => window.__activity.push(event.detail));
  });
  await page.goto(`${env.server.origin}/strict/www/index.html`);
  await waitForWidgets(page);
  const w = (selector) => page.locator(`mrcc-explorer ${selector}`);
  // The module arrives after the first render: wait until it watches (a first action is counted).
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('mrcc-explorer-after.js')));
  const steps = [];
  const expectAfter = async (act, expected) => {
    const before = await page.evaluate(() => window.__activity.length);
    await act();
    await page.waitForTimeout(50);
    const seen = await page.evaluate((from) => window.__activity.slice(from), before);
    steps.push(...seen);
    assert.deepEqual(seen, expected);
  };
  await expectAfter(() => w('#choice-risk-poor').check(), [{ action: 'step', step: 'situation' }]);
  await expectAfter(() => w('#choice-locations-lung').check(), []);
  await expectAfter(() => w('article[data-option="immunotherapy"] .details > button.learn-more').click(),
    [{ action: 'step', step: 'options' }, { action: 'option-opened', option: 'immunotherapy' }]);
  await expectAfter(() => w('article[data-option="immunotherapy"] .details > button.learn-more').click(), []);
  await expectAfter(() => w('#compare-immunotherapy').check(), []);
  await expectAfter(() => w('#compare-sbrt').check(), [{ action: 'compared', count: 2 }]);
  await expectAfter(() => w('#value-live-longer-very').check(), [{ action: 'step', step: 'values' }]);
  await expectAfter(async () => {
    for (const id of ['sure-0-yes', 'sure-1-yes', 'sure-2-no']) await w(`#${id}`).check();
  }, [{ action: 'step', step: 'leaning' }]);
  await expectAfter(() => w('#sure-3-yes').check(), [{ action: 'sure', score: 3 }]);
  await expectAfter(() => w('#sure-2-yes').check(), [{ action: 'sure', score: 4 }]);
  await expectAfter(() => w('#leaning-unsure').check(), [{ action: 'leaning', bucket: 'unsure' }]);
  await expectAfter(() => w('#leaning-sbrt').check(), [{ action: 'leaning', bucket: 'option' }]);
  await expectAfter(async () => {
    await w('#own-question').fill(TYPED[0]);
    await w('.own-question button[type=submit]').click();
  }, [{ action: 'step', step: 'questions' }]);
  await expectAfter(async () => {
    await w('[data-mrcc-code] > summary').click();
    await w('#mrcc-code').fill(TYPED[1]);
    await w('[data-mrcc-code] button[type=submit]').click();
  }, []);
  await expectAfter(() => w('.summary-cta button').click(), [{ action: 'summary-shown' }]);
  await w('[data-mrcc-share] h4').waitFor();
  await expectAfter(() => w('#share-2').check(), [{ action: 'step', step: 'share' }]);
  await expectAfter(() => w('[data-mrcc-share] > button').click(), [{ action: 'link-made' }]);
  const download = page.waitForEvent('download');
  await expectAfter(() => w('[data-mrcc-download]').click(), [{ action: 'summary-downloaded' }]);
  await download;
  await expectAfter(() => page.evaluate(() => dispatchEvent(new Event('beforeprint'))), [{ action: 'summary-printed' }]);

  // Nothing the reader typed, in any detail; every detail plain JSON of the documented fields.
  const all = JSON.stringify(steps);
  for (const typed of TYPED) assert.ok(!all.includes(typed), typed);
  const fields = new Set(['action', 'step', 'option', 'count', 'score', 'bucket']);
  assert.ok(steps.every((detail) => Object.keys(detail).every((key) => fields.has(key))), all);
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});
