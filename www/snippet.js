// The embed builder's snippet, as text: what www/builder.js shows and copies. No DOM here, so
// that tests/element/builder.test.mjs runs it with plain node.

export const ATTRIBUTES = ['lang', 'appointment-url', 'support-url', 'data-src', 'situation', 'resize-parent'];
// The widget drops any other link; the builder says so instead of writing one that will vanish.
const LINKS = ['appointment-url', 'support-url'];
const SAFE_LINK = /^(https?|mailto|tel):./i;

/** For an HTML attribute value in double quotes, or text. Never for script: see `jsString`. */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `text` as a JavaScript string literal that is also safe inside a <script> element: JSON, with
 * `<` written `\u003c`, so that neither `</script` nor `<!--` can appear.
 */
const jsString = (text) => JSON.stringify(text).replace(/</g, '\\u003c');

/**
 * Whether `value` is a serialised origin (a scheme, a host and a port if not the default), as
 * resize-parent must be: the widget refuses anything else, '*' included (mrcc-explorer-height.js).
 */
export function isOrigin(value) {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** ` integrity="…" crossorigin="anonymous"` for `file`, or '' when its value is not known. */
const sri = (integrity, file) =>
  typeof integrity?.[file] === 'string' ? ` integrity="${escape(integrity[file])}" crossorigin="anonymous"` : '';

/**
 * The snippet for the form's `values` (by field name: src, the ATTRIBUTES, preload), with
 * `fallback(language)` inside the element. `integrity` maps the package's file names to their
 * `sha256-…` values (the package's integrity.json); null when they could not be read (the snippet
 * then says so), undefined while they are being read. Returns the text, the attributes written
 * (`used`) and why others were left out (`refused`, '' when none was).
 */
export function embedSnippet(values, { fallback = () => '', integrity } = {}) {
  const value = (name) => String(values[name] ?? '').trim();
  const unsafe = LINKS.filter((name) => value(name) && !SAFE_LINK.test(value(name)));
  const badOrigin = value('resize-parent') && !isOrigin(value('resize-parent'));
  const refused = [
    unsafe.length ? `${unsafe.join(' and ')} must start with https://, http://, mailto: or tel:.` : '',
    badOrigin ? 'resize-parent must be an origin such as https://portal.hospital.example (no path, no trailing slash, not *).' : '',
  ].filter(Boolean);
  const used = ATTRIBUTES.filter((name) => value(name) && !unsafe.includes(name) && !(name === 'resize-parent' && badOrigin));
  const src = value('src');
  const folder = src.slice(0, src.lastIndexOf('/') + 1);
  const entry = src.slice(folder.length);
  const language = value('lang') === 'es' ? 'es' : 'en';
  // Each load with the same integrity and CORS mode as the widget's own: a preload that differs
  // is not used, and the file is fetched twice.
  const preload = values.preload
    ? ['mrcc-explorer-core_bg.wasm', `mrcc-explorer-${language}.bin`]
        // Browsers ignore integrity on an as="fetch" preload (Chrome warns); the widget's fetch checks it.
        .map((file) => `<link rel="preload" href="${escape(folder + file)}" as="fetch" crossorigin>\n`)
        .join('') + `<link rel="preload" href="${escape(folder)}mrcc-explorer.css" as="style"${sri(integrity, 'mrcc-explorer.css')}>\n`
    : '';
  // Said in an HTML comment: nothing typed may end it.
  const named = entry.replace(/[<>]/g, '');
  const note =
    integrity === null
      ? '<!-- No integrity: mrcc-explorer/integrity.json (in the package) could not be read. Add\n' +
        '     integrity="sha256-…" crossorigin="anonymous" to each line below, from its integrity.json. -->\n'
      : integrity && !sri(integrity, entry)
        ? `<!-- No integrity: integrity.json (in the package) has no value for ${named}. Keep the\n` +
          '     package\'s file names, and add integrity="sha256-…" crossorigin="anonymous" from it. -->\n'
        : '';
  // The portal's module is checked as the widget's own later modules are: a modulepreload with
  // its integrity puts the checked module where the import then takes it.
  const parentFile = 'mrcc-explorer-parent.js';
  const parentPreload = sri(integrity, parentFile)
    ? `<link rel="modulepreload" href="${escape(folder + parentFile)}"${sri(integrity, parentFile)}>\n`
    : '';
  const parent = used.includes('resize-parent')
    ? '\n\n<!-- On the portal page, around its <iframe>: -->\n' +
      parentPreload +
      `<script type="module">\n  import { followHeight } from ${jsString(folder + 'mrcc-explorer-parent.js')};\n` +
      '  // The origin of the page that holds the snippet above:\n' +
      "  followHeight(document.querySelector('iframe'), 'https://widget.hospital.example');\n</script>"
    : '';
  const text =
    note +
    preload +
    `<script type="module" src="${escape(src)}"${sri(integrity, entry)}></script>\n\n` +
    `<mrcc-explorer${used.map((name) => ` ${name}="${escape(value(name))}"`).join('')}>\n` +
    fallback(language) +
    '</mrcc-explorer>' +
    parent;
  return { text, used, refused: refused.length ? `Left out: ${refused.join(' ')}` : '' };
}
