// The widget's styles where a browser cannot adopt the core's constructable stylesheet
// (Safari before 16.4, WebKit before 2.40): the packaged copy of the same sheet, linked from
// the shadow root, and the summary's print rule, linked from the document once a summary is
// shown. A <link> to the package's own origin is allowed by a strict `style-src 'self'`.

export const CONSTRUCTABLE =
  typeof CSSStyleSheet === 'function' &&
  typeof CSSStyleSheet.prototype.replaceSync === 'function' &&
  'adoptedStyleSheets' in Document.prototype &&
  'adoptedStyleSheets' in ShadowRoot.prototype;

const loaded = new WeakMap(); // shadow root -> promise of its link's load

/**
 * Links the widget's stylesheet into `shadow`, once; resolves when it has loaded, or failed
 * (the widget then shows unstyled rather than not at all). Resolves at once where the core
 * adopts its own sheet.
 */
export function linkStylesheet(shadow) {
  if (CONSTRUCTABLE) return Promise.resolve();
  if (!loaded.has(shadow)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./mrcc-explorer.css', import.meta.url).href;
    loaded.set(shadow, new Promise((resolve) => (link.onload = link.onerror = resolve)));
    shadow.prepend(link);
  }
  return loaded.get(shadow);
}

/** Links the print rule (print only the summary) into the host's document, once. */
export function linkPrintRule(document) {
  if (CONSTRUCTABLE || document.querySelector('link[data-mrcc-print]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.dataset.mrccPrint = '';
  link.href = new URL('./mrcc-explorer-print.css', import.meta.url).href;
  document.head.append(link);
}
