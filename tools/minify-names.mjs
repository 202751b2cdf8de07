// Shortens the names that join a wasm module and its wasm-bindgen glue. wasm-bindgen names each
// import after its function plus a 16-digit hash (`__wbg_setAttribute_2b3c...`) under the
// module `./<name>_bg.js`, and the glue calls exports by their Rust names: about 110 names that
// both files carry, the hashes incompressible. wasm-opt renames them all to one or two letters
// and prints the mapping; this script applies it to the glue (the import object's keys, its
// module name, and every `wasm.<export>`), then checks that no old name is left.
//
// Usage: node tools/minify-names.mjs <wasm-opt> <file_bg.wasm> <glue.js>

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmOpt, wasmFile, glueFile] = process.argv.slice(2);
const before = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmFile)));
const mapping = JSON.parse(
  execFileSync(wasmOpt, ['--minify-imports-and-exports-and-modules', ...(process.env.WASM_OPT_KEEP_NAMES ? ['-g'] : []), wasmFile, '-o', wasmFile], { encoding: 'utf8' }),
);
const after = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmFile)));

const fail = (message) => {
  throw new Error(`minify-names: ${glueFile}: ${message}`);
};
const modules = new Set(before.map((i) => i.module));
const newModules = new Set(after.map((i) => i.module));
if (modules.size !== 1 || newModules.size !== 1) fail(`expected one import module, got ${[...modules]} -> ${[...newModules]}`);
const [module] = modules;
const [newModule] = newModules;

const escape = (name) => name.replace(/[$]/g, '\\$&');
let glue = readFileSync(glueFile, 'utf8');
const replace = (pattern, replacement, what) => {
  const next = glue.replace(pattern, replacement);
  if (next === glue) fail(`${what} not found`);
  glue = next;
};
replace(JSON.stringify(module) + ':', JSON.stringify(newModule) + ':', `the import module ${module}`);
for (const [, name, short] of mapping.imports) {
  replace(new RegExp(`(?<![\\w$])${escape(name)}(?=\\s*:)`, 'g'), short, `the import ${name}`);
}
for (const [name, short] of mapping.exports) {
  const pattern = new RegExp(`\\bwasm\\.${escape(name)}(?![\\w$])`, 'g');
  // Exports the glue never calls (wasm-bindgen's abort hooks) need no rename.
  if (pattern.test(glue)) glue = glue.replace(pattern, `wasm.${short}`);
}
for (const [, name] of mapping.imports) if (glue.includes(name + ':')) fail(`the import ${name} is left`);
for (const [name] of mapping.exports) if (new RegExp(`\\bwasm\\.${escape(name)}(?![\\w$])`).test(glue)) fail(`the export ${name} is left`);
writeFileSync(glueFile, glue);
console.log(`minify-names: ${wasmFile}: ${mapping.imports.length} imports, ${mapping.exports.length} exports renamed`);
