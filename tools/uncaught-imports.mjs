// Lists the browser calls the core wasm imports without `catch`, from wasm-bindgen's glue
// (pkg/mrcc-explorer-core.js, before tools/package.mjs bundles it), and fails on any not in the
// list below. An exception that unwinds through the wasm leaves Yew's scheduler locked for
// every instance on the page (the security review of 2026-12-07, F1): a call that can throw on
// what a dataset, an attribute or the page gives it is declared with `catch` instead (as
// src/core/ui/intl.rs and browser.rs do), and the element treats anything else that escapes as
// a panic (src/element/loading.js). Each entry says why the call cannot throw here.
//
// Usage: node tools/uncaught-imports.mjs pkg/mrcc-explorer-core.js

import { readFileSync } from 'node:fs';

const CANNOT_THROW = {
  // wasm-bindgen's own helpers: type tests, conversions and the explicit throw of a Rust error.
  wbindgen_boolean_get: 'a type test',
  wbindgen_debug_string: 'formats any value',
  wbindgen_is_function: 'a type test',
  wbindgen_is_undefined: 'a type test',
  wbindgen_jsval_eq: '===',
  wbindgen_string_get: 'a type test',
  wbindgen_throw: 'the throw of an unwrap_throw: a Rust bug, handled as a panic by the element',
  wbg_cb_unref: "a closure's own bookkeeping",
  instanceof_Element: 'instanceof, inside try',
  instanceof_HtmlElement: 'instanceof, inside try',
  instanceof_ShadowRoot: 'instanceof, inside try',
  instanceof_Uint8Array: 'instanceof, inside try',
  instanceof_Window: 'instanceof, inside try',
  static_accessor_GLOBAL_THIS: 'typeof guard',
  static_accessor_GLOBAL: 'typeof guard',
  static_accessor_SELF: 'typeof guard',
  static_accessor_WINDOW: 'typeof guard',
  // Yew's bookkeeping on its own nodes and listeners: expando properties and getters of nodes.
  cache_key: "a property of Yew's own on its nodes",
  listener_id: "a property of Yew's own",
  set_listener_id: "a property of Yew's own",
  subtree_id: "a property of Yew's own",
  set_subtree_id: "a property of Yew's own",
  set_cache_key: "a property of Yew's own",
  set_capture: 'a plain object Yew made (listener options)',
  set_passive: 'a plain object Yew made (listener options)',
  childNodes: 'a Node getter',
  lastChild: 'a Node getter',
  nextSibling: 'a Node getter',
  nextElementSibling: 'an Element getter',
  parentElement: 'a Node getter',
  parentNode: 'a Node getter',
  namespaceURI: 'an Element getter',
  getRootNode: 'a Node method without failure',
  host: 'a ShadowRoot getter',
  document: 'a Window getter',
  getAttribute: 'returns null for a missing attribute; names are literals in the code',
  set_nodeValue: 'a Text node: any string',
  createTextNode: 'any string',
  set_checked: 'an <input> Yew made: any boolean',
  set_value: 'an <input> or <select> Yew made: any string',
  value: 'an <input> or <select> getter',
  target: 'an Event getter',
  bubbles: 'an Event getter',
  cancelBubble: 'an Event getter',
  composedPath: 'an Event method without failure',
  preventDefault: 'an Event method without failure',
  scrollIntoView: 'no failure for a connected or disconnected element',
  set_textContent: 'an element of the shadow tree (the glossary status region): any string or null',
  textContent: 'a Node getter',
  // JavaScript built-ins on values the core made.
  from: 'Array.from of an array the core holds',
  get: 'an index into an array the core holds (the Reflect.get one is caught)',
  prototypesetcall: 'copies bytes into a Uint8Array of their length',
  resolve: 'Promise.resolve',
  of: 'Array.of',
  length: 'an array or string length',
  slice: 'Array.prototype.slice of an array',
  is: 'Object.is',
  then: 'Promise.prototype.then on a promise',
  queueMicrotask: 'takes the closure wasm-bindgen made',
  stack: 'the stack of an Error the panic hook made',
  new_0: 'new Date(): now',
  getDate: 'a Date getter',
  getFullYear: 'a Date getter',
  getMonth: 'a Date getter',
  format: 'the getter of a formatter made by a caught constructor (intl.rs)',
  select: 'PluralRules.select of a number',
  error: 'console.error',
  warn: 'console.warn',
  // `new Date(iso)` never throws (an invalid date is NaN); `new Error()`, `new Object()`.
  new: 'new Date(text), new Error() and new Object() never throw; the Intl constructors are caught (their own names)',
};

const glue = readFileSync(process.argv[2] ?? 'pkg/mrcc-explorer-core.js', 'utf8');
const imports = glue.slice(glue.indexOf('function __wbg_get_imports'));
// A caught import's body starts with `return handleError(`; only those that do not are listed.
const bodies = [...imports.matchAll(/\n {8}__wbg_([A-Za-z0-9_]+?)_[0-9a-f]{16}: function\([^)]*\) \{( return handleError\()?/g)];
if (bodies.length === 0) throw new Error('no imports found: has the glue changed shape?');
const unknown = bodies
  .filter(([, , caught]) => !caught)
  .map(([, name]) => name.replace(/^_+/, ''))
  .filter((name) => !Object.hasOwn(CANNOT_THROW, name));
// `new` covers several constructors: the Intl ones must be the caught declarations.
const uncaughtIntl = /\n {8}__wbg_new_[0-9a-f]{16}: function\([^)]*\) \{\n\s*const ret = new Intl\./.test(imports);
if (uncaughtIntl) unknown.push('new Intl.* (declare it with catch, as src/core/ui/intl.rs does)');
if (unknown.length) {
  console.error(`uncaught-imports: the core calls into the browser without catch: ${[...new Set(unknown)].join(', ')}`);
  console.error('Declare the import with `catch` and handle the error, or add it to CANNOT_THROW with the reason (tools/uncaught-imports.mjs).');
  process.exit(1);
}
console.log(`uncaught-imports: ${bodies.length} imports, ${bodies.filter(([, , c]) => c).length} caught, the rest on the list`);
