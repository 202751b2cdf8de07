// What the reader sees when the widget cannot start, per language: the wasm may be missing, so
// these live in JavaScript. The details go to the console and the mrcc-error event.

import { BUILT_IN } from './contract.js';

/** An error with one of the contract's `mrcc-error` codes. */
export class WidgetError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

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

/**
 * The built-in language to show: from `lang` of the element, else of its nearest ancestor,
 * else of the document (`es-MX` → `es`); English when that language is not built in.
 */
export function resolveLanguage(element) {
  const tag = (element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en').toLowerCase();
  const primary = tag.split('-')[0];
  return Object.hasOwn(BUILT_IN, primary) ? primary : 'en';
}
