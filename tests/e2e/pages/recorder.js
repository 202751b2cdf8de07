// Records, from before the widget loads, what the cross-engine checks read (tests/engines):
// the widget's events, console errors and warnings, uncaught errors and CSP violations. A
// WebDriver client cannot read every engine's console (WebKitWebDriver has no log channel),
// so the page keeps its own record. `?lang=es` sets the document's language first.
window.__rec = { events: [], problems: [] };
// The checks read the widget's shadow root, closed on a live page.
window.MRCC_EXPLORER_OPEN_SHADOW_ROOT_FOR_TESTS = true;
const language = new URLSearchParams(location.search).get('lang');
if (language) document.documentElement.lang = language;
for (const type of ['mrcc-ready', 'mrcc-change', 'mrcc-error']) {
  document.addEventListener(type, (event) => window.__rec.events.push({ type, detail: event.detail }));
}
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__rec.problems.push(`console.${level}: ${args.join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (event) => window.__rec.problems.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.__rec.problems.push(`unhandled rejection: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) =>
  window.__rec.problems.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
