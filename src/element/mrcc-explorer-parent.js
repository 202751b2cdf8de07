// For a parent page that shows the widget in an iframe (a patient portal). The page inside the
// iframe sets resize-parent="<this page's origin>" on <mrcc-explorer>; this script sets the
// iframe's height from the messages it posts, accepting them only from the iframe's own window
// and the origin you name.
//
//   import { followHeight } from '.../mrcc-explorer-parent.js';
//   followHeight(document.querySelector('iframe'), 'https://widget.hospital.example');

/**
 * Whether `value` is a serialised origin, as `event.origin` is: a scheme, a host and a port if
 * not the default, nothing else (not '*', not a bare host, no path or trailing slash).
 */
const isOrigin = (value) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
};

/**
 * Keeps `iframe`'s height equal to the widget's, at most `options.max` pixels (50000 by default:
 * a widget page that went wrong cannot make the portal page endlessly long); returns a function
 * that stops it. Throws a TypeError when `childOrigin` is not a serialised origin.
 */
export function followHeight(iframe, childOrigin, options) {
  if (!isOrigin(childOrigin)) {
    throw new TypeError(
      `followHeight: ${JSON.stringify(childOrigin)} is not an origin such as https://widget.hospital.example (no path, no trailing slash, never '*')`,
    );
  }
  const max = options?.max ?? 50000;
  if (typeof max !== 'number' || !(max >= 0)) throw new TypeError(`followHeight: options.max must be a number of pixels, not ${max}`);
  const onMessage = (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== childOrigin) return;
    const { type, height } = event.data ?? {};
    if (type !== 'mrcc:height' || !Number.isFinite(height) || height < 0) return;
    iframe.style.height = `${Math.ceil(Math.min(height, max))}px`; // CSSOM: allowed under a strict CSP
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
