// The <mrcc-explorer> element class: its lifecycle. Registration lives in define.js; what it
// loads in loading.js; the summary's Back in summary.js (its file in mrcc-explorer-download.js);
// the frame height in mrcc-explorer-height.js; the styles in styles.js.
//
// Light-DOM children are the no-JS fallback: a <slot> shows them until the Yew app has
// rendered, and again if the widget cannot start (wasm blocked by CSP, network error, invalid
// content), together with a short message.

import { configure, mount, update, unmount, describe, resume, text } from './mrcc-explorer-core.js';
import { ATTRIBUTES, BUILT_IN, DESTROY_DELAY_MS, MESSAGES, PROPERTIES, VERSION, coreArguments } from './contract.js';
import { core, isWhole, live, loadBuiltIn, loadDetails, loadWasm, packHostDataset, panicked, readHostDataset } from './loading.js';
import { resolveLanguage } from './messages.js';
import { SummaryHistory } from './summary.js';
import { styleDetails, styleShadow, stylePrint } from './styles.js';
import { afterModule, fetchChecked, importChecked } from './integrity.js';
import { takeResume } from './resume.js';

// The core's calls the element's modules make (src/core/embed/mod.rs), and the modules, each
// checked and imported once per page: "Continue later, or share" (mrcc-explorer-share.js), and
// what comes after the first render (mrcc-explorer-after.js: the activity events, the knowledge
// check, the summary's end and its file, the height for a parent page).
const SHARE = { text, resume };
const shareModule = () => importChecked(new URL('./mrcc-explorer-share.js', import.meta.url));

// Apps whose elements are gone, parked by the core with their roots, for the next elements
// (Yew never frees an app's event listeners: see src/core/embed/mod.rs).
const parkedApps = [];


/**
 * @attr appointment-url - the hospital's appointment page (https, mailto, tel)
 * @attr support-url - the hospital's support group page
 * @attr data-src - URL of a dataset to show instead of the built-in one
 * @attr situation - answers to start with, e.g. `histology=clear-cell&risk=favorable`
 * @attr resize-parent - in an iframe: the parent's origin, to post the widget's height to
 * @attr share-answers - present: `mrcc-change` and `results` carry the reader's answers and the reasons
 * @attr share-link - `off`: no links or codes to the reader's answers, and a `#mrcc1=` fragment is left alone
 * @attr lang - `en` or `es`; else the nearest ancestor's `lang`, then the document's
 * @fires mrcc-ready - `{ version, language, reviewed, optionCount }`, once rendered
 * @fires mrcc-change - `{ results: [{ id, fit }] }` after the first render and each change; with share-answers `{ situation, results: [{ id, fit, reasons }] }`
 * @fires mrcc-error - `{ code, message }` when the widget cannot start
 * @fires mrcc-activity - `{ action, step?, option?, count?, score?, bucket? }` once per reader action: never typed text, answers or identifiers
 */
// Outside a browser (server rendering) there is no HTMLElement: importing defines nothing there.
export class MrccExplorerElement extends (globalThis.HTMLElement ?? Object) {
  static observedAttributes = ATTRIBUTES;

  /** The package version: which one a live page runs (also in `mrcc-ready`). */
  static version = VERSION;

  /**
   * How long (ms) a removed element keeps its app, and the reader's answers in it, before it
   * gives the app up (to be parked for the next element): an element that a CMS or single-page
   * app moves or re-adds within this time is not rebuilt.
   */
  static destroyDelay = DESTROY_DELAY_MS;

