// End-to-end: the four views a reader sees (the first screen, an opened option, a comparison,
// the summary) at phone, small phone, tablet and laptop widths, as screenshots in
// target/screenshots/ for review; at each, nothing runs off the side (WCAG 1.4.10 Reflow: on a
// phone the comparison is one aspect at a time) and axe finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations } from './helpers.mjs';

const env = useServerAndBrowser();
const SCREENSHOTS = join(import.meta.dirname, '../../target/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const WIDTHS = [320, 390, 768, 1280];

// What sticks out past the viewport's right edge, anywhere in the page or the widget.
const overflow = (page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const widget = document.querySelector('mrcc-explorer').shadowRoot;
    const outside = [...document.querySelectorAll('body *'), ...widget.querySelectorAll('*')]
      .filter((element) => element.getClientRects().length)
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.localName}.${element.className}`);
    return { page: document.documentElement.scrollWidth - width, outside: outside.slice(0, 5) };
  });

const VIEWS = {
  'first-screen': async () => null,
  'open-option': async (widget) => {
    await widget.locator('article[data-option="immunotherapy"] .details > button.learn-more').click();
    return widget.locator('article[data-option="immunotherapy"]');
  },
  compare: async (widget) => {
    for (const id of ['immunotherapy', 'targeted-therapy']) await widget.locator(`article[data-option="${id}"] input[type=checkbox]`).check();
    return widget.locator('table.compare-table');
  },
  summary: async (widget) => {
    await widget.locator('button', { hasText: 'Make my summary' }).click();
    await widget.locator('[data-mrcc-share] h4').waitFor(); // its share controls, from a module loaded as it opens
    return widget.locator('.summary-page');
  },
};

for (const [view, open] of Object.entries(VIEWS)) {
  test(`${view} at ${WIDTHS.join(', ')} px: no sideways overflow, no axe violations`, async () => {
    const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/strict/www/index.html`);
    await waitForWidgets(page);
    const widget = page.locator('mrcc-explorer');
    await widget.locator('#choice-histology-clear-cell').check();
    await widget.locator('#choice-risk-intermediate').check();
    const target = await open(widget);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 768 ? 844 : 900 });
      await (target ?? widget).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `${view}-${width}.png`) });
      const seen = await overflow(page);
      assert.ok(seen.page <= 0 && seen.outside.length === 0, `${view} at ${width}px: ${JSON.stringify(seen)}`);
    }
    assert.deepEqual(await axeViolations(page), [], view);
    assert.deepEqual(problems, { console: [], uncaught: [] });
    await context.close();
  });
}
