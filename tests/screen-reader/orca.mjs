// Orca itself (Debian's orca), driven here: the screen reader runs in the same AT-SPI session as
// Chromium, and what it says goes to a file instead of a synthesizer. Its own preferences, in a
// folder made for the run: no speech server (nothing to spawn, nothing left running), no
// braille, no reading of the whole page on load; and a customization (Orca's own hook,
// orca-customizations.py) that writes each utterance to the file as Orca sends it to speech.
// Separate from run.mjs, whose AT-SPI reading works without a screen reader: Orca moves the
// browser's caret as it follows focus, so the two never run at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/lib/server.mjs';
import { LAUNCH, uiStrings, content, fill } from './reader.mjs';

const EN = uiStrings('en');
const EN_CONTENT = content('en');
const ORCA = process.env.MRCC_ORCA ?? '/usr/bin/orca';

const folder = mkdtempSync(join(tmpdir(), 'mrcc-orca-'));
const speechLog = join(folder, 'speech.log');
let orca;
let orcaExit;
let server;
let browser;

/** Every utterance so far, one a line. */
const spoken = () => (existsSync(speechLog) ? readFileSync(speechLog, 'utf8').split('\n').filter(Boolean) : []);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` or `ms` pass. */
async function until(done, ms) {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await sleep(100);
}

/** Waits until Orca has said nothing new for `quiet` ms. */
async function settle(quiet = 700, ms = 10_000) {
  const end = Date.now() + ms;
  let count = spoken().length;
  let since = Date.now();
  while (Date.now() < end) {
    await sleep(100);
    const now = spoken().length;
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quiet) {
      return;
    }
  }
}

/** What Orca says after `action`: its utterances, joined by spaces, once it has said `expected`. */
async function say(action, expected) {
  await settle();
  const mark = spoken().length;
  await action();
  await until(() => expected.test(spoken().slice(mark).join(' ')), 15_000);
  await settle();
  return spoken().slice(mark).join(' ');
}

// What Orca says when the page it shows starts and ends loading (its messages PAGE_LOADING_START
// and PAGE_LOADING_END_NAMED, untranslated: Orca runs in the C locale, as the words asserted
// here are its English ones).
const LOADING = /^Loading\. Please wait\.$/;
const LOADED = /^Finished loading /;

/**
 * Whether Orca, by what it said since `mark`, takes the page as loaded: its last word on loading
 * is "Finished loading …". Orca 43 at times handles the page's busy events out of order (its
 * event queue is re-entered while it handles the window's focus): "Finished loading …", then
 * "Loading. Please wait." last. It then believes the page is loading until the next load, and
 * ignores every change in it (its web script's "Ignoring because document content is being
 * loaded"): in particular it says nothing when "Make my summary" replaces the explorer and
 * focus lands on the summary's heading (seen in 1 run of 7 with Orca's debug log).
 */
function loaded(mark) {
  const last = spoken().slice(mark).findLast((said) => LOADING.test(said) || LOADED.test(said));
  return last !== undefined && LOADED.test(last);
}

/** Loads `url` in `page` (or reloads it), until the widget is drawn and Orca has said all it says about the load. */
async function load(page, url) {
  await settle();
  const mark = spoken().length;
  await (url ? page.goto(url) : page.reload());
  await page.waitForFunction(() => {
    const root = document.querySelector('mrcc-explorer')?.shadowRoot;
    return root?.querySelector('.card') && !root.querySelector('.details .loading');
  }, null, { timeout: 30_000 });
  await until(() => loaded(mark), 10_000);
  // A "Loading. Please wait." out of order comes after "Finished loading …": wait for quiet.
  await settle(1_000);
  return { loaded: loaded(mark), said: spoken().slice(mark).join(' | ') };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

before(async () => {
  writeFileSync(join(folder, 'user-settings.conf'), JSON.stringify({
    general: {
      enableSpeech: true,
      // A factory that does not exist and no fallback: Orca then speaks to no server at all.
      speechServerFactory: 'mrcc-no-speech-server',
      speechFactoryModules: [],
      enableBraille: false,
      sayAllOnLoad: false,
      pageSummaryOnLoad: false,
    },
    profiles: { default: { profile: ['Default', 'default'] } },
    pronunciations: {},
    keybindings: {},
  }, null, 1));
  writeFileSync(join(folder, 'orca-customizations.py'), [
    '# Written by tests/screen-reader/orca.mjs: each utterance to a file, at once.',
    'import os',
    'from orca import speech',
    '_path = os.environ["MRCC_ORCA_SPEECH_LOG"]',
    '_speak = speech._speak',
    'def _logged(text, acss, interrupt):',
    '    with open(_path, "a", encoding="utf-8") as log:',
    '        log.write(" ".join(text.split()) + "\\n")',
    '    _speak(text, acss, interrupt)',
    'speech._speak = _logged',
    '',
  ].join('\n'));
  // Not --replace: that would kill every Orca of this user, a developer's own included. A
  // running Orca makes this one refuse to start (its message is in the failure).
  // MRCC_ORCA_DEBUG=file: Orca's own debug log (every event, what its scripts made of it), to
  // see why it said what it said.
  const debug = process.env.MRCC_ORCA_DEBUG ? ['--debug-file', process.env.MRCC_ORCA_DEBUG] : [];
  orca = spawn(ORCA, ['--user-prefs', folder, ...debug], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANGUAGE: '', MRCC_ORCA_SPEECH_LOG: speechLog },
  });
  let stderr = '';
  orca.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  orcaExit = new Promise((resolve) => orca.once('exit', (code, signal) => resolve({ code, signal })));
  await until(() => spoken().length > 0 || orca.exitCode !== null, 30_000);
  assert.ok(spoken().length > 0, `Orca did not start (said nothing in 30 s; exit ${orca.exitCode}): ${stderr}`);
  server = await startServer();
  browser = await chromium.launch(LAUNCH);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (orca && orca.exitCode === null && orca.signalCode === null) {
    orca.kill('SIGTERM');
    const timer = setTimeout(() => orca.kill('SIGKILL'), 5_000);
    await orcaExit;
    clearTimeout(timer);
  }
  rmSync(folder, { recursive: true, force: true });
});

test('Orca, as a user hears it: the first answer with its question, the update, an option opened, a comparison, the summary', { timeout: 90_000 }, async (t) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => { window.MRCC_EXPLORER_OPEN_SHADOW_ROOT_FOR_TESTS = true; });
  let loading = await load(page, `${server.origin}/strict/www/index.html`);
  if (!loading.loaded) {
    // A single retry, of the load only: Orca took the page as still loading (see `loaded`), an
    // Orca race at page load, not the widget's doing; a reload gives it a load to finish.
    t.diagnostic(`Orca took the page as still loading; it said, on the first load: ${loading.said}`);
    loading = await load(page);
  }
  assert.ok(loading.loaded, `Orca takes the page as loaded (its last word on loading is "Finished loading …"): ${loading.said}`);
  const histology = EN_CONTENT.criteria.find((c) => c.id === 'histology');
  const clearCell = histology.choices.find((c) => c.id === 'clear-cell').label;
  const immunotherapy = EN_CONTENT.options.find((o) => o.id === 'immunotherapy');

  // Focus lands on the first answer: Orca names the region, the form and the question as focus
  // enters them, then the answer, its state and role.
  const focus = await say(
    () => page.locator('mrcc-explorer #choice-histology-clear-cell').focus(),
    new RegExp(`${escape(clearCell)}\\.? not selected radio button`),
  );
  t.diagnostic(`focus on the first answer: ${focus}`);
  assert.match(focus, new RegExp(`region ${escape(EN.situation_heading)} form ${escape(histology.label)} panel\\.? ${escape(clearCell)}\\.? not selected radio button`));

  // Space selects it; Orca reads the results' live region.
  const likeYours = escape(fill(EN.like_yours, { text: EN.count_likely_other })).replace('\\{n\\}', '\\d+');
  const selected = await say(() => page.keyboard.press('Space'), new RegExp(likeYours));
  t.diagnostic(`Space: ${selected}`);
  assert.match(selected, new RegExp(likeYours), 'the live region is announced');

  // Each control as a user meets it: focus lands (Orca says it), then the key (Orca says what changed).
  const learnMore = `${EN.learn_more}: ${immunotherapy.name}`;
  const onLearnMore = await say(
    () => page.locator('mrcc-explorer article[data-option="immunotherapy"] button.learn-more').focus(),
    new RegExp(`${escape(learnMore)} collapsed push button`),
  );
  t.diagnostic(`focus on Learn more: ${onLearnMore}`);
  assert.match(onLearnMore, new RegExp(`region ${escape(EN.options_heading)} .*article ${escape(learnMore)} collapsed push button`));
  const opened = await say(() => page.keyboard.press('Enter'), /expanded/);
  t.diagnostic(`Enter: ${opened}`);
  assert.match(opened, /^(Focus mode )?expanded/);

  const compare = `${EN.compare_this}: ${immunotherapy.name}`;
  const onCompare = await say(() => page.locator('mrcc-explorer #compare-immunotherapy').focus(), /check box/);
  t.diagnostic(`focus on Compare: ${onCompare}`);
  assert.match(onCompare, new RegExp(`${escape(compare)} check box not checked`));
  const compared = await say(() => page.keyboard.press('Space'), new RegExp(escape(EN.compare_one_more)));
  t.diagnostic(`Space: ${compared}`);
  assert.match(compared, new RegExp(`checked.* ${escape(EN.compare_one_more)}`));

  // "Make my summary": focus then moves to the summary's heading, which Orca reads.
  const onSummary = await say(() => page.locator('mrcc-explorer .summary-cta button').focus(), /push button/);
  t.diagnostic(`focus on Make my summary: ${onSummary}`);
  assert.match(onSummary, new RegExp(`${escape(EN.make_summary)} push button`));
  const summary = await say(() => page.keyboard.press('Enter'), /heading level 3/);
  t.diagnostic(`Enter: ${summary}`);
  assert.match(summary, new RegExp(`region ${escape(EN.summary_heading)} ${escape(EN.summary_heading)} heading level 3`));
  await context.close();
});
