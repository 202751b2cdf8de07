// Subresource Integrity for every file the widget loads after its entry module: the wasm, the
// content packs, the stylesheets and the modules imported later. tools/package.mjs writes each
// file's hash into INTEGRITY when it bundles the entry module, so the host's one `integrity` on
// that module's <script> covers them all: a changed byte in any of them is refused, and the
// element shows its fallback with `mrcc-error`. Empty in the sources (the element's unit tests
// load them unbundled, without hashes).
//
// A chain: the files loaded only after the first render (the details' stylesheet, the print
// rule, another language's details, the share module) have their hashes in the module loaded
// after the first render (mrcc-explorer-after.js, src/element/later-integrity.js), whose own hash
// is here. Each hash is 41 B of brotli at start that no compressor can take out.

/** File name → `sha256-…`, written in by tools/package.mjs. */
export const INTEGRITY = {};

/** The module loaded after the first render, which holds the later files' hashes. */
export const afterModule = () => importChecked(new URL('./mrcc-explorer-after.js', import.meta.url));

/**
 * The integrity of the package's file at `url` (undefined for a file it does not hash). A
 * bundler may add a content hash to the name, after a dash (Vite: `mrcc-explorer-en-details-B2x9.bin`)
 * or a dot (Astro, SvelteKit, Next.js: `mrcc-explorer-en-details.B2x9.bin`); a hash has no dot,
 * and the longest packaged name the file's name extends is the one (not `mrcc-explorer-en.bin`).
 */
export function integrityOf(url, table = INTEGRITY) {
  const name = String(url).split('/').pop();
  let found = '';
  for (const file in table) {
    const [stem, type] = file.split(/(?=\.\w+$)/);
    const hash = name.startsWith(stem) && name.endsWith(type) && name.slice(stem.length, -type.length);
    if ((name === file || /^[-.][\w-]+$/.test(hash)) && file.length > found.length) found = file;
  }
  return table[found];
}

let later;
/**
 * The integrity of the package's file at `url`, from the chain: this module's table, else the
 * later files' (none in the sources, which have no hashes). Rejects when the module that holds
 * them cannot load, so that a file it checks is never fetched unchecked.
 */
export async function integrityFor(url) {
  // The table names the chained files too, with an empty value: a bundler's renamed file is
  // matched by its longest packaged name, which must not be a shorter one of the entry's
  // (`mrcc-explorer.css` for `mrcc-explorer-details.css`).
  const integrity = integrityOf(url);
  if (integrity !== '') return integrity;
  later ??= afterModule().then(({ INTEGRITY }) => INTEGRITY, (error) => {
    later = null; // a later call may try again
    throw error;
  });
  return integrityOf(url, await later);
}

/**
 * `fetch` of one of the package's files, refused by the browser if it is not the packaged one
 * (a missing file too: its error page is not it either, so the status is not told).
 */
export async function fetchChecked(url, options) {
  const integrity = await integrityFor(url);
  const get = (cache) => fetch(url, { ...options, integrity, cache });
  // Refused, it may be a stale copy in the browser's cache (a release copied over the last one
  // at the same URL): once more from the server, which also replaces the cached copy.
  return get().catch(() => get('reload')).catch((cause) => {
    throw integrity ? new Error(`${cause}: missing, or not the package's file`) : cause;
  });
}

const imports = new Map();
/**
 * `import()` of one of the package's modules, checked: a `modulepreload` link with its integrity
 * puts the checked module in the page's module map, which `import()` then takes (it fetches a
 * URL once per page). Where a browser lacks modulepreload, the module's text is fetched with its
 * integrity first (a weaker check: the import may fetch it again). Rejects if the file is not
 * the packaged one.
 */
export function importChecked(url) {
  const href = String(url);
  if (!imports.has(href)) {
    const link = document.createElement('link');
    const preloaded = integrityFor(href).then((integrity) =>
      !integrity
        ? null
        : link.relList.supports?.('modulepreload')
          ? new Promise((resolve, reject) => {
              Object.assign(link, { rel: 'modulepreload', href, integrity, onload: resolve, onerror: () => reject(new Error(`${href}: integrity`)) });
              document.head.append(link);
            })
          : fetch(href, { integrity }).then((response) => response.ok || Promise.reject(new Error(`${href}: HTTP ${response.status}`))));
    const loading = preloaded.then(() => import(href)).finally(() => link.remove());
    loading.catch(() => imports.delete(href)); // a later call may try again
    imports.set(href, loading);
  }
  return imports.get(href);
}
