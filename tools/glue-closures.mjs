// Patches wasm-bindgen's glue (pkg/mrcc-explorer-core.js) so that an error escaping one of the
// wasm's own callbacks (Yew's event listeners, its scheduled tasks) is reported to the element:
// a trap, or a browser exception that unwound through the wasm, leaves the core's state unknown
// (Yew's scheduler may stay locked), and such an error otherwise reaches only the page's `error`
// event, where it cannot be told from the host page's own errors (the security review of
// 2026-12-07, F1 and F8). Each closure call gets a `catch` that tells the listener set with
// `setClosureErrorListener` (src/element/loading.js), then rethrows. Fails if the glue no
// longer has the shape this expects, so that a wasm-bindgen upgrade cannot drop it silently.
//
// Usage: node tools/glue-closures.mjs pkg/mrcc-explorer-core.js

import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
const glue = readFileSync(file, 'utf8');
let count = 0;
const patched = glue.replace(/(try \{\n(\s*)return f\([^;]*\);\n\s*\}) finally \{/g, (_, tried, indent) => {
  count += 1;
  return `${tried} catch (error) {\n${indent}closureError(error);\n${indent}throw error;\n${indent.slice(4)}} finally {`;
});
if (count === 0) throw new Error(`${file}: no closure call found to patch (has wasm-bindgen's glue changed?)`);
writeFileSync(
  file,
  `${patched}
// Added by tools/glue-closures.mjs: told of any error that escapes a call of the wasm's callbacks.
let closureError = () => {};
export function setClosureErrorListener(listener) {
  closureError = listener;
}
`,
);
console.log(`glue-closures: ${file}: ${count} closure calls report their errors`);
