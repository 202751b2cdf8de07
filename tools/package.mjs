// Turns the wasm-bindgen output in pkg/ into the distributable package:
// bundles the element's JS (src/element/) and minifies it with the glue, writes package.json from pkg-config/ with the crate's version,
// checks that `files` covers every file the modules load, and prints the transfer sizes.
//
// Usage: node tools/package.mjs <pkg dir>

import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, transformSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = process.argv[2] ?? join(root, 'pkg');
const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
if (!version) throw new Error('no version in Cargo.toml');

// The package's modules, minified. Each entry point (mrcc-explorer.js, which defines the
// element; define.js, which lets the host name it) is the whole widget in one module: the
// element's modules (src/element/) and the wasm-bindgen glue, so that a page fetches one module
// and then the wasm and its content at once. The validator's glue, the download and the height
// modules stay modules of their own, imported (by URL, checked: src/element/integrity.js) only by
// the pages that need them. The entry points are built last, once every file they load is final:
// its hash goes into them.
const glue = {
  name: 'glue',
  setup: (esbuild) => {
    esbuild.onResolve({ filter: /^\.\/mrcc-explorer-core\.js$/ }, () => ({ path: resolve(pkg, 'mrcc-explorer-core.js') }));
  },
};
copyFileSync(join(root, 'src/element/mrcc-explorer-parent.js'), join(pkg, 'mrcc-explorer-parent.js'));
for (const file of ['mrcc-explorer-parent.js', 'mrcc-explorer-validator.js']) {
  const source = readFileSync(join(pkg, file), 'utf8');
  const { code } = transformSync(source, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
  writeFileSync(join(pkg, file), code);
}
// The widget's stylesheets and the summary's print rule, minified (src/element/styles.js loads them).
for (const [source, file] of [['styles.css', 'mrcc-explorer.css'], ['details.css', 'mrcc-explorer-details.css'], ['print.css', 'mrcc-explorer-print.css']]) {
  const css = readFileSync(join(root, 'src/element', source), 'utf8');
  writeFileSync(join(pkg, file), transformSync(css, { loader: 'css', minify: true, legalComments: 'none' }).code);
}
// The hashes of the files loaded only after the first render, which ride in the module loaded
// after it (src/element/later-integrity.js), itself hashed into the entry module: a chain
// (src/element/integrity.js says why).
const digest = (algorithm, file) => `${algorithm}-${createHash(algorithm).update(readFileSync(join(pkg, file))).digest('base64')}`;
const { BUILT_IN } = await import('../src/element/contract.js');
const [first, ...others] = Object.keys(BUILT_IN);
const CHAINED = ['mrcc-explorer-details.css', 'mrcc-explorer-print.css', 'mrcc-explorer-share.js', ...others.map((language) => `mrcc-explorer-${language}-details.bin`)];
const fillIn = (filter, empty, table) => ({
  name: 'integrity',
  setup: (esbuild) => {
    esbuild.onLoad({ filter }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(empty)) throw new Error(`${args.path}: no "${empty}" to fill in`);
      return { contents: source.replace(empty, `export const INTEGRITY = ${JSON.stringify(table())};`), loader: 'js' };
    });
  },
});
// The share module, with its codec and the QR code's encoder (uqr, MIT: its notice is in
// THIRD-PARTY-NOTICES) bundled in; what the element loads after the first render (the activity
// events, the knowledge check, the summary's end with the care team's page and the codec's
// reading of the answers, the summary's file, the height for a parent page), one module so that
// its one hash is all the entry module carries for them.
for (const name of ['share', 'after']) await build({
  plugins: [fillIn(/src[\\/]element[\\/]later-integrity\.js$/, 'export const INTEGRITY = {};', () => Object.fromEntries(CHAINED.map((file) => [file, digest('sha256', file)])))],
  entryPoints: [join(root, `src/element/mrcc-explorer-${name}.js`)],
  outfile: join(pkg, `mrcc-explorer-${name}.js`),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  allowOverwrite: true,
});
// Every file the entry module loads, hashed into it (src/element/integrity.js), so that the
// host's one `integrity` on the entry module covers them all. sha256: 44 characters a file in
// the start's transfer, where sha384's 64 would cost a third more for no practical gain; and
// the host's values (integrity.json) the same, since a browser uses a preload only when its
// integrity is the one the widget then fetches with.
// The chained files are named with an empty value (src/element/integrity.js, integrityFor).
const LOADED_LATER = readdirSync(pkg).filter((file) => /\.(wasm|bin|css)$/.test(file) || /^mrcc-explorer-(validator|share|after)\.js$/.test(file)).sort();
const checked = Object.fromEntries(LOADED_LATER.map((file) => [file, CHAINED.includes(file) ? '' : digest('sha256', file)]));
const integrity = fillIn(/src[\\/]element[\\/]integrity\.js$/, 'export const INTEGRITY = {};', () => checked);
for (const entry of ['mrcc-explorer.js', 'define.js']) {
  await build({
    entryPoints: [join(root, 'src/element', entry)],
    outfile: join(pkg, entry),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    plugins: [glue, integrity],
    logLevel: 'warning',
    allowOverwrite: true,
  });
  // The one `import(url)` (src/element/integrity.js, importChecked) is the browser's, not a host
  // bundler's: webpack and Turbopack replace an `import()` of a computed URL with a throw
  // ("Cannot find module as expression is too dynamic") unless told to leave it. Minifying drops
  // the comment that tells them, so it is put back here.
  const file = join(pkg, entry);
  const code = readFileSync(file, 'utf8');
  const imports = code.match(/\bimport\((\w+)\)/g) ?? [];
  if (imports.length !== 1) throw new Error(`${entry}: expected one import() of a URL, found ${imports.length}`);
  writeFileSync(file, code.replace(/\bimport\((\w+)\)/, 'import(/*webpackIgnore:true*/$1)'));
}

