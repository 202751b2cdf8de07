// A host page's hash router (tests/e2e/share.test.mjs): `#/name` shows "Route: name"; every hash
// change is counted, so a test can see that the widget never changes the host's hash.
window.__hashChanges = 0;
function show() {
  const route = document.getElementById('route');
  if (route) route.textContent = location.hash.startsWith('#/') ? `Route: ${location.hash.slice(2)}` : '(no route)';
}
window.addEventListener('hashchange', () => {
  window.__hashChanges += 1;
  show();
});
document.addEventListener('DOMContentLoaded', show);
