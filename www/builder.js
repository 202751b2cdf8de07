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

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function render() {
  const data = new FormData(form);
  const value = (name) => String(data.get(name) ?? '').trim();
  const unsafe = LINKS.filter((name) => value(name) && !SAFE_LINK.test(value(name)));
  refused.textContent = unsafe.length
    ? `Left out: ${unsafe.join(' and ')} must start with https://, http://, mailto: or tel:.`
    : '';
  const used = ATTRIBUTES.filter((name) => value(name) && !unsafe.includes(name));
  const src = value('src');
  const folder = src.slice(0, src.lastIndexOf('/') + 1);
  const language = value('lang') === 'es' ? 'es' : 'en';
  const preload = data.get('preload')
    ? ['mrcc-explorer-core_bg.wasm', `mrcc-explorer-${language}.bin`]
        .map((file) => `<link rel="preload" href="${escape(folder + file)}" as="fetch" crossorigin>\n`)
        .join('')
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
    '  <!-- Fallback for readers without JavaScript: paste fallback' + (language === 'es' ? '-es' : '') +
    '.html from the package here. -->\n' +
    `  <p>${FALLBACK[language]}</p>\n` +
    '</mrcc-explorer>' +
    parent;
  const element = preview.querySelector('mrcc-explorer') ?? preview.appendChild(document.createElement('mrcc-explorer'));
  for (const name of ATTRIBUTES.filter((name) => name !== 'resize-parent')) {
    if (used.includes(name)) element.setAttribute(name, value(name));
    else element.removeAttribute(name);
  }
}

form.addEventListener('input', render);
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