rmSync(join(pkg, 'mrcc-explorer-core.js'));
for (const file of ['mrcc-explorer.d.ts', 'define.d.ts', 'mrcc-explorer-parent.d.ts', 'react.d.ts', 'vue.d.ts', 'svelte.d.ts',
  'README.md', 'custom-elements.json']) {
  copyFileSync(join(root, 'pkg-config', file), join(pkg, file));
}
for (const file of ['CHANGELOG.md', 'LICENSE']) copyFileSync(join(root, file), join(pkg, file));
// mrcc-explorer/react, /vue, /svelte: the main entry, with their framework's typings beside.
for (const framework of ['react', 'vue', 'svelte']) {
  copyFileSync(join(root, `src/element/framework-${framework}.js`), join(pkg, `${framework}.js`));
}
// Every entry point under the "react-server" condition (React server components): the same
// names, and nothing runs there (src/element/server.js).
copyFileSync(join(root, 'src/element/server.js'), join(pkg, 'server.js'));

// Loaded only by the pages that need them: the Spanish content, and the validator module for a
// host's own dataset (see src/element/loading.js). Loaded after the first render: the built-in
// content's details (content/split.rs). The packed content (*.bin) is written by
// `mrcc-content pack` (Makefile).
const ON_DEMAND = [
  ...others.flatMap((language) => [`mrcc-explorer-${language}.bin`, `mrcc-explorer-${language}-details.bin`]),
  'mrcc-explorer-validator.js',
  'mrcc-explorer-validator_bg.wasm',
  'mrcc-explorer-print.css',
  'mrcc-explorer-share.js',
];
const AFTER_FIRST_RENDER = [`mrcc-explorer-${first}-details.bin`, 'mrcc-explorer-details.css', 'mrcc-explorer-after.js'];

const manifest = JSON.parse(readFileSync(join(root, 'pkg-config/package.json'), 'utf8'));
manifest.version = version;
writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

