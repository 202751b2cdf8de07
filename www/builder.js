// The embed builder: turns the form into the exact snippet a web team pastes, and previews it.
const form = document.getElementById('builder');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const refused = document.getElementById('refused');
const ATTRIBUTES = ['lang', 'appointment-url', 'support-url', 'data-src', 'situation', 'resize-parent'];
// The widget drops any other link; the builder says so instead of writing one that will vanish.
const LINKS = ['appointment-url', 'support-url'];
const SAFE_LINK = /^(https?|mailto|tel):./i;
const FALLBACK = {
  en: 'Talk with your care team about your treatment options.',
  es: 'Hable con su equipo de atención sobre sus opciones de tratamiento.',
};
// The package's static fallback of the built-in content, per language (fallback.html,
// fallback-es.html), fetched once when first asked for.
const FALLBACK_FILES = { en: 'mrcc-explorer/fallback.html', es: 'mrcc-explorer/fallback-es.html' };
const fullFallbacks = {};
// The preview's answers, as its last mrcc-change wrote them: the snippet can start with them,
// so that the situation is picked from the dataset's own questions, never typed.
let previewSituation = '';

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function render() {
  const data = new FormData(form);
  const value = (name) => String(data.get(name) ?? '').trim();
  const unsafe = LINKS.filter((name) => value(name) && !SAFE_LINK.test(value(name)));
  refused.textContent = unsafe.length
    ? `Left out: ${unsafe.join(' and ')} must start with https://, http://, mailto: or tel:.`
    : '';
  if (data.get('situation-from-preview')) data.set('situation', previewSituation);
  const used = ATTRIBUTES.filter((name) => value(name) && !unsafe.includes(name));
  const src = value('src');
  const folder = src.slice(0, src.lastIndexOf('/') + 1);
  const language = value('lang') === 'es' ? 'es' : 'en';
  const preload = data.get('preload')
    ? ['mrcc-explorer-core_bg.wasm', `mrcc-explorer-${language}.bin`]
        .map((file) => `<link rel="preload" href="${escape(folder + file)}" as="fetch" crossorigin>\n`)
        .join('') + `<link rel="preload" href="${escape(folder)}mrcc-explorer.css" as="style">\n`
    : '';
  const parent = value('resize-parent')
    ? '\n\n<!-- On the portal page, around its <iframe>: -->\n' +
      `<script type="module">\n  import { followHeight } from '${escape(folder)}mrcc-explorer-parent.js';\n` +
      "  // The origin of the page that holds the snippet above:\n" +
      "  followHeight(document.querySelector('iframe'), 'https://widget.hospital.example');\n</script>"
    : '';
  snippet.textContent =
    preload +
    `<script type="module" src="${escape(src)}"></script>\n\n` +
    `<mrcc-explorer${used.map((name) => ` ${name}="${escape(value(name))}"`).join('')}>\n` +
    fallback(language, data.get('full-fallback') && !value('data-src')) +
    '</mrcc-explorer>' +
    parent;
  const element = preview.querySelector('mrcc-explorer') ?? preview.appendChild(document.createElement('mrcc-explorer'));
  for (const name of ATTRIBUTES.filter((name) => !['resize-parent', 'situation'].includes(name))) {
    if (used.includes(name)) element.setAttribute(name, value(name));
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
