// node elsize.mjs <element src dir> <files to hash, comma-separated or 'all'>: brotli of the bundled entry
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
const [dir, list] = process.argv.slice(2);
const pkg = '/work/main/pkg'; const GLUE = process.env.GLUE || '/tmp/glue/mrcc-explorer-core.js';
const all = readdirSync(pkg).filter((f) => /\.(wasm|bin|css)$/.test(f) || /^mrcc-explorer-(validator|download|height|share|activity|knowledge|care)\.js$/.test(f)).sort();
const skip = (list || '').split(',').filter(Boolean);
const files = all.filter((f) => !skip.includes(f));
const checked = Object.fromEntries(files.map((f) => [f, `sha256-${createHash('sha256').update(readFileSync(join(pkg, f))).digest('base64')}`]));
const glue = { name: 'glue', setup: (b) => b.onResolve({ filter: /^\.\/mrcc-explorer-core\.js$/ }, () => ({ path: GLUE })) };
const integrity = { name: 'integrity', setup: (b) => b.onLoad({ filter: /integrity\.js$/ }, (a) => ({ contents: readFileSync(a.path, 'utf8').replace('export const INTEGRITY = {};', `export const INTEGRITY = ${JSON.stringify(checked)};`), loader: 'js' })) };
const out = await build({ entryPoints: [join(dir, 'mrcc-explorer.js')], write: false, bundle: true, minify: true, format: 'esm', target: 'es2022', legalComments: 'none', plugins: [glue, integrity], logLevel: 'error' });
const code = out.outputFiles[0].contents;
console.log(code.length, brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length } }).length);
