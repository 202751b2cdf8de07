// A fake of the core's wasm-bindgen module, for the element's unit tests: the element's own
// modules (src/element/) import './mrcc-explorer-core.js', which the test server answers with
// this file. It records every call in `globalThis.fakeCore.calls`; the test sets `initDelay`,
// `failInit`, `failMounts`, `detailsComplete`, `trapOnDescribe` and `foreignOnMount` /
// `foreignOnUpdate` there before the element connects (or before the change).

import { CORE_CONFIG } from './contract.js';

const fake = (globalThis.fakeCore ??= {});
fake.calls ??= [];
fake.initDelay ??= 0;
fake.failMounts ??= 0;
fake.detailsComplete ??= true;
fake.detailsStyled = [];
fake.nextId ??= 1;
fake.apps = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export default async function init() {
  fake.calls.push(['init']);
  await sleep(fake.initDelay);
  if (fake.failInit) throw new Error('fake: no wasm');
  return {};
}

export function setPanicListener(listener) {
  fake.panic = listener;
}

// What tools/glue-closures.mjs adds to the real glue: told of an error escaping one of the
// wasm's own callbacks (a listener of Yew's). The tests call `fakeCore.closureError(error)`.
export function setClosureErrorListener(listener) {
  fake.closureError = listener;
}

export function provideBuiltIn(language) {
  fake.calls.push(['provideBuiltIn', language]);
}

export function provideDetails(language) {
  fake.calls.push(['provideDetails', language]);
  return fake.detailsComplete;
}

// The configuration comes as typed values in the contract's order, for the next mount or update
// (src/core/embed/config.rs).
let next = {};
export function configure(...values) {
  next = Object.fromEntries(CORE_CONFIG.map((name, index) => [name, values[index]]));
}
const configOf = () => {
  const config = next;
  next = {};
  return config;
};

// Like the real core: renders into `root` and reports the first render (mrcc-change) before
// it returns, and reports each change of the situation from inside update().
export function mount(root, notify) {
  const config = configOf();
  fake.calls.push(['mount', config]);
  // A browser exception that unwinds through the wasm, as Intl's RangeError on a language tag
  // it refuses did (the security review of 2026-12-07, F1).
  if (fake.foreignOnMount) throw new RangeError('Invalid language tag: vi-x');
  if (fake.failMounts > 0) {
    fake.failMounts -= 1;
    throw { code: 'invalid-data', message: 'fake: bad data' };
  }
  const id = fake.nextId++;
  fake.apps.set(id, { root, notify, situation: config.situation ?? '' });
  root.textContent = `app ${id}: ${config.situation ?? ''}`;
  notify(JSON.stringify({ situation: config.situation ?? '', results: [] }));
  return id;
}

export function update(id) {
  const config = configOf();
  fake.calls.push(['update', id, config]);
  if (fake.foreignOnUpdate) throw new TypeError("Cannot read properties of undefined (reading 'writeText')");
  const app = fake.apps.get(id);
  // Whether the details' stylesheet applied in the app's shadow root when the core was called.
  if (app && config.reloadDataset) {
    const links = [...app.root.getRootNode().querySelectorAll('link')];
    fake.detailsStyled.push(links.some((link) => link.href.endsWith('/mrcc-explorer-details.css') && link.sheet));
  }
  if (!app) return;
  app.root.textContent = `app ${id}: ${config.situation ?? ''}`;
  if ((config.situation ?? '') !== app.situation) {
    app.situation = config.situation ?? '';
    app.notify(JSON.stringify({ situation: app.situation, results: [] }));
  }
}

export function unmount(id) {
  fake.calls.push(['unmount', id]);
  fake.apps.delete(id);
}

export function describe(id) {
  if (fake.trapOnDescribe) throw new WebAssembly.RuntimeError('Out of bounds table access');
  return { version: 'fake', language: 'en', reviewed: '', optionCount: fake.apps.has(id) ? 10 : 0 };
}

// The share module's calls (src/core/embed/mod.rs): a fake app has no answers to share.
export const resume = () => {};
export const text = (id, key) => (key.startsWith('@') ? '' : key);
