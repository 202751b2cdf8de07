// "Continue later, or share": the controls to make a link or a code to the reader's answers,
// with the link's QR code, and the field to type a code. A module of its own, loaded when the
// summary first shows its box or the reader opens "Continue with a code"
// (src/element/mrcc-explorer-element.js): few readers use them, and as Yew markup they made the
// wasm every reader downloads first 10 KB larger (src/core/ui/share.rs says why). Built with
// DOM calls and text only, no markup parsed and no style attribute, so it works under a strict
// Content-Security-Policy. The codec is share-codec.js; the core gives the answers as positions
// and takes them back through the element's `host`: `{ root, call(name, ...args) }`, its shadow
// root and its app's calls (`text`, `resume`).
//
// The QR encoder is uqr (MIT, a port of Project Nayuki's QR Code generator), bundled in by
// tools/package.mjs.

import { encode } from 'uqr';
import { copyText, element } from './dom.js';
import {
  CodeError,
  MISSED_ANSWERS,
  MISSED_QUESTIONS,
  MISSED_RATINGS,
  MISSED_SIGNS,
  decodeCode,
  decodeLink,
  encodeCode,
  encodeLink,
  parseStructure,
} from './share-codec.js';

const SVG = 'http://www.w3.org/2000/svg';

/** What this module asks of the element's app and shadow root. */
function bind({ root, call }) {
  return {
    text: (key) => call('text', key) ?? '',
    structure: () => call('text', '@structure') ?? '',
    // Positions cross as a character each, its code point the number plus 48 (src/core/ui/resume.rs).
    answers: () => [...(call('text', '@answers') ?? '')].map((c) => c.codePointAt(0) - 48),
    resume: (positions, include) => call('resume', String.fromCodePoint(...positions.map((n) => 48 + n)), include),
    notice: () => root.querySelector('[data-mrcc-notice]'),
    focusSituation: () => root.querySelector('#mrcc-situation')?.focus(),
    page: () => location.href.split('#')[0],
  };
}

/** What goes into a link beyond the answers, as src/core/ui/resume.rs numbers it. */
const INCLUDE = [
  [1, 'share_ratings'],
  [2, 'share_questions'],
  [4, 'share_signs'],
];

/** The path of the dark modules of `data` (rows of booleans), one unit square each. */
export function qrPath(data) {
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
  return d;
}

/**
 * Draws `text` as a QR code into `box`, with the quiet zone of four modules the standard asks
 * for. The link beside it says the same, so the picture is hidden from screen readers.
 */
export function drawQr(box, text) {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  for (const [name, value] of [['width', size], ['height', size], ['fill', '#fff']]) background.setAttribute(name, value);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', qrPath(data));
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  box.replaceChildren(svg);
}

/**
 * Fills the summary's empty share box: what to tick in, "Make a link to these answers", then the
 * link, its copy button, its QR code and the code. A link is made only when the reader presses
 * the button, and forgotten when they change what goes in.
 */
export function fillShare(box, host) {
  const api = bind(host);
  const t = api.text;
  const boxes = INCLUDE.map(([bit, key]) => {
    const input = element('input', { type: 'checkbox', id: `share-${bit}`, name: 'share' });
    return [bit, input, element('div', { class: 'choice' }, input, element('label', { for: `share-${bit}` }, t(key)))];
  });
  const make = element('button', { type: 'button' }, t('make_link'));
  const link = element('input', { type: 'text', id: 'mrcc-link', readonly: '' });
  const copy = element('button', { type: 'button', class: 'secondary' }, t('copy_link'));
  const copied = element('p', { role: 'status' });
  const qr = element('div', { class: 'qr' });
  const code = element('p', { class: 'code', translate: 'no' });
  const made = element('div', { class: 'made-link', hidden: '' },
    element('label', { for: 'mrcc-link' }, t('link_label')), link, copy, copied,
    element('p', {}, t('qr_label')), qr, element('p', {}, t('code_label')), code);
  box.setAttribute('aria-labelledby', 'mrcc-share');
  box.replaceChildren(
    element('h4', { id: 'mrcc-share' }, t('share_heading')),
    element('p', {}, t('share_intro')),
    element('p', { class: 'share-warning' }, t('share_warning')),
    element('fieldset', {}, element('legend', {}, t('share_include')), ...boxes.map(([, , choice]) => choice)),
    make,
    made,
  );
  for (const [, input] of boxes) input.addEventListener('change', () => (made.hidden = true));
  make.addEventListener('click', () => {
    const include = boxes.reduce((sum, [bit, input]) => sum | (input.checked ? bit : 0), 0);
    const structure = parseStructure(api.structure());
    const positions = api.answers();
    if (!positions.length) return;
    link.value = `${api.page()}#${encodeLink(structure, positions, include)}`;
    code.textContent = encodeCode(structure, positions, include);
    copied.textContent = '';
    drawQr(qr, link.value);
    made.hidden = false;
    link.focus();
    link.select();
  });
  copy.addEventListener('click', async () => {
    copied.textContent = t((await copyText(link.value)) ? 'link_copied' : 'link_copy_failed');
  });
}

