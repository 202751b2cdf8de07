// The error the element reports, and the language it speaks. What the reader sees when the
// widget cannot start is MESSAGES in contract.js (in JavaScript: the wasm may be missing),
// generated from the contract with each error code.

import { BUILT_IN } from './contract.js';

/** An error with one of the contract's `mrcc-error` codes. */
export class WidgetError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * The built-in language to show: from `lang` of the element, else of its nearest ancestor,
 * else of the document (`es-MX` → `es`); English when that language is not built in.
 */
export function resolveLanguage(element) {
  const tag = (element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en').toLowerCase();
  const primary = tag.split('-')[0];
  return Object.hasOwn(BUILT_IN, primary) ? primary : 'en';
}
