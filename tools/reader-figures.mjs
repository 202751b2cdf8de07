// Reader-experience figures (issue #30) for a built demo site, to compare before and after:
//   1. at 390x844 (a phone): the widget's height and the page's scroll height, nothing opened;
//   2. the Immunotherapy option opened: the height of its details and of its card (short and full
//      when the details have a "more detail" button, class more-detail);
//   3. the tab stops inside those details (before and after "more detail");
//   4. at 1280x800, the longest summary (everything answered, three options compared, every
//      option's questions added and one own question) printed to a Letter PDF: bytes, time, pages,
//      and the page on which the first question and the first figure appear (with pdftotext).
// Prints a JSON object, then a table. Saves the PDF and its text to $FIGURES_OUT (default
// target/reader-figures) as figures-<label>.pdf and .txt. Not part of make test: a measuring tool.
//
// Usage: node tools/reader-figures.mjs [site-dir (default www)] [label (default run)]
// The site dir is served at /www/ through tools/lib/server.mjs's origin (its /www/ requests are
// answered from that dir), so a copy of www made before a rebuild can be measured.

import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = resolve(process.argv[2] ?? join(repo, 'www'));
const label = process.argv[3] ?? 'run';
const outDir = process.env.FIGURES_OUT ?? join(repo, 'target', 'reader-figures');
mkdirSync(outDir, { recursive: true });
const TIMEOUT = 60_000;
const PDF_TIMEOUT = 600_000; // making the PDF is the slow part being measured
const OPTION = 'immunotherapy';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
if (!existsSync(join(site, 'index.html')) || !existsSync(join(site, 'mrcc-explorer/mrcc-explorer.js'))) {
  throw new Error(`${site} holds no index.html and mrcc-explorer/mrcc-explorer.js: not a built demo site`);
}
const has = (tool) => { try { execFileSync('which', [tool], { stdio: 'ignore' }); return true; } catch { return false; } };
const step = async (what, run) => {
  try { return await run(); } catch (error) { throw new Error(`${what}: ${error.message.split('\n')[0]}`); }
};

const server = await startServer();
const browser = await launchChromium();

// A page on `site`'s index.html: /www/ answered from `site`, the shadow root open for reading (as
// tests/e2e/helpers.mjs does), the widget's events recorded; returns once the widget is ready
// and every option's details have loaded.
async function openSite(contextOptions) {
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(TIMEOUT);
  await context.route(`${server.origin}/www/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/www\//, '');
    const file = normalize(join(site, path));
    if (!file.startsWith(site)) return route.fulfill({ status: 404 });
    try {
      await route.fulfill({ body: await readFile(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream', headers: { 'cache-control': 'no-store' } });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript(() => {
    window.MRCC_EXPLORER_OPEN_SHADOW_ROOT_FOR_TESTS = true;
    window.__mrccReady = false;
    document.addEventListener('mrcc-ready', () => { window.__mrccReady = true; });
  });
  await step('loading index.html', () => page.goto(`${server.origin}/www/index.html`));
  await step('waiting for mrcc-ready and the option cards', () => page.waitForFunction(() => {
    const root = document.querySelector('mrcc-explorer')?.shadowRoot;
    return window.__mrccReady && root?.querySelector('.card') && !root.querySelector('.details .loading');
  }));
  return { context, page, errors, widget: page.locator('mrcc-explorer') };
}

// Sizes and tab stops of the option's opened details, read in the shadow root.
const measureOption = (page) => page.evaluate((id) => {
  const root = document.querySelector('mrcc-explorer').shadowRoot;
  const details = root.querySelector(`#details-${id}`);
  const card = details.closest('article, .card');
  const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const tabStops = [...details.querySelectorAll(focusable)].filter((e) =>
    !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0 && !e.closest('[hidden]'));
  return {
    detailsHeight: details.getBoundingClientRect().height,
    cardHeight: card.getBoundingClientRect().height,
    tabStops: tabStops.length,
  };
}, OPTION);

