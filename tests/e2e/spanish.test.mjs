// End-to-end: Spanish, language resolution, switching language with the reader's answers kept,
// and a hospital's own language from data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations, visibleText, BUILT_IN, OUTPUT } from './helpers.mjs';

const ES = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../content/es.json'), 'utf8'));
const env = useServerAndBrowser();

async function pageWith(markup) {
  const opened = await openPage(env.browser);
  await opened.page.route('**/pages/lang-test.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Language</title>
      <link rel="icon" href="/www/favicon.svg"><script type="module" src="/pkg/mrcc-explorer.js"></script></head>
      <body><main><h1>Language</h1>${markup}</main></body></html>`,
  }));
  await opened.page.goto(`${env.server.origin}/pages/lang-test.html`);
  return opened;
}

test('lang="es" shows the Spanish content and interface, with no axe violations', async () => {
  const { page, context, problems } = await pageWith('<mrcc-explorer lang="es"></mrcc-explorer>');
  await waitForWidgets(page);
  assert.equal(await page.locator('mrcc-explorer section.explorer').getAttribute('lang'), 'es');
  assert.equal(await page.locator('mrcc-explorer h2').textContent(), ES.meta.title);
  assert.equal(await page.locator('mrcc-explorer #mrcc-options').textContent(), 'Opciones de tratamiento');
  assert.match(await page.locator('mrcc-explorer [role="status"].status').textContent(), /opción se usa a menudo|opciones se usan a menudo/);
  const names = await page.locator('mrcc-explorer article.card h4').allTextContents();
  assert.deepEqual([...names].sort(), ES.options.map((o) => o.name).sort());
  await page.locator('mrcc-explorer #choice-histology-clear-cell').check();
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(OUTPUT, 'spanish-1280.png'), fullPage: true });
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test('the Spanish content is loaded once, only by pages that show it, and a failure is reported', async () => {
  const requested = (page) => {
    const urls = [];
    page.on('request', (request) => { if (request.url().endsWith('/mrcc-explorer-es.bin')) urls.push(request.url()); });
    return urls;
  };
  const english = await openPage(env.browser);
  const englishRequests = requested(english.page);
  await english.page.goto(`${env.server.origin}/strict/www/index.html`);
  await waitForWidgets(english.page);
  assert.deepEqual(englishRequests, []);
  await english.context.close();

  // Three Spanish instances under the strict CSP: one request.
  const spanish = await openPage(env.browser);
  const spanishRequests = requested(spanish.page);
  await spanish.page.goto(`${env.server.origin}/strict/www/es.html`);
  await spanish.page.evaluate(() => {
    for (let i = 0; i < 2; i++) document.querySelector('main').append(document.createElement('mrcc-explorer'));
  });
  await waitForWidgets(spanish.page, 3);
  assert.equal(spanishRequests.length, 1, spanishRequests.join(', '));
  await spanish.context.close();

  // When the file cannot be loaded, the reader gets the Spanish message and the fallback.
  const { page, context } = await openPage(env.browser);
  await page.route('**/mrcc-explorer-es.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.route('**/pages/lang-test.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Idioma</title>
      <link rel="icon" href="/www/favicon.svg"><script type="module" src="/pkg/mrcc-explorer.js"></script></head>
      <body><main><h1>Idioma</h1><mrcc-explorer><p class="fallback">Texto de respaldo</p></mrcc-explorer></main></body></html>`,
  }));
  await page.goto(`${env.server.origin}/pages/lang-test.html`);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
  const error = (await page.evaluate(() => window.__mrccEvents)).find((e) => e.type === 'mrcc-error');
  assert.equal(error.detail.code, 'data-unavailable');
  // Fetched with its integrity, a missing file fails as a changed one does: said so.
  assert.match(error.detail.message, /mrcc-explorer-es\.bin: Error: TypeError: Failed to fetch: missing, or not the package's file/);
  assert.match(await page.locator('mrcc-explorer [role="alert"]').textContent(), /No se pudo cargar la información/);
  assert.ok(await page.locator('mrcc-explorer .fallback').isVisible());
  await context.close();
});

test('an ancestor lang="es-MX" gives Spanish; lang="fr" gives English', async () => {
  const { page, context } = await pageWith(
    '<div lang="es-MX"><mrcc-explorer id="mx"></mrcc-explorer></div><mrcc-explorer id="fr" lang="fr"></mrcc-explorer>');
  await waitForWidgets(page, 2);
  assert.equal(await page.locator('#mx h2').textContent(), ES.meta.title);
  assert.equal(await page.locator('#fr h2').textContent(), BUILT_IN.meta.title);
  await context.close();
});

