// The <mrcc-explorer> element class. Registration lives in define.js.
//
// Light-DOM children are the no-JS fallback: a <slot> shows them until the Yew app has
// rendered, and again if the widget cannot start (wasm blocked by CSP, network error, invalid
// content), together with a short message.

import init, { mount, update, unmount, describe, setPanicListener, provideBuiltIn, provideDetails } from './mrcc-explorer-core.js';

// One wasm instance for every element on the page, loaded when the first one connects.
let wasm = null;
function loadWasm() {
  wasm ??= init({ module_or_path: new URL('./mrcc-explorer-core_bg.wasm', import.meta.url) }).then((exports) => {
    setPanicListener(onPanic);
    return exports;
  });
  return wasm;
}

// The built-in content, packed when the package was built, in two parts: what the first screen
// needs, fetched once per page and language while the wasm loads; and each option's full text
// and the sources, fetched after the first render (see content/split.rs). Only the languages the
// page shows are fetched.
const BUILT_IN = {
  en: { start: new URL('./mrcc-explorer-en.bin', import.meta.url), details: new URL('./mrcc-explorer-en-details.bin', import.meta.url) },
  es: { start: new URL('./mrcc-explorer-es.bin', import.meta.url), details: new URL('./mrcc-explorer-es-details.bin', import.meta.url) },
};
// Fetched as the wasm is (same credentials mode), so that a host's preload link is used.
async function fetchBytes(url) {
  const response = await fetch(url);
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
const builtIn = new Map();
function loadBuiltIn(language) {
  const url = BUILT_IN[language].start;
  return once(builtIn, language, () =>
    fetchBytes(url)
      .catch((cause) => {
        throw new WidgetError('data-unavailable', `${url}: ${cause}`);
      })
      .then(async (bytes) => {
        // If the wasm cannot load, the element reports that, with its own code.
        if (await loadWasm().then(() => true, () => false)) provideBuiltIn(language, bytes);
      }),
  );
}
// Resolves to true once the language's dataset is whole. Failing leaves the first screen as it
// is: each closed option says its details are loading and to reload if that stays.
const details = new Map();
const whole = new Set(); // languages whose built-in dataset is complete in the wasm
function loadDetails(language) {
  const url = BUILT_IN[language].details;
  const load = () =>
    fetchBytes(url).then(
      (bytes) => {
        if (!panicked && provideDetails(language, bytes)) whole.add(language);
      },
      (cause) => {
        console.warn(`mrcc-explorer: ${url}: ${cause}`);
        throw cause;
      },
    );
  return once(details, language, load).then(() => whole.has(language), () => false);
}

// A host's own dataset is checked and packed by the validator module, a second wasm that only
// pages with their own dataset load. Its errors name each JSON path, as the editors' CLI does.
let validator = null;
async function packHostDataset(text) {
  validator ??= import('./mrcc-explorer-validator.js').then(async (module) => {
    await module.default({ module_or_path: new URL('./mrcc-explorer-validator_bg.wasm', import.meta.url) });
    return module;
  });
  let module;
  try {
    module = await validator;
  } catch (cause) {
    validator = null; // a later element may try again
    throw new WidgetError('wasm-unavailable', String(cause));
  }
  try {
    return module.packDataset(text);
  } catch (error) {
    // A trap would mean a bug in the validator, not in the data.
    const code = error instanceof WebAssembly.RuntimeError ? 'start-failed' : 'invalid-data';
    throw new WidgetError(code, String(error?.message ?? error));
  }
}

// A panic stops the wasm for every instance: each shows its fallback and tells the host.
// After it, nothing calls into the wasm again. `live` maps each mounted element to its handler.
const live = new Map();
let panicked = null;
function onPanic(message) {
  panicked = message;
  for (const afterPanic of [...live.values()]) afterPanic();
  live.clear();
}

// The height of the page's content: the lowest bottom edge among the body's children, and what
// follows it. Not documentElement.scrollHeight, which inside a frame is never less than the frame
// itself: the frame could grow but never shrink back.
function contentHeight() {
  const px = (value) => parseFloat(value) || 0;
  let bottom = 0;
  for (const child of document.body.children) {
    const style = getComputedStyle(child);
    if (style.display === 'none' || style.position === 'fixed') continue;
    bottom = Math.max(bottom, child.getBoundingClientRect().bottom + px(style.marginBottom));
  }
  const body = getComputedStyle(document.body);
  return Math.ceil(bottom + window.scrollY + px(body.paddingBottom) + px(body.borderBottomWidth) + px(body.marginBottom));
}

let summaryEntries = 0; // numbers the history entries that shown summaries add

// Attributes, and the properties that reflect them.
const PROPERTIES = {
  'appointment-url': 'appointmentUrl',
  'support-url': 'supportUrl',
  'data-src': 'dataSrc',
  situation: 'situation',
  'resize-parent': 'resizeParent',
};
const ATTRIBUTES = [...Object.keys(PROPERTIES), 'lang'];

// What the reader sees when the widget cannot start (the wasm may be missing, so these live
// here, per language); the details go to the console and the mrcc-error event.
const MESSAGES = {
  en: {
    'wasm-unavailable': 'The treatment options explorer could not be loaded.',
    'data-unavailable': 'The treatment information could not be loaded.',
    'invalid-data': 'The treatment information has errors, so it is not shown.',
    'start-failed': 'The treatment options explorer could not start.',
    'internal-error': 'The treatment options explorer stopped working. Please reload the page.',
  },
  es: {
    'wasm-unavailable': 'No se pudo cargar el explorador de opciones de tratamiento.',
    'data-unavailable': 'No se pudo cargar la información sobre los tratamientos.',
    'invalid-data': 'La información sobre los tratamientos tiene errores, así que no se muestra.',
    'start-failed': 'No se pudo iniciar el explorador de opciones de tratamiento.',
    'internal-error': 'El explorador de opciones de tratamiento dejó de funcionar. Vuelva a cargar la página.',
  },
};

// The summary's "Download" button (data-mrcc-download, the file name) saves the summary as
// shown as a plain-text file: headings underlined, lists as "- " or "1. ", each compared
// option's rows under its name, and the address of every link. What is not printed is left out.
function summaryText(section) {
  const lines = (element) =>
    (element?.innerText ?? '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const withLinks = (element) => {
    const text = lines(element);
    for (const { href } of element.querySelectorAll('a[href]')) {
      if (!text.join(' ').includes(href)) text.push(href);
    }
    return text;
  };
  const out = [];
  for (const element of section.children) {
    if (element.matches('.no-print')) continue;
    const tag = element.localName;
    if (tag === 'h3' || tag === 'h4') {
      const title = lines(element).join(' ');
      out.push('', title, '='.repeat(title.length));
    } else if (tag === 'dl') {
      const between = element.matches('.answers') ? ' ' : ': ';
      for (const term of element.querySelectorAll('dt')) {
        out.push(`- ${lines(term).join(' ')}${between}${lines(term.nextElementSibling).join(' ')}`);
      }
    } else if (tag === 'ul' || tag === 'ol') {
      [...element.children].forEach((item, i) => {
        const [first, ...rest] = withLinks(item);
        out.push(`${tag === 'ol' ? `${i + 1}.` : '-'} ${first}`, ...rest.map((line) => `  ${line}`));
      });
    } else if (tag === 'table') {
      const names = [...element.querySelectorAll('thead th')].map((th) => lines(th).join(' '));
      names.forEach((name, column) => {
        out.push(name);
        for (const row of element.querySelectorAll('tbody tr')) {
          out.push(`  ${lines(row.cells[0]).join(' ')}: ${lines(row.cells[column + 1]).join(' ')}`);
        }
      });
    } else {
      out.push(...withLinks(element));
    }
  }
  return out.join('\n').trim() + '\n';
}

function download(fileName, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

class WidgetError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** `lang` of the element, else of its nearest ancestor, else of the document; `es*` → `es`. */
function resolveLanguage(element) {
  const tag = (element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en').toLowerCase();
  return tag.split('-')[0] === 'es' ? 'es' : 'en';
}

/**
 * @attr appointment-url - the hospital's appointment page (http, https, mailto, tel)
 * @attr support-url - the hospital's support group page
 * @attr data-src - URL of a dataset to show instead of the built-in one
 * @attr situation - answers to start with, e.g. `histology=clear-cell&risk=favorable`
 * @attr resize-parent - in an iframe: the parent's origin, to post the widget's height to
 * @attr lang - `en` or `es`; else the nearest ancestor's `lang`, then the document's
 * @fires mrcc-ready - `{ version, language, reviewed, optionCount }`, once rendered
 * @fires mrcc-change - `{ situation, results: [{ id, fit, reasons }] }` after the first render and each change
 * @fires mrcc-error - `{ code, message }` when the widget cannot start
 */
export class MrccExplorerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  /**
   * How long (ms) a removed element keeps its app before it is destroyed. Yew never frees the
   * event listeners of a destroyed app (about 11 KB of wasm memory each time), so an element
   * that a CMS or single-page app removes and re-adds within this time keeps its app, its
   * state and its memory instead of being rebuilt.
   */
  static destroyDelay = 2000;

  #appId = null;
  #mountPoint = null;
  #fallback;
  #error = null;
  #starting = false;
  #updateQueued = false;
  #startQueued = false;
  #datasetKey = null; // the data-src or language the current dataset came from
  #results = null;
  #ready = false;
  #resizeObserver = null;
  #destroyTimer = null;
  #changedWhileStarting = false;
  #waitingForDetails = null; // the built-in language whose details this app has yet to show
  #detailsAfterFirstRender = false;
  #reloadDataset = false;
  #updates = Promise.resolve(); // updates run one after another, in order

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    this.#fallback = document.createElement('slot');
    shadow.append(this.#fallback);
    shadow.addEventListener('click', (event) => {
      const button = event.target.closest?.('[data-mrcc-download]');
      const section = button?.closest('.summary-page');
      if (section) download(button.dataset.mrccDownload, summaryText(section));
    });
    new MutationObserver(() => this.#summaryChanged()).observe(this, { attributeFilter: ['data-mrcc-summary'] });
  }

  // The browser's Back (a phone's Back gesture) while the summary is shown returns to the
  // explorer instead of leaving the page and the reader's answers: showing the summary adds a
  // history entry with the same URL (the host's address never changes, its own state is kept),
  // and closing the summary with its own button takes that entry back.
  #summaryEntry = null;
  #summaryChanged() {
    const shown = this.hasAttribute('data-mrcc-summary');
    const state = history.state;
    if (shown && this.#summaryEntry === null) {
      this.#summaryEntry = ++summaryEntries;
      history.pushState({ ...state, mrccSummary: this.#summaryEntry }, '');
      addEventListener('popstate', this.#onPopState);
    } else if (!shown && this.#summaryEntry !== null) {
      removeEventListener('popstate', this.#onPopState);
      if (state?.mrccSummary === this.#summaryEntry) history.back();
      this.#summaryEntry = null;
    }
  }

  #onPopState = () => {
    if (history.state?.mrccSummary === this.#summaryEntry) return;
    removeEventListener('popstate', this.#onPopState);
    this.#summaryEntry = null; // Back has already left the entry
    this.shadowRoot.querySelector('[data-mrcc-back]')?.click();
  };

  #afterPanic() {
    this.#appId = null; // the wasm is gone: never call unmount or update again
    this.#mountPoint?.remove();
    this.#mountPoint = null;
    this.#fail({ code: 'internal-error', message: panicked });
  }

  /** The last `mrcc-change` results: every option's `{ id, fit, reasons }` in display order. */
  get results() {
    return this.#results ? structuredClone(this.#results) : null;
  }

  connectedCallback() {
    // Properties a host set before this element was upgraded shadow the accessors: re-apply.
    for (const property of Object.values(PROPERTIES)) {
      if (Object.hasOwn(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    clearTimeout(this.#destroyTimer); // back in time: keep the app
    this.#destroyTimer = null;
    this.#watchSize();
    if (this.#appId !== null || this.#starting) return; // moved, or already starting
    this.#start();
  }

  disconnectedCallback() {
    // Yew never removes the listeners it adds, so destroying on every move or short removal
    // would leak: wait, then destroy only if the element is still out of the document.
    clearTimeout(this.#destroyTimer);
    this.#destroyTimer = setTimeout(() => {
      this.#destroyTimer = null;
      if (this.isConnected) return;
      this.#resizeObserver?.disconnect();
      this.#resizeObserver = null;
      if (this.#appId === null) return;
      this.#destroy();
      this.shadowRoot.append(this.#fallback);
    }, this.constructor.destroyDelay);
  }

  attributeChangedCallback(name) {
    if (name === 'resize-parent') this.#watchSize();
    if (!this.isConnected) return; // connecting starts with the current attributes
    if (this.#appId === null) {
      // Starting: apply the change once started. Failed (say, bad data-src): try again, once
      // for all the changes of this task, so that one failure is reported once.
      if (this.#starting) this.#changedWhileStarting = true;
      else this.#queueStart();
      return;
    }
    this.#queueUpdate();
  }

  #queueStart() {
    if (this.#startQueued) return;
    this.#startQueued = true;
    queueMicrotask(() => {
      this.#startQueued = false;
      if (this.isConnected && this.#appId === null && !this.#starting) this.#start();
    });
  }

  // Several attribute changes in one task cause one update.
  #queueUpdate() {
    if (this.#updateQueued) return;
    this.#updateQueued = true;
    queueMicrotask(() => {
      this.#updateQueued = false;
      this.#updates = this.#updates.then(() => this.#update());
    });
  }

  async #start() {
    if (panicked) return this.#fail({ code: 'internal-error', message: panicked });
    this.#starting = true;
    this.#changedWhileStarting = false;
    try {
      const [, dataset] = await Promise.all([
        loadWasm().catch((cause) => {
          throw new WidgetError('wasm-unavailable', String(cause));
        }),
        this.#readDataset(),
      ]);
      if (this.isConnected && this.#appId === null) this.#mount(dataset);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.#starting = false;
    }
    // Attributes that changed while the content was loading (a new data-src, lang, ...).
    if (this.#changedWhileStarting) {
      this.#changedWhileStarting = false;
      if (this.#appId !== null) this.#queueUpdate();
      else if (this.isConnected) this.#start();
    }
  }

  #currentDatasetKey() {
    return this.getAttribute('data-src') || `built-in:${resolveLanguage(this)}`;
  }

  // The host's dataset, packed: from data-src, else from an inline <script type="application/json">
  // child; else null for the built-in content, after loading it.
  async #readDataset() {
    const text = await this.#readHostDataset();
    return text === null ? null : packHostDataset(text);
  }

  async #readHostDataset() {
    this.#datasetKey = this.#currentDatasetKey();
    const src = this.getAttribute('data-src');
    if (src) {
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
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return inline.textContent;
    await loadBuiltIn(resolveLanguage(this));
    return null;
  }

  #config(dataset) {
    return {
      appointmentUrl: this.getAttribute('appointment-url'),
      supportUrl: this.getAttribute('support-url'),
      situation: this.getAttribute('situation'),
      language: resolveLanguage(this),
      dataset,
    };
  }

  #mount(dataset) {
    this.#error?.remove();
    this.#error = null;
    this.#ready = false;
    this.#mountPoint = document.createElement('div');
    this.#mountPoint.className = 'mount';
    this.shadowRoot.append(this.#mountPoint);
    try {
      this.#appId = mount(this.shadowRoot, this.#mountPoint, this.#config(dataset), (detail) => this.#changed(detail));
      live.set(this, () => this.#afterPanic());
      this.#fallback.remove();
      this.#detailsAfterFirstRender = dataset === null;
    } catch (error) {
      this.#mountPoint.remove();
      this.#mountPoint = null;
      this.#fail(error);
    }
  }

  // Called by the app after its first render and after each change of the answers.
  #changed(detail) {
    this.#results = detail.results;
    if (!this.#ready) {
      this.#ready = true;
      this.#emit('mrcc-ready', describe(this.#appId));
      if (this.#detailsAfterFirstRender) this.#completeBuiltIn();
    }
    this.#emit('mrcc-change', detail);
  }

  async #update() {
    if (this.#appId === null || panicked) return;
    try {
      // A new data-src, or another language for the built-in content: load it, and the app
      // swaps its content while keeping the reader's answers.
      const newSource = this.#currentDatasetKey() !== this.#datasetKey;
      const reloadDataset = newSource || this.#reloadDataset;
      this.#reloadDataset = false;
      const dataset = reloadDataset ? await this.#readDataset() : null;
      if (this.#appId === null) return;
      update(this.#appId, { ...this.#config(dataset), reloadDataset });
      if (newSource && dataset === null) this.#completeBuiltIn();
    } catch (error) {
      // Never leave wrong content on screen: show the message and the fallback instead.
      this.#destroy();
      this.#fail(error);
    }
  }

  // The built-in content's details follow the first render; when they arrive, every app still
  // showing that language's first part takes the whole dataset, keeping the reader's answers.
  #completeBuiltIn() {
    const language = resolveLanguage(this);
    if (whole.has(language)) return; // this app was given the whole dataset
    this.#waitingForDetails = language;
    loadDetails(language).then((complete) => {
      if (!complete) return;
      for (const element of live.keys()) element.#detailsArrived(language);
    });
  }

  #detailsArrived(language) {
    if (this.#waitingForDetails !== language) return;
    this.#waitingForDetails = null;
    this.#reloadDataset = true;
    this.#queueUpdate();
  }

  #destroy() {
    if (this.#appId === null) return;
    live.delete(this);
    if (!panicked) unmount(this.#appId);
    this.#appId = null;
    this.#mountPoint?.remove();
    this.#mountPoint = null;
  }

  // In an iframe with resize-parent="ORIGIN", posts the widget's height to the parent, and only
  // to that origin (never '*'). See mrcc-explorer-parent.js for the parent's side.
  #watchSize() {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    const origin = this.getAttribute('resize-parent');
    if (!origin || window.parent === window || !this.isConnected) return;
    this.#resizeObserver = new ResizeObserver(() => {
      window.parent.postMessage({ type: 'mrcc:height', height: contentHeight() }, origin);
    });
    this.#resizeObserver.observe(this);
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  // Shows a readable message above the fallback content and tells the host.
  #fail(error) {
    const messages = MESSAGES[resolveLanguage(this)];
    const code = messages[error?.code] ? error.code : 'start-failed';
    const detail = { code, message: String(error?.message ?? error) };
    console.warn(`mrcc-explorer: ${code}: ${detail.message}`);
    if (!this.#error) {
      this.#error = document.createElement('p');
      this.#error.setAttribute('role', 'alert');
      this.#error.setAttribute('part', 'error');
      this.shadowRoot.prepend(this.#error);
    }
    this.#error.textContent = messages[code];
    this.#error.lang = resolveLanguage(this);
    if (!this.#fallback.isConnected) this.shadowRoot.append(this.#fallback);
    this.#emit('mrcc-error', detail);
  }
}

// Properties that reflect their attributes (null when absent).
for (const [attribute, property] of Object.entries(PROPERTIES)) {
  Object.defineProperty(MrccExplorerElement.prototype, property, {
    get() {
      return this.getAttribute(attribute);
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
    configurable: true,
  });
}
