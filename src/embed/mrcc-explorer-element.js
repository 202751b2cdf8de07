// The <mrcc-explorer> element class. Registration lives in mrcc-explorer.js, so a host can
// register the class under another name.
//
// The light-DOM children are the no-JS fallback: a <slot> shows them until the Yew app has
// rendered, and again if the widget cannot start (wasm blocked by CSP, network error).

import init, { mount, update, unmount } from './mrcc-explorer-core.js';

// One wasm instance for every element on the page, loaded when the first one connects.
let wasm = null;
function loadWasm() {
  wasm ??= init({ module_or_path: new URL('./mrcc-explorer-core_bg.wasm', import.meta.url) });
  return wasm;
}

const ATTRIBUTES = ['appointment-url', 'support-url'];

export class MrccExplorerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #appId = null;
  #mountPoint = null;
  #fallback;
  #error = null;
  #starting = false;
  #updateQueued = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    this.#fallback = document.createElement('slot');
    shadow.append(this.#fallback);
  }

  connectedCallback() {
    if (this.#appId !== null || this.#starting) return; // moved, or already starting
    this.#starting = true;
    loadWasm().then(
      () => {
        this.#starting = false;
        if (this.isConnected && this.#appId === null) this.#mount();
      },
      (error) => {
        this.#starting = false;
        this.#fail('wasm-unavailable', 'The treatment options explorer could not be loaded.', error);
      },
    );
  }

  disconnectedCallback() {
    // Yew never removes the listeners it adds, so destroying on every move would leak. A CMS or
    // single-page app that moves the node reconnects it within the same task: wait, then check.
    setTimeout(() => {
      if (this.isConnected || this.#appId === null) return;
      unmount(this.#appId);
      this.#appId = null;
      this.#mountPoint.remove();
      this.#mountPoint = null;
      this.shadowRoot.append(this.#fallback);
    }, 0);
  }

  attributeChangedCallback() {
    // Several attribute changes in one task cause one update.
    if (this.#updateQueued) return;
    this.#updateQueued = true;
    queueMicrotask(() => {
      this.#updateQueued = false;
      if (this.#appId === null) return;
      try {
        update(this.#appId, this.#config());
      } catch (error) {
        this.#fail('update-failed', 'The treatment options explorer could not update.', error);
      }
    });
  }

  #config() {
    return {
      appointmentUrl: this.getAttribute('appointment-url'),
      supportUrl: this.getAttribute('support-url'),
    };
  }

  #mount() {
    this.#error?.remove();
    this.#error = null;
    this.#mountPoint = document.createElement('div');
    this.#mountPoint.className = 'mount';
    this.shadowRoot.append(this.#mountPoint);
    try {
      this.#appId = mount(this.shadowRoot, this.#mountPoint, this.#config());
      this.#fallback.remove();
    } catch (error) {
      this.#mountPoint.remove();
      this.#mountPoint = null;
      this.#fail('start-failed', 'The treatment options explorer could not start.', error);
    }
  }

  // Shows a readable message above the fallback content and tells the host.
  #fail(code, message, error) {
    console.warn(`mrcc-explorer: ${message}`, error);
    if (!this.#error) {
      this.#error = document.createElement('p');
      this.#error.setAttribute('role', 'alert');
      this.#error.setAttribute('part', 'error');
      this.shadowRoot.prepend(this.#error);
    }
    this.#error.textContent = message;
    if (!this.#fallback.isConnected) this.shadowRoot.append(this.#fallback);
    this.dispatchEvent(
      new CustomEvent('mrcc-error', { bubbles: true, composed: true, detail: { code, message } }),
    );
  }
}
