// SvelteKit (adapter-node), built by make test-frameworks and served by node build/index.js:
// the module imported in onMount (typings by a type-only import), and the package's own static
// import, which the server runs and which does nothing there; Svelte 5's onmrcc-* attributes.
import { test } from 'node:test';
import { checkServerHtml, checkWidget, useAppAndBrowser } from './helpers.mjs';

const env = useAppAndBrowser('sveltekit', 'node');

test('SvelteKit: the element in the server HTML, the module imported in onMount', async () => {
  await checkServerHtml(env, '/');
  await checkWidget(env, '/');
});

// The element may start before hydration attaches Svelte's onmrcc-* attributes (it did in one
// run of three here): why the recipe imports in onMount. Here: safe on the server, and styled.
test('SvelteKit: a static import of mrcc-explorer/svelte, run by the server too', async () => {
  await checkServerHtml(env, '/static-import');
  await checkWidget(env, '/static-import', { appCounts: false });
});