/** Why a code was not used: the message for each CodeError. */
const REFUSED = { empty: 'code_empty', mistyped: 'code_mistyped', 'other-content': 'code_other' };

/**
 * Fills the answers in from a link's fragment, as the page opens from it. Anything not in the
 * link's form is not used, with one console warning.
 */
export function restoreLink(fragment, host) {
  const api = bind(host);
  let read;
  try {
    read = decodeLink(parseStructure(api.structure()), fragment);
  } catch (error) {
    console.warn(`mrcc-explorer: the link's answers were not used: ${error.message}`);
    return;
  }
  if (read.missed) console.warn("mrcc-explorer: some of the link's answers are not in this content; the reader is told which parts");
  api.resume(read.positions, read.include);
  notice(api, read.missed, false);
}

/** The sections a link could not fill in, by its `missed` bits, in the reader's words. */
const MISSED = [
  [MISSED_ANSWERS, 'situation_heading'],
  [MISSED_RATINGS, 'values_heading'],
  [MISSED_QUESTIONS, 'my_questions_heading'],
  [MISSED_SIGNS, 'share_signs'],
];

/**
 * "Answers were filled in from a link or a code: check them", at the explorer's top, with what
 * could not be: a crafted link can preset someone's answers, so the reader is always told. After
 * a typed code, focus goes to it (the field's form stays where it was, further down).
 */
function notice(api, missed, focus) {
  const box = api.notice();
  if (!box) return;
  const t = api.text;
  const parts = MISSED.filter(([bit]) => missed & bit).map(([, key]) => t(key));
  const text = element('div', { class: 'resumed', tabindex: '-1' }, element('p', {}, element('strong', {}, t('resumed_notice'))));
  if (parts.length) text.append(element('p', {}, t('resumed_missed').replace('{parts}', parts.join('; '))));
  const hide = element('button', { type: 'button', class: 'small' }, t('hide_message'));
  hide.addEventListener('click', () => {
    box.replaceChildren();
    api.focusSituation();
  });
  text.append(hide);
  box.replaceChildren(text);
  if (focus) text.focus();
}

/** The reason a typed code is not used, or null once its answers are filled in. */
function typed(code, api) {
  try {
    const { positions, include } = decodeCode(parseStructure(api.structure()), code);
    api.resume(positions, include);
    notice(api, 0, true);
    return null;
  } catch (error) {
    if (error instanceof CodeError) return error.reason;
    throw error;
  }
}

/** Puts the field to type a code into "Continue with a code" (`box`, a `<details>`). */
export function fillCode(box, host) {
  const api = bind(host);
  const t = api.text;
  const input = element('input', { type: 'text', id: 'mrcc-code', autocomplete: 'off', autocapitalize: 'characters',
    spellcheck: 'false', 'aria-describedby': 'mrcc-code-note' });
  const note = element('p', { id: 'mrcc-code-note', role: 'status' });
  const form = element('form', {},
    element('label', { for: 'mrcc-code' }, t('code_field')),
    element('div', { class: 'row' }, input, element('button', { type: 'submit' }, t('code_continue'))),
    note);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const refused = REFUSED[typed(input.value, api)];
    // Said again when the same refusal comes twice: a live region is silent for the same text.
    note.textContent = refused ? t(refused) + (note.textContent === t(refused) ? '\u00a0' : '') : '';
    if (refused) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (!refused) input.value = '';
  });
  box.append(form);
}
