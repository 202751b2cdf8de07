// Server rendering imports the package in Node (Next.js, Astro, SvelteKit): importing any entry
// point there must do nothing and throw nothing; the element is defined in the browser only.
// (Issue 28, item 1; the security fixes of issue 27 had added a listener on the page at import.)
// The real frameworks, built and served: tests/frameworks (make test-frameworks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '../../pkg');
const load = (file) => import(pathToFileURL(join(pkg, file)).href);

test('every entry point imports in Node without a DOM, and defines nothing there', async () => {
  assert.equal(globalThis.HTMLElement, undefined, 'a plain Node, as on a server');
  for (const entry of ['mrcc-explorer.js', 'define.js', 'react.js', 'vue.js', 'svelte.js', 'mrcc-explorer-parent.js', 'server.js']) {
    await load(entry);
  }
  const { define, MrccExplorerElement } = await load('define.js');
  assert.equal(define('hospital-explorer'), undefined);
  assert.equal(typeof MrccExplorerElement, 'function');
});

// React server components resolve with the "react-server" condition: there each entry point is
// src/element/server.js, which loads nothing (Turbopack refuses the widget's stylesheets in a
// server component) and has the same public names.
test('under "react-server", each entry point is the no-op one, with the same names', async () => {
  const { exports } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const diagnostics = ['mountedCount', 'memoryBytes']; // not part of the API (src/element/mrcc-explorer.js)
  const entries = Object.entries(exports).filter(([, target]) => target['react-server']);
  assert.deepEqual(entries.map(([name]) => name), ['.', './define', './react', './vue', './svelte']);
  for (const [name, target] of entries) {
    assert.deepEqual(Object.keys(target)[0], 'types', `${name}: "types" first`);
    assert.equal(target['react-server'], './server.js', name);
    const names = Object.keys(await load(target.default)).filter((key) => !diagnostics.includes(key));
    assert.deepEqual(Object.keys(await load('server.js')).sort(), names.sort(), name);
  }
  const server = await load('server.js');
  assert.equal(server.define('hospital-explorer'), undefined);
  assert.doesNotThrow(() => new server.MrccExplorerElement());
  const code = readFileSync(join(pkg, 'server.js'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  assert.doesNotMatch(code, /\bimport\b|new URL/, 'loads nothing');
});
