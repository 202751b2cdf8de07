// End-to-end: "Continue later, or share" (issue 32). A link made in the summary opens the same
// answers on a new page, with what the reader ticked in and nothing they typed, and leaves the
// address; its QR code decodes (jsQR, not the encoder) to the same link; a typed code works; a
// hash-routed host keeps its routing; a tampered fragment is ignored with one warning; a host
// can turn it all off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations, BUILT_IN } from './helpers.mjs';

const env = useServerAndBrowser();
const jsQR = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');
const OWN_QUESTION = 'Can my sister come to the visit?';
const OPTION_QUESTION = BUILT_IN.options.find((o) => o.id === 'immunotherapy').questions[1];
const widget = (page, selector) => page.locator(`mrcc-explorer ${selector}`);

/** Opens `path`, recording the console's warnings too. */
async function open(path) {
  const opened = await openPage(env.browser);
  const warnings = [];
  opened.page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await opened.page.goto(`${env.server.origin}${path}`);
  await waitForWidgets(opened.page);
  return { ...opened, warnings };
}

/** Answers, ratings, SURE, leaning, an option's question, the reader's own question, risk signs. */
async function fillIn(page) {
  for (const id of ['choice-histology-clear-cell', 'choice-risk-intermediate', 'choice-locations-lung', 'choice-locations-bone']) {
    await widget(page, `#${id}`).check();
  }
  await widget(page, '#value-live-longer-very').check();
  await widget(page, '#value-few-side-effects-somewhat').check();
  await widget(page, '#sure-0-yes').check();
  await widget(page, '#sure-2-no').check();
  await widget(page, '#leaning-immunotherapy').check();
  await widget(page, 'article[data-option="immunotherapy"] .details > button.learn-more').click();
  await widget(page, `article[data-option="immunotherapy"] button[aria-label$="${OPTION_QUESTION}"]`).click();
  await widget(page, '#own-question').fill(OWN_QUESTION);
  await widget(page, '.own-question button[type=submit]').click();
  await widget(page, 'details.risk > summary').click();
  await widget(page, '#risk-hemoglobin').check();
  await widget(page, '#risk-calcium').check();
}

/** Opens the summary, ticks in `boxes` and makes the link: `{ link, code }`. */
async function makeLink(page, boxes = [1, 2, 4]) {
  if (!(await widget(page, '.summary-page').count())) await widget(page, '.summary-cta button').click();
  await widget(page, '[data-mrcc-share] h4').waitFor();
  for (const bit of boxes) await widget(page, `#share-${bit}`).check();
  await widget(page, '[data-mrcc-share] > button').click();
  await widget(page, '.made-link:not([hidden])').waitFor();
  return { link: await widget(page, '#mrcc-link').inputValue(), code: (await widget(page, '.code').textContent()).trim() };
}

/** What a page shows of the answers made by fillIn. */
async function answers(page) {
  return page.evaluate(() => {
    const root = document.querySelector('mrcc-explorer').shadowRoot;
    const checked = (id) => root.querySelector(`#${id}`)?.checked ?? null;
    return {
      situation: ['choice-histology-clear-cell', 'choice-risk-intermediate', 'choice-locations-lung', 'choice-locations-bone', 'choice-locations-brain'].map(checked),
      values: ['value-live-longer-very', 'value-few-side-effects-somewhat'].map(checked),
      sure: ['sure-0-yes', 'sure-2-no', 'sure-1-yes'].map(checked),
      leaning: checked('leaning-immunotherapy'),
      questions: [...root.querySelectorAll('.my-questions .question-list li > span')].map((span) => span.textContent),
    };
  });
}

