// The widget's styles: its stylesheet (styles.css, packaged as mrcc-explorer.css) linked into
// each instance's shadow root, and the print rule (print.css) linked into the host's document
// once a summary is shown, so that printing the page prints only the summary. A <link> to the
// package's own files is allowed by a strict `style-src 'self'`; the browser fetches and parses
// each file once for the page. (Adopted constructable stylesheets would do the same with more
// code, and Safari before 16.4 has none.)

import { WidgetError } from './messages.js';

const STYLES = new URL('./mrcc-explorer.css', import.meta.url).href;
const PRINT = new URL('./mrcc-explorer-print.css', import.meta.url).href;

const links = new WeakMap(); // shadow root or document -> promise of its link's load

function link(owner, parent, href) {
  if (!links.has(owner)) {
    const element = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    links.set(owner, new Promise((resolve, reject) => {
      element.onload = resolve;
      element.onerror = () => reject(new WidgetError('start-failed', `the stylesheet ${href} could not be loaded`));
    }));
    parent.prepend(element);
  }
  return links.get(owner);
}

/** Styles the element's shadow root; resolves when the widget's stylesheet applies. */
export const styleShadow = (shadow) => link(shadow, shadow, STYLES);

/** Adds the print rule to the host's document (once): called when a summary is first shown. */
export function stylePrint(document) {
  link(document, document.head, PRINT).catch(() => {}); // without it the whole page prints
}
