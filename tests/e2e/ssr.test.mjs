// Server rendering imports the package in Node (Next.js, Astro, SvelteKit): importing any entry
// point there must do nothing and throw nothing; the element is defined in the browser only.
// (Issue 28, item 1; the security fixes of issue 27 had added a listener on the page at import.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '../../pkg');

test('every entry point imports in Node without a DOM, and defines nothing there', async () => {
  assert.equal(globalThis.HTMLElement, undefined, 'a plain Node, as on a server');
  for (const entry of ['mrcc-explorer.js', 'define.js', 'react.js', 'vue.js', 'svelte.js', 'mrcc-explorer-parent.js']) {
    await import(pathToFileURL(join(pkg, entry)).href);
  }
  const { define, MrccExplorerElement } = await import(pathToFileURL(join(pkg, 'define.js')).href);
  assert.equal(define('hospital-explorer'), undefined);
  assert.equal(typeof MrccExplorerElement, 'function');
});
