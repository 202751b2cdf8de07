// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core.

import { before, after } from 'node:test';
import { startServer } from '../../tools/lib/server.mjs';
import { launchChromium } from '../../tools/lib/chromium.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = join(here, 'output');
/** The built-in dataset, as the widget embeds it. */
export const BUILT_IN = JSON.parse(readFileSync(join(here, '../../content/en.json'), 'utf8'));
mkdirSync(OUTPUT, { recursive: true });

/**
 * Starts the static server and Chromium before a test file's tests and stops them after;
 * `env.server` and `env.browser` are set once the tests run.
 */
export function useServerAndBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

// Kept here for the tests that import it with the other helpers (tests/frameworks).
export { launchChromium };

/** A new page that records console errors, uncaught errors and CSP violations. */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = { console: [], uncaught: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.uncaught.push(String(error)));
  await page.addInitScript(() => {
    // The tests read the widget's shadow root, closed on a live page (tests/e2e/security.test.mjs
    // checks that it is).
    window.MRCC_EXPLORER_OPEN_SHADOW_ROOT_FOR_TESTS = true;
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
    window.__mrccEvents = [];
    for (const type of ['mrcc-error', 'mrcc-ready', 'mrcc-change']) {
      document.addEventListener(type, (event) =>
        window.__mrccEvents.push({ type, detail: event.detail, target: event.target.id }));
    }
  });
  if (url) await page.goto(url);
  return { page, context, problems };
}

/**
 * Waits until every <mrcc-explorer> on the page has rendered its option cards with their details
 * (the built-in content's details load after the first render).
 */
export async function waitForWidgets(page, count = 1) {
  await page.waitForFunction(
    (n) => {
      const hosts = [...document.querySelectorAll('mrcc-explorer')];
      const complete = (h) => h.shadowRoot?.querySelector('.card') && !h.shadowRoot.querySelector('.details .loading');
      return hosts.length >= n && hosts.filter(complete).length >= n;
    },
    count,
  );
}

/** The text a reader perceives in `locator`: hidden elements (closed glossary definitions) left out. */
export function visibleText(locator) {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true);
    for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
    return copy.textContent;
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A and AA rules) on the page, shadow roots included. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // axe's preload re-reads <link>ed stylesheets through inline <style> elements, which the
      // strict-CSP pages refuse (a console error that is axe's, not the widget's). Only its
      // orientation-lock rule needs it, and the widget sets no orientation.
      preload: false,
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Runs `source` as a function of the first widget's shadow root (open in test runs) and `arg`. */
export const inWidget = (page, source, arg) =>
  page.evaluate(
    ([body, value]) => new Function('root', 'arg', body)(document.querySelector('mrcc-explorer').shadowRoot, value),
    [source, arg],
  );

/** Sets the browser's default font size (the reader's own setting) through Chromium's protocol. */
export async function setDefaultFontSize(page, size) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: Math.round(size * 0.8) } });
}
