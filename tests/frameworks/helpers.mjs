// The framework tests' shared part: an app's production server (on Node 22, stopped by its
// pid), Chromium (tests/e2e/helpers.mjs), and the checks every page with the widget passes.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, waitForWidgets } from '../e2e/helpers.mjs';
import { APPS, NODE_BIN, frameworkEnv } from './apps.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export { openPage };

/** The fallback markup of the test apps' <mrcc-explorer>, as the server's HTML must hold it. */
export const FALLBACK = /<mrcc-explorer\b[^>]*>\s*(?:<!--[^>]*-->)*\s*<h2>Treatment options for metastatic kidney cancer<\/h2>\s*<p>Talk with your care team about which options fit your situation.<\/p>[\s\S]*?<\/mrcc-explorer>/;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * Starts the app's production server `server` (apps.mjs) before the file's tests and Chromium
 * with it; stops both after. `env.origin` and `env.browser` are set once the tests run.
 */
export function useAppAndBrowser(appName, serverName) {
  const env = { origin: null, browser: null, output: '' };
  let child = null;
  before(async () => {
    const app = APPS.find((candidate) => candidate.name === appName);
    const port = await freePort();
    const { args, env: serverEnv = {} } = app.servers[serverName](port);
    child = spawn(NODE_BIN, args, {
      cwd: join(here, app.name),
      env: { ...frameworkEnv(), NODE_ENV: 'production', ...serverEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (env.output += chunk));
    child.stderr.on('data', (chunk) => (env.output += chunk));
    env.origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${appName} (${serverName}) exited ${child.exitCode}:\n${env.output}`);
      const up = await fetch(env.origin, { redirect: 'manual' }).then(() => true, () => false);
      if (up) break;
      if (Date.now() > deadline) throw new Error(`${appName} (${serverName}) did not answer in 30 s:\n${env.output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
  return env;
}

/** The server's answer for `path`: 200, with the widget's fallback in the HTML when `fallback`. */
export async function checkServerHtml(env, path, { fallback = true } = {}) {
  const response = await fetch(`${env.origin}${path}`);
  const html = await response.text();
  assert.equal(response.status, 200, `${path}: HTTP ${response.status}\n${html.slice(0, 2000)}\n${env.output}`);
  if (fallback) assert.match(html, FALLBACK, `${path}: the fallback in the server's HTML`);
  return html;
}

/**
 * Opens `path` in Chromium (shadow root opened for tests, events recorded: tests/e2e/helpers.mjs)
 * and checks the widget: rendered and styled by the package's stylesheets, every stylesheet it
 * links a non-empty file of the app's origin (no data: URL), its events counted by the app into
 * #app-events, no mrcc-error, no console error, no uncaught error, no CSP violation.
 */
/**
 * Loads `path` and checks the widget: styled, its events seen, no error. `appCounts: false` for a
 * page that imports the module statically: the element may then start before the framework
 * has hydrated and attached its listeners, so only the page's own listener is asked to see the
 * events (the recipes import the module after attaching them: docs/frameworks.md).
 */
export async function checkWidget(env, path, { appCounts = true } = {}) {
  const { page, context, problems } = await openPage(env.browser, null);
  const stylesheets = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'stylesheet') stylesheets.push(response);
  });
  await page.goto(`${env.origin}${path}`);
  try {
    await page.waitForFunction((appCounts) => {
      const events = document.querySelector('#app-events');
      const errors = window.__mrccEvents.filter((event) => event.type === 'mrcc-error');
      const seen = window.__mrccEvents.filter((event) => event.type === 'mrcc-change').length;
      const ready = window.__mrccEvents.some((event) => event.type === 'mrcc-ready');
      if (!appCounts) return errors.length > 0 || (ready && seen >= 1);
      return errors.length > 0 || (events?.dataset.ready && seen >= 1 && Number(events.dataset.changes) === seen);
    }, appCounts, { timeout: 20_000 });
  } catch (error) {
    throw new Error(`${path}: the app never counted mrcc-ready and mrcc-change: ${JSON.stringify(await appState(page))}\n${error}`);
  }
  const state = await appState(page);
  assert.deepEqual(state.errors, [], `${path}: mrcc-error`);
  if (appCounts) {
    assert.equal(state.ready, 'en', `${path}: the app saw mrcc-ready`);
    assert.ok(state.changes >= 1, `${path}: the app saw mrcc-change`);
    assert.equal(state.changes, state.changesSeen, `${path}: every mrcc-change reached the app`);
  }

  // And their details, which bring the second stylesheet.
  await waitForWidgets(page).catch((error) => {
    throw new Error(`${path}: the widget's details never showed: ${JSON.stringify(problems)}\n${error}`);
  });
  // The module imported after the first render runs: the knowledge check is built (webpack and
  // Turbopack once replaced the widget's import() of it with a throw, silently).
  await page.waitForFunction(() => document.querySelector('mrcc-explorer').shadowRoot.querySelector('[data-mrcc-knowledge] h3'), null, { timeout: 10_000 })
    .catch((error) => {
      throw new Error(`${path}: the module loaded after the first render never ran: ${JSON.stringify(problems)}\n${error}`);
    });
  const widget = await page.evaluate(() => {
    const root = document.querySelector('mrcc-explorer').shadowRoot;
    const host = getComputedStyle(document.querySelector('mrcc-explorer'));
    const card = root.querySelector('.card');
    return {
      // Only the package's stylesheet gives these (a browser's default is `none`, `normal`, 0).
      contain: host.contain,
      containerType: host.containerType,
      cardBorderTop: card && getComputedStyle(card).borderTopWidth,
      links: [...root.querySelectorAll('link[rel=stylesheet]')].map((link) => ({
        href: link.href,
        rules: link.sheet ? link.sheet.cssRules.length : null,
      })),
    };
  });
  assert.equal(widget.contain, 'content', `${path}: styled by the package's stylesheet`);
  assert.equal(widget.containerType, 'inline-size', `${path}: styled by the package's stylesheet`);
  assert.ok(widget.cardBorderTop && widget.cardBorderTop !== '0px', `${path}: option cards styled (${widget.cardBorderTop})`);
  assert.ok(widget.links.length >= 2, `${path}: the first screen's and the details' stylesheets: ${JSON.stringify(widget.links)} ${JSON.stringify(problems)}`);
  for (const link of widget.links) {
    assert.ok(link.href.startsWith(`${env.origin}/`), `${path}: a file of the app, not ${link.href.slice(0, 60)}`);
    assert.ok(link.rules > 0, `${path}: ${link.href} is not empty`);
  }
  for (const response of stylesheets) {
    const body = await response.body().catch(() => null);
    if (body !== null) assert.ok(body.length > 0, `${path}: ${response.url()} is an empty stylesheet`);
  }
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], `${path}: CSP violations`);
  assert.deepEqual(problems, { console: [], uncaught: [] }, `${path}: console errors`);
  await context.close();
}

// What the app counted (#app-events) and what the page saw (tests/e2e/helpers.mjs records
// every mrcc-* event on the document).
const appState = (page) =>
  page.evaluate(() => {
    const events = document.querySelector('#app-events');
    return {
      ready: events?.dataset.ready ?? null,
      changes: Number(events?.dataset.changes ?? NaN),
      changesSeen: window.__mrccEvents.filter((event) => event.type === 'mrcc-change').length,
      errors: window.__mrccEvents.filter((event) => event.type === 'mrcc-error').map((event) => event.detail),
    };
  });
