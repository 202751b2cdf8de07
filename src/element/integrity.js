// Subresource Integrity for every file the widget loads after its entry module: the wasm, the
// content packs, the stylesheets and the modules imported later. tools/package.mjs writes each
// file's hash into INTEGRITY when it bundles the entry module, so the host's one `integrity` on
// that module's <script> covers them all: a changed byte in any of them is refused, and the
// element shows its fallback with `mrcc-error`. Empty in the sources (the element's unit tests
// load them unbundled, without hashes).

/** File name → `sha256-…`, written in by tools/package.mjs. */
export const INTEGRITY = {};

/**
 * The integrity of the package's file at `url` (undefined for a file it does not hash). A
 * bundler may add a content hash to the name, after a dash (Vite: `mrcc-explorer-en-details-B2x9.bin`)
 * or a dot (Astro, SvelteKit, Next.js: `mrcc-explorer-en-details.B2x9.bin`); a hash has no dot,
 * and the longest packaged name the file's name extends is the one (not `mrcc-explorer-en.bin`).
 */
export function integrityOf(url) {
  const name = String(url).split('/').pop();
  let found = '';
  for (const file in INTEGRITY) {
    const [stem, type] = file.split(/(?=\.\w+$)/);
    const hash = name.startsWith(stem) && name.endsWith(type) && name.slice(stem.length, -type.length);
    if ((name === file || /^[-.][\w-]+$/.test(hash)) && file.length > found.length) found = file;
  }
  return INTEGRITY[found];
}

/**
 * `fetch` of one of the package's files, refused by the browser if it is not the packaged one
 * (a missing file too: its error page is not it either, so the status is not told).
 */
export function fetchChecked(url, options) {
  const integrity = integrityOf(url);
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
    const integrity = integrityOf(href);
    const link = document.createElement('link');
    const preloaded = !integrity
      ? Promise.resolve()
      : link.relList.supports?.('modulepreload')
        ? new Promise((resolve, reject) => {
            Object.assign(link, { rel: 'modulepreload', href, integrity, onload: resolve, onerror: () => reject(new Error(`${href}: integrity`)) });
            document.head.append(link);
          })
        : fetch(href, { integrity }).then((response) => response.ok || Promise.reject(new Error(`${href}: HTTP ${response.status}`)));
    const loading = preloaded.then(() => import(href)).finally(() => link.remove());
    loading.catch(() => imports.delete(href)); // a later call may try again
    imports.set(href, loading);
  }
  return imports.get(href);
}
