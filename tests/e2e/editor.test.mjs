// End-to-end: the content editor (www/editor.html, as `make demo` serves it), under the strict
// CSP: a broken file's problems with their paths and line:column, a click puts the cursor
// there, the fixed file shows in the live widget, the review document downloads, and no
// request leaves the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { useServerAndBrowser, openPage, axeViolations, BUILT_IN, OUTPUT } from './helpers.mjs';

const env = useServerAndBrowser();
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = readFileSync(join(ROOT, 'content/overlay-example.json'), 'utf8');

async function openEditor() {
  const opened = await openPage(env.browser, undefined, { viewport: { width: 1400, height: 1000 } });
  const requests = [];
  opened.page.on('request', (request) => requests.push(request.url()));
  await opened.page.goto(`${env.server.origin}/strict/www/editor.html`);
  await opened.page.waitForFunction(() => document.querySelector('#source'));
  return { ...opened, requests };
}

/** Replaces the editor's text with `text`: a large one pasted over all of it (a paste event, as
 * the browser sends one; the page puts a large paste in at once: typed in, 200 KB takes
 * Chromium 11-35 s). */
async function paste(page, text) {
  await page.evaluate(() => { document.querySelector('#status').textContent = ''; });
  // A synthetic paste event inserts nothing by itself: a small text is typed in instead.
  if (text.length < 20000) await page.locator('#source').fill(text);
  else await page.locator('#source').evaluate((source, text) => {
    source.select();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    source.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction(() => document.querySelector('#status').textContent !== '');
  assert.equal(await page.locator('#source').inputValue(), text);
}

test('a broken dataset: every problem with its path and line:column, the CLI\'s words; a click goes there; fixed, the widget shows it', async () => {
  const { page, context, problems, requests } = await openEditor();
  const broken = structuredClone(BUILT_IN);
  broken.rules[3].fit = 'maybe';
  broken.options[2].name = '';
  const text = JSON.stringify(broken, null, 2);
  // Opened as a file: the problems name it.
  await page.locator('#open-file').setInputFiles({ name: 'dataset.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(() => /\berrors?\b/.test(document.querySelector('#status').textContent));
  assert.equal(await page.locator('#source').inputValue(), text);
  const listed = await page.locator('#problems li').allTextContents();
  // The same lines as `mrcc-content validate` prints for the same file.
  const file = join(OUTPUT, 'dataset.json');
  writeFileSync(file, text);
  let cli = '';
  try {
    execFileSync(join(ROOT, 'target/debug/mrcc-content'), ['validate', 'dataset.json'], { cwd: OUTPUT, encoding: 'utf8' });
  } catch (error) {
    cli = error.stdout;
  }
  const cliLines = cli.trim().split('\n').slice(0, -1);
  assert.deepEqual(listed, cliLines);
  const rule = listed.find((line) => line.includes('error: rules[3].fit'));
  assert.ok(rule, listed.join('\n'));
  const [, line, column] = rule.match(/^dataset\.json:(\d+):(\d+): /).map(Number);
  assert.equal(text.split('\n')[line - 1].slice(column - 1, column + 6), '"maybe"');

  // A click on the problem puts the cursor on it.
  await page.locator('#problems button', { hasText: 'rules[3].fit' }).click();
  const cursor = await page.evaluate(() => {
    const source = document.querySelector('#source');
    return { focused: document.activeElement === source, at: source.selectionStart };
  });
  assert.equal(cursor.focused, true);
  const before = text.slice(0, cursor.at).split('\n');
  assert.deepEqual([before.length, before.at(-1).length + 1], [line, column]);
  assert.equal(await page.locator('#preview mrcc-explorer').count(), 0, 'nothing shown while it has errors');

  // Once the shape is right, the content's problems: the empty name, with its place.
  broken.rules[3].fit = 'possible';
  await paste(page, JSON.stringify(broken, null, 2));
  await page.waitForFunction(() => /options\[2\]\.name/.test(document.querySelector('#problems').textContent));
  assert.ok((await page.locator('#problems li').allTextContents()).some((l) => /^dataset\.json:\d+:\d+: error: options\[2\]\.name: /.test(l)));

  // Fixed: the live widget shows it, in its language.
  broken.options[2].name = 'Chemotherapy (edited)';
  await paste(page, JSON.stringify(broken, null, 2));
  await page.waitForFunction(() => /^Valid/.test(document.querySelector('#status').textContent));
  await page.waitForFunction(() => document.querySelector('#preview mrcc-explorer')?.shadowRoot?.querySelector('.card'));
  assert.equal(await page.locator(`#preview article[data-option="${BUILT_IN.options[2].id}"] h4`).textContent(), 'Chemotherapy (edited)');

  // The situation picker sets the widget's answers.
  const option = await page.locator('#situation option').nth(2).getAttribute('value');
  await page.locator('#situation').selectOption(option);
  assert.equal(await page.locator('#preview mrcc-explorer').getAttribute('situation'), option);

  assert.deepEqual(await axeViolations(page), []);
  const origin = env.server.origin;
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:')), [], 'no request leaves the page');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems.uncaught, []);
  await page.screenshot({ path: join(OUTPUT, 'editor.png') });
  await context.close();
});

test('an overlay in the editor: the widget shows its notes, and the review document downloads with every rule', async () => {
  const { page, context, problems, requests } = await openEditor();
  await paste(page, EXAMPLE);
  await page.waitForFunction(() => /^Valid/.test(document.querySelector('#status').textContent));
  await page.waitForFunction(() => document.querySelector('#preview mrcc-explorer')?.shadowRoot?.querySelector('.local-note'));
  assert.match(await page.locator('#preview article[data-option="high-dose-il2"] .local-note').textContent(), /^Example Cancer Center: We do not give high-dose IL-2 here/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-review').click()]);
  assert.equal(download.suggestedFilename(), 'dataset-review.html');
  const html = readFileSync(await download.path(), 'utf8');
  assert.match(html, /<h1>Review document: /);
  assert.ok(html.includes('We do not give high-dose IL-2 here.'));
  for (const rule of BUILT_IN.rules) assert.ok(html.includes(`(${rule.id})`), rule.id);
  // The same version as \`mrcc-content review\` names for the same overlay: one hash, of the
  // base and the overlay, and the same harms inventory.
  const cli = execFileSync(join(ROOT, 'target/debug/mrcc-content'), ['review', 'content/overlay-example.json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const hash = (text) => text.match(/SHA-256 ([0-9a-f]{64})/)[1];
  assert.equal(hash(html), hash(cli));
  assert.ok(html.includes('<section id="inventory">'));

  // The dataset as readers see it, to keep as the signed version: the overlay merged with its
  // base. Given back as the signed version, the next review marks only what changed since.
  const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('#download-dataset').click()]);
  assert.equal(saved.suggestedFilename(), 'dataset-as-signed.json');
  const signedFile = await saved.path();
  const signed = JSON.parse(readFileSync(signedFile, 'utf8'));
  assert.equal(signed.meta.hospital, 'Example Cancer Center');
  assert.equal(signed.options.length, BUILT_IN.options.length);
  await page.locator('#signed-file').setInputFiles(signedFile);
  await page.waitForFunction(() => /will be marked/.test(document.querySelector('#review-status').textContent));
  const changedOverlay = JSON.parse(EXAMPLE);
  changedOverlay.options['high-dose-il2'].note = 'We do not give high-dose IL-2 here. Ask your care team about a referral.';
  await paste(page, JSON.stringify(changedOverlay, null, 2));
  await page.waitForFunction(() => /^Valid/.test(document.querySelector('#status').textContent));
  const [marked] = await Promise.all([page.waitForEvent('download'), page.locator('#download-review').click()]);
  const markedHtml = readFileSync(await marked.path(), 'utf8');
  assert.equal(markedHtml.match(/<tr class="changed">/g)?.length, 1, 'only the changed note is marked');
  assert.ok(markedHtml.includes('<ins>We do not give high-dose IL-2 here. Ask your care team about a referral.</ins>'));
  assert.deepEqual(requests.filter((url) => !url.startsWith(env.server.origin) && !url.startsWith('blob:')), []);
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});
