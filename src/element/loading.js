// Everything the elements of a page load, once per page and shared: the core wasm, the
// built-in content's packs, and the validator module for a host's own dataset. Also the page's
// one panic: after it, nothing calls into the core again.

import init, { setPanicListener, setClosureErrorListener, provideBuiltIn, provideDetails } from './mrcc-explorer-core.js';
import { BUILT_IN, MAX_DATASET_BYTES } from './contract.js';
import { WidgetError } from './messages.js';
import { fetchChecked, importChecked } from './integrity.js';

// One wasm instance for every element on the page, loaded when the first one connects.
let wasm = null;
let memory = null;
export function loadWasm() {
  wasm ??= init({ module_or_path: fetchChecked(new URL('./mrcc-explorer-core_bg.wasm', import.meta.url)) }).then((exports) => {
    setPanicListener(onPanic);
    // Errors that escape the wasm's own callbacks (its event listeners): tools/glue-closures.mjs.
    setClosureErrorListener((error) => onPanic(String(error)));
    memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory) ?? null;
    return exports;
  });
  return wasm.catch((cause) => {
    throw new WidgetError('wasm-unavailable', String(cause));
  });
}

/** Bytes of wasm memory the page's widgets use (0 before the wasm loads): for tests and the benchmark. */
export const memoryBytes = () => memory?.buffer.byteLength ?? 0;

// A panic stops the wasm for every instance: each shows its fallback and tells the host.
// `live` maps each mounted element to what it does then.
export const live = new Map();
let panicMessage = null;
/** The panic's message once the core has panicked, else null. */
export const panicked = () => panicMessage;
function onPanic(message) {
  if (panicMessage) return;
  panicMessage = message;
  for (const afterPanic of [...live.values()]) afterPanic();
  live.clear();
}

/**
 * Calls into the core. What the core throws on purpose is its own `{ code, message }` (a
 * dataset it refuses), passed on. Anything else (a trap, such as WebKit 2.38's intermittent
 * "Out of bounds table access", or a browser exception that unwound through the wasm, such as
 * `Intl`'s RangeError in the security review of 2026-12-07) leaves the core's state unknown
 * (Yew's scheduler may stay locked, so other instances would silently show stale fits): every
 * instance goes to its fallback as after a panic, and this throws the `internal-error`.
 */
export function core(call) {
  if (panicMessage) throw new WidgetError('internal-error', panicMessage); // never into a stopped core
  try {
    return call();
  } catch (error) {
    if (error?.constructor === Object && typeof error.code === 'string') throw error;
    onPanic(String(error));
    throw new WidgetError('internal-error', panicMessage);
  }
}

// Fetched as the wasm is (same credentials mode and integrity), so that a host's preload link
// is used.
async function fetchBytes(url) {
  const response = await fetchChecked(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// One load per page and key, shared by every element; forgotten when it fails, so that a later
// element may try again.
function once(cache, key, load) {
  let loading = cache.get(key);
  if (!loading) {
    loading = load().catch((error) => {
      cache.delete(key);
      throw error;
    });
    cache.set(key, loading);
  }
  return loading;
}

// The built-in content, packed when the package was built, in two parts: what the first screen
// needs, fetched while the wasm loads; and each option's full text and the sources, fetched
// after the first render (src/model/split.rs). Only the languages the page shows are fetched.
const starts = new Map();
export function loadBuiltIn(language) {
  const url = BUILT_IN[language].start;
  return once(starts, language, () =>
    fetchBytes(url)
      .catch((cause) => {
        throw new WidgetError('data-unavailable', `${url}: ${cause}`);
      })
      .then(async (bytes) => {
        // If the wasm cannot load, the element reports that, with its own code.
        if (await loadWasm().then(() => true, () => false)) core(() => provideBuiltIn(language, bytes));
      }),
  );
}

// Resolves to true once the language's dataset is whole. Failing leaves the first screen as it
// is: each closed option says its details are loading and to reload if that stays.
const details = new Map();
const whole = new Set(); // languages whose built-in dataset is complete in the wasm
export const isWhole = (language) => whole.has(language);
export function loadDetails(language) {
  const url = BUILT_IN[language].details;
  const load = () =>
    fetchBytes(url).then(
      (bytes) => {
        if (!panicMessage && core(() => provideDetails(language, bytes))) whole.add(language);
      },
      (cause) => {
        console.warn(`mrcc-explorer: ${url}: ${cause}`);
        throw cause;
      },
    );
  return once(details, language, load).then(() => whole.has(language), () => false);
}

/**
 * The text of a host's own dataset, from `data-src`, else from an inline
 * `<script type="application/json">` child; null (at once, not a promise) for the built-in
 * content, so that the caller can start fetching that in the same task.
 */
export function readHostDataset(element) {
  const src = element.getAttribute('data-src');
  if (src) return fetchHostDataset(src);
  const inline = element.querySelector(':scope > script[type="application/json"]');
  return inline ? Promise.resolve(inline.textContent) : null;
}

async function fetchHostDataset(src) {
  let response;
  try {
    // No cookies: the content is public, and the widget sends nothing about the reader.
    response = await fetch(new URL(src, document.baseURI), { credentials: 'omit' });
  } catch (cause) {
    throw new WidgetError('data-unavailable', `${src}: ${cause}`);
  }
  if (!response.ok) throw new WidgetError('data-unavailable', `${src}: HTTP ${response.status}`);
  return response.text();
}

// A host's own dataset, or its overlay on the built-in content, is checked and packed by the
// validator module, a second wasm that only pages with their own dataset load. Its errors name
// each JSON path, as the editors' CLI does.
let validator = null;
export async function packHostDataset(text) {
  // Each character is at least one byte: longer is too long, refused before it is copied into
  // the wasm. The validator words it as it would.
  if (text.length > MAX_DATASET_BYTES) {
    throw new WidgetError('invalid-data', `error: dataset: expected at most ${MAX_DATASET_BYTES} bytes of JSON text`);
  }
  validator ??= importChecked(new URL('./mrcc-explorer-validator.js', import.meta.url)).then(async (module) => {
    await module.default({ module_or_path: fetchChecked(new URL('./mrcc-explorer-validator_bg.wasm', import.meta.url)) });
    return module;
  });
  let module;
  try {
    module = await validator;
  } catch (cause) {
    validator = null; // a later element may try again
    throw new WidgetError('wasm-unavailable', String(cause));
  }
  const pack = (...packs) => {
    try {
      return module.packDataset(text, ...packs);
    } catch (error) {
      // A trap would mean a bug in the validator, not in the data.
      const code = error instanceof WebAssembly.RuntimeError ? 'start-failed' : 'invalid-data';
      throw new WidgetError(code, String(error?.message ?? error));
    }
  };
  const packed = pack();
  // An overlay (content/README.md, "Local additions"): the validator names the language of the
  // built-in content it applies to, whose two packs are fetched as the built-in content is.
  if (typeof packed != 'string') return packed;
  const base = BUILT_IN[packed];
  return pack(
    ...(await Promise.all([base.start, base.details].map(fetchBytes)).catch((cause) => {
      throw new WidgetError('data-unavailable', String(cause));
    })),
  );
}