test('a link made in the summary opens the same answers on a new page, and leaves the address', async () => {
  const made = await open('/strict/www/index.html');
  await fillIn(made.page);
  const { link, code } = await makeLink(made.page);
  assert.match(link, /^http:\/\/[^#]+\/strict\/www\/index\.html#mrcc1=[A-Za-z0-9\-_.:,=&]+$/);
  assert.ok(!/sister/i.test(decodeURIComponent(link)), 'nothing the reader typed');
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
  // The reader is told who can see the answers; the controls pass axe.
  assert.match(await widget(made.page, '.share-warning').textContent(), /browser history/);
  assert.deepEqual(await axeViolations(made.page), []);

  // The QR code, read by a decoder (not the encoder), in a page of its own.
  const png = await widget(made.page, '.qr svg').screenshot();
  const reader = await made.context.newPage();
  await reader.addScriptTag({ content: jsQR });
  const decoded = await reader.evaluate(async (base64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    return window.jsQR(data, image.width, image.height)?.data ?? null;
  }, png.toString('base64'));
  assert.equal(decoded, link);

  const opened = await open(link.replace(env.server.origin, ''));
  assert.equal(await opened.page.evaluate(() => location.href), link.split('#')[0], 'the fragment is gone');
  await widget(opened.page, '.resumed').waitFor();
  assert.match(await widget(opened.page, '.resumed').textContent(), /check/i);
  await widget(made.page, '[data-mrcc-back]').click();
  const before = await answers(made.page);
  assert.deepEqual(before.questions, [OPTION_QUESTION, OWN_QUESTION]);
  assert.deepEqual(await answers(opened.page), { ...before, questions: [OPTION_QUESTION] }, 'all but the typed question');
  await widget(opened.page, 'details.risk > summary').click();
  assert.equal(await widget(opened.page, '#risk-hemoglobin').isChecked(), true);
  assert.equal(await widget(opened.page, '#risk-calcium').isChecked(), true);
  assert.equal(await widget(opened.page, '#risk-platelets').isChecked(), false);
  // A link never opens the summary.
  assert.equal(await widget(opened.page, '.summary-page').count(), 0);
  assert.deepEqual(await axeViolations(opened.page), []);
  for (const { problems, page } of [made, opened]) {
    assert.deepEqual(problems.uncaught, []);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  }
  assert.deepEqual(opened.warnings, []);
  await made.context.close();
  await opened.context.close();
});

test('a link with the answers alone carries nothing else, and a typed code fills in what was ticked', async () => {
  const made = await open('/strict/www/index.html');
  await fillIn(made.page);
  const { link } = await makeLink(made.page, []);
  assert.doesNotMatch(link, /_v=|_s=|_q=|_f=|live-longer/);
  // Ticking again forgets the link made: a new one is made only on the reader's action.
  await widget(made.page, '#share-2').check();
  assert.equal(await widget(made.page, '.made-link').isHidden(), true);
  const { code } = await makeLink(made.page, [2]);

  const typed = await open('/strict/www/index.html');
  await widget(typed.page, '[data-mrcc-code] > summary').click();
  await widget(typed.page, '#mrcc-code').fill('not a code');
  await widget(typed.page, '[data-mrcc-code] button[type=submit]').click();
  assert.match(await widget(typed.page, '#mrcc-code-note').textContent(), /typing mistakes/);
  assert.equal(await widget(typed.page, '#mrcc-code').getAttribute('aria-invalid'), 'true');
  // Typed as a person might: lower case, spaces for dashes.
  await widget(typed.page, '#mrcc-code').fill(code.toLowerCase().replaceAll('-', ' '));
  await widget(typed.page, '#mrcc-code').press('Enter');
  await widget(typed.page, '.resumed').waitFor();
  assert.equal(await typed.page.evaluate(() => document.querySelector('mrcc-explorer').shadowRoot.activeElement?.className), 'resumed');
  const seen = await answers(typed.page);
  assert.deepEqual(seen.situation, [true, true, true, true, false]);
  assert.deepEqual(seen.values, [false, false], 'what matters was not ticked in');
  assert.deepEqual(seen.questions, [OPTION_QUESTION]);
  assert.deepEqual(typed.problems.uncaught, []);
  await made.context.close();
  await typed.context.close();
});

test('a hash-routed host keeps its routing; a tampered or foreign fragment is ignored with one warning', async () => {
  const routed = await open('/strict/pages/router.html#/treatments');
  assert.equal(await routed.page.evaluate(() => location.hash), '#/treatments');
  assert.equal(await routed.page.textContent('#route'), 'Route: treatments');
  await widget(routed.page, '#choice-risk-poor').check();
  const { link } = await makeLink(routed.page, []);
  assert.match(link, /router\.html#mrcc1=risk=poor$/);
  assert.equal(await routed.page.evaluate(() => [location.hash, window.__hashChanges]).then((v) => v.join(' ')), '#/treatments 0');
  await routed.page.evaluate(() => (location.hash = '#/other'));
  await routed.page.waitForFunction(() => document.getElementById('route').textContent === 'Route: other');
  assert.deepEqual(routed.warnings, []);
  await routed.context.close();

  for (const fragment of ['#mrcc1=risk=%3Cimg%20src=x%3E', '#mrcc1=' + 'risk=poor&'.repeat(300), '#mrcc9=risk=poor']) {
    const tampered = await open(`/strict/www/index.html${fragment}`);
    assert.equal(await tampered.page.evaluate(() => location.hash), '', fragment.slice(0, 30));
    assert.equal(tampered.warnings.filter((w) => w.startsWith('mrcc-explorer:')).length, 1, tampered.warnings.join('\n'));
    assert.equal(await widget(tampered.page, '#choice-risk-poor').isChecked(), false);
    assert.equal(await widget(tampered.page, '.resumed').count(), 0);
    assert.deepEqual(tampered.problems.uncaught, []);
    await tampered.context.close();
  }
  // A link from other content: what still exists is filled in, and the reader is told what not.
  const older = await open('/strict/www/index.html#mrcc1=risk=poor&histology=gone&_q=immunotherapy.99');
  await widget(older.page, '.resumed').waitFor();
  assert.equal(await widget(older.page, '#choice-risk-poor').isChecked(), true);
  assert.match(await widget(older.page, '.resumed').textContent(), /Your situation; My questions/);
  await older.context.close();
});

test('share-link="off": no links or codes, and the fragment is left alone', async () => {
  const off = await open('/strict/pages/share-off.html#mrcc1=risk=poor');
  assert.equal(await off.page.evaluate(() => location.hash), '#mrcc1=risk=poor');
  assert.equal(await widget(off.page, '#choice-risk-poor').isChecked(), false);
  assert.equal(await widget(off.page, '[data-mrcc-code]').count(), 0);
  await widget(off.page, '.summary-cta button').click();
  await widget(off.page, '.summary-page').waitFor();
  assert.equal(await widget(off.page, '[data-mrcc-share]').count(), 0);
  assert.deepEqual(off.warnings, []);
  await off.context.close();
});
