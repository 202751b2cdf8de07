// The reader's answers from a link they made (`#mrcc1=…`, src/core/ui/resume.rs): taken once
// per page, by the first widget that allows links, and removed from the address at once
// (`history.replaceState`, keeping the entry's state), so that they do not stay in the tab's
// history entry or reach the host page's analytics and error reports. Any other fragment is the
// host page's (a router's `#/route`, an anchor): never read, never changed.

let taken = false;

/** The page's `#mrcc<n>=…` fragment for `element`, removed from the address; else null. */
export function takeResume(element) {
  if (taken || element.getAttribute('share-link') === 'off') return null;
  const hash = location.hash;
  if (!/^#mrcc\d+=/.test(hash)) return null;
  taken = true;
  try {
    history.replaceState(history.state, '', location.href.split('#')[0]);
  } catch (error) {
    console.warn(`mrcc-explorer: the link's answers could not be removed from the address: ${error}`);
  }
  return hash;
}
