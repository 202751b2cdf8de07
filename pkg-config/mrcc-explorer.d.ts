// Generated from src/model/contract.rs by `make generate`: edit that file, not this one.

/**
 * The `<mrcc-explorer>` element. Attributes (and the properties that reflect them): `appointment-url` (appointmentUrl), `support-url` (supportUrl), `data-src` (dataSrc), `situation`, `resize-parent` (resizeParent), `share-answers`, `share-link` (shareLink), `care-team-lang` (careTeamLang), `lang`.
 * Its shadow root is closed: `shadowRoot` is null.
 */
export declare class MrccExplorerElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The package version, e.g. to check which one a live page runs. */
  static readonly version: string;
  /**
   * How long (ms) a removed element keeps its app before it is destroyed (default 2000), so
   * that a CMS or single-page app that moves or re-adds it does not rebuild it.
   */
  static destroyDelay: number;
  /** The last `mrcc-change` results, in display order; null before the first render. */
  readonly results: MrccResult[] | null;
  /** The `appointment-url` attribute. */
  appointmentUrl: string | null;
  /** The `support-url` attribute. */
  supportUrl: string | null;
  /** The `data-src` attribute. */
  dataSrc: string | null;
  /** The `situation` attribute. */
  situation: string | null;
  /** The `resize-parent` attribute. */
  resizeParent: string | null;
  /** The `share-link` attribute. */
  shareLink: string | null;
  /** The `care-team-lang` attribute. */
  careTeamLang: string | null;
}

/**
 * The built-in criteria and their choices, as the `situation` attribute and `mrcc-change` write
 * them: `criterion=choice` joined by `&`, several `locations` separated by commas. `non-clear-cell` means a non-clear cell subtype not known, `prior-systemic=yes` medicine of a kind not known, and `sites=three-or-more` three or more spots, how many not known: the vaguer answers of earlier versions, which keep working.
 */
export interface MrccSituationChoices {
  /** The cancer's cell type */
  histology: 'clear-cell' | 'papillary' | 'chromophobe' | 'collecting-duct-or-medullary' | 'other-non-clear-cell' | 'non-clear-cell' | 'unknown';
  /** The risk level (IMDC) */
  risk: 'favorable' | 'intermediate' | 'poor' | 'unknown';
  /** Whether the kidney with the cancer is still in place */
  primary: 'in-place' | 'removed' | 'unknown';
  /** How many spots outside the kidney */
  sites: 'one-or-two' | 'three-to-five' | 'more-than-five' | 'three-or-more' | 'unknown';
  /** Where those spots are, comma-separated */
  locations: 'lung' | 'bone' | 'brain' | 'liver' | 'lymph-nodes' | 'other';
  /** Medicine for the cancer so far */
  'prior-systemic': 'none' | 'immunotherapy' | 'immunotherapy-adjuvant' | 'targeted-only' | 'yes' | 'unknown';
  /** Symptoms that affect daily life */
  symptoms: 'none' | 'some' | 'unknown';
  /** Sarcomatoid features on the lab report */
  sarcomatoid: 'yes' | 'no' | 'unknown';
}

export type MrccFit = 'likely' | 'possible' | 'unlikely';

export type MrccErrorCode = 'wasm-unavailable' | 'data-unavailable' | 'invalid-data' | 'start-failed' | 'internal-error';

/** One option's place in the reader's situation. */
export interface MrccResult {
  /** The option's id. */
  id: string;
  /** How it fits the reader's situation. */
  fit: MrccFit;
  /** Why, in the reader's words of their situation: only with `share-answers`. */
  reasons?: string[];
}

/** Detail of `mrcc-ready`: Once, when the widget has rendered. */
export interface MrccReadyDetail {
  /** The package version. */
  version: string;
  /** The content's language. */
  language: string;
  /** The content's review date. */
  reviewed: string;
  /** How many options it shows. */
  optionCount: number;
}

/** Detail of `mrcc-change`: After the first render (its `situation` empty: not an interaction) and after each change of the answers. Never text the reader typed. */
export interface MrccChangeDetail {
  /** The reader's answers, as the `situation` attribute writes them: only with `share-answers`. */
  situation?: string;
  /** Every option's id and fit, in display order. */
  results: MrccResult[];
}

