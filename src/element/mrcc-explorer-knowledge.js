// "Check what you know": the knowledge check, a module of the element's loaded when Yew renders
// its empty box (once the details have arrived) or the summary's, and the dataset's `knowledge`
// (src/model/dataset.rs) says what to ask. It builds the check in the box (src/core/ui/boxes.rs
// says why not Yew) with DOM calls and text only. It also arranges the summary's end, whose
// parts come from three modules (`fillBoxes`).
//
// Optional and never blocking: nothing else waits for it, and a reader may answer some questions,
// all, or none. The answers live here, per widget, and never leave the page; Yew removes the box
// while the summary shows, so each new box is filled again with the answers given. Once every
// question is checked, the score goes into the summary (`fillScore`) and the box dispatches
// `mrcc-knowledge-done` (not composed: it stays in the shadow root), which the activity module
// counts.

import { element, fill } from './dom.js';
import { fillCare } from './mrcc-explorer-care.js';

/** The answers given, per shadow root: question id to { chosen, checked }. */
const given = new WeakMap();

/** How many of the checked answers are right, of how many questions; null until all are checked. */
export function score(root, knowledge) {
  const answers = given.get(root);
  if (!knowledge || !answers) return null;
  const checked = knowledge.questions.filter((q) => answers.get(q.id)?.checked);
  if (checked.length < knowledge.questions.length) return null;
  return { right: checked.filter((q) => answers.get(q.id).chosen === q.answer).length, total: knowledge.questions.length };
}

/** Builds the check in `box`, with the answers already given in `root`. */
export function fillKnowledge(box, root, knowledge) {
  if (!given.has(root)) given.set(root, new Map());
  const answers = given.get(root);
  const t = (key) => knowledge.labels[key] ?? '';
  const result = element('p', { class: 'knowledge-score', role: 'status' });
  const again = element('button', { type: 'button', class: 'secondary', hidden: '' }, t('again'));
  const showScore = () => {
    const done = score(root, knowledge);
    result.textContent = done ? fill(t('score'), done) : '';
    again.hidden = !done;
    return done;
  };
  const questions = knowledge.questions.map((q, i) => {
    const answer = answers.get(q.id) ?? { chosen: null, checked: false };
    const name = `knowledge-${q.id}`;
    const radios = q.choices.map((choice) => {
      const input = element('input', { type: 'radio', name, id: `${name}-${choice.id}`, value: choice.id });
      input.checked = answer.chosen === choice.id;
      return element('div', { class: 'choice' }, input, element('label', { for: input.id }, choice.text));
    });
    const feedback = element('p', { class: 'knowledge-feedback', role: 'status' });
    const check = element('button', { type: 'button' }, t('check'));
    const show = () => {
      const current = answers.get(q.id);
      feedback.replaceChildren();
      if (!current?.checked) return;
      const right = current.chosen === q.answer;
      feedback.dataset.right = String(right);
      feedback.append(element('strong', {}, t(right ? 'right' : 'wrong')), ` ${q.explanation}`);
    };
    const fieldset = element('fieldset', {}, element('legend', {}, `${i + 1}. ${q.question}`), ...radios);
    fieldset.addEventListener('change', ({ target }) => {
      answers.set(q.id, { chosen: target.value, checked: false });
      show();
    });
    check.addEventListener('click', () => {
      const chosen = fieldset.querySelector('input:checked')?.value ?? null;
      if (!chosen) {
        fieldset.querySelector('input')?.focus();
        return;
      }
      answers.set(q.id, { chosen, checked: true });
      show();
      const done = showScore();
      if (done) box.dispatchEvent(new CustomEvent('mrcc-knowledge-done', { bubbles: true, detail: done }));
    });
    show();
    return element('div', { class: 'knowledge-question' }, fieldset, check, feedback);
  });
  again.addEventListener('click', () => {
    answers.clear();
    fillKnowledge(box, root, knowledge);
    box.querySelector('input')?.focus();
  });
  box.setAttribute('aria-labelledby', 'mrcc-knowledge');
  box.replaceChildren(
    element('h3', { id: 'mrcc-knowledge' }, knowledge.title),
    element('p', {}, knowledge.intro),
    ...questions,
    result,
    again,
  );
  showScore();
}

/** The score in the summary's box `box`, once every question is checked. */
function fillScore(box, root, knowledge) {
  const done = score(root, knowledge);
  if (!done) return;
  box.replaceChildren(
    element('h4', {}, knowledge.labels.summary ?? knowledge.title),
    element('p', {}, fill(knowledge.labels.score ?? '', done)),
  );
}

const parse = (text) => {
  try {
    return JSON.parse(text || '{}');
  } catch {
    return {};
  }
};

/**
 * Fills whichever of the widget's boxes shows empty: the knowledge check, or the summary's end.
 * `api` is the element's (src/element/mrcc-explorer-element.js `#shareApi`).
 */
export function fillBoxes(api) {
  const { root, call } = api;
  const extras = parse(call('text', 'extras'));
  const box = root.querySelector('[data-mrcc-knowledge]:empty');
  if (box && extras.knowledge) fillKnowledge(box, root, extras.knowledge);
  const end = root.querySelector('[data-mrcc-more]:empty');
  if (end) fillSummaryEnd(end, api, extras);
}

/**
 * The summary's end, each part in a place made here first so that they keep this order whichever
 * module loads first: the knowledge check's score; "Continue later, or share" (unless
 * `share-link="off"`), never printed; the care team's page.
 */
function fillSummaryEnd(end, api, extras) {
  const { root } = api;
  const { host } = root; // the element
  if (extras.knowledge) fillScore(end.appendChild(element('div', { class: 'knowledge-result' })), root, extras.knowledge);
  if (host.getAttribute('share-link') !== 'off') {
    const share = end.appendChild(element('section', { class: 'share no-print', 'data-mrcc-share': '' }));
    api.share().then(
      (module) => share.firstChild || module.fillShare(share, api),
      (error) => console.warn(`mrcc-explorer: the controls to share the answers could not load: ${error}`),
    );
  }
  if (!extras.care_team) return;
  const care = end.appendChild(element('section', { class: 'care-team', 'data-mrcc-care': '' }));
  careTerms(api, extras.care_team).then(
    ([terms, language]) => care.firstChild || fillCare(care, api, terms, language, score(root, extras.knowledge)),
    (error) => console.warn(`mrcc-explorer: the page for the care team could not load: ${error}`),
  );
}

/**
 * The care team's page's terms and their language: with `care-team-lang` another built-in
 * language than the reader's, that content's; else the reader's dataset's (`own`), in the
 * reader's language (null: no `lang` of its own).
 */
async function careTerms({ root, fetch, packs }, own) {
  const { host } = root;
  const language = (host.getAttribute('care-team-lang') ?? '').toLowerCase();
  const other = Object.hasOwn(packs, language) && language !== root.querySelector('.explorer')?.lang;
  const bytes = other && (await (await fetch(packs[language].details)).arrayBuffer());
  const terms = bytes && parse(lastText(new Uint8Array(bytes))).care_team;
  return terms ? [terms, language] : [own, null];
}

/**
 * The last text of a pack: its extras, which the packer puts after the interface strings, the
 * pack's last field (src/model/pack.rs, src/model/extras.rs). A text is its UTF-8 then a 0 byte,
 * and JSON text holds no 0 byte; the byte before it ends the interface string before.
 */
export function lastText(bytes) {
  const end = bytes.length - 1;
  if (bytes[end] !== 0) return '';
  return new TextDecoder().decode(bytes.subarray(bytes.lastIndexOf(0, end - 1) + 1, end));
}
