// In an iframe with resize-parent="ORIGIN", the element posts its page's height to the parent,
// and only to that origin (never '*'). See mrcc-explorer-parent.js for the parent's side. A
// module of its own, loaded only by pages in a frame that set resize-parent.

/**
 * The height of the page's content: the lowest bottom edge among the body's children, and what
 * follows it. Not documentElement.scrollHeight, which inside a frame is never less than the
 * frame itself: the frame could grow but never shrink back.
 */
export function contentHeight() {
  const px = (value) => parseFloat(value) || 0;
  let bottom = 0;
  for (const child of document.body.children) {
    const style = getComputedStyle(child);
    if (style.display === 'none' || style.position === 'fixed') continue;
    bottom = Math.max(bottom, child.getBoundingClientRect().bottom + px(style.marginBottom));
  }
  const body = getComputedStyle(document.body);
  return Math.ceil(bottom + window.scrollY + px(body.paddingBottom) + px(body.borderBottomWidth) + px(body.marginBottom));
}

// A refused resize-parent is reported once per element and value, not on each connection.
const warned = new WeakMap(); // element -> the refused values already reported

/**
 * Whether `value` is a serialised origin, as `event.origin` and `location.origin` are: a scheme,
 * a host and a port if not the default, nothing else. Not '*', not a bare host, not a URL with a
 * path or a trailing slash (postMessage would take those), not one padded with spaces.
 */
const isOrigin = (value) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
};

/**
 * Posts the content's height to `origin` whenever `element` changes size, if the page is in a
 * frame. Returns the observer (to disconnect), or null when there is nothing to watch. An
 * `origin` that is not a serialised origin (isOrigin) is refused with a warning: nothing is
 * posted, so that the heights (what the reader opens) never go to '*' or to a guessed origin.
 */
export function postHeightTo(origin, element) {
  if (!origin) return null;
  if (!isOrigin(origin)) {
    const values = warned.get(element) ?? new Set();
    warned.set(element, values);
    if (!values.has(origin)) {
      values.add(origin);
      console.warn(
        `mrcc-explorer: resize-parent ${JSON.stringify(origin)} is not an origin such as ` +
          "https://portal.hospital.example (no path, no trailing slash, never '*'): the height is not posted",
      );
    }
    return null;
  }
  if (window.parent === window || !element.isConnected) return null;
  const observer = new ResizeObserver(() => {
    window.parent.postMessage({ type: 'mrcc:height', height: contentHeight() }, origin);
  });
  observer.observe(element);
  return observer;
}
