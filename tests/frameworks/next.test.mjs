// Next.js (App Router, server rendering), built with Turbopack and with webpack (make
// test-frameworks) and served by `next start`: the widget in a client component and in a server
// component with a client loader, styled, its events in React through a ref (react#35446: no
// `onmrcc-*` props under hydration); the package imported by server components (the
// "react-server" entry) and by a client component rendered on the server, doing nothing there.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkServerHtml, checkWidget, openPage, useAppAndBrowser } from './helpers.mjs';

for (const bundler of ['turbopack', 'webpack']) {
  describe(`Next.js, next build${bundler === 'webpack' ? ' --webpack' : ''}`, () => {
    const env = useAppAndBrowser('next', bundler);

    test('a client component imports the package: rendered on the server, then the widget in the browser', async () => {
      await checkServerHtml(env, '/client');
      await checkWidget(env, '/client');
    });

    test('a server component renders the element, a client loader imports the module', async () => {
      await checkServerHtml(env, '/server');
      await checkWidget(env, '/server');
    });

    test('a server component imports every entry point: nothing happens, nothing throws', async () => {
      const html = await checkServerHtml(env, '/server-import', { fallback: false });
      assert.match(html, /define: (<!-- -->)?undefined(<!-- -->)?; followHeight: (<!-- -->)?function/);
      assert.match(html, /<span id="client-import">imported<\/span>/);
    });

    test('an empty stylesheet is refused: the fallback and mrcc-error, never an unstyled widget', async () => {
      // What webpack makes of the package's .css without docs/frameworks.md's rule: 0-byte files.
      const { page, context } = await openPage(env.browser, null);
      await page.route(/\/mrcc-explorer[^/]*\.css$/, (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '' }));
      await page.goto(`${env.origin}/client`);
      await page.waitForFunction(() => window.__mrccEvents.some((event) => event.type === 'mrcc-error'), null, { timeout: 20_000 });
      const seen = await page.evaluate(() => ({
        events: window.__mrccEvents.map(({ type, detail }) => ({ type, code: detail.code, message: detail.message })),
        alert: document.querySelector('mrcc-explorer').shadowRoot.querySelector('[role=alert]')?.textContent,
        fallbackShown: !!document.querySelector('mrcc-explorer').shadowRoot.querySelector('slot'),
      }));
      assert.deepEqual(seen.events.map(({ type, code }) => [type, code]), [['mrcc-error', 'start-failed']]);
      assert.match(seen.events[0].message, /is empty/);
      assert.ok(seen.alert && seen.fallbackShown, JSON.stringify(seen));
      await context.close();
    });
  });
}
