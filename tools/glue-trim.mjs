// Trims from wasm-bindgen's glue (pkg/mrcc-explorer-core.js) a branch the element never takes,
// so that its text is not part of every page's start-up transfer: the warning for the init
// function's deprecated positional parameters (src/element/loading.js always passes one object,
// `{ module_or_path }`). 61 bytes brotli, found to pay for overlays' code (issue 29). Fails if
// the glue no longer has the shape this expects, so that a wasm-bindgen upgrade is noticed.
//
// Usage: node tools/glue-trim.mjs pkg/mrcc-explorer-core.js

import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
const glue = readFileSync(file, 'utf8');
const deprecated =
  /if \(Object\.getPrototypeOf\(module_or_path\) === Object\.prototype\) \{\n\s*\(\{module_or_path\} = module_or_path\)\n\s*\} else \{\n\s*console\.warn\('using deprecated parameters for the initialization function; pass a single object instead'\)\n\s*\}/;
if (!deprecated.test(glue)) throw new Error(`${file}: the init function's parameter check was not found (has wasm-bindgen's glue changed?)`);
writeFileSync(file, glue.replace(deprecated, '({module_or_path} = module_or_path);'));
console.log(`glue-trim: ${file}: the deprecated-parameters warning removed`);
