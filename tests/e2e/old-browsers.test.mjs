// End-to-end: a browser without constructable stylesheets (Safari before 16.4), simulated in
// Chromium by removing them before the page's scripts run: the widget, which links its
// stylesheet, must look exactly as in a normal load and print as it does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, waitForWidgets } from './helpers.mjs';

const env = useServerAndBrowser();

function removeConstructableStylesheets() {
  delete CSSStyleSheet.prototype.replaceSync;
  delete CSSStyleSheet.prototype.replace;
  delete Document.prototype.adoptedStyleSheets;
  delete ShadowRoot.prototype.adoptedStyleSheets;
}

// What the stylesheet decides for every element of the widget, in document order.
const STYLED = ['display', 'color', 'background-color', 'font-size', 'font-weight', 'padding', 'margin',
  'border', 'border-radius', 'width', 'height', 'grid-template-columns', 'outline', 'list-style-type'];
const computedStyles = (page) =>
  page.evaluate((properties) => {
    const root = document.querySelector('mrcc-explorer').shadowRoot;
    return [...root.querySelectorAll('*')]
      .filter((element) => element.localName !== 'link')
      .map((element) => {
        const style = getComputedStyle(element);
        return `${element.localName}.${element.className}: ${properties.map((p) => style.getPropertyValue(p)).join(' | ')}`;
      });
  }, STYLED);

async function openWidget(url, { old }) {
  const opened = await openPage(env.browser, null);
  if (old) await opened.page.addInitScript(removeConstructableStylesheets);
  await opened.page.goto(url);
  await waitForWidgets(opened.page);
  // The same state for both: an option's details open, two options compared.
  const widget = opened.page.locator('mrcc-explorer');
  await widget.locator('.details > button.learn-more').first().click();
  for (const box of (await widget.locator('.card input[type=checkbox]').all()).slice(0, 2)) await box.check();
  return opened;
}

test('without constructable stylesheets the widget looks the same, under a strict CSP', async () => {
  const url = `${env.server.origin}/strict/www/index.html`;
  const modern = await openWidget(url, { old: false });
  const old = await openWidget(url, { old: true });
  assert.equal(await old.page.evaluate(() => 'adoptedStyleSheets' in ShadowRoot.prototype), false, 'the simulation holds');
  const links = await old.page.evaluate(() =>
    [...document.querySelector('mrcc-explorer').shadowRoot.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname));
  assert.deepEqual(links, ['/strict/www/mrcc-explorer/mrcc-explorer.css', '/strict/www/mrcc-explorer/mrcc-explorer-details.css']);

  const expected = await computedStyles(modern.page);
  const actual = await computedStyles(old.page);
  assert.ok(expected.length > 500, `the widget has its elements: ${expected.length}`);
  assert.deepEqual(actual, expected);
  for (const { page, problems } of [modern, old]) {
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(problems, { console: [], uncaught: [] });
  }
  await modern.context.close();
  await old.context.close();
});

test('without constructable stylesheets, printing the page prints only the summary', async () => {
  const { page, context, problems } = await openPage(env.browser, null);
  await page.addInitScript(removeConstructableStylesheets);
  await page.goto(`${env.server.origin}/strict/www/index.html`);
  await waitForWidgets(page);
  const headerShown = () => page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).display !== 'none');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await headerShown(), true, 'before the summary, the whole page prints');
  await page.emulateMedia({ media: 'screen' });
  await page.locator('mrcc-explorer button', { hasText: 'Make my summary' }).click();
  await page.waitForFunction(() => document.querySelector('link[href$="mrcc-explorer-print.css"]')?.sheet);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await headerShown(), false, "the summary prints without the hospital's header");
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await headerShown(), true);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});

test("the package's minified stylesheets hold the source's rules, as the browser parses them", async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/index.html`);
  const rules = (path) =>
    page.evaluate(async (path) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch(path)).text());
      return [...sheet.cssRules].map((rule) => rule.cssText);
    }, path);
  for (const [source, packaged] of [['styles.css', 'mrcc-explorer.css'], ['details.css', 'mrcc-explorer-details.css'], ['print.css', 'mrcc-explorer-print.css']]) {
    const expected = await rules(`/element/${source}`);
    assert.ok(expected.length > (source === 'print.css' ? 0 : 20), `${source} has its rules: ${expected.length}`);
    assert.deepEqual(await rules(`/pkg/${packaged}`), expected, packaged);
  }
  await context.close();
});
