// What the shipped wasm holds, for size work (`make size`): the size of each wasm section, raw
// and brotli, then twiggy's largest items in a copy of the same build that keeps function names.
//
// Usage: node tools/size.mjs <shipped wasm> <named wasm> <twiggy binary>

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';

const [shipped, named, twiggy] = process.argv.slice(2);
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

// The wasm binary format: a magic number and version, then sections of (id, LEB128 size, body).
const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count'];
function sections(bytes) {
  const out = new Map();
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return value;
    }
  };
  while (at < bytes.length) {
    const name = SECTION_NAMES[bytes[at++]] ?? 'unknown';
    const size = leb();
    const body = bytes.subarray(at, at + size);
    const row = out.get(name) ?? { raw: 0, parts: [] };
    row.raw += size;
    row.parts.push(body);
    out.set(name, row);
    at += size;
  }
  return [...out].map(([name, { raw, parts }]) => ({ name, raw, brotli: brotli(Buffer.concat(parts)) }));
}

const bytes = readFileSync(shipped);
const rows = sections(bytes).sort((a, b) => b.raw - a.raw);
const lines = [`${shipped}: ${bytes.length} bytes, ${brotli(bytes)} brotli`, '', `${'section'.padEnd(12)} ${'raw'.padStart(9)} ${'brotli'.padStart(9)}`];
for (const row of rows) lines.push(`${row.name.padEnd(12)} ${String(row.raw).padStart(9)} ${String(row.brotli).padStart(9)}`);
lines.push('', 'largest items (twiggy top, names kept; inlining makes a function hold what it calls):');
lines.push(execFileSync(twiggy, ['top', '-n', '30', named], { encoding: 'utf8' }));
const report = lines.join('\n');
console.log(report);
mkdirSync('target', { recursive: true });
writeFileSync('target/size.txt', report + '\n');
