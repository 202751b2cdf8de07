// Writes tests/data/language-tags.json: language tags, each with whether this node's `Intl`
// takes it (`Intl.getCanonicalLocales` throws a RangeError where the browsers' formatters would).
// tests/validation.rs checks that the validator never takes a tag that `Intl` refuses. Run once,
// and again only to widen the list: `node tools/gen-language-tags.mjs`.

import { writeFileSync } from 'node:fs';

// A fixed pseudo-random sequence, so that the file only changes when this script does.
let seed = 20261207;
const next = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
const pick = (text, length) => Array.from({ length }, () => text[next(text.length)]).join('');
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABZ';
const DIGITS = '0123456789';
const shapes = [
  () => pick(LETTERS, 1 + next(9)),
  () => pick(DIGITS, 1 + next(4)),
  () => pick(DIGITS, 1) + pick(LETTERS + DIGITS, 3),
  () => pick(LETTERS + DIGITS, 1 + next(9)),
  () => pick('aeiuxtu', 1),
  () => '',
];
const named = [
  'en', 'es', 'es-MX', 'es-419', 'zh-Hant-TW', 'sr-Latn', 'de-DE-1996', 'en-Latn-US-valencia', 'abcde', 'EN', 'en-1234',
  'vi-x', 'zz-1', 'de-1996-1996', 'abc-abcdefgh-a', 'ca-ES-valencia-valencia', 'en-US-abcd', 'en-12', 'zh-yue', 'i-klingon',
  'en--US', 'en-', '-en', 'e', 'abcdefghi', 'en-a-bc', 'en-x-a', 'en-u-ca-gregory', 'x-private', 'root', 'und', 'en-US-u',
];
const random = Array.from({ length: 600 }, () => Array.from({ length: 1 + next(5) }, () => shapes[next(shapes.length)]()).join('-'));
const accepted = (tag) => {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
};
const tags = [...new Set([...named, ...random])].map((tag) => ({ tag, intl: accepted(tag) }));
writeFileSync(new URL('../tests/data/language-tags.json', import.meta.url), JSON.stringify(tags, null, 0).replace(/\},/g, '},\n') + '\n');
console.log(`${tags.length} tags, ${tags.filter((t) => t.intl).length} taken by Intl (node ${process.version})`);
