// Generated from src/model/contract.rs by `make generate`: edit that file, not this one.

/** The package version. */
export const VERSION = '0.1.0';

/** The `code` of an `mrcc-error` event. */
export const ERROR_CODES = ['wasm-unavailable', 'data-unavailable', 'invalid-data', 'start-failed', 'internal-error'];

/** What the reader sees above the fallback, per language and error code. */
export const MESSAGES = {
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
  'share-link': 'shareLink',
  'care-team-lang': 'careTeamLang',
};

/** Every observed attribute. */
export const ATTRIBUTES = ['appointment-url', 'support-url', 'data-src', 'situation', 'resize-parent', 'share-answers', 'share-link', 'care-team-lang', 'lang'];

/** The events the element dispatches (bubbling, composed). */
export const EVENTS = ['mrcc-ready', 'mrcc-change', 'mrcc-activity', 'mrcc-error'];

/** The most JSON text a host's dataset may have, in bytes. */
export const MAX_DATASET_BYTES = 2000000;

/** How long (ms) a removed element keeps its app by default. */
export const DESTROY_DELAY_MS = 2000;

/** The names of the configuration the element passes to the core, in the core's order. */
export const CORE_CONFIG = ['appointmentUrl', 'supportUrl', 'situation', 'language', 'dataset', 'shareOff', 'reloadDataset'];

/**
 * The configuration as the core's `configure` takes it, just before a `mount` or `update`: typed
 * values in a fixed order (src/core/embed/config.rs), not an object read by key.
 */
export const coreArguments = ({ appointmentUrl, supportUrl, situation, language, dataset, shareOff, reloadDataset }) => [appointmentUrl ?? null, supportUrl ?? null, situation ?? null, language ?? null, dataset ?? null, !!shareOff, !!reloadDataset];
