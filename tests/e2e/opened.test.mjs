// The text of a fully opened widget (every disclosure open: each option's details and their
// "More detail", the condition's numbers, the risk checklist) stays what it was before closed disclosures were rendered on first open: the
// expected text in tests/e2e/expected/ was taken from the widget that rendered everything at
// start. When the content changes on purpose, write it again with UPDATE_EXPECTED=1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, openPage, waitForWidgets } from './helpers.mjs';

const env = useServerAndBrowser();
const expectedDir = join(dirname(fileURLToPath(import.meta.url)), 'expected');

async function openedText(language) {
  const { page, context } = await openPage(env.browser);
  await page.route('**/opened/page.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Opened</title>
      <script type="module" src="/pkg/mrcc-explorer.js"></script></head>
      <body><main><mrcc-explorer situation="risk=intermediate&locations=bone,lung"></mrcc-explorer></main></body></html>`,
  }));
  await page.goto(`${env.server.origin}/opened/page.html`);
  await waitForWidgets(page);
  // Opened as a reader opens them: a click on each summary and on each option's "Learn more".
  const count = await page.evaluate(() => {
    const openers = document.querySelector('mrcc-explorer').shadowRoot.querySelectorAll('details > summary, button.learn-more');
    for (const opener of openers) opener.click();
    return openers.length;
  });
  await page.waitForFunction(() => {
    const root = document.querySelector('mrcc-explorer').shadowRoot;
    return [...root.querySelectorAll('details')].every((d) => d.open) &&
      [...root.querySelectorAll('button.learn-more')].every((b) => b.getAttribute('aria-expanded') === 'true');
  });
  // Then each option's second level ("More detail") and the condition's numbers, on offer.
  await page.evaluate(() => {
    const root = document.querySelector('mrcc-explorer').shadowRoot;
    for (const opener of root.querySelectorAll('button.more-detail, .numbers-offer button')) opener.click();
  });
  await page.waitForFunction(() => {
    const root = document.querySelector('mrcc-explorer').shadowRoot;
    return [...root.querySelectorAll('button.more-detail')].every((b) => b.getAttribute('aria-expanded') === 'true') &&
      !root.querySelector('.numbers-offer');
  });
  await page.waitForTimeout(50);
  const text = await page.evaluate(() => document.querySelector('mrcc-explorer').shadowRoot.querySelector('.mount').innerText);
  await context.close();
  return { count, text: text.split('\n').map((line) => line.trim()).filter(Boolean).join('\n') + '\n' };
}

for (const language of ['en', 'es']) {
  test(`a fully opened widget shows the same text as before (${language})`, async () => {
    const { count, text } = await openedText(language);
    assert.ok(count >= 11, `every option's details and the risk checklist (${count})`);
    const file = join(expectedDir, `opened-${language}.txt`);
    if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, text);
    const expected = readFileSync(file, 'utf8');
    assert.ok(text === expected, `the opened widget's text differs from ${file} (UPDATE_EXPECTED=1 writes it)`);
  });
}
