// The widget's styles: its stylesheets linked into each instance's shadow root, and the print
// rule (print.css) linked into the host's document once a summary is shown, so that printing
// the page prints only the summary. styles.css (packaged as mrcc-explorer.css) styles the first
// screen and is waited for before the first render; details.css (mrcc-explorer-details.css)
// styles what only the details show (an option's full content, the comparison table) and is
// linked with the details pack, after the first render. A <link> to the package's own files is
// allowed by a strict `style-src 'self'`; the browser fetches and parses each file once for the
// page. (Adopted constructable stylesheets would do the same with more code, and Safari before
// 16.4 has none.)

import { WidgetError } from './messages.js';
import { integrityFor } from './integrity.js';

const STYLES = new URL('./mrcc-explorer.css', import.meta.url).href;
const DETAILS = new URL('./mrcc-explorer-details.css', import.meta.url).href;
const PRINT = new URL('./mrcc-explorer-print.css', import.meta.url).href;

const links = new Map(); // href -> (shadow root or document -> promise of its link's load)

// `insert` places the link: first where the page's or the widget's later rules must win over
// it, last for details.css, whose rules follow styles.css's.
function link(owner, href, insert) {
  if (!links.has(href)) links.set(href, new WeakMap());
  const loads = links.get(href);
  if (!loads.has(owner)) {
    // Checked as every file of the package is (integrity.js); a changed one is not applied.
    const add = (integrity = '') =>
      new Promise((resolve, reject) => {
        const element = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, integrity, crossOrigin: 'anonymous' });
        // An empty one fails too: a bundler that took the package's .css into its own CSS
        // pipeline (Next.js with webpack) emits them empty, and the widget would show unstyled.
        element.onload = () => (element.sheet?.cssRules.length === 0 ? element.onerror() : resolve());
        element.onerror = () => reject(element.remove());
        insert(element);
      });
    // Refused, it may be a stale copy in the browser's cache: fetched again from the server
    // (which replaces the cached copy), then linked once more (integrity.js, fetchChecked).
    const retry = (integrity) => fetch(href, { integrity, cache: 'reload' }).then(() => add(integrity));
    loads.set(owner, integrityFor(href).then((integrity) => add(integrity).catch(() => retry(integrity))).catch(() => {
      throw new WidgetError('start-failed', `the stylesheet ${href} could not be loaded or is empty`);
    }));
  }
  return loads.get(owner);
}

/** Styles the element's shadow root; resolves when the first screen's stylesheet applies. */
export const styleShadow = (shadow) => link(shadow, STYLES, (element) => shadow.prepend(element));

/**
 * Adds the details' stylesheet to the shadow root (once); resolves when it applies, or when it
 * failed (the details then show unstyled, which beats not at all).
 */
export const styleDetails = (shadow) =>
  link(shadow, DETAILS, (element) => shadow.append(element)).catch((error) => console.warn(`mrcc-explorer: ${error.message}`));

/** Adds the print rule to the host's document (once): called when a summary is first shown. */
export function stylePrint(document) {
  link(document, PRINT, (element) => document.head.prepend(element)).catch(() => {}); // without it the whole page prints
}
