// End-to-end: the whole explorer flow by keyboard only, with axe-core at every step, the
// printed summary's PDF, and screenshots at phone and desktop widths for review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations, OUTPUT, BUILT_IN } from './helpers.mjs';

const env = useServerAndBrowser();

/** The focused element, looking inside the widget's shadow root. */
const focused = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      id: active?.id ?? '',
      tag: active?.tagName.toLowerCase(),
      text: active?.textContent.trim(),
      label: active?.getAttribute('aria-label') ?? '',
      option: active?.closest('article')?.dataset.option ?? null,
    };
  });

/** The accessible names of the controls in `locator`, from Chromium's accessibility tree. */
async function accessibleNames(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((n) => ['checkbox', 'button', 'DisclosureTriangle'].includes(n.role?.value)).map((n) => n.name?.value ?? '');
}

/** Presses Tab until `matches(focused)` holds; fails after `max` presses. */
async function tabTo(page, matches, description, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  assert.fail(`Tab never reached ${description}`);
}

async function expectNoAxeViolations(page, step) {
  assert.deepEqual(await axeViolations(page), [], `axe violations after: ${step}`);
}

const status = (page) => page.locator('mrcc-explorer [role="status"].status').textContent();

test('keyboard-only walk: answer, open an option, add a question, compare, summary, print', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/strict/www/index.html`);
  await waitForWidgets(page);
  await expectNoAxeViolations(page, 'load');
  const initialStatus = await status(page);

  // Answer: Space selects the focused radio, arrows move within a group.
  await tabTo(page, (f) => f.id === 'choice-histology-clear-cell', 'the first answer');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  assert.equal((await focused(page)).id, 'choice-histology-clear-cell');
  await page.keyboard.press('Tab'); // to the risk group
  await page.keyboard.press('Space'); // favorable
  await page.keyboard.press('Tab'); // to "is the tumor still there?"
  await page.keyboard.press('ArrowDown'); // moves to and picks "taken out"
  assert.equal((await focused(page)).id, 'choice-primary-removed');
  assert.ok(await page.locator('mrcc-explorer #choice-primary-removed').isChecked());
  assert.ok(await page.locator('mrcc-explorer #choice-histology-clear-cell').isChecked());
  assert.ok(await page.locator('mrcc-explorer #choice-risk-favorable').isChecked());
  assert.notEqual(await status(page), initialStatus);
  assert.equal(
    await page.locator('mrcc-explorer article[data-option="cytoreductive-nephrectomy"]').getAttribute('data-fit'),
    'unlikely',
  );
  await expectNoAxeViolations(page, 'answering');

  // Open an option with Enter, then add one of its questions.
  await tabTo(page, (f) => f.option === 'immunotherapy' && f.tag === 'input', 'the immunotherapy compare box');
  await page.keyboard.press('Space'); // compare it
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Learn more');
  await page.keyboard.press('Enter');
  const learnMore = page.locator('mrcc-explorer article[data-option="immunotherapy"] button.learn-more');
  assert.equal(await learnMore.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator('mrcc-explorer #details-immunotherapy').isVisible());
  const added = await tabTo(
    page,
    (f) => f.option === 'immunotherapy' && f.tag === 'button' && f.text.startsWith('Add to my questions'),
    'an add-question button',
  );
  await page.keyboard.press('Enter');
  const question = added.label.replace(/^Add to my questions: /, '');
  // The button is replaced by "In my questions": focus goes there, not to the page's body.
  const replacement = await focused(page);
  assert.ok(replacement.id.startsWith('added-immunotherapy-') && replacement.text === 'In my questions', JSON.stringify(replacement));
  assert.deepEqual(await page.locator('mrcc-explorer .question-list li > span:first-child').allTextContents(), [question]);
  await expectNoAxeViolations(page, 'opening an option and adding a question');

  // Compare a second option.
  await tabTo(page, (f) => f.option === 'targeted-therapy' && f.tag === 'input', 'the targeted therapy compare box');
  await page.keyboard.press('Space');
  const columns = await page.locator('mrcc-explorer table.compare-table thead th').allTextContents();
  assert.equal(columns.length, 2);
  await expectNoAxeViolations(page, 'comparing');
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(OUTPUT, `explorer-${width}.png`), fullPage: true });
    // Reflow (WCAG 1.4.10): at 320 CSS px, as at 400% zoom of 1280, nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at ${width}px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // The summary, by Enter on its button; focus lands on its heading.
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Make my summary', 'the summary button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('mrcc-explorer').shadowRoot.querySelector('.summary-page'));
  assert.equal((await focused(page)).id, 'mrcc-summary');
  await expectNoAxeViolations(page, 'opening the summary');
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(OUTPUT, `summary-${width}.png`), fullPage: true });
  }

  // Printed from the host page: the summary only, without the hospital's navigation.
  const pdf = join(OUTPUT, 'summary.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    'My summary for my appointment',
    'Clear cell',
    'Favorable',
    'No, it was taken out with surgery',
    'Cytoreductive nephrectomy: Usually not used in situations like yours',
    'Immunotherapy',
    'Targeted therapy',
    question,
    'Make an appointment',
    'Content reviewed',
    // The day it was made, and the compared options' figures with their pictures' captions.
    'Made on',
    'Pembrolizumab plus axitinib: 42 of 100',
    'Belzutifan: 23 of 100',
  ]) {
    assert.ok(text.includes(expected), `the printed summary lacks ${JSON.stringify(expected)}`);
  }
  // The pictures themselves print, as vector strokes: every person, the first ones marked.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const svg = document.querySelector('mrcc-explorer').shadowRoot.querySelector('.summary-page .icon-array svg');
    const marked = svg.querySelector('path.head.marked');
    return { shown: svg.getBoundingClientRect().height > 0, stroke: getComputedStyle(marked).stroke, heads: marked.getAttribute('d').split('h0').length - 1 };
  });
  await page.emulateMedia({ media: 'screen' });
  assert.ok(printed.shown);
  assert.notEqual(printed.stroke, 'none');
  assert.ok(printed.heads > 0, 'the first picture has marked people');
  for (const absent of ['Find a doctor', 'Lakeside University Hospital is a fictional', 'Make my summary', 'Download as a file']) {
    assert.ok(!text.includes(absent), `the printed summary includes ${JSON.stringify(absent)}`);
  }

  // Back to the explorer: the answers are kept.
  await page.keyboard.press('Tab'); // Print
  await page.keyboard.press('Tab'); // Download
  await page.keyboard.press('Tab'); // Back
  assert.equal((await focused(page)).text, 'Back to the explorer');
  await page.keyboard.press('Enter');
  await waitForWidgets(page);
  assert.equal((await focused(page)).text, 'Make my summary', 'focus returns to the summary button');
  // ... and the view with it: the reader sees where they were (at 1280 px the button is
  // thousands of pixels below the widget's top, where the view used to be left).
  const seen = await page.evaluate(() => {
    const button = document.querySelector('mrcc-explorer').shadowRoot.activeElement.getBoundingClientRect();
    return button.top >= 0 && button.bottom <= window.innerHeight;
  });
  assert.ok(seen, 'the focused button is in view');
  assert.ok(await page.locator('mrcc-explorer #choice-primary-removed').isChecked());
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('the summary downloads as a text file holding everything the reader chose', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/strict/www/index.html`);
  await waitForWidgets(page);
  const widget = page.locator('mrcc-explorer');
  await widget.locator('#choice-histology-clear-cell').check();
  await widget.locator('#choice-primary-removed').check();
  await widget.locator('#compare-immunotherapy').check();
  await widget.locator('#compare-sbrt').check();
  await widget.locator('#value-avoid-surgery-very').check();
  // The SURE test: its result appears once all four are answered.
  for (const item of ['0', '1', '2']) await widget.locator(`#sure-${item}-yes`).check();
  assert.equal(await widget.locator('.sure-result').textContent(), '');
  await widget.locator('#sure-3-no').check();
  assert.match(await widget.locator('.sure-result').textContent(), /^You answered no to at least one question\./);
  await widget.locator('#leaning-sbrt').check();
  await widget.locator('#own-question').fill('Can I keep working?');
  await widget.locator('#own-question').press('Enter');
  await widget.locator('.summary-cta button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.locator('.summary-actions button', { hasText: 'Download' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'my-kidney-cancer-summary.txt');
  const path = join(OUTPUT, 'summary.txt');
  await download.saveAs(path);
  const text = execFileSync('cat', [path], { encoding: 'utf8' });
  for (const expected of [
    'Your situation\n==============',
    '- What type of kidney cancer is it? Clear cell',
    '- Is the tumor in your kidney still there? No, it was taken out with surgery',
    '- Where has the cancer spread? Not answered',
    '- Cytoreductive nephrectomy: Usually not used in situations like yours.',
    '  Your kidney tumor has already been taken out, so this surgery does not apply to you.',
    // Where urgent symptoms go, and that no hospital has reviewed the content yet.
    BUILT_IN.meta.urgent_help,
    'Not yet reviewed by the doctors of the hospital that offers this page.',
    '- Immunotherapy: Often used in situations like yours.',
    'Compare options side by side',
    'Stereotactic body radiation therapy (SBRT)\n  How it fits your situation:',
    '- Avoiding surgery: Very important',
    '- Taking part in research that may help others: Not rated',
    // The day it was made, from the reader's clock, in words.
    `Made on ${new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date())}.`,
    // The compared options' figures, the counts out of 100 with their pictures as text.
    'Numbers from studies',
    'Pembrolizumab plus axitinib: 42 of 100',
    'Cancer grew somewhere else: 85 of 100',
    // Figures without a picture (a median) are there too.
    'Half of the people on nivolumab plus ipilimumab were alive after 55.7 months (about 4.5 years).',
    'Where am I leaning?',
    '- Do you feel sure about the best choice for you? Yes',
    '- Do you have enough support and advice to make a choice? No',
    '- Which option are you leaning toward now? Stereotactic body radiation therapy (SBRT)',
    'You answered no to at least one question.',
    '1. Can I keep working?',
    '- Make an appointment (https://example.org/appointments)',
    'Management of Metastatic Clear Cell Renal Cell Carcinoma: ASCO Guideline (2022, with the 2023 rapid recommendation update). American Society of Clinical Oncology (Journal of Clinical Oncology), 2023. The ASCO guideline for doctors, updated in 2023.\n  https://doi.org/10.1200/JCO.22.00868',
    BUILT_IN.meta.disclaimer,
    `Content reviewed ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(BUILT_IN.meta.reviewed))}.`,
  ]) {
    assert.ok(text.includes(expected), `missing ${JSON.stringify(expected)} in\n${text}`);
  }
  // Options appear in fit order; nothing that is not printed (the buttons) is in the file.
  assert.ok(text.indexOf('Immunotherapy: Often') < text.indexOf('Cytoreductive nephrectomy: Usually'));
  assert.ok(!text.includes('Print') && !text.includes('Download'), text);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test("the browser's own Print keeps every glossary word in its sentence", async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/index.html`);
  await waitForWidgets(page);
  const pdf = join(OUTPUT, 'page-printed.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const sentence of [
    'Care that eases symptoms and side effects.',
    'Medicines that help your immune system attack the cancer. They are often given with a targeted pill.',
    'Most kidney cancers are a type called clear cell.',
  ]) {
    assert.ok(text.includes(sentence), `missing ${JSON.stringify(sentence)}`);
  }
  await context.close();
});

test('the question list is copied to the clipboard, and the outcome announced', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/strict/www/index.html`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await waitForWidgets(page);
  const widget = page.locator('mrcc-explorer');
  await widget.locator('#own-question').fill('Can I keep working?');
  await widget.locator('.own-question button').click();
  await widget.locator('#own-question').fill('  What about travel?  ');
  await widget.locator('#own-question').press('Enter');
  assert.deepEqual(await widget.locator('.question-list li > span').allTextContents(),
    ['Can I keep working?', 'What about travel?']);
  assert.equal(await widget.locator('#own-question').inputValue(), '', 'the field is cleared for the next one');
  await widget.locator('.my-questions button', { hasText: 'Copy my questions' }).click();
  await page.waitForFunction(() =>
    document.querySelector('mrcc-explorer').shadowRoot.querySelector('.copy-result').textContent.trim() !== '');
  assert.equal((await widget.locator('.copy-result').textContent()).trim(), 'Your questions were copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '- Can I keep working?\n- What about travel?');
  // A changed list makes the old outcome stale.
  await widget.locator('.question-list li button').first().click();
  assert.equal((await widget.locator('.copy-result').textContent()).trim(), '');
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});

test('the situation attribute presets the answers', async () => {
  const { page, context, problems } = await openPage(env.browser);
  await page.goto(`${env.server.origin}/pages/two.html`);
  await waitForWidgets(page, 2);
  await page.evaluate(() => document.getElementById('first').setAttribute('situation', 'histology=non-clear-cell&sites=three-or-more'));
  await page.waitForFunction(() =>
    document.getElementById('first').shadowRoot.querySelector('#choice-histology-non-clear-cell')?.checked);
  assert.equal(await page.locator('#first article[data-option="metastasectomy"]').getAttribute('data-fit'), 'unlikely');
  assert.equal(await page.locator('#second article[data-option="metastasectomy"]').getAttribute('data-fit'), 'possible');
  // Each fit is shown by shape as well as colour: a dashed card edge and an empty circle for
  // "usually not", a half circle for "sometimes", a full one for "often".
  const look = (id) => page.locator(`#${id} article[data-option="metastasectomy"]`).evaluate((card) => ({
    edge: getComputedStyle(card).borderTopStyle,
    icon: getComputedStyle(card.querySelector('.fit-icon')).backgroundImage,
    colour: getComputedStyle(card.querySelector('.fit')).color,
  }));
  const [unlikely, possible] = [await look('first'), await look('second')];
  assert.equal(unlikely.edge, 'dashed');
  assert.equal(unlikely.icon, 'none');
  assert.equal(possible.edge, 'solid');
  assert.match(possible.icon, /^linear-gradient\(90deg/);
  assert.notEqual(unlikely.colour, possible.colour);
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});

test("the browser's Back from the summary returns to the explorer with the answers, and the URL never changes", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/pages/fallback.html`);
  await page.goto(`${env.server.origin}/www/index.html?from=host`);
  await waitForWidgets(page);
  const widget = page.locator('mrcc-explorer');
  await widget.locator('#choice-risk-poor').check();
  const url = page.url();
  await widget.locator('.summary-cta button').click();
  await widget.locator('.summary-page').waitFor();
  await page.evaluate(() => history.back()); // a phone's Back gesture
  await widget.locator('.summary-cta button').waitFor();
  assert.equal(page.url(), url, 'still on the host page, its address unchanged');
  // Focus and view are on the button that opened the summary, where the reader was.
  await page.waitForTimeout(200); // past the browser's own restoring of the scroll
  const back = await page.evaluate(() => {
    const active = document.querySelector('mrcc-explorer').shadowRoot.activeElement;
    const box = active?.getBoundingClientRect();
    return { text: active?.textContent, inView: !!box && box.top >= 0 && box.bottom <= innerHeight };
  });
  assert.deepEqual(back, { text: 'Make my summary', inView: true });
  assert.ok(await widget.locator('#choice-risk-poor').isChecked(), 'the answers are kept');
  assert.equal(await page.evaluate(() => document.querySelector('mrcc-explorer').hasAttribute('data-mrcc-summary')), false);
  // Closed with its own button, the summary takes its history entry back: Back then leaves.
  await widget.locator('.summary-cta button').click();
  await widget.locator('.summary-page [data-mrcc-back]').click();
  await widget.locator('.summary-cta button').waitFor();
  assert.equal(page.url(), url);
  await Promise.all([page.waitForURL(/fallback\.html/), page.evaluate(() => history.back())]);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('accessible names join the action and its object without a stray space', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/index.html`);
  await waitForWidgets(page);
  await page.locator('mrcc-explorer article[data-option="sbrt"] .details > button.learn-more').click();
  await page.locator('mrcc-explorer #compare-sbrt').check();
  await page.locator('mrcc-explorer #compare-immunotherapy').check();
  await page.locator('mrcc-explorer article[data-option="sbrt"] .questions button').first().click();
  const names = await accessibleNames(page);
  const sbrt = BUILT_IN.options.find((o) => o.id === 'sbrt');
  for (const expected of [
    `Compare: ${sbrt.name}`,
    `Learn more: ${sbrt.name}`,
    `Add to my questions: ${sbrt.questions[1]}`,
    `Remove: ${sbrt.name}`,
    `Remove: ${sbrt.questions[0]}`,
  ]) {
    assert.ok(names.includes(expected), `${expected} not in ${JSON.stringify(names.filter((n) => n.includes(':')))}`);
  }
  assert.deepEqual(names.filter((name) => / :/.test(name)), [], 'no space before a colon');
  await context.close();
});

