// Trims from wasm-bindgen's glue (pkg/mrcc-explorer-core.js) the branches of its init function
// that the element never takes, so that their text is not part of every page's start-up
// transfer. src/element/loading.js always calls `init({ module_or_path })` with a promise of a
// `Response` (its integrity-checked fetch), so these go:
//   - the warning for the deprecated positional parameters;
//   - the default URL of the wasm when none is given;
//   - fetching a string, `Request` or `URL` given instead of a response;
//   - instantiating bytes or a `WebAssembly.Module` given instead of a response.
// About 0.15 KB brotli, found to pay for overlays' code (issue 29). Each pattern must be found,
// so that a wasm-bindgen upgrade that changes the glue stops the build instead of shipping an
// untrimmed or broken init.
//
// Usage: node tools/glue-trim.mjs pkg/mrcc-explorer-core.js

import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
let glue = readFileSync(file, 'utf8');
const trims = [
  [
    'the deprecated-parameters warning',
    /if \(Object\.getPrototypeOf\(module_or_path\) === Object\.prototype\) \{\n\s*\(\{module_or_path\} = module_or_path\)\n\s*\} else \{\n\s*console\.warn\('using deprecated parameters for the initialization function; pass a single object instead'\)\n\s*\}/,
    '({module_or_path} = module_or_path);',
  ],
  [
    'the default URL',
    /\n\s*if \(module_or_path === undefined\) \{\n\s*module_or_path = new URL\('[\w.-]+_bg\.wasm', import\.meta\.url\);\n\s*\}/,
    '',
  ],
  [
    'fetching a string, Request or URL',
    /\n\s*if \(typeof module_or_path === 'string' \|\| \(typeof Request === 'function' && module_or_path instanceof Request\) \|\| \(typeof URL === 'function' && module_or_path instanceof URL\)\) \{\n\s*module_or_path = fetch\(module_or_path\);\n\s*\}/,
    '',
  ],
  [
    'instantiating what is not a response',
    /\} else \{\n\s*const instance = await WebAssembly\.instantiate\(module, imports\);\n\s*\n\s*if \(instance instanceof WebAssembly\.Instance\) \{\n\s*return \{ instance, module \};\n\s*\} else \{\n\s*return instance;\n\s*\}\n\s*\}/,
    '}',
  ],
];
for (const [what, pattern, replacement] of trims) {
  if (!pattern.test(glue)) throw new Error(`${file}: ${what}: not found in the glue (has wasm-bindgen's glue changed?)`);
  glue = glue.replace(pattern, replacement);
}
writeFileSync(file, glue);
console.log(`glue-trim: ${file}: ${trims.map(([what]) => what).join('; ')}: removed`);
