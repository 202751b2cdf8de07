// For a parent page that shows the widget in an iframe (a patient portal). The page inside the
// iframe sets resize-parent="<this page's origin>" on <mrcc-explorer>; this script sets the
// iframe's height from the messages it posts, accepting them only from the iframe's own window
// and the origin you name.
//
//   import { followHeight } from '.../mrcc-explorer-parent.js';
//   followHeight(document.querySelector('iframe'), 'https://widget.hospital.example');

/** Keeps `iframe`'s height equal to the widget's; returns a function that stops it. */
export function followHeight(iframe, childOrigin) {
  const onMessage = (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== childOrigin) return;
    const { type, height } = event.data ?? {};
    if (type !== 'mrcc:height' || !Number.isFinite(height) || height < 0) return;
    iframe.style.height = `${Math.ceil(height)}px`; // CSSOM: allowed under a strict CSP
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