// Every file reachable from the entry module through static and dynamic imports and
// `new URL('./x', import.meta.url)` must be listed in `files`, or `npm pack` would drop it.
const loaded = new Set();
const queue = [manifest.exports['.'].default.replace('./', '')];
while (queue.length) {
  const file = queue.pop();
  if (loaded.has(file)) continue;
  loaded.add(file);
  if (!file.endsWith('.js')) continue;
  const source = readFileSync(join(pkg, file), 'utf8');
  const references = [
    ...source.matchAll(/(?:import|export)[^'"]*?from\s*['"](\.\/[^'"]+)['"]/g),
    ...source.matchAll(/new URL\(\s*['"](\.\/[^'"]+)['"]\s*,\s*import\.meta\.url/g),
    ...source.matchAll(/import\(\s*['"](\.\/[^'"]+)['"]\s*\)/g),
    ...source.matchAll(/import\s*['"](\.\/[^'"]+)['"]/g),
  ];
  for (const [, path] of references) queue.push(path.replace('./', ''));
}
const missing = [...loaded].filter((file) => !manifest.files.includes(file));
if (missing.length) throw new Error(`pkg-config/package.json "files" lacks: ${missing.join(', ')}`);
// Every file the entry module reaches is checked by the hash written into it; and the host's
// list of them all (its own `integrity` values, for the entry module's <script> and preloads,
// and for the embed builder of the demo site), the same sha256 values.
const entry = manifest.exports['.'].default.replace('./', '');
// (or by the hash in the module loaded after the first render, whose own hash is there: the
// chain of src/element/integrity.js).
const after = readFileSync(join(pkg, 'mrcc-explorer-after.js'), 'utf8');
const chained = (file) => CHAINED.includes(file) && checked['mrcc-explorer-after.js'] && after.includes(`"${file}":"${digest('sha256', file)}"`);
const unchecked = [...loaded].filter((file) => file !== entry && !checked[file] && !chained(file));
if (unchecked.length) throw new Error(`the entry module loads files it does not check: ${unchecked.join(', ')}`);
const hostIntegrity = Object.fromEntries(
  [...new Set([...loaded, 'define.js', 'mrcc-explorer-parent.js'])].sort().map((file) => [file, digest('sha256', file)]),
);
writeFileSync(join(pkg, 'integrity.json'), JSON.stringify(hostIntegrity, null, 2) + '\n');

// The demo site's module and stylesheet preload carry their integrity, as a host's should (a
// browser uses a stylesheet's preload only with the integrity the widget links it with; it
// ignores, with a warning, integrity on an `as="fetch"` preload, whose file the widget's fetch
// then checks): written into www/index.html, which changes only when one of those files does.
const demo = join(root, 'www/index.html');
const demoHtml = readFileSync(demo, 'utf8');
const preloaded = demoHtml.replace(
  /(<link rel="preload" href="mrcc-explorer\/([^"]+)" as="(fetch|style)"|<script type="module" src="mrcc-explorer\/(mrcc-explorer\.js)")[^>]*>/g,
  (_, start, preload, as, module) =>
    as === 'fetch' ? `${start} crossorigin>` : `${start} integrity="${hostIntegrity[preload ?? module]}" crossorigin="anonymous">`,
);
if (preloaded !== demoHtml) writeFileSync(demo, preloaded);

const absent = manifest.files.filter((file) => !readdirSync(pkg).includes(file));
if (absent.length) throw new Error(`files listed but not built: ${absent.join(', ')}`);

// Transfer sizes of what a page loads at start, then of what only some pages load.
const size = (file) => {
  const bytes = readFileSync(join(pkg, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
};
const rows = [...loaded].filter((file) => !ON_DEMAND.includes(file) && !AFTER_FIRST_RENDER.includes(file)).sort().map(size);
const onDemand = ON_DEMAND.map(size);
const afterFirstRender = AFTER_FIRST_RENDER.map(size);
const total = rows.reduce(
  (sum, row) => ({ file: 'total', raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log(`\nmrcc-explorer ${version}: files loaded at start (KB = 1000 bytes)`);
console.log(`${'file'.padEnd(30)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
for (const row of [...rows, total]) {
  console.log(`${row.file.padEnd(30)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
}
console.log('loaded after the first render:');
for (const row of afterFirstRender) {
  console.log(`${row.file.padEnd(30)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
}
console.log('loaded only by pages that need them:');
for (const row of onDemand) {
  console.log(`${row.file.padEnd(30)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
}
mkdirSync(join(root, 'target'), { recursive: true });
writeFileSync(join(root, 'target/size-report.json'), JSON.stringify({ version, files: rows, total, afterFirstRender, onDemand }, null, 2) + '\n');

// A ceiling on what a page downloads, so that growth is a decision, not an accident.
const budget = Number(process.env.SIZE_BUDGET_BROTLI ?? Infinity);
if (total.brotli > budget) {
  throw new Error(`brotli transfer ${total.brotli} bytes is over the budget of ${budget} bytes (SIZE_BUDGET_BROTLI)`);
}
console.log(`brotli transfer ${total.brotli} bytes; budget ${budget} bytes`);