test('switching lang at run time keeps the answers, the comparison and the questions', async () => {
  const { page, context } = await pageWith('<mrcc-explorer id="w"></mrcc-explorer>');
  await waitForWidgets(page);
  await page.locator('#w #choice-primary-removed').check();
  await page.locator('#w #choice-locations-bone').check();
  await page.locator('#w #compare-sbrt').check();
  await page.locator('#w #own-question').fill('Can I keep working?');
  await page.locator('#w .own-question button').click();
  await page.evaluate(() => document.getElementById('w').setAttribute('lang', 'es'));
  await page.waitForFunction((title) => document.getElementById('w').shadowRoot.querySelector('h2')?.textContent === title, ES.meta.title);
  assert.ok(await page.locator('#w #choice-primary-removed').isChecked());
  assert.ok(await page.locator('#w #choice-locations-bone').isChecked());
  assert.ok(await page.locator('#w #compare-sbrt').isChecked());
  assert.deepEqual(await page.locator('#w .question-list li > span:first-child').allTextContents(), ['Can I keep working?']);
  assert.equal(await page.locator('#w article[data-option="cytoreductive-nephrectomy"]').getAttribute('data-fit'), 'unlikely');
  assert.match(await page.locator('#w article[data-option="cytoreductive-nephrectomy"] .reasons').textContent(), /Ya le quitaron el tumor/);
  // Parts that take their text from the shared context, not from props, follow the language too.
  const names = await page.locator('#w article.card h4').allTextContents();
  assert.deepEqual([...names].sort(), ES.options.map((o) => o.name).sort());
  const sbrt = ES.options.find((o) => o.id === 'sbrt');
  await page.locator('#w article[data-option="sbrt"] .details > button.learn-more').click();
  await page.locator('#w article[data-option="sbrt"] button.more-detail').click();
  assert.ok((await visibleText(page.locator('#w article[data-option="sbrt"] .details'))).includes(sbrt.what_it_is));
  // The glossary's list renders once opened (on the toggle event, which follows the click).
  await page.locator('#w .glossary details > summary').click();
  await page.locator('#w .glossary dl').waitFor();
  assert.ok((await page.locator('#w .glossary').textContent()).includes(ES.glossary[0].definition));
  assert.ok((await page.locator('#w .about').textContent()).includes(ES.meta.disclaimer));
  assert.ok((await page.locator('#w .condition').textContent()).includes(ES.condition.title));
  // And back.
  await page.evaluate(() => document.getElementById('w').setAttribute('lang', 'en'));
  await page.waitForFunction((title) => document.getElementById('w').shadowRoot.querySelector('h2')?.textContent === title, BUILT_IN.meta.title);
  assert.ok(await page.locator('#w #choice-primary-removed').isChecked());
  await context.close();
});

test('a dataset in a third language, served by data-src, brings its own interface strings', async () => {
  const dataset = structuredClone(BUILT_IN);
  dataset.meta.language = 'vi';
  dataset.meta.title = 'Các lựa chọn điều trị ung thư thận di căn';
  dataset.ui = { options_heading: 'Các lựa chọn điều trị', start_over: 'Bắt đầu lại' };
  const { page, context } = await openPage(env.browser);
  await page.route('**/data/vi.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${env.server.origin}/pages/data.html`);
  await page.evaluate(() => {
    const element = document.createElement('mrcc-explorer');
    element.id = 'vi';
    element.setAttribute('data-src', '/data/vi.json');
    document.querySelector('main').append(element);
  });
  await page.waitForFunction(() => document.getElementById('vi').shadowRoot.querySelector('#mrcc-options'));
  assert.equal(await page.locator('#vi section.explorer').getAttribute('lang'), 'vi');
  assert.equal(await page.locator('#vi #mrcc-options').textContent(), 'Các lựa chọn điều trị');
  assert.equal(await page.locator('#vi .situation > button.secondary').textContent(), 'Bắt đầu lại');
  assert.equal(await page.locator('#vi #mrcc-situation').textContent(), 'Your situation', 'missing strings fall back to English');
  assert.ok(warnings.some((w) => w.includes('interface strings are missing')), warnings.join('\n'));
  await context.close();
});

test('in Spanish every English source title is marked lang="en", the figures\' source lines included (3.1.2)', async () => {
  const { page, context } = await pageWith('<mrcc-explorer lang="es"></mrcc-explorer>');
  await waitForWidgets(page);
  const learnMore = page.locator('mrcc-explorer button.learn-more[aria-expanded="false"]');
  while (await learnMore.count()) await learnMore.first().click();
  const more = page.locator('mrcc-explorer button.more-detail[aria-expanded="false"]');
  while (await more.count()) await more.first().click();
  const titled = Object.fromEntries(ES.sources.filter((s) => s.title_language).map((s) => [s.title, s.title_language]));
  const found = await page.evaluate((titles) => {
    const root = document.querySelector('mrcc-explorer').shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const seen = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const language = titles[node.textContent.trim()];
      if (language) seen.push({ where: node.parentElement.closest('.figure-context') ? 'figure' : 'list', lang: node.parentElement.closest('[lang]').lang, want: language, title: node.textContent.trim() });
    }
    return seen;
  }, titled);
  assert.ok(found.some((f) => f.where === 'figure') && found.some((f) => f.where === 'list'), 'titles in both places');
  assert.deepEqual(found.filter((f) => f.lang !== f.want).map((f) => `${f.where}: ${f.title}`), []);
  await context.close();
});
