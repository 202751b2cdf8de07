// End-to-end: the knowledge check and the page for the care team (issue 32, parts 2 and 3).
// The check is answered with the keyboard alone, says why each answer is right or not, passes
// axe, counts once, keeps its answers through the summary and back, and puts its score in the
// summary. The care team's page is in the printed PDF (pdftotext) and the downloaded file, in
// the care team's language when `care-team-lang` says another, and its chart note is on the
// clipboard after its copy button. With links turned off, the page is still there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations, BUILT_IN, OUTPUT } from './helpers.mjs';

const ES = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../content/es.json'), 'utf8'));
const env = useServerAndBrowser();
const KNOWLEDGE = BUILT_IN.knowledge;
const CARE = BUILT_IN.care_team;
const OWN_QUESTION = 'Can I still travel to see my grandson?';

async function open(path, markup) {
  const opened = await openPage(env.browser);
  await opened.page.addInitScript(() => {
    window.__activity = [];
    document.addEventListener('mrcc-activity', (event) => window.__activity.push(event.detail));
  });
  if (markup) {
    await opened.page.route(`**${path}`, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Care team</title>
        <link rel="icon" href="/www/favicon.svg"><script type="module" src="/pkg/mrcc-explorer.js"></script></head>
        <body><main><h1>Care team</h1>${markup}</main></body></html>`,
    }));
  }
  await opened.page.goto(`${env.server.origin}${path}`);
  await waitForWidgets(opened.page);
  return opened;
}

const widget = (page, selector) => page.locator(`mrcc-explorer ${selector}`);
const focusedText = (page) =>
  page.evaluate(() => {
    const node = document.querySelector('mrcc-explorer').shadowRoot.activeElement;
    return node ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''} ${node.tagName === 'BUTTON' ? node.textContent : ''}`.trim() : null;
  });

/**
 * Answers every question with the keyboard: into each group with Tab (the first with focus put
 * on its first choice), to the chosen choice with the arrow keys, Tab to "Check my answer",
 * Enter. `wrong` lists the question ids to answer with their first choice that is not right.
 */
async function answerByKeyboard(page, wrong = []) {
  await widget(page, '[data-mrcc-knowledge] input[type=radio]').first().focus();
  for (const [i, q] of KNOWLEDGE.questions.entries()) {
    const ids = q.choices.map((c) => c.id);
    const pick = wrong.includes(q.id) ? ids.find((id) => id !== q.answer) : q.answer;
    if (i > 0) await page.keyboard.press('Tab');
    assert.equal(await focusedText(page), `input#knowledge-${q.id}-${ids[0]}`, `Tab reaches question ${i + 1}`);
    await page.keyboard.press('Space');
    for (let n = 0; n < ids.indexOf(pick); n++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    assert.equal(await focusedText(page), `button ${KNOWLEDGE.labels.check}`);
    await page.keyboard.press('Enter');
    const feedback = widget(page, `.knowledge-question:nth-of-type(${i + 1}) .knowledge-feedback`);
    const expected = pick === q.answer ? KNOWLEDGE.labels.right : KNOWLEDGE.labels.wrong;
    assert.equal(await feedback.textContent(), `${expected} ${q.explanation}`);
  }
}

test('the knowledge check: keyboard only, feedback with each explanation, axe clean, counted once, its score in the summary', async () => {
  const { page, context, problems } = await open('/strict/www/index.html');
  const box = widget(page, '[data-mrcc-knowledge]');
  await box.locator('h3').waitFor();
  assert.equal(await box.locator('h3').textContent(), KNOWLEDGE.title);
  assert.equal(await box.locator('fieldset').count(), KNOWLEDGE.questions.length);
  // Checking without a choice only puts focus on the first choice: never blocking, never an error.
  await box.locator('button', { hasText: KNOWLEDGE.labels.check }).first().click();
  assert.equal(await focusedText(page), `input#knowledge-${KNOWLEDGE.questions[0].id}-${KNOWLEDGE.questions[0].choices[0].id}`);
  assert.equal(await box.locator('.knowledge-feedback').first().textContent(), '');

  const wrong = [KNOWLEDGE.questions[1].id];
  await answerByKeyboard(page, wrong);
  const total = KNOWLEDGE.questions.length;
  const score = KNOWLEDGE.labels.score.replace('{right}', total - 1).replace('{total}', total);
  assert.equal(await box.locator('.knowledge-score').textContent(), score);
  assert.deepEqual(await axeViolations(page), []);
  // Changing an answer clears its feedback; checking it again does not count the check twice.
  const q = KNOWLEDGE.questions[1];
  await widget(page, `#knowledge-${q.id}-${q.answer}`).check();
  assert.equal(await box.locator('.knowledge-question:nth-of-type(2) .knowledge-feedback').textContent(), '');
  await box.locator('.knowledge-question:nth-of-type(2) button').click();
  assert.equal(await box.locator('.knowledge-score').textContent(), KNOWLEDGE.labels.score.replace('{right}', total).replace('{total}', total));
  const counted = await page.evaluate(() => window.__activity.filter((a) => a.action === 'knowledge'));
  assert.deepEqual(counted, [{ action: 'knowledge', score: total - 1, total }, { action: 'knowledge', score: total, total }],
    'one event each time the whole check is done, with its score');

  // The summary says the score; back from it, the answers are still given.
  await widget(page, '.summary-cta button').click();
  const result = widget(page, '.knowledge-result');
  await result.locator('h4').waitFor();
  assert.equal(await result.locator('p').textContent(), KNOWLEDGE.labels.score.replace('{right}', total).replace('{total}', total));
  await widget(page, '[data-mrcc-care] h4').waitFor();
  assert.ok((await widget(page, '[data-mrcc-care]').textContent()).includes(`${CARE.labels.knowledge}${total}/${total}`));
  await widget(page, '[data-mrcc-back]').click();
  await box.locator('h3').waitFor();
  for (const question of KNOWLEDGE.questions) {
    assert.equal(await widget(page, `#knowledge-${question.id}-${question.answer}`).isChecked(), true, question.id);
  }
  assert.equal(await box.locator('.knowledge-score').textContent(), KNOWLEDGE.labels.score.replace('{right}', total).replace('{total}', total));
  // "Start again" clears every answer and the score.
  await box.locator('button', { hasText: KNOWLEDGE.labels.again }).click();
  assert.equal(await box.locator('input:checked').count(), 0);
  assert.equal(await box.locator('.knowledge-score').textContent(), '');
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('a skipped knowledge check leaves no score in the summary, and nothing blocks', async () => {
  const { page, context, problems } = await open('/strict/www/index.html');
  await widget(page, '[data-mrcc-knowledge] h3').waitFor();
  await widget(page, `#knowledge-${KNOWLEDGE.questions[0].id}-${KNOWLEDGE.questions[0].answer}`).check();
  await widget(page, '.summary-cta button').click();
  await widget(page, '[data-mrcc-care] h4').waitFor();
  assert.equal(await widget(page, '.knowledge-result').textContent(), '');
  assert.ok(!(await widget(page, '[data-mrcc-care]').textContent()).includes(CARE.labels.knowledge));
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

/** Answers that the care team's page turns into clinical terms. */
async function fillIn(page) {
  for (const id of ['choice-histology-clear-cell', 'choice-risk-intermediate', 'choice-locations-lung', 'choice-locations-bone']) {
    await widget(page, `#${id}`).check();
  }
  await widget(page, 'details.risk > summary').click();
  await widget(page, '#risk-hemoglobin').check();
  await widget(page, '#value-live-longer-very').check();
  for (const item of ['0', '1', '2', '3']) await widget(page, `#sure-${item}-yes`).check();
  await widget(page, '#leaning-immunotherapy').check();
  await widget(page, '#own-question').fill(OWN_QUESTION);
  await widget(page, '.own-question button[type=submit]').click();
  await widget(page, '.summary-cta button').click();
  await widget(page, '[data-mrcc-care] h4').waitFor();
}

const squeeze = (text) => text.replace(/\s+/g, ' ');

test('the care team\'s page: printed, downloaded, and its chart note copied', async () => {
  const { page, context, problems } = await open('/strict/www/index.html');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await fillIn(page);
  const terms = [
    CARE.title,
    CARE.criteria.histology.choices['clear-cell'],
    CARE.criteria.risk.choices.intermediate,
    CARE.imdc.hemoglobin,
    CARE.options.immunotherapy,
    CARE.values['live-longer'],
    CARE.labels.sure_score.replace('{score}', 4),
    OWN_QUESTION,
  ];
  const care = widget(page, '[data-mrcc-care]');
  assert.deepEqual(await axeViolations(page), []);

  const pdf = join(OUTPUT, 'summary-care-team.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const printed = squeeze(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  for (const term of terms) assert.ok(printed.includes(squeeze(term)), `printed: ${term}`);
  assert.ok(!printed.includes(CARE.labels.copy), 'the chart note\'s box is not printed');

  const [download] = await Promise.all([page.waitForEvent('download'), widget(page, '[data-mrcc-download]').click()]);
  const path = join(OUTPUT, 'summary-care-team.txt');
  await download.saveAs(path);
  const saved = readFileSync(path, 'utf8');
  for (const term of terms) assert.ok(saved.includes(term), `downloaded: ${term}`);
  assert.ok(saved.includes(`${CARE.title}\n${'='.repeat(CARE.title.length)}`) || saved.includes(CARE.title), 'the page\'s heading');

  await care.locator('button', { hasText: CARE.labels.copy }).click();
  await care.locator('[role=status]', { hasText: CARE.labels.copied }).waitFor();
  const note = await care.locator('textarea').inputValue();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), note);
  for (const term of terms) assert.ok(note.includes(term), `chart note: ${term}`);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('care-team-lang="en" on a Spanish widget: the care team\'s page in English, the rest in Spanish', async () => {
  const { page, context, problems } = await open('/pages/care-lang.html', '<mrcc-explorer lang="es" care-team-lang="en"></mrcc-explorer>');
  await widget(page, '#choice-histology-clear-cell').check();
  await widget(page, '.summary-cta button').click();
  const care = widget(page, '[data-mrcc-care]');
  await care.locator('h4').waitFor();
  assert.equal(await care.getAttribute('lang'), 'en');
  assert.equal(await care.locator('h4').textContent(), CARE.title);
  assert.ok((await care.textContent()).includes(CARE.criteria.histology.choices['clear-cell']));
  assert.equal(await widget(page, '.summary-page').evaluate((node) => node.closest('[lang]').lang), 'es', 'the reader\'s part');
  const summary = await widget(page, '.summary-page').textContent();
  assert.ok(ES.options.every((option) => summary.includes(option.name)), 'the options in Spanish');
  assert.notEqual(ES.care_team.title, CARE.title);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('share-link="off": no share controls, and still the care team\'s page', async () => {
  const { page, context, problems } = await open('/pages/share-off.html');
  await widget(page, '.summary-cta button').click();
  await widget(page, '[data-mrcc-care] h4').waitFor();
  assert.equal(await widget(page, '[data-mrcc-care] h4').textContent(), CARE.title);
  assert.equal(await widget(page, '[data-mrcc-share]').count(), 0);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});
