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

/**
 * Posts the content's height to `origin` whenever `element` changes size, if the page is in a
 * frame. Returns the observer (to disconnect), or null when there is nothing to watch.
 */
export function postHeightTo(origin, element) {
  if (!origin || window.parent === window || !element.isConnected) return null;
  const observer = new ResizeObserver(() => {
    window.parent.postMessage({ type: 'mrcc:height', height: contentHeight() }, origin);
  });
  observer.observe(element);
  return observer;
}