/** Detail of `mrcc-activity`: Once per reader action, from after the first render: for a hospital's own counts of use. Never text the reader typed, their answers or an identifier. */
export interface MrccActivityDetail {
  /** What the reader did. */
  action: 'step' | 'option-opened' | 'compared' | 'sure' | 'leaning' | 'summary-shown' | 'summary-printed' | 'summary-downloaded' | 'link-made' | 'knowledge';
  /** `step`: the section the reader first acted in. */
  step?: 'situation' | 'options' | 'compare' | 'values' | 'leaning' | 'questions' | 'knowledge' | 'share';
  /** `option-opened`: the option's id. */
  option?: string;
  /** `compared`: how many options are compared (2 or 3). */
  count?: number;
  /** `sure`: how many of the 4 SURE answers are yes, once all 4 are answered; `knowledge`: how many answers of the knowledge check were right, once every question is checked. */
  score?: number;
  /** `knowledge`: how many questions the knowledge check has. */
  total?: number;
  /** `leaning`: toward an option, or not sure yet (never which). */
  bucket?: 'option' | 'unsure';
}

/** Detail of `mrcc-error`: When the widget cannot start, or stops; it then shows a message and its fallback. */
export interface MrccErrorDetail {
  /** One of the error codes. */
  code: MrccErrorCode;
  /** Details, for the console and logs. */
  message: string;
}

/**
 * The element's attributes, as markup and JSX write them (see also `MrccExplorerElement`'s
 * properties). All optional and live.
 */
export interface MrccExplorerAttributes {
  /** The hospital's appointment page: https, mailto or tel (others are left out). */
  'appointment-url'?: string;
  /** The hospital's kidney cancer support group page (the same rule). */
  'support-url'?: string;
  /** URL of the hospital's own dataset (JSON) instead of the built-in content. An inline `<script type="application/json">` child is the alternative. */
  'data-src'?: string;
  /** Answers to start with, as a query string, e.g. `histology=clear-cell&risk=favorable` (`MrccSituationChoices`). Unknown parts are ignored, with one console warning. */
  situation?: string;
  /** Inside an iframe: the parent page's origin, to which the widget posts its height (`{ type: 'mrcc:height', height }`). */
  'resize-parent'?: string;
  /** Present: `mrcc-change` and `results` carry the reader's answers (`situation`) and each option's reasons, for a host that acts on them on the page itself. Health information: never send it to analytics, tag managers or session replay. Absent (the default): each option's id and fit only. */
  'share-answers'?: boolean | '';
  /** `off`: no "Continue later, or share" in the summary and no field for a code, and the widget never reads or removes a `#mrcc1=` fragment. Otherwise (the default) the reader can make a link or a code to their answers, only by pressing a button, and the page opened from one fills them in and removes the fragment from the address. */
  'share-link'?: 'off' | string;
  /** `en` or `es`: the language of the summary's page for the care team and its chart note, when it is not the reader's (a Spanish-speaking reader, an English-speaking team). Otherwise that page is in the reader's language. */
  'care-team-lang'?: string;
  /** `en` or `es`; otherwise the nearest ancestor's `lang`, then the document's. Other languages give English. */
  lang?: string;
}

/**
 * The element's events as listener props, the way React 19 and Svelte 5 attach them to a custom
 * element (`onmrcc-change={...}` listens to `mrcc-change`). Under server rendering React 19 does
 * not attach them on hydration: use a ref and `addEventListener` (docs/frameworks.md).
 */
export interface MrccExplorerEventProps {
  'onmrcc-ready'?: (event: CustomEvent<MrccReadyDetail>) => void;
  'onmrcc-change'?: (event: CustomEvent<MrccChangeDetail>) => void;
  'onmrcc-activity'?: (event: CustomEvent<MrccActivityDetail>) => void;
  'onmrcc-error'?: (event: CustomEvent<MrccErrorDetail>) => void;
}

/**
 * Registers the element under `tag` (default `mrcc-explorer`). Calling it again, or after
 * another copy of the module registered the name, does not throw; outside a browser it does
 * nothing. Returns the registered class.
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
    'mrcc-activity': CustomEvent<MrccActivityDetail>;
    'mrcc-error': CustomEvent<MrccErrorDetail>;
  }
}