  #appId = null;
  #mountPoint = null;
  #fallback;
  #error = null;
  #starting = false;
  #updateQueued = false;
  #startQueued = false;
  #datasetKey = null; // the data-src or language the current dataset came from
  #resume = null; // the #mrcc1= fragment this element took, for its first mount
  #activityWatched = false;
  #results = null;
  #ready = false;
  #resizeObserver = null;
  #sizeWatch = null; // the height watch being set up, if any
  #destroyTimer = null;
  #changedWhileStarting = false;
  #waitingForDetails = null; // the built-in language whose details this app has yet to show
  #detailsAfterFirstRender = false;
  #reloadDataset = false;
  #updates = Promise.resolve(); // updates run one after another, in order
  #summary = new SummaryHistory(
    () => this.#shadow.querySelector('[data-mrcc-back]')?.click(),
    () => this.#showFocus(),
  );
  // Closed: what the reader answers and types is for the reader, not for the other scripts of
  // the host page (analytics, tag managers, session replay, which record open shadow roots and
  // input values). `element.shadowRoot` is null; the element keeps its root here. A script that
  // runs before the element is created could still patch attachShadow: closed keeps out the
  // generic recorders, not a page's own code (docs/web-teams.md, "Privacy for hosts").
  #shadow;

  constructor() {
    super();
    // Open only where a test run says so before the module loads, never on a live page.
    const mode = globalThis.MRCC_EXPLORER_OPEN_SHADOW_ROOT_FOR_TESTS === true ? 'open' : 'closed';
    const shadow = (this.#shadow = this.attachShadow({ mode }));
    this.#fallback = document.createElement('slot');
    shadow.append(this.#fallback);
    shadow.addEventListener('click', (event) => {
      // "Continue with a code" opened: its field, from the share module.
      const code = event.target.closest?.('[data-mrcc-code] > summary')?.parentElement;
      if (code) this.#share((module) => code.querySelector('form') || module.fillCode(code, this.#shareApi()));
      const button = event.target.closest?.('[data-mrcc-download]');
      const section = button?.closest('.summary-page');
      // The summary's file: from the module loaded after the first render.
      if (section) {
        afterModule().then(
          ({ download, summaryText }) => download(button.dataset.mrccDownload, summaryText(section)),
          (error) => console.warn(`mrcc-explorer: the download could not start: ${error}`),
        );
      }
    });
    new MutationObserver(() => {
      const shown = this.hasAttribute('data-mrcc-summary');
      if (shown) stylePrint(this.ownerDocument);
      this.#fillBoxes();
      // Back from the summary, the view goes where focus went (the button that opened it), not
      // the widget's top thousands of pixels above. Here, once the whole explorer is back in the
      // page: placed sooner, the sections rendered after it would push it out of view.
      if (!shown) this.#showFocus();
      this.#summary.shown(shown);
    }).observe(this, {
      attributeFilter: ['data-mrcc-summary'],
    });
  }

  // "Continue later, or share": the share module, loaded on first use, then `use` with it.
  #share(use) {
    shareModule().then(use, (error) =>
      console.warn(`mrcc-explorer: the controls to share the answers could not load: ${error}`),
    );
  }

  // The knowledge check, and the summary's end (the check's score, "Continue later, or share",
  // the care team's page): arranged by the knowledge module when one of their boxes shows empty.
  #fillBoxes() {
    if (!this.#shadow.querySelector('[data-mrcc-knowledge]:empty, [data-mrcc-more]:empty')) return;
    afterModule().then((module) => module.fillBoxes(this.#shareApi()), (error) => console.warn('mrcc-explorer:', error));
  }

  // What the share module may ask of this element: its shadow root, and calls into its app
  // (src/element/mrcc-explorer-share.js), each caught (src/element/loading.js `core`).
  #shareApi() {
    const call = (name, ...args) => {
      if (this.#appId === null || panicked()) return null;
      try {
        return core(() => SHARE[name](this.#appId, ...args));
      } catch {
        return null; // the core stopped: every instance is in its fallback now
      }
    };
    // And for the knowledge module: the share module, and the checked fetch of another built-in
    // language's details pack (its care team's page). Their URLs are written here, in the entry
    // module, where a host's bundler finds them (it does not look into the modules it copies).
    return { root: this.#shadow, call, share: shareModule, fetch: fetchChecked, packs: BUILT_IN };
  }

  /**
   * The last `mrcc-change` results: every option's `{ id, fit }` in display order, with its
   * `reasons` when the host set `share-answers`.
   */
  get results() {
    return this.#results ? structuredClone(this.#shared({ results: this.#results }).results) : null;
  }

  // What the page's scripts are told of the reader's situation. The answers (`situation`) and
  // the reasons (which repeat them: "the cancer has spread to the brain") are health
  // information, so only a host that asks, with `share-answers`, gets them; every other script
  // on the page that listens for the event gets the options' fits alone.
  /** Puts the view on the focused control (back from the summary: the button that opened it). */
  #showFocus() {
    this.#shadow.activeElement?.scrollIntoView({ block: 'center' });
  }

  #shared(detail) {
    if (this.hasAttribute('share-answers')) return detail;
    return { results: detail.results.map(({ id, fit }) => ({ id, fit })) };
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
      this.#sizeWatch = null;
      if (this.#appId === null) return;
      this.#destroy();
      this.#shadow.append(this.#fallback);
    }, this.constructor.destroyDelay);
  }

  attributeChangedCallback(name) {
    if (name === 'share-answers') return; // read when an event is sent
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
    if (panicked()) return this.#fail({ code: 'internal-error', message: panicked() });
    this.#starting = true;
    this.#changedWhileStarting = false;
    this.#resume ??= takeResume(this);
    try {
      const [, dataset] = await Promise.all([loadWasm(), this.#readDataset(), styleShadow(this.#shadow)]);
      await this.#styleForWhole(dataset);
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

  // The host's dataset, packed; else null for the built-in content, after loading it.
  async #readDataset() {
    this.#datasetKey = this.#currentDatasetKey();
    const text = readHostDataset(this);
    if (text !== null) {
      styleDetails(this.#shadow); // fetched meanwhile: the whole dataset shows the details
      return packHostDataset(await text);
    }
    await loadBuiltIn(resolveLanguage(this));
    // Answers from a link include what only the details define (what matters, the questions,
    // the risk signs): the first render waits for them, and for the module that reads the
    // link, on a page opened from a link only.
    if (this.#resume) {
      await Promise.all([loadDetails(resolveLanguage(this)), shareModule().catch(() => null)]);
    }
    return null;
  }

  // A whole dataset (the host's, or the built-in one once its details are here) shows the
  // details: their stylesheet is in the shadow root before the app is given one.
  #styleForWhole(dataset) {
    return dataset !== null || isWhole(resolveLanguage(this)) ? styleDetails(this.#shadow) : null;
  }

  #config(dataset) {
    return {
      appointmentUrl: this.getAttribute('appointment-url'),
      supportUrl: this.getAttribute('support-url'),
      situation: this.getAttribute('situation'),
      shareOff: this.getAttribute('share-link') === 'off',
      language: resolveLanguage(this),
      dataset,
    };
  }

  #mount(dataset) {
    this.#error?.remove();
    this.#error = null;
    this.#ready = false;
    // An app that a gone element left parked, with its root, else a new one (see unmount()).
    const parked = parkedApps.pop();
    this.#mountPoint = parked?.root ?? Object.assign(document.createElement('div'), { className: 'mount' });
    this.#shadow.append(this.#mountPoint);
    try {
      // The core renders synchronously, so it reports the first render from inside mount() and
      // later changes from inside update(): handled in a microtask, once the call has returned
      // (the app's id is known, and nothing calls back into the core while it renders).
      const changed = (json) => queueMicrotask(() => this.#changed(JSON.parse(json)));
      this.#appId = core(() => {
        configure(...coreArguments(this.#config(dataset)));
        return mount(this.#mountPoint, changed, parked?.id);
      });
      live.set(this, () => this.#afterPanic());
      // Answers from a link: filled in by the share module, with the whole dataset here.
      const fragment = this.#resume;
      this.#resume = null; // used: a later mount (the element moved) starts from the attributes
      if (fragment) this.#share((module) => module.restoreLink(fragment, this.#shareApi()));
      this.#fallback.remove();
      this.#detailsAfterFirstRender = dataset === null;
    } catch (error) {
      this.#mountPoint.remove();
      if (parked) parkedApps.push(parked); // not taken: the dataset was refused first
      this.#mountPoint = null;
      this.#fail(error);
    }
  }

  // Called after the app's first render and after each change of the answers.
  #changed(detail) {
    if (this.#appId === null) return; // destroyed or failed since
    this.#results = detail.results;
    if (!this.#ready) {
      let described;
      try {
        described = core(() => describe(this.#appId));
      } catch {
        return; // every instance is in its fallback now
      }
      this.#ready = true;
      this.#emit('mrcc-ready', described);
      this.#watchActivity();
      if (this.#detailsAfterFirstRender) this.#completeBuiltIn();
    }
    this.#fillBoxes();
    this.#emit('mrcc-change', this.#shared(detail));
  }

  async #update() {
    if (this.#appId === null || panicked()) return;
    try {
      // A new data-src, or another language for the built-in content: load it, and the app
      // swaps its content while keeping the reader's answers.
      const newSource = this.#currentDatasetKey() !== this.#datasetKey;
      const reloadDataset = newSource || this.#reloadDataset;
      this.#reloadDataset = false;
      const dataset = reloadDataset ? await this.#readDataset() : null;
      if (reloadDataset) await this.#styleForWhole(dataset);
      if (this.#appId === null) return;
      core(() => {
        configure(...coreArguments({ ...this.#config(dataset), reloadDataset }));
        update(this.#appId);
      });
      this.#fillBoxes(); // the summary or the explorer, rendered anew
      if (newSource && dataset === null) this.#completeBuiltIn();
    } catch (error) {
      if (panicked()) return; // every instance is in its fallback now
      // Never leave wrong content on screen: show the message and the fallback instead.
      this.#destroy();
      this.#fail(error);
    }
  }

  // The built-in content's details follow the first render; when they arrive, every app still
  // showing that language's first part takes the whole dataset, keeping the reader's answers.
  #completeBuiltIn() {
    const language = resolveLanguage(this);
    if (isWhole(language)) return; // this app was given the whole dataset
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
    this.#mountPoint?.remove();
    if (!panicked()) {
      try {
        core(() => unmount(this.#appId)); // parks it, for the next element to take with its root
        parkedApps.push({ id: this.#appId, root: this.#mountPoint });
      } catch {} // every instance is in its fallback now
    }
    this.#appId = null;
    this.#mountPoint = null;
  }

  #afterPanic() {
    this.#appId = null; // the wasm is gone: never call unmount or update again
    this.#mountPoint?.remove();
    this.#mountPoint = null;
    this.#fail({ code: 'internal-error', message: panicked() });
  }

  // In a frame with resize-parent, post the page's height to the parent (from the module loaded
  // after the first render).
  #watchSize() {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    const origin = this.getAttribute('resize-parent');
    const watch = (this.#sizeWatch = origin && window.parent !== window && this.isConnected ? {} : null);
    if (!watch) return;
    afterModule().then(
      ({ postHeightTo }) => {
        if (this.#sizeWatch === watch) this.#resizeObserver = postHeightTo(origin, this);
      },
      (error) => console.warn(`mrcc-explorer: resize-parent: ${error}`),
    );
  }

  // `mrcc-activity`, from the module loaded after the first render: what the reader did, never
  // what they typed or answered (src/element/mrcc-explorer-activity.js).
  #watchActivity() {
    if (this.#activityWatched) return;
    this.#activityWatched = true;
    afterModule().then(
      ({ watch }) => watch(this.#shadow, this, (detail) => this.#emit('mrcc-activity', detail)),
      (error) => console.warn(`mrcc-explorer: activity events are off: ${error}`),
    );
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
      this.#shadow.prepend(this.#error);
    }
    this.#error.textContent = messages[code];
    this.#error.lang = resolveLanguage(this);
    if (!this.#fallback.isConnected) this.#shadow.append(this.#fallback);
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
