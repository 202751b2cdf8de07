// The share codec (src/element/share-codec.js), in Node: links and codes round-trip every
// answer, a link from other content fills in what exists, a mistyped code is caught, and
// fuzzed input never throws anything but the codec's refusals nor yields a number out of range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CodeError,
  MISSED_ANSWERS,
  MISSED_QUESTIONS,
  decodeCode,
  decodeLink,
  encodeCode,
  encodeLink,
  parseStructure,
} from '../../src/element/share-codec.js';

// The structure as the core's `text('@structure')` writes it (src/core/ui/resume.rs), from the content.
function structureText(file) {
  const d = JSON.parse(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'));
  const lines = d.criteria.map((c) => `c ${c.id} ${c.multiple ? '+' : '1'} ${c.choices.map((x) => x.id).join(',')}`);
  lines.push(`v ${(d.values ?? []).map((v) => v.id).join(',')}`);
  lines.push(`o ${d.options.map((o) => `${o.id}:${(o.questions ?? []).length}`).join(',')}`);
  lines.push(`f ${d.imdc.factors.map((f) => f.id).join(',')}`);
  return lines.join('\n');
}
const S = parseStructure(structureText('en.json'));

// A deterministic generator, so a failure is the same on every run.
function random(seed) {
  return () => ((seed = (Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

/** Positions a reader could have, as the core writes them. */
function positions(r) {
  const out = [];
  for (const c of S.criteria) c.multiple ? c.choices.forEach(() => out.push(r() < 0.3 ? 1 : 0)) : out.push(Math.floor(r() * (c.choices.length + 1)));
  S.values.forEach(() => out.push(Math.floor(r() * 4)));
  for (let k = 0; k < 4; k++) out.push(Math.floor(r() * 3));
  out.push(Math.floor(r() * (S.options.length + 2)));
  S.options.forEach((o) => Array.from({ length: o.questions }, () => out.push(r() < 0.2 ? 1 : 0)));
  const none = r() < 0.2 ? 1 : 0;
  out.push(none);
  S.factors.forEach(() => out.push(none ? 0 : r() < 0.3 ? 1 : 0));
  return out;
}

/** What survives `include`: the parts not ticked in read as zeros. */
function kept(list, include) {
  const answers = S.criteria.reduce((n, c) => n + (c.multiple ? c.choices.length : 1), 0);
  const ratings = S.values.length + 5;
  const questions = S.options.reduce((n, o) => n + o.questions, 0);
  return list.map((value, i) => {
    if (i < answers) return value;
    if (i < answers + ratings) return include & 1 ? value : 0;
    if (i < answers + ratings + questions) return include & 2 ? value : 0;
    return include & 4 ? value : 0;
  });
}

test('links and codes give back every answer and only what was ticked in', () => {
  const r = random(1);
  for (let n = 0; n < 400; n++) {
    const list = positions(r);
    const include = n % 8;
    const link = encodeLink(S, list, include);
    assert.match(link, /^mrcc1=[A-Za-z0-9\-_.:,=&]*$/);
    const fromLink = decodeLink(S, `#${link}`);
    assert.deepEqual(fromLink.positions, kept(list, include), link);
    assert.equal(fromLink.missed, 0);
    const code = encodeCode(S, list, include);
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
    assert.deepEqual(decodeCode(S, code.toLowerCase().replace(/-/g, ' ')).positions, kept(list, include), code);
  }
});

test('a code with the answers alone is short enough to type', () => {
  const code = encodeCode(S, positions(random(2)), 0);
  assert.ok(code.replace(/-/g, '').length <= 12, code);
});

test('one mistyped or two swapped symbols are caught', () => {
  const code = encodeCode(S, positions(random(3)), 7).replace(/-/g, '');
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  for (let i = 0; i < code.length; i++) {
    for (const other of alphabet) {
      const a = alphabet.indexOf(code[i]);
      const b = alphabet.indexOf(other);
      if (a === b || Math.abs(a - b) === 31) continue; // 0 and Z weigh the same modulo 31
      const typo = code.slice(0, i) + other + code.slice(i + 1);
      assert.throws(() => decodeCode(S, typo), (e) => e instanceof CodeError && e.reason === 'mistyped', typo);
    }
    if (i + 1 < code.length && code[i] !== code[i + 1] && Math.abs(alphabet.indexOf(code[i]) - alphabet.indexOf(code[i + 1])) !== 31) {
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      assert.throws(() => decodeCode(S, swapped), CodeError, swapped);
    }
  }
});

test('a code from other content is refused as such; a link from it fills in what exists', () => {
  const list = positions(random(4));
  const other = structuredClone(S);
  other.criteria[0].choices.push('a-new-choice');
  assert.throws(() => decodeCode(other, encodeCode(S, list, 7)), (e) => e.reason === 'other-content');
  const link = 'mrcc1=histology=clear-cell&risk=gone-now&_q=sunitinib.99&_f=none';
  const read = decodeLink(S, link);
  assert.equal(read.missed, MISSED_ANSWERS | MISSED_QUESTIONS);
  const histology = S.criteria.findIndex((c) => c.id === 'histology');
  assert.equal(read.positions[histology], S.criteria[histology].choices.indexOf('clear-cell') + 1);
});

test('fuzzed fragments and codes: refused, or numbers in range, never another exception', () => {
  const r = random(5);
  const tokens = ['mrcc1=', '&', '=', ',', ':', '.', '_v', '_s', '_l', '_q', '_f', 'none', '-', 'y', 'n', 's', 'v', '%', '#', '<', '\u00e9', '9'];
  const ids = [...S.criteria.flatMap((c) => [c.id, ...c.choices]), ...S.values, ...S.options.map((o) => o.id), ...S.factors];
  const valid = encodeLink(S, positions(r), 7);
  const most = [];
  for (const c of S.criteria) c.multiple ? c.choices.forEach(() => most.push(1)) : most.push(c.choices.length);
  for (let n = 0; n < 20000; n++) {
    let text = n % 2 ? valid : 'mrcc1=';
    for (let k = Math.floor(r() * 8); k > 0; k--) {
      const at = Math.floor(r() * (text.length + 1));
      const piece = r() < 0.5 ? tokens[Math.floor(r() * tokens.length)] : ids[Math.floor(r() * ids.length)];
      text = r() < 0.3 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 5)) : text.slice(0, at) + piece + text.slice(at);
    }
    try {
      const { positions: list } = decodeLink(S, text);
      assert.ok(list.every((value, i) => Number.isInteger(value) && value >= 0 && (i >= most.length || value <= most[i])), text);
    } catch (error) {
      assert.equal(error.constructor, Error, `${text}: ${error}`);
    }
    const code = Array.from({ length: Math.floor(r() * 30) }, () => '0123456789ABCDEFGHJKMNPQRSTVWXYZ-ilou '[Math.floor(r() * 38)]).join('');
    try {
      decodeCode(S, code);
    } catch (error) {
      assert.ok(error instanceof CodeError, `${code}: ${error}`);
    }
  }
});
