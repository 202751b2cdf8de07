// Astro (output: 'server', @astrojs/node), built by make test-frameworks and served by
// node dist/server/entry.mjs: the module imported in a <script>, the Vite option that keeps the
// package's small stylesheets files (no data: URL), and an import in the frontmatter (the
// server) that does nothing and throws nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkServerHtml, checkWidget, useAppAndBrowser } from './helpers.mjs';

const env = useAppAndBrowser('astro', 'node');

test('Astro: the element in the server HTML, the module in a <script>', async () => {
  await checkServerHtml(env, '/');
  await checkWidget(env, '/');
});

test('Astro: the package imported in the frontmatter: nothing happens, nothing throws', async () => {
  const html = await checkServerHtml(env, '/frontmatter', { fallback: false });
  assert.match(html, /define: undefined; followHeight: function/);
});
