// Turns the built package (pkg/) into what a web team takes without Rust, in target/release/:
//   mrcc-explorer-<version>.tgz   the npm tarball (`npm pack`)
//   SHA256SUMS                    the tarball's and every packaged file's checksum (sha256sum -c)
//   integrity.json                Subresource Integrity values of the files a page loads
//   snippet.html                  the embed snippet, its module script checked by integrity
//
// Usage: node tools/release.mjs <pkg dir> <out dir>

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [pkg = 'pkg', out = 'target/release'] = process.argv.slice(2).map((path) => resolve(path));
const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const packed = JSON.parse(execFileSync('npm', ['pack', pkg, '--json', '--pack-destination', out], { encoding: 'utf8' }))[0];
const tarball = packed.filename;
// npm dates every file 1985-10-26, and a server then sends that as Last-Modified, which lets
// browsers reuse a stale copy for years (the web team walk of 2026-12-07). The same files are
// packed again with the date of the commit they were built from (SOURCE_DATE_EPOCH when set),
// so that the tarball stays reproducible and its dates are real.
const epoch = process.env.SOURCE_DATE_EPOCH ?? execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
const unpacked = join(out, 'unpacked');
mkdirSync(unpacked);
execFileSync('tar', ['-xzf', join(out, tarball), '-C', unpacked]);
execFileSync('sh', ['-c', 'tar --sort=name --owner=0 --group=0 --numeric-owner --mode=u+rw,go+r,go-w --mtime="@$1" -C "$2" -cf - package | gzip -n -9 > "$3"',
  'sh', epoch, unpacked, join(out, tarball)]);
rmSync(unpacked, { recursive: true });

const digest = (algorithm, bytes, encoding) => createHash(algorithm).update(bytes).digest(encoding);
const packagedFiles = packed.files.map((file) => file.path).sort();
const sums = [tarball, ...packagedFiles.map((file) => `package/${file}`)].map((name) => {
  const path = name === tarball ? join(out, tarball) : join(pkg, name.replace(/^package\//, ''));
  return `${digest('sha256', readFileSync(path), 'hex')}  ${name}`;
});
writeFileSync(join(out, 'SHA256SUMS'), sums.join('\n') + '\n');

// What a page loads: the module, then the wasm, the content and its details (and the
// validator, only for a host dataset; the stylesheets, only in browsers without
// constructable stylesheets).
const loaded = packagedFiles.filter((file) => /\.(js|wasm|bin|css)$/.test(file) && !/^(react|vue|svelte)\.js$/.test(file));
// sha256, as the module's own hashes of the files it loads (tools/package.mjs): a preload is
// used only when its integrity is the one the widget fetches with.
const integrity = Object.fromEntries(loaded.map((file) => [file, `sha256-${digest('sha256', readFileSync(join(pkg, file)), 'base64')}`]));
writeFileSync(join(out, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');

// A folder per version, never overwritten, so that long caching is safe (docs/web-teams.md, "Deploying and
// updating").
const base = `/assets/mrcc-explorer/${manifest.version}`;
const check = (file) => `integrity="${integrity[file]}" crossorigin="anonymous"`;
writeFileSync(join(out, 'snippet.html'), `<!-- mrcc-explorer ${manifest.version}: copy the package's files to ${base}/ (any path: change it below).
     The integrity values let the browser refuse a file that is not this release's: the module's
     covers every file it loads (their hashes are in it); the stylesheet's preload must carry its
     own, or the browser fetches the file twice (browsers ignore integrity on as="fetch"). -->
<link rel="preload" href="${base}/mrcc-explorer-core_bg.wasm" as="fetch" crossorigin>
<link rel="preload" href="${base}/mrcc-explorer-en.bin" as="fetch" crossorigin>
<link rel="preload" href="${base}/mrcc-explorer.css" as="style" ${check('mrcc-explorer.css')}>
<script type="module" src="${base}/mrcc-explorer.js" ${check('mrcc-explorer.js')}></script>

<mrcc-explorer appointment-url="https://hospital.example/appointments">
  <h2>Treatment options for metastatic kidney cancer</h2>
  <p>Talk with your care team about which options fit your situation.</p>
</mrcc-explorer>
`);

console.log(`release: ${join(out, tarball)} (${(readFileSync(join(out, tarball)).length / 1000).toFixed(1)} KB, ${packagedFiles.length} files, dated ${new Date(epoch * 1000).toISOString()})`);
console.log(`release: ${join(out, 'SHA256SUMS')}, integrity.json, snippet.html`);
for (const file of readdirSync(out)) if (!['SHA256SUMS', 'integrity.json', 'snippet.html', tarball].includes(file)) rmSync(join(out, file));
