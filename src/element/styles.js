// The widget's styles: one stylesheet (styles.css, packaged as mrcc-explorer.css) fetched once
// per page and adopted by every instance's shadow root as a constructable stylesheet; and the
// print rule (print.css) adopted by the host's document once a summary is shown, so that
// printing the page prints only the summary. Adopted stylesheets are allowed by a strict
// `style-src 'self'` CSP. A browser without them (Safari before 16.4, WebKit before 2.40) gets
// the same files through <link>s, which `style-src 'self'` allows too.

import { WidgetError } from './messages.js';

export const CONSTRUCTABLE =
  typeof CSSStyleSheet === 'function' &&
  typeof CSSStyleSheet.prototype.replaceSync === 'function' &&
  'adoptedStyleSheets' in Document.prototype &&
  'adoptedStyleSheets' in ShadowRoot.prototype;

const STYLES = new URL('./mrcc-explorer.css', import.meta.url);
const PRINT = new URL('./mrcc-explorer-print.css', import.meta.url);

const sheets = new Map(); // URL -> promise of its constructable stylesheet, shared by the page
const links = new WeakMap(); // the element a <link> went into -> Map(URL -> promise of its load)

function constructed(url) {
  if (!sheets.has(url.href)) {
    sheets.set(url.href, fetch(url).then(async (response) => {
      if (!response.ok) throw new WidgetError('start-failed', `the stylesheet ${url.pathname}: HTTP ${response.status}`);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await response.text());
      return sheet;
    }));
  }
  return sheets.get(url.href);
}

function linked(parent, url) {
  if (!links.has(parent)) links.set(parent, new Map());
  const loads = links.get(parent);
  if (!loads.has(url.href)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url.href;
    loads.set(url.href, new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new WidgetError('start-failed', `the stylesheet ${url.pathname} could not be loaded`));
    }));
    parent.prepend(link);
  }
  return loads.get(url.href);
}

// Styles `root` (a shadow root or a document) with the file at `url`, once; resolves when it
// applies. Without constructable stylesheets the <link> goes into `parent`.
async function styleWith(root, url, parent) {
  if (!CONSTRUCTABLE) return linked(parent, url);
  const sheet = await constructed(url);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Styles the element's shadow root; resolves when the widget's stylesheet applies. */
export function styleShadow(shadow) {
  return styleWith(shadow, STYLES, shadow);
}

/** Adds the print rule to the host's document (once): called when a summary is first shown. */
export function stylePrint(document) {
  styleWith(document, PRINT, document.head).catch(() => {}); // without it the whole page prints
}
