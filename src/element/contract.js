// Generated from src/model/contract.rs by `make contract`: edit that file, not this one.

/** The `code` of an `mrcc-error` event. */
export const ERROR_CODES = ['wasm-unavailable', 'data-unavailable', 'invalid-data', 'start-failed', 'internal-error'];

/** The built-in languages' packs: the first screen's part and the details. */
export const BUILT_IN = {
  en: {
    start: new URL('./mrcc-explorer-en.bin', import.meta.url),
    details: new URL('./mrcc-explorer-en-details.bin', import.meta.url),
  },
  es: {
    start: new URL('./mrcc-explorer-es.bin', import.meta.url),
    details: new URL('./mrcc-explorer-es-details.bin', import.meta.url),
  },
};

/** Attributes, and the properties that reflect them. */
export const PROPERTIES = {
  'appointment-url': 'appointmentUrl',
  'support-url': 'supportUrl',
  'data-src': 'dataSrc',
  situation: 'situation',
  'resize-parent': 'resizeParent',
};

/** Every observed attribute. */
export const ATTRIBUTES = ['appointment-url', 'support-url', 'data-src', 'situation', 'resize-parent', 'share-answers', 'lang'];

/** The events the element dispatches (bubbling, composed). */
export const EVENTS = ['mrcc-ready', 'mrcc-change', 'mrcc-error'];

/** The most JSON text a host's dataset may have, in bytes. */
export const MAX_DATASET_BYTES = 2000000;