test('ticking Compare answers next to the box, leads to the comparison, and on a phone the comparison is one aspect at a time', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/index.html`, { viewport: { width: 320, height: 700 } });
  await waitForWidgets(page);
  const card = (id) => page.locator(`mrcc-explorer article[data-option="${id}"]`);
  await page.locator('mrcc-explorer #compare-sbrt').check();
  assert.equal(await card('sbrt').locator('.compare-note').textContent(), 'Tick one more option to compare.');
  await page.locator('mrcc-explorer #compare-immunotherapy').check();
  const now = card('immunotherapy').locator('button.compare-now');
  assert.equal(await now.textContent(), '2 chosen: compare now');
  assert.equal(await card('sbrt').locator('button.compare-now').textContent(), '2 chosen: compare now');
  await now.click();
  assert.deepEqual((await focused(page)).id, 'mrcc-compare', 'the comparison heading has focus');
  assert.equal(
    (await page.locator('mrcc-explorer .explorer > p.visually-hidden[role="status"]').textContent()).trim(),
    'Compare options side by side',
  );
  await page.locator('mrcc-explorer #compare-targeted-therapy').check();
  // Full: the other boxes say why they are off, and name that reason to assistive technology.
  const limit = card('active-surveillance').locator('.compare-note');
  assert.equal(await limit.textContent(), 'Up to 3 at a time: untick one to add this.');
  assert.equal(await page.locator('mrcc-explorer #compare-active-surveillance').getAttribute('aria-describedby'), await limit.getAttribute('id'));
  assert.ok(await page.locator('mrcc-explorer #compare-active-surveillance').isDisabled());
  // On a phone: one aspect at a time (the row's name), every chosen option under it with its
  // name, the first aspect how each fits the reader; nothing cut, nothing scrolls sideways.
  const layout = await page.evaluate(() => {
    const root = document.querySelector('mrcc-explorer').shadowRoot;
    const table = root.querySelector('.compare-table');
    const box = table.getBoundingClientRect();
    // Each cell is led by its option's name, drawn from data-option (generated content, which
    // innerText leaves out but screen readers read).
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => ({
      aspect: row.querySelector('th').innerText.trim(),
      cells: [...row.querySelectorAll('td')].map((cell) =>
        getComputedStyle(cell, '::before').content !== 'none' ? `${cell.dataset.option}: ${cell.innerText.trim()}` : cell.innerText.trim()),
    }));
    const cut = [...table.querySelectorAll('caption, th, td')].filter((cell) => {
      const r = cell.getBoundingClientRect();
      return r.width > 0 && (r.right > box.right + 1 || cell.scrollWidth > cell.clientWidth + 1);
    }).length;
    return {
      rows,
      cut,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      headerShown: getComputedStyle(table.querySelector('thead')).display !== 'none',
      tabStop: [...root.querySelectorAll('.compare [tabindex="0"]')].length,
    };
  });
  const names = ['Stereotactic body radiation therapy (SBRT)', 'Immunotherapy', 'Targeted therapy'];
  assert.ok(!layout.headerShown, 'the options are not side by side on a phone');
  assert.equal(layout.rows[0].aspect, 'How it fits your situation');
  for (const row of layout.rows) {
    assert.equal(row.cells.length, 3, row.aspect);
    row.cells.forEach((cell, i) => assert.ok(cell.startsWith(`${names[i]}:`), `${row.aspect}: ${cell.slice(0, 60)}`));
  }
  assert.match(layout.rows[0].cells[1], /^Immunotherapy: (Often|Sometimes) used/);
  assert.ok(layout.rows.every((row) => row.cells.every((cell) => cell.length > 20)), 'every cell has its text');
  assert.equal(layout.cut, 0, 'no caption, row name or cell is cut');
  assert.ok(layout.pageOverflow <= 0, `the page does not scroll sideways (${layout.pageOverflow} px)`);
  assert.equal(layout.tabStop, 0, 'no scroll box to tab through');
  await page.screenshot({ path: join(OUTPUT, 'compare-320.png'), fullPage: false });
  await expectNoAxeViolations(page, 'comparing at 320 px');
  await context.close();
});

test('each glossary word controls its own definition, by id, and says whether it is open', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/index.html`);
  await waitForWidgets(page);
  await page.locator('mrcc-explorer article[data-option="immunotherapy"] .details > button.learn-more').click();
  const found = await page.evaluate(() => {
    const root = document.querySelector('mrcc-explorer').shadowRoot;
    const terms = [...root.querySelectorAll('button.term')];
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    return {
      terms: terms.length,
      tied: terms.every((t) => t.nextElementSibling?.id && t.getAttribute('aria-controls') === t.nextElementSibling.id),
      unique: new Set(ids).size === ids.length,
    };
  });
  assert.ok(found.terms > 5, `${found.terms} glossary words`);
  assert.ok(found.tied, 'every word names its definition');
  assert.ok(found.unique, 'ids are unique in the widget');
  const term = page.locator('mrcc-explorer article[data-option="immunotherapy"] .summary button.term').first();
  const definition = page.locator(`mrcc-explorer #${await term.getAttribute('aria-controls')}`);
  assert.ok(await definition.isHidden());
  await term.click();
  assert.equal(await term.getAttribute('aria-expanded'), 'true');
  assert.ok(await definition.isVisible());
  await context.close();
});

