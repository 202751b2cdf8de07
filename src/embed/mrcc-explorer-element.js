// The <mrcc-explorer> element class. Registration lives in mrcc-explorer.js, so a host can
// register the class under another name.
//
// The light-DOM children are the no-JS fallback: a <slot> shows them until the Yew app has
// rendered, and again if the widget cannot start (wasm blocked by CSP, network error, invalid
// content), together with a short message.

import init, { mount, update, unmount } from './mrcc-explorer-core.js';

// One wasm instance for every element on the page, loaded when the first one connects.
let wasm = null;
function loadWasm() {
  wasm ??= init({ module_or_path: new URL('./mrcc-explorer-core_bg.wasm', import.meta.url) });
  return wasm;
}

const ATTRIBUTES = ['appointment-url', 'support-url', 'data-src', 'situation'];

// What the reader sees when the widget cannot start; the details go to the console and the
// mrcc-error event, for the web team.
const MESSAGES = {
  'wasm-unavailable': 'The treatment options explorer could not be loaded.',
  'data-unavailable': 'The treatment information could not be loaded.',
  'invalid-data': 'The treatment information has errors, so it is not shown.',
  'start-failed': 'The treatment options explorer could not start.',
};

class WidgetError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export class MrccExplorerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #appId = null;
  #mountPoint = null;
  #fallback;
  #error = null;
  #starting = false;
  #updateQueued = false;
  #datasetSource = null; // the data-src the current dataset came from

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    this.#fallback = document.createElement('slot');
    shadow.append(this.#fallback);
  }

  connectedCallback() {
    if (this.#appId !== null || this.#starting) return; // moved, or already starting
    this.#start();
  }

  disconnectedCallback() {
    // Yew never removes the listeners it adds, so destroying on every move would leak. A CMS or
    // single-page app that moves the node reconnects it within the same task: wait, then check.
    setTimeout(() => {
      if (this.isConnected || this.#appId === null) return;
      this.#destroy();
      this.shadowRoot.append(this.#fallback);
    }, 0);
  }

  attributeChangedCallback() {
    // Several attribute changes in one task cause one update.
    if (this.#updateQueued || this.#appId === null) return;
    this.#updateQueued = true;
    queueMicrotask(() => {
      this.#updateQueued = false;
      if (this.#appId !== null) this.#update();
    });
  }

  async #start() {
    this.#starting = true;
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
  }

  // The host's dataset text: from data-src, else from an inline <script type="application/json">
  // child, else null for the built-in content.
  async #readDataset() {
    const src = this.getAttribute('data-src');
    this.#datasetSource = src;
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
    return inline ? inline.textContent : null;
  }

  #config(dataset) {
    return {
      appointmentUrl: this.getAttribute('appointment-url'),
      supportUrl: this.getAttribute('support-url'),
      situation: this.getAttribute('situation'),
      dataset,
    };
  }

  #mount(dataset) {
    this.#error?.remove();
    this.#error = null;
    this.#mountPoint = document.createElement('div');
    this.#mountPoint.className = 'mount';
    this.shadowRoot.append(this.#mountPoint);
    try {
      this.#appId = mount(this.shadowRoot, this.#mountPoint, this.#config(dataset));
      this.#fallback.remove();
    } catch (error) {
      this.#mountPoint.remove();
      this.#mountPoint = null;
      this.#fail(error);
    }
  }

  async #update() {
    try {
      const srcChanged = this.getAttribute('data-src') !== this.#datasetSource;
      const dataset = srcChanged ? await this.#readDataset() : null;
      if (this.#appId === null) return;
      if (srcChanged && dataset === null) {
        // data-src was removed: start again with the inline or built-in content.
        this.#destroy();
        this.#start();
        return;
      }
      update(this.#appId, this.#config(dataset));
    } catch (error) {
      // Never leave wrong content on screen: show the message and the fallback instead.
      this.#destroy();
      this.#fail(error);
    }
  }

  #destroy() {
    if (this.#appId === null) return;
    unmount(this.#appId);
    this.#appId = null;
    this.#mountPoint?.remove();
    this.#mountPoint = null;
  }

  // Shows a readable message above the fallback content and tells the host.
  #fail(error) {
    const code = MESSAGES[error?.code] ? error.code : 'start-failed';
    const detail = { code, message: String(error?.message ?? error) };
    console.warn(`mrcc-explorer: ${code}: ${detail.message}`);
    if (!this.#error) {
      this.#error = document.createElement('p');
      this.#error.setAttribute('role', 'alert');
      this.#error.setAttribute('part', 'error');
      this.shadowRoot.prepend(this.#error);
    }
    this.#error.textContent = MESSAGES[code];
    if (!this.#fallback.isConnected) this.shadowRoot.append(this.#fallback);
    this.dispatchEvent(new CustomEvent('mrcc-error', { bubbles: true, composed: true, detail }));
  }
}
