/**
 * The `<mrcc-explorer>` element. Attributes (and the properties that reflect them):
 * `appointment-url` (appointmentUrl), `support-url` (supportUrl), `data-src` (dataSrc),
 * `situation`, `resize-parent` (resizeParent), `share-answers`, and `lang`. Its shadow root is
 * closed: `shadowRoot` is null.
 */
export declare class MrccExplorerElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /**
   * How long (ms) a removed element keeps its app before it is destroyed (default 2000), so
   * that a CMS or single-page app that moves or re-adds it does not rebuild it.
   */
  static destroyDelay: number;
  /**
   * The last `mrcc-change` results, in display order; null before the first render. `reasons`
   * only with `share-answers`.
   */
  readonly results: MrccResult[] | null;
  appointmentUrl: string | null;
  supportUrl: string | null;
  dataSrc: string | null;
  situation: string | null;
  resizeParent: string | null;
}

/**
 * The built-in criteria and their choices, as the `situation` attribute and `mrcc-change` write
 * them: `criterion=choice` joined by `&`, several `locations` separated by commas. Hosts' older
 * strings keep working: `histology=non-clear-cell` means "non-clear cell, subtype not known",
 * `prior-systemic=yes` "had medicine, kind not known" and `sites=three-or-more` "three or more, how
 * many not known".
 */
export interface MrccSituationChoices {
  histology: 'clear-cell' | 'papillary' | 'chromophobe' | 'collecting-duct-or-medullary' | 'other-non-clear-cell' | 'non-clear-cell' | 'unknown';
  risk: 'favorable' | 'intermediate' | 'poor' | 'unknown';
  primary: 'in-place' | 'removed' | 'unknown';
  sites: 'one-or-two' | 'three-to-five' | 'more-than-five' | 'three-or-more' | 'unknown';
  locations: 'lung' | 'bone' | 'brain' | 'liver' | 'lymph-nodes' | 'other';
  symptoms: 'none' | 'some' | 'unknown';
  'prior-systemic': 'none' | 'immunotherapy' | 'immunotherapy-adjuvant' | 'targeted-only' | 'yes' | 'unknown';
  sarcomatoid: 'yes' | 'no' | 'unknown';
}

export type MrccFit = 'likely' | 'possible' | 'unlikely';

export interface MrccResult {
  id: string;
  fit: MrccFit;
  /** Why, in the reader's words of their situation: only with `share-answers`. */
  reasons?: string[];
}

/** Detail of `mrcc-ready`. */
export interface MrccReadyDetail {
  version: string;
  language: string;
  reviewed: string;
  optionCount: number;
}

/**
 * Detail of `mrcc-change`. Never contains text the reader typed. The reader's answers
 * (`situation`) and the results' `reasons` are health information: they are there only when
 * the host sets `share-answers`, and must never go to analytics, tag managers or replay tools.
 */
export interface MrccChangeDetail {
  /** The reader's answers, as the `situation` attribute writes them: only with `share-answers`. */
  situation?: string;
  results: MrccResult[];
}

/** Detail of `mrcc-error`. */
export interface MrccErrorDetail {
  code: 'wasm-unavailable' | 'data-unavailable' | 'invalid-data' | 'start-failed' | 'internal-error';
  message: string;
}

/**
 * The element's attributes, as markup and JSX write them (see also `MrccExplorerElement`'s
 * properties). All optional and live.
 */
export interface MrccExplorerAttributes {
  /** The hospital's appointment page: http, https, mailto or tel (others are left out). */
  'appointment-url'?: string;
  /** The hospital's kidney cancer support group page (same rule). */
  'support-url'?: string;
  /** URL of the hospital's own dataset (JSON) instead of the built-in content. */
  'data-src'?: string;
  /** Answers to start with, e.g. `histology=clear-cell&risk=favorable` (`MrccSituationChoices`). */
  situation?: string;
  /** Inside an iframe: the parent page's origin, to which the widget posts its height. */
  'resize-parent'?: string;
  /**
   * Present: `mrcc-change` and `results` carry the reader's answers (`situation`) and the
   * reasons, for a host that acts on them on the page itself. Health information: never send
   * it to analytics.
   */
  'share-answers'?: boolean | '';
  /** `en` or `es`; otherwise the nearest ancestor's `lang`, then the document's. */
  lang?: string;
}

/**
 * The element's events as listener props, the way React 19 and Svelte 5 attach them to a custom
 * element (`onmrcc-change={...}` listens to `mrcc-change`).
 */
export interface MrccExplorerEventProps {
  'onmrcc-ready'?: (event: CustomEvent<MrccReadyDetail>) => void;
  'onmrcc-change'?: (event: CustomEvent<MrccChangeDetail>) => void;
  'onmrcc-error'?: (event: CustomEvent<MrccErrorDetail>) => void;
}

/**
 * Registers the element under `tag` (default `mrcc-explorer`). Calling it again, or after
 * another copy of the module registered the name, does not throw. Returns the registered class.
 */
export declare function define(
  tag?: string,
  registry?: CustomElementRegistry,
): CustomElementConstructor | undefined;

declare global {
  interface HTMLElementTagNameMap {
    'mrcc-explorer': MrccExplorerElement;
  }
  interface HTMLElementEventMap {
    'mrcc-ready': CustomEvent<MrccReadyDetail>;
    'mrcc-change': CustomEvent<MrccChangeDetail>;
    'mrcc-error': CustomEvent<MrccErrorDetail>;
  }
}
