// The reader's answers as a link's fragment (`#mrcc1=…`) or a short code to type, and back: the
// codec of "Continue later, or share", bundled into mrcc-explorer-share.js. Pure: no DOM, tested
// and fuzzed in Node (tests/element/share-codec.test.mjs).
//
// It works on positions, the core's list of small numbers for the answers (src/core/ui/resume.rs
// says what each is), and the dataset's ids from the core's `text('@structure')`. The core checks
// every number it is given again (`from_positions`), so nothing read here can put into the
// widget what its dataset does not define.
//
// Why two forms. The link names every answer by its id
// (`mrcc1=histology=clear-cell&risk=favorable&_s=yyn-`): a link made with another version of the
// content fills in what still exists and says what it could not. The code is for a person to type
// from paper or another phone: the positions packed into bits, in Crockford's base 32 with a
// check character, so it is short and a typo is caught; positions mean something only in the same
// content, so it carries a fingerprint of the ids and is refused in other content.
//
// Neither ever holds text the reader typed, an identifier, a date, or anything of the host page:
// the answers always; what matters, the SURE answers and leaning, the options' questions chosen,
// the risk signs ticked, only as the reader ticks them in (`include`).

export const PREFIX = 'mrcc1=';
/** The longest fragment read: everything ticked in makes about 600 characters with the built-in content. */
export const MAX_CHARS = 2000;
export const INCLUDE_RATINGS = 1;
export const INCLUDE_QUESTIONS = 2;
export const INCLUDE_SIGNS = 4;
export const MISSED_ANSWERS = 1;
export const MISSED_RATINGS = 2;
export const MISSED_QUESTIONS = 4;
export const MISSED_SIGNS = 8;
const SURE_ITEMS = 4;
const LEVELS = ['n', 's', 'v'];

/** The core's `text('@structure')` as lists of ids. */
export function parseStructure(text) {
  const structure = { criteria: [], values: [], options: [], factors: [] };
  const list = (rest) => (rest ? rest.split(',') : []);
  for (const line of text.split('\n')) {
    const [kind, ...rest] = line.split(' ');
    if (kind === 'c') structure.criteria.push({ id: rest[0], multiple: rest[1] === '+', choices: list(rest[2]) });
    if (kind === 'v') structure.values = list(rest[0]);
    if (kind === 'o') structure.options = list(rest[0]).map((o) => ({ id: o.split(':')[0], questions: Number(o.split(':')[1]) || 0 }));
    if (kind === 'f') structure.factors = list(rest[0]);
  }
  return structure;
}

/**
 * The answers in `positions` by id, for the care team's page (mrcc-explorer-care.js): each
 * criterion's chosen choices; each rated value's level (1 not, 2 somewhat, 3 very important);
 * the SURE answers (0 none, 1 yes, 2 no); the leaning (an option's id, `unsure`, or null); the
 * risk signs ticked, and whether "none of these signs" is.
 */
export function readAnswers(s, positions) {
  const at = layout(s);
  const criteria = Object.fromEntries(s.criteria.map((c, i) => {
    const start = at.criteria[i];
    const chosen = c.multiple ? c.choices.filter((_, j) => positions[start + j] === 1) : [c.choices[positions[start] - 1]];
    return [c.id, chosen.filter(Boolean)];
  }));
  const values = Object.fromEntries(s.values.map((id, i) => [id, positions[at.values + i] ?? 0]).filter(([, level]) => level > 0));
  const leaning = positions[at.leaning] === 1 ? 'unsure' : (s.options[positions[at.leaning] - 2]?.id ?? null);
  return {
    criteria,
    values,
    sure: positions.slice(at.sure, at.sure + SURE_ITEMS),
    leaning,
    noSigns: positions[at.signs] === 1,
    signs: s.factors.filter((_, i) => positions[at.signs + 1 + i] === 1),
  };
}

/** Where each part starts in a positions list, and the list's length. */
function layout(s) {
  let at = 0;
  const criteria = s.criteria.map((c) => ((at += c.multiple ? c.choices.length : 1), at - (c.multiple ? c.choices.length : 1)));
  const values = at;
  const sure = (at += s.values.length);
  const leaning = (at += SURE_ITEMS);
  const questions = [];
  at += 1;
  for (const option of s.options) questions.push(at), (at += option.questions);
  const signs = at;
  return { criteria, values, sure, leaning, questions, signs, length: at + 1 + s.factors.length };
}

