// The parent's origin comes from ?parent=... so that tests can name a wrong one.
const parent = new URLSearchParams(window.location.search).get('parent');
document.querySelector('mrcc-explorer').setAttribute('resize-parent', parent);
