// The embed builder: turns the form into the exact snippet a web team pastes, and previews it.
const form = document.getElementById('builder');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const ATTRIBUTES = ['lang', 'appointment-url', 'support-url', 'data-src', 'situation'];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function render() {
  const data = new FormData(form);
  const attributes = ATTRIBUTES.filter((name) => data.get(name)).map((name) => ` ${name}="${escape(String(data.get(name)))}"`);
  snippet.textContent =
    `<script type="module" src="${escape(String(data.get('src')))}"></script>\n\n` +
    `<mrcc-explorer${attributes.join('')}>\n` +
    '  <!-- Fallback for readers without JavaScript: paste fallback.html from the package here. -->\n' +
    '  <p>Talk with your care team about your treatment options.</p>\n' +
    '</mrcc-explorer>';
  const element = preview.querySelector('mrcc-explorer') ?? preview.appendChild(document.createElement('mrcc-explorer'));
  for (const name of ATTRIBUTES) {
    const value = data.get(name);
    if (value) element.setAttribute(name, value);
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
