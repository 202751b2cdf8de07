// End-to-end: the release tarball installed into a Vite + React 19 + TypeScript app (make
// test-app installs, type-checks and builds it), served under a strict CSP and driven in
// Chromium: mrcc-change reaches React through its `onmrcc-change` prop and through
// addEventListener, and a click inside the widget's shadow root updates React's state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage } from '../e2e/helpers.mjs';

const env = useServerAndBrowser();

const reactState = (page) =>
  page.locator('#react-state').evaluate((output) => ({ text: output.textContent, ...output.dataset }));

test('the widget in a Vite + React app: events reach React, clicks in the shadow root update it', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/strict/app/index.html`);
  await page.waitForFunction(() => document.querySelector('#react-state').dataset.changes >= 1);
  let state = await reactState(page);
  assert.equal(state.language, 'en');
  assert.match(state.text, /^situation: histology=clear-cell; often used: \S/);
  const first = Number(state.changes);

  await page.locator('mrcc-explorer #choice-risk-poor').click();
  await page.waitForFunction((n) => document.querySelector('#react-state').dataset.changes > n, first);
  state = await reactState(page);
  assert.match(state.text, /^situation: histology=clear-cell&risk=poor;/);
  // Both channels saw every change.
  assert.equal(state.listened, state.changes);

  // Everything came from the app's own origin: the wasm and content were emitted by Vite.
  const requests = env.server.requests.filter((url) => url.startsWith('/strict/app/'));
  assert.ok(requests.some((url) => /\/assets\/mrcc-explorer-core_bg-[\w-]+\.wasm$/.test(url)), requests.join('\n'));
  assert.ok(requests.some((url) => /\/assets\/mrcc-explorer-en-[\w-]+\.bin$/.test(url)), requests.join('\n'));
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, { console: [], uncaught: [] });
  await context.close();
});