test('on a wide widget the answers sit beside the options; on a phone they come first', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/index.html`);
  await waitForWidgets(page);
  const boxes = () =>
    page.evaluate(() => {
      const root = document.querySelector('mrcc-explorer').shadowRoot;
      const box = (css) => root.querySelector(css).getBoundingClientRect().toJSON();
      return { situation: box('.situation'), results: box('.results'), compare: box('.compare') };
    });
  await page.setViewportSize({ width: 1280, height: 900 });
  let { situation, results, compare } = await boxes();
  assert.ok(results.left >= situation.right, 'the options to the right of the answers');
  assert.ok(Math.abs(results.top - situation.top) < 2, 'both start at the same height');
  assert.ok(compare.top >= Math.max(situation.bottom, results.bottom), 'what follows spans the width below both');
  await page.setViewportSize({ width: 390, height: 800 });
  ({ situation, results } = await boxes());
  assert.ok(results.top >= situation.bottom, 'on a phone the options follow the answers');
  await context.close();
});

test("an option's long details end with a button that closes them and returns focus to the button that opened them", async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/strict/www/index.html`);
  await waitForWidgets(page);
  const details = page.locator('mrcc-explorer article[data-option="sbrt"] .details');
  await details.locator('button.learn-more').click();
  const close = details.locator('button.close-details');
  assert.equal(await close.getAttribute('aria-label'), 'Close: Stereotactic body radiation therapy (SBRT)');
  await close.click();
  assert.equal(await details.locator('button.learn-more').getAttribute('aria-expanded'), 'false');
  assert.equal(await details.locator('#details-sbrt').isVisible(), false);
  assert.equal(
    await page.evaluate(() => document.querySelector('mrcc-explorer').shadowRoot.activeElement?.className),
    'secondary learn-more',
  );
  await context.close();
});