/** The fragment (without `#`) for `positions`, with the parts `include` ticks in. */
export function encodeLink(s, positions, include) {
  const at = layout(s);
  const parts = [];
  s.criteria.forEach((c, i) => {
    const start = at.criteria[i];
    const chosen = c.multiple
      ? c.choices.filter((_, k) => positions[start + k] === 1)
      : [c.choices[positions[start] - 1]].filter(Boolean);
    if (chosen.length) parts.push(`${c.id}=${chosen.join(',')}`);
  });
  if (include & INCLUDE_RATINGS) {
    const rated = s.values.map((id, k) => [id, LEVELS[positions[at.values + k] - 1]]).filter(([, level]) => level);
    parts.push(`_v=${rated.map(([id, level]) => `${id}:${level}`).join(',')}`);
    parts.push(`_s=${[0, 1, 2, 3].map((k) => ['-', 'y', 'n'][positions[at.sure + k]] ?? '-').join('')}`);
    const leaning = positions[at.leaning];
    if (leaning === 1) parts.push('_l=-');
    else if (leaning >= 2 && s.options[leaning - 2]) parts.push(`_l=${s.options[leaning - 2].id}`);
  }
  if (include & INCLUDE_QUESTIONS) {
    const chosen = s.options.flatMap((o, i) => [...Array(o.questions).keys()].filter((q) => positions[at.questions[i] + q] === 1).map((q) => `${o.id}.${q}`));
    parts.push(`_q=${chosen.join(',')}`);
  }
  if (include & INCLUDE_SIGNS) {
    const ticked = s.factors.filter((_, k) => positions[at.signs + 1 + k] === 1);
    parts.push(`_f=${positions[at.signs] === 1 ? 'none' : ticked.join(',')}`);
  }
  return PREFIX + parts.join('&');
}

/**
 * Reads a fragment (with or without `#`) against the structure: `{ positions, include, missed }`,
 * where `missed` names the parts that held ids this content does not have. Throws for anything
 * not in the form `encodeLink` writes, which is then not used at all.
 */
export function decodeLink(s, fragment) {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_CHARS) throw new Error(`${text.length} characters, more than the ${MAX_CHARS} read`);
  if (!text.startsWith(PREFIX)) throw new Error(`it does not start with "${PREFIX}"`);
  const payload = text.slice(PREFIX.length);
  const odd = /[^A-Za-z0-9\-_.:,=&]/.exec(payload);
  if (odd) throw new Error(`the character "${odd[0]}"`);
  const at = layout(s);
  const positions = new Array(at.length).fill(0);
  let include = 0;
  let missed = 0;
  const items = (value) => value.split(',').filter(Boolean);
  for (const pair of payload.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=', 2);
    if (pair.split('=').length > 2) throw new Error(`the part "${pair}"`);
    if (key === '_v' || key === '_s' || key === '_l') include |= INCLUDE_RATINGS;
    if (key === '_v') {
      for (const item of items(value)) {
        const [id, level] = item.split(':');
        const k = s.values.indexOf(id);
        if (!LEVELS.includes(level) || item.split(':').length !== 2) throw new Error(`the rating "${item}"`);
        if (k < 0) missed |= MISSED_RATINGS;
        else positions[at.values + k] = LEVELS.indexOf(level) + 1;
      }
    } else if (key === '_s') {
      if (!/^[yn-]{4}$/.test(value)) throw new Error(`the SURE answers "${value}"`);
      [...value].forEach((answer, k) => (positions[at.sure + k] = '-yn'.indexOf(answer)));
    } else if (key === '_l') {
      const k = s.options.findIndex((o) => o.id === value);
      if (value === '-') positions[at.leaning] = 1;
      else if (k < 0) missed |= MISSED_RATINGS;
      else positions[at.leaning] = k + 2;
    } else if (key === '_q') {
      include |= INCLUDE_QUESTIONS;
      for (const item of items(value)) {
        const [id, number] = item.split('.');
        if (!/^\d{1,3}$/.test(number ?? '') || item.split('.').length !== 2) throw new Error(`the question "${item}"`);
        const k = s.options.findIndex((o) => o.id === id);
        if (k < 0 || Number(number) >= s.options[k].questions) missed |= MISSED_QUESTIONS;
        else positions[at.questions[k] + Number(number)] = 1;
      }
    } else if (key === '_f') {
      include |= INCLUDE_SIGNS;
      if (value === 'none') positions[at.signs] = 1;
      else
        for (const id of items(value)) {
          const k = s.factors.indexOf(id);
          if (k < 0) missed |= MISSED_SIGNS;
          else positions[at.signs + 1 + k] = 1;
        }
    } else if (key.startsWith('_')) {
      missed |= MISSED_ANSWERS; // a part of a newer version
    } else {
      const i = s.criteria.findIndex((c) => c.id === key);
      const criterion = s.criteria[i];
      if (!criterion) {
        missed |= MISSED_ANSWERS;
        continue;
      }
      for (const choice of items(value)) {
        const k = criterion.choices.indexOf(choice);
        if (k < 0) missed |= MISSED_ANSWERS;
        else if (criterion.multiple) positions[at.criteria[i] + k] = 1;
        else if (positions[at.criteria[i]] === 0) positions[at.criteria[i]] = k + 1;
        else missed |= MISSED_ANSWERS; // one answer only: the first is kept
      }
    }
  }
  return { positions, include, missed };
}

