// End-to-end: what the reader walk of 2026-12-07 (../shared/reviews/reader-walk-2026-12-07.md)
// found, each as the reader met it: a summary a family can send, the short version of an option
// first, numbers only when asked, text that grows with the reader's own font size, and the
// moments a screen reader used to be silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations, OUTPUT, BUILT_IN, inWidget, setDefaultFontSize } from './helpers.mjs';

const env = useServerAndBrowser();
const PHONE = { width: 390, height: 844 };
/** "At most about three phone screens" for an opened option's short version, at 390 px. */
const SHORT_VERSION_MAX = 3 * PHONE.height;

const saidExactly = (page) => page.locator('mrcc-explorer .explorer > p.visually-hidden[role="status"]').first().textContent();
/** What the explorer's status region says (every other message ends in a no-break space, so that a repeat is announced). */
const said = async (page) => (await saidExactly(page)).trim();


test('the longest summary prints to a PDF a family can e-mail, the questions before the numbers', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/www/index.html`);
  await waitForWidgets(page);
  // Everything a reader can add: answers, three options compared, every option's questions,
  // one of their own, ratings and a leaning.
  for (const id of ['choice-histology-clear-cell', 'choice-risk-intermediate', 'choice-primary-removed']) {
    await page.locator(`mrcc-explorer #${id}`).check();
  }
  for (const id of ['immunotherapy', 'targeted-therapy', 'sbrt']) await page.locator(`mrcc-explorer #compare-${id}`).check();
  const learnMore = page.locator('mrcc-explorer button.learn-more[aria-expanded="false"]');
  while (await learnMore.count()) await learnMore.first().click();
  const add = page.locator('mrcc-explorer .questions button');
  while (await add.count()) await add.first().click();
  await page.locator('mrcc-explorer #own-question').fill('What can help my bone pain?');
  await page.locator('mrcc-explorer #own-question').press('Enter');
  await inWidget(page, `for (const set of root.querySelectorAll('.values fieldset, .sure fieldset, .leaning fieldset')) set.querySelector('input')?.click();`);
  await page.locator('mrcc-explorer .summary-cta button').click();
  await page.waitForFunction(() => document.querySelector('mrcc-explorer').shadowRoot.querySelector('.summary-page'));
  const questions = await page.locator('mrcc-explorer .summary-page .question-list li').count();
  assert.ok(questions >= 40, `every option's questions are in the summary (${questions})`);

  const pdf = join(OUTPUT, 'longest-summary.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
  const bytes = statSync(pdf).size;
  assert.ok(bytes < 1_000_000, `the PDF is ${bytes} bytes: over 1 MB`);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const own = text.indexOf('What can help my bone pain?');
  const first = text.indexOf('Which immunotherapy combination');
  const numbers = text.indexOf('Numbers from studies');
  const pictured = text.indexOf(' of 100');
  assert.ok(own > 0 && first > 0 && numbers > 0 && pictured > 0, 'the questions and the figures are printed');
  assert.ok(Math.max(own, first) < numbers && Math.max(own, first) < pictured, 'the questions come before the first figure');
  // The sources are condensed on paper, and whole in the downloaded file.
  assert.ok(!text.includes('opens in a new tab'));
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

const ES = JSON.parse(readFileSync(new URL('../../content/es.json', import.meta.url), 'utf8'));

for (const [file, dataset] of [['index.html', BUILT_IN], ['es.html', ES]]) test(`an opened option shows a short version of about three phone screens first; "More detail" holds the rest (${file})`, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/${file}`, { viewport: PHONE });
  await waitForWidgets(page);
  for (const option of dataset.options) {
    const card = page.locator(`mrcc-explorer article[data-option="${option.id}"]`);
    await card.locator('button.learn-more').click();
    const details = page.locator(`mrcc-explorer #details-${option.id}`);
    const short = await details.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      text: element.innerText,
      tabStops: [...element.querySelectorAll('button, a[href], input, [tabindex="0"]')].filter((e) => e.getClientRects().length).length,
    }));
    assert.ok(short.height <= SHORT_VERSION_MAX, `${option.id}: the short version is ${short.height} px at 390 px (at most ${SHORT_VERSION_MAX})`);
    // The main benefit and the main harm, the warning signs and the questions; not the studies.
    assert.ok(short.text.includes(option.benefits[0]) && short.text.includes(option.harms[0]), option.id);
    for (const question of option.questions) assert.ok(short.text.includes(question), `${option.id}: ${question}`);
    for (const sign of option.warning_signs ?? []) assert.ok(short.text.includes(sign), `${option.id}: ${sign}`);
    assert.ok(!short.text.includes(option.what_it_involves), `${option.id}: how it is done waits for "More detail"`);
    assert.ok(!short.text.includes(option.what_it_is), `${option.id}: what it is in full waits too`);
    // Its own Tab stops: the questions' buttons, "More detail" and "Close", and the few glossary words.
    assert.ok(short.tabStops <= option.questions.length + 6, `${option.id}: ${short.tabStops} Tab stops`);

    const more = details.locator('button.more-detail');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    await more.click();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    const full = await details.innerText();
    assert.ok(full.includes(option.what_it_involves.slice(0, 40)), `${option.id}: how it is done`);
    for (const harm of option.harms) assert.ok(full.includes(harm), `${option.id}: every harm`);
    for (const figure of option.figures ?? []) assert.ok(full.includes(figure.text.slice(0, 40)), `${option.id}: ${figure.text.slice(0, 40)}`);
    if (option.id === 'immunotherapy') await details.screenshot({ path: join(OUTPUT, `option-short-and-more-390-${file}.png`) });
    await details.locator('button.close-details').click();
  }
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("the condition's survival figures wait for the reader's yes, with the caveat first", async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/index.html`, { viewport: PHONE });
  await waitForWidgets(page);
  const widget = () => page.locator('mrcc-explorer .explorer').innerText();
  for (const median of ['22.5 months', '43 months', '7.8 months']) assert.ok(!(await widget()).includes(median), median);
  const offer = page.locator('mrcc-explorer .numbers-offer');
  assert.match(await offer.innerText(), /Some people want numbers about how long people live/);
  await offer.locator('button').click();
  const numbers = page.locator('mrcc-explorer #mrcc-numbers');
  const text = await numbers.innerText();
  assert.ok(text.includes('22.5 months'));
  assert.ok(text.indexOf('cannot tell how long one person will live') < text.indexOf('22.5 months'), 'the caveat comes first');
  assert.match(text, /support group/);
  assert.equal(await inWidget(page, 'return root.activeElement?.id'), 'mrcc-numbers', 'focus moves to the numbers');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("text follows the reader's own default size, and at 200% on a 320 px phone nothing is cut", async () => {
  const { page, context } = await openPage(env.browser, null, { viewport: { width: 320, height: 700 } });
  await setDefaultFontSize(page, 32);
  await page.goto(`${env.server.origin}/www/index.html`);
  await waitForWidgets(page);
  const size = await inWidget(page, "return getComputedStyle(root.querySelector('.decision')).fontSize");
  assert.equal(size, '33.6px', 'the decision line is 1.05 times the 32 px body text');
  assert.equal(await inWidget(page, "return getComputedStyle(root.querySelector('.condition p')).fontSize"), '32px');
  // Open what grows most: an option and its second level, the risk explainer.
  await page.locator('mrcc-explorer #choice-histology-clear-cell').check();
  await page.locator('mrcc-explorer article[data-option="immunotherapy"] button.learn-more').click();
  await page.locator('mrcc-explorer #details-immunotherapy button.more-detail').click();
  const outside = await inWidget(page, `
    const box = root.host.getBoundingClientRect();
    const cut = [];
    for (const element of root.querySelectorAll('.explorer *')) {
      const r = element.getBoundingClientRect();
      if (!r.width || !element.childNodes.length) continue;
      const ownText = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (ownText && (r.right > box.right + 1 || r.left < box.left - 1)) cut.push(element.localName + ' ' + element.textContent.slice(0, 30));
    }
    return cut;`);
  assert.deepEqual(outside, [], 'no text sticks out of the widget');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
  await page.screenshot({ path: join(OUTPUT, 'text-200-320.png') });
  // A host page's own small root size does not shrink the widget: 18 px at the usual 16 px default.
  await setDefaultFontSize(page, 16);
  await page.reload();
  await waitForWidgets(page);
  await page.evaluate(() => { document.documentElement.style.fontSize = '10px'; });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px');
  assert.equal(await inWidget(page, "return getComputedStyle(root.querySelector('.condition p')).fontSize"), '18px');
  await context.close();
});

test('every action that changes something out of sight says so, and the comparison headers are the options', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/index.html`);
  await waitForWidgets(page);
  await page.locator('mrcc-explorer #compare-sbrt').check();
  assert.equal(await said(page), 'Tick one more option to compare.');
  await page.locator('mrcc-explorer #compare-immunotherapy').check();
  assert.equal(await said(page), '2 chosen: compare now');
  await page.locator('mrcc-explorer #compare-immunotherapy').uncheck();
  assert.equal(await said(page), 'Tick one more option to compare.');
  await page.locator('mrcc-explorer #compare-immunotherapy').check();

  await page.locator('mrcc-explorer #own-question').fill('Who do I call at night?');
  await page.locator('mrcc-explorer #own-question').press('Enter');
  assert.equal(await said(page), 'Added to my questions.');
  assert.equal(await inWidget(page, 'return root.activeElement?.id'), 'own-question', 'focus stays in the field');
  // A second in a row is said again: the live region's text changes (a no-break space), so
  // screen readers announce it.
  const first = await saidExactly(page);
  await page.locator('mrcc-explorer #own-question').fill('Can I travel?');
  await page.locator('mrcc-explorer #own-question').press('Enter');
  assert.equal(await said(page), 'Added to my questions.');
  assert.notEqual(await saidExactly(page), first, 'the second "Added" is new text for the live region');
  // Nothing written, or a question already listed: refused, and why is shown and said, tied to the field.
  const note = page.locator('mrcc-explorer #own-question-note');
  const field = page.locator('mrcc-explorer #own-question');
  assert.equal(await field.getAttribute('aria-invalid'), null);
  assert.equal(await field.getAttribute('aria-describedby'), 'own-question-note');
  await field.press('Enter');
  assert.equal((await note.textContent()).trim(), 'Write your question in the box first.');
  assert.equal(await note.getAttribute('role'), 'status');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.equal(await field.getAttribute('aria-describedby'), 'own-question-note');
  await field.fill('  Who do I call at night?');
  await field.press('Enter');
  assert.equal((await note.textContent()).trim(), 'This question is already in your list.');
  assert.equal(await page.locator('mrcc-explorer .question-list li').count(), 2);
  await field.fill('What happens if I stop?');
  await field.press('Enter');
  assert.equal((await note.textContent()).trim(), '');
  assert.equal(await field.getAttribute('aria-invalid'), null);

  const term = page.locator('mrcc-explorer .condition button.term').first();
  const word = await term.textContent();
  await term.click();
  const meaning = await page.locator('mrcc-explorer .term-status').textContent();
  assert.ok(meaning.startsWith(word) && meaning.length > word.length + 10, `the glossary word's meaning is said: ${meaning}`);

  // Column headers are the options' names only (their "Remove" buttons are outside the table).
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const headers = nodes.filter((n) => n.role?.value === 'columnheader').map((n) => n.name?.value);
  assert.deepEqual(headers, ['Stereotactic body radiation therapy (SBRT)', 'Immunotherapy']);
  // Source links open in a new tab, say so in their name, and send no referrer.
  await page.locator('mrcc-explorer article[data-option="sbrt"] button.learn-more').click();
  await page.locator('mrcc-explorer #details-sbrt button.more-detail').click();
  const link = page.locator('mrcc-explorer #details-sbrt .sources a').first();
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('rel'), /noopener/);
  assert.match(await link.getAttribute('rel'), /noreferrer/);
  const { nodes: after } = await cdp.send('Accessibility.getFullAXTree');
  const title = await link.locator('cite').textContent();
  const named = after.find((n) => n.role?.value === 'link' && n.name?.value?.startsWith(title));
  assert.ok(named?.name.value.endsWith('(opens in a new tab)'), `the link's name: ${named?.name?.value}`);
  await context.close();
});