test('a phone reader reaches the options or the questions in one tap, sees their answers above the options, and the next steps follow them', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/strict/www/index.html`);
  await page.setViewportSize({ width: 390, height: 800 });
  await waitForWidgets(page);
  const widget = page.locator('mrcc-explorer');
  const focusedId = () => page.evaluate(() => document.querySelector('mrcc-explorer').shadowRoot.activeElement?.id);
  const inView = (css) =>
    page.evaluate((css) => {
      const box = document.querySelector('mrcc-explorer').shadowRoot.querySelector(css).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, css);
  // The first screen offers both ways in.
  const jumps = widget.locator('.jumps button');
  assert.deepEqual(await jumps.allTextContents(), ['Answer 8 questions', 'See all 11 options']);
  // Right under the widget's title and review line, before the condition's text.
  const below = await page.evaluate(() => {
    const host = document.querySelector('mrcc-explorer');
    return host.shadowRoot.querySelector('.jumps').getBoundingClientRect().bottom - host.getBoundingClientRect().top;
  });
  assert.ok(below < 700, `the ways in end ${below} px below the widget's top`);
  await jumps.nth(1).click();
  assert.equal(await focusedId(), 'mrcc-options');
  assert.ok(await inView('#mrcc-options'));
  // The options' heading at the top of the screen, the first option in the screen's top half.
  const firstCard = await page.evaluate(() => document.querySelector('mrcc-explorer').shadowRoot.querySelector('.card').getBoundingClientRect().top);
  assert.ok(firstCard < 400, `the first option starts ${firstCard} px down the screen`);
  await jumps.nth(0).click();
  assert.equal(await focusedId(), 'mrcc-situation');
  // No answers, no line; then the answers given, in a line above the options.
  assert.equal(await widget.locator('.your-answers').count(), 0);
  await widget.locator('#choice-histology-clear-cell').check();
  await widget.locator('#choice-primary-removed').check();
  const line = widget.locator('.your-answers');
  assert.equal(await line.textContent(), 'Your situation: Clear cell · No, it was taken out with surgery Change my answers');
  await line.locator('button').click();
  assert.equal(await focusedId(), 'mrcc-situation');
  // Next steps: what to bring, what to ask first (the reader's own first question once there is one).
  const steps = widget.locator('.next-steps .steps li');
  assert.equal(await steps.nth(1).textContent(), 'Ask first: Which of these options fit me best, and why?');
  await widget.locator('#own-question').fill('Can I keep working?');
  await widget.locator('#own-question').press('Enter');
  assert.equal(await steps.nth(1).textContent(), 'Ask first: Can I keep working?');
  assert.match(await steps.nth(0).textContent(), /^Make your summary and bring it to your appointment\./);
  assert.match(await steps.nth(2).textContent(), /warning signs/);
  // On a wide widget the answers are beside the options: no ways in to offer.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await jumps.first().isVisible(), false);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});