// ---- 1 to 3: a phone ----
const figures = { site, label, phone: {}, option: {}, summary: {} };
{
  const { context, page, errors, widget } = await openSite({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  figures.phone = await page.evaluate(() => ({
    widgetHeight: document.querySelector('mrcc-explorer').getBoundingClientRect().height,
    pageScrollHeight: document.documentElement.scrollHeight,
  }));
  await step(`opening ${OPTION}`, () => widget.locator('button[aria-label^="Learn more: Immunotherapy"]').click());
  await step(`waiting for #details-${OPTION}`, () => page.waitForFunction((id) => {
    const details = document.querySelector('mrcc-explorer').shadowRoot.querySelector(`#details-${id}`);
    return details && !details.classList.contains('loading') && !details.querySelector('.loading');
  }, OPTION));
  const more = widget.locator(`article[data-option="${OPTION}"] .more-detail, #details-${OPTION} .more-detail`).first();
  if (await more.count()) {
    figures.option.short = await measureOption(page);
    // FIGURES_SHOTS=1: a picture of the short version, to look at.
    if (process.env.FIGURES_SHOTS) await widget.locator(`#details-${OPTION}`).screenshot({ path: join(outDir, `figures-${label}-short.png`) });
    await step('pressing "more detail"', () => more.click());
    await page.waitForTimeout(300); // let the re-render settle
  }
  figures.option.full = await measureOption(page);
  figures.phone.pageScrollHeightOpened = await page.evaluate(() => document.documentElement.scrollHeight);
  figures.phone.errors = errors;
  await context.close();
}

// ---- 4: the longest summary, printed ----
{
  const { context, page, errors, widget } = await openSite({ viewport: { width: 1280, height: 800 } });
  // The first choice of every fieldset (radio or checkbox group) that has none checked yet, in
  // `scope`; repeated, as an answer may show more questions.
  const answerAll = async (scope) => {
    for (let round = 0; round < 5; round++) {
      const ids = await page.evaluate((selector) => [...document.querySelector('mrcc-explorer').shadowRoot.querySelectorAll(`${selector} fieldset`)]
        .filter((set) => set.querySelector('input') && !set.querySelector('input:checked'))
        .map((set) => set.querySelector('input').id), scope);
      if (!ids.length) return;
      for (const id of ids) await step(`answering #${id}`, () => widget.locator(`#${id}`).check());
    }
  };
  const counts = {};
  await answerAll('form.situation-form');
  counts.situationAnswered = await page.evaluate(() => document.querySelector('mrcc-explorer').shadowRoot.querySelectorAll('form.situation-form input:checked').length);
  const compare = await page.evaluate(() => [...document.querySelector('mrcc-explorer').shadowRoot.querySelectorAll('input[id^="compare-"]')].slice(0, 3).map((i) => i.id));
  for (const id of compare) await step(`comparing #${id}`, () => widget.locator(`#${id}`).check());
  counts.compared = compare.map((id) => id.replace('compare-', ''));
  await answerAll('section.values');
  await answerAll('section.leaning'); // the SURE questions and the leaning
  counts.valuesAndLeaningAnswered = await page.evaluate(() => document.querySelector('mrcc-explorer').shadowRoot.querySelectorAll('section.values input:checked, section.leaning input:checked').length);
  // Every option's details opened, then every "Add to my questions" pressed (each goes away).
  const learnMore = widget.locator('button.learn-more[aria-expanded="false"]');
  for (let n = await learnMore.count(); n > 0; n--) await step('opening an option', () => learnMore.first().click());
  await step('waiting for every option\'s details', () => page.waitForFunction(() => !document.querySelector('mrcc-explorer').shadowRoot.querySelector('.details .loading')));
  counts.optionsOpened = await widget.locator('button.learn-more[aria-expanded="true"]').count();
  const add = widget.locator('button[aria-label^="Add to my questions"]');
  const added = [];
  for (let left = await add.count(); left > 0 && added.length < 500; left = await add.count()) {
    added.push((await add.first().getAttribute('aria-label')).replace(/^Add to my questions: /, ''));
    await step('adding a question', () => add.first().click());
    await page.waitForFunction((n) => document.querySelector('mrcc-explorer').shadowRoot.querySelectorAll('button[aria-label^="Add to my questions"]').length < n, left);
  }
  counts.questionsAdded = added.length;
  const own = 'Can I keep working during treatment?';
  await step('writing an own question', async () => {
    await widget.locator('#own-question').fill(own);
    await widget.locator('form.own-question button', { hasText: 'Add' }).click();
  });
  await step('making the summary', async () => {
    await widget.locator('button', { hasText: 'Make my summary' }).click();
    await widget.locator('.summary-page').waitFor();
  });
  await page.emulateMedia({ media: 'print' });
  const started = performance.now();
  const pdf = await step('printing to PDF', () => Promise.race([
    page.pdf({ format: 'Letter', printBackground: true }),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no PDF after ${PDF_TIMEOUT / 1000} s`)), PDF_TIMEOUT).unref()),
  ]));
  const pdfMs = Math.round(performance.now() - started);
  const pdfPath = join(outDir, `figures-${label}.pdf`);
  await writeFile(pdfPath, pdf);
  const summary = { ...counts, pdfBytes: pdf.length, pdfMs, pdfPages: (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length, pdfPath };
  if (has('pdfinfo')) summary.pdfinfoPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
  if (has('pdftotext')) {
    const txtPath = join(outDir, `figures-${label}.txt`);
    execFileSync('pdftotext', [pdfPath, txtPath]);
    // Pages are separated by form feeds; words are compared with whitespace collapsed, as lines wrap.
    const pages = (await readFile(txtPath, 'utf8')).split('\f').map((text) => text.replace(/\s+/g, ' '));
    const pageOf = (needle) => {
      const found = needle instanceof RegExp ? (text) => needle.test(text) : (text) => text.includes(needle.replace(/\s+/g, ' ').slice(0, 40));
      const index = pages.findIndex(found);
      return index < 0 ? null : index + 1;
    };
    Object.assign(summary, {
      txtPath,
      firstAddedQuestion: added[0] ?? null,
      firstAddedQuestionPage: added[0] ? pageOf(added[0]) : null,
      ownQuestionPage: pageOf(own),
      firstOutOf100Page: pageOf(/out of 100/),
      firstFiguresHeadingPage: pageOf('Numbers from studies'),
      firstXOf100Page: pageOf(/\b\d+ of 100\b/),
    });
    const figurePages = [summary.firstOutOf100Page, summary.firstFiguresHeadingPage].filter(Boolean);
    summary.firstFigurePage = figurePages.length ? Math.min(...figurePages) : null;
  } else {
    summary.note = 'pdftotext not installed: no page positions';
  }
  summary.errors = errors;
  figures.summary = summary;
  await context.close();
}

await browser.close();
await server.close();

console.log(JSON.stringify(figures, null, 2));
const rows = [
  ['widget height, nothing opened, 390 px', figures.phone.widgetHeight],
  ['page scrollHeight, nothing opened, 390 px', figures.phone.pageScrollHeight],
  ['page scrollHeight, option opened, 390 px', figures.phone.pageScrollHeightOpened],
  ...['short', 'full'].filter((k) => figures.option[k]).flatMap((k) => [
    [`#details-${OPTION} height (${k})`, figures.option[k].detailsHeight],
    [`${OPTION} card height (${k})`, figures.option[k].cardHeight],
    [`tab stops in the details (${k})`, figures.option[k].tabStops],
  ]),
  ['summary: questions added (+1 own)', figures.summary.questionsAdded],
  ['summary PDF bytes', figures.summary.pdfBytes],
  ['summary PDF ms', figures.summary.pdfMs],
  ['summary PDF pages', figures.summary.pdfinfoPages ?? figures.summary.pdfPages],
  ['page of the first added question', figures.summary.firstAddedQuestionPage],
  ['page of the own question', figures.summary.ownQuestionPage],
  ['page of the first figure', figures.summary.firstFigurePage],
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\n${label} (${site})`);
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${typeof value === 'number' ? Math.round(value * 10) / 10 : value ?? '-'}`);