/** Crockford's base 32: no I, L, O or U, so nothing reads as another symbol. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_VERSION = 1;

/** A fingerprint of the content's ids (10 bits): the same in every language of one content. */
function fingerprint(s) {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(s);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 1024;
}

/** How many bits hold the numbers 0 to `most`. */
const width = (most) => (most > 0 ? 32 - Math.clz32(most) : 0);

/** Each position's width in bits, in order, for the parts `include` names. */
function widths(s, include) {
  const out = [];
  for (const c of s.criteria) c.multiple ? c.choices.forEach(() => out.push(1)) : out.push(width(c.choices.length));
  const ratings = [...s.values.map(() => 2), 2, 2, 2, 2, width(s.options.length + 1)];
  const questions = s.options.flatMap((o) => Array(o.questions).fill(1));
  const signs = [1, ...s.factors.map(() => 1)];
  return { answers: out, ratings: include & INCLUDE_RATINGS ? ratings : [], questions: include & INCLUDE_QUESTIONS ? questions : [], signs: include & INCLUDE_SIGNS ? signs : [] };
}

/** The check symbol: a weighted sum modulo 31, a prime, so one wrong or two swapped symbols change it. */
const check = (symbols) => symbols.reduce((sum, symbol, i) => (sum + ((i % 30) + 1) * symbol) % 31, 0);

/** The code for `positions` with the parts `include` ticks in, in groups of four (`1R4K-…`). */
export function encodeCode(s, positions, include) {
  const at = layout(s);
  const w = widths(s, include);
  const bits = [];
  const push = (value, n) => {
    for (let bit = n - 1; bit >= 0; bit--) bits.push((value >> bit) & 1);
  };
  push(CODE_VERSION, 2);
  push(fingerprint(s), 10);
  push(include & 7, 3);
  const from = (start, list) => list.forEach((n, k) => push(Math.min(positions[start + k] ?? 0, 2 ** n - 1), n));
  from(0, w.answers);
  from(at.values, w.ratings);
  from(at.questions[0] ?? at.signs, w.questions);
  from(at.signs, w.signs);
  const symbols = [];
  for (let i = 0; i < bits.length; i += 5) symbols.push(bits.slice(i, i + 5).reduce((sum, bit, k) => sum | (bit << (4 - k)), 0));
  symbols.push(check(symbols));
  const letters = symbols.map((symbol) => ALPHABET[symbol]).join('');
  return letters.match(/.{1,4}/g).join('-');
}

/** Why a typed code was not used. */
export class CodeError extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason; // 'empty', 'mistyped' or 'other-content'
  }
}

/**
 * Reads a typed code: `{ positions, include }`. Spaces, dashes and case do not matter; O reads
 * as 0, I and L as 1. Throws a CodeError.
 */
export function decodeCode(s, typed) {
  const text = typed.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!text) throw new CodeError('empty');
  if (text.length > MAX_CHARS || /[^0-9A-Z]/.test(text) || /U/.test(text)) throw new CodeError('mistyped');
  const symbols = [...text].map((c) => ALPHABET.indexOf(c));
  const last = symbols.pop();
  if (check(symbols) !== last) throw new CodeError('mistyped');
  const bits = symbols.flatMap((symbol) => [4, 3, 2, 1, 0].map((bit) => (symbol >> bit) & 1));
  let read = 0;
  const take = (n) => {
    if (read + n > bits.length) throw new CodeError('mistyped');
    let value = 0;
    for (let k = 0; k < n; k++) value = (value << 1) | bits[read++];
    return value;
  };
  if (take(2) !== CODE_VERSION) throw new CodeError('mistyped');
  if (take(10) !== fingerprint(s)) throw new CodeError('other-content');
  const include = take(3);
  const at = layout(s);
  const w = widths(s, include);
  const positions = new Array(at.length).fill(0);
  const into = (start, list) => list.forEach((n, k) => (positions[start + k] = take(n)));
  into(0, w.answers);
  into(at.values, w.ratings);
  into(at.questions[0] ?? at.signs, w.questions);
  into(at.signs, w.signs);
  // Only the last symbol's padding may be left, all zero.
  if (bits.length - read >= 5 || bits.slice(read).some(Boolean)) throw new CodeError('mistyped');
  return { positions, include };
}
