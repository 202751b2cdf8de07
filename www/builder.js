// The embed builder: turns the form into the exact snippet a web team pastes (snippet.js), and
// previews it.
import { ATTRIBUTES, embedSnippet } from './snippet.js';

const form = document.getElementById('builder');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const refused = document.getElementById('refused');
const FALLBACK = {
  en: 'Talk with your care team about your treatment options.',
  es: 'Hable con su equipo de atención sobre sus opciones de tratamiento.',
};
// The package's static fallback of the built-in content, per language (fallback.html,
// fallback-es.html), fetched once when first asked for.
const FALLBACK_FILES = { en: 'mrcc-explorer/fallback.html', es: 'mrcc-explorer/fallback-es.html' };
const fullFallbacks = {};
// The package's SRI values (integrity.json beside the demo's copy of the package): undefined
// while being read, null when they cannot be (the snippet then says so).
let integrity;
fetch('mrcc-explorer/integrity.json')
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
  .then((values) => (integrity = values && typeof values === 'object' ? values : null), () => (integrity = null))
  .then(render);
// The preview's answers, as its last mrcc-change wrote them: the snippet can start with them,
// so that the situation is picked from the dataset's own questions, never typed.
let previewSituation = '';

function render() {
  const data = new FormData(form);
  if (data.get('situation-from-preview')) data.set('situation', previewSituation);
  const values = Object.fromEntries(data);
  const { text, used, refused: why } = embedSnippet(values, {
    fallback: (language) => fallback(language, data.get('full-fallback') && !String(values['data-src'] ?? '').trim()),
    integrity,
  });
  refused.textContent = why;
  snippet.textContent = text;
  const element = preview.querySelector('mrcc-explorer') ?? preview.appendChild(document.createElement('mrcc-explorer'));
  // The preview tells the builder its answers, for the snippet's situation (the snippet itself
  // never asks for them).
  element.setAttribute('share-answers', '');
  for (const name of ATTRIBUTES.filter((name) => !['resize-parent', 'situation'].includes(name))) {
    if (used.includes(name)) element.setAttribute(name, String(values[name]).trim());
    else element.removeAttribute(name);
  }
}

// The fallback inside the element: the whole built-in content of the chosen language (or a
// line, for a hospital's own dataset, whose fallback the hospital writes).
function fallback(language, full) {
  const file = `fallback${language === 'es' ? '-es' : ''}.html`;
  if (!full || fullFallbacks[language] === '') {
    return `  <!-- Fallback for readers without JavaScript: paste ${file} from the package here. -->\n  <p>${FALLBACK[language]}</p>\n`;
  }
  if (!(language in fullFallbacks)) {
    fullFallbacks[language] = null;
    fetch(FALLBACK_FILES[language])
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText))))
      .then((html) => (fullFallbacks[language] = html.trim()), () => (fullFallbacks[language] = '')) // unreadable: the short one
      .then(render);
  }
  const html = fullFallbacks[language];
  return html ? `  <!-- Fallback: ${file} from the package, the built-in content as static HTML. -->\n  ${html}\n` : '  <!-- loading the fallback... -->\n';
}

form.addEventListener('input', render);
preview.addEventListener('mrcc-change', (event) => {
  previewSituation = event.detail.situation;
  if (form.elements['situation-from-preview'].checked) render();
});
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Could not copy: select the snippet and copy it.';
  }
});
render();
