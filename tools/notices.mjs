// Writes THIRD-PARTY-NOTICES.md to standard output: every crate compiled into the package's two
// wasm modules (cargo tree, wasm32, normal dependencies; proc-macros only run at build time and
// are left out), with its licence and repository, then each distinct licence file of theirs,
// once, with the crates it comes from. Licence files are read from cargo's registry copy of
// each crate, which the build has just compiled. Hospital procurement asks for this list.
//
// Usage: node tools/notices.mjs > pkg/THIRD-PARTY-NOTICES.md

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const tree = execFileSync(
  'cargo',
  ['tree', '-p', 'mrcc-core-wasm', '-p', 'mrcc-validator-wasm', '--target', 'wasm32-unknown-unknown', '-e', 'normal',
    '--prefix', 'none', '--format', '{p}|{l}|{r}'],
  { encoding: 'utf8' },
);
const crates = new Map();
for (const line of tree.split('\n')) {
  const [what, license, repository = ''] = line.split('|');
  const match = /^(\S+) v(\S+)( \((.*)\))?/.exec(what ?? '');
  if (!match || match[4] === 'proc-macro' || match[1].startsWith('mrcc-')) continue;
  crates.set(`${match[1]} ${match[2]}`, { name: match[1], version: match[2], license, repository: repository.replace(' (*)', '') });
}

const registry = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'registry/src');
const sources = existsSync(registry) ? readdirSync(registry).map((index) => join(registry, index)) : [];
const texts = new Map(); // hash -> { text, crates }
const missing = [];
for (const crate of [...crates.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  const folder = sources.map((index) => join(index, `${crate.name}-${crate.version}`)).find(existsSync);
  const files = folder ? readdirSync(folder).filter((file) => /^(LICEN[CS]E|COPYING|UNLICENSE|NOTICE)/i.test(file)).sort() : [];
  if (!files.length) missing.push(crate);
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8').trim();
    const hash = createHash('sha256').update(text).digest('hex');
    if (!texts.has(hash)) texts.set(hash, { text, crates: [] });
    texts.get(hash).crates.push(`${crate.name} ${crate.version} (${file})`);
  }
}

let out = `# Third-party notices

The package's two WebAssembly modules (mrcc-explorer-core_bg.wasm, mrcc-explorer-validator_bg.wasm)
and their JavaScript glue contain code from these Rust crates. The widget's own code is
Apache-2.0 (LICENSE). \`yew\` is used with four small patches (vendor/yew-0.23.0/PATCH.md in the
source).

| crate | version | licence | repository |
|---|---|---|---|
`;
for (const crate of [...crates.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  out += `| ${crate.name} | ${crate.version} | ${crate.license} | ${crate.repository} |\n`;
}
if (missing.length) {
  out += `\nNo licence file in the published crate of: ${missing.map((c) => `${c.name} ${c.version}`).join(', ')}; its licence is the one named above.\n`;
}
// JavaScript bundled into the package's modules from npm (tools/package.mjs), with its licence
// file from node_modules.
const BUNDLED = [{ name: 'uqr', into: 'mrcc-explorer-share.js (the QR code of a link to the answers)' }];
out += '\nThe package\'s JavaScript bundles these npm packages:\n\n| package | version | licence | into |\n|---|---|---|---|\n';
for (const bundled of BUNDLED) {
  const folder = join('node_modules', bundled.name);
  const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  out += `| ${bundled.name} | ${version} | ${license} | ${bundled.into} |\n`;
  const text = readFileSync(join(folder, 'LICENSE'), 'utf8').trim();
  const hash = createHash('sha256').update(text).digest('hex');
  if (!texts.has(hash)) texts.set(hash, { text, crates: [] });
  texts.get(hash).crates.push(`${bundled.name} ${version} (LICENSE)`);
}
out += '\n## Licence texts\n';
for (const { text, crates: from } of texts.values()) {
  out += `\n### ${from.join(', ')}\n\n\`\`\`text\n${text}\n\`\`\`\n`;
}
process.stdout.write(out);
