// The summary's page for the care team, and its chart note: a module of the element's, loaded when
// the summary opens and the dataset has a `care_team` section (src/model/dataset.rs). It builds the
// page in the box the element made at the summary's end (src/core/ui/boxes.rs says why not Yew),
// with DOM calls and text only.
//
// What a clinician reads in a short visit: the reader's answers in clinical terms, the options
// they want to discuss, what they rated very important, their SURE score and leaning, the
// knowledge check's score and their questions; then the same as plain text to copy into a chart
// note. The terms come from the care team's language (the `care-team-lang` attribute), which may
// not be the reader's; the reader's own questions stay in their words. The page prints (on a page
// of its own) and goes into the downloaded file; the chart note's box does not, being a copy.

import { copyText, element, fill } from './dom.js';
import { parseStructure, readAnswers } from './share-codec.js';

/**
 * What the page says, as headed parts of lines: `[{ heading, lines, kind }]` (`kind` is `dl` for
 * label and value pairs, `ol` or `ul` for lists, `p` for one line). Pure: the page and the chart
 * note are both written from it (tests/element/care.test.mjs).
 */
export function careParts(care, structure, positions, { compared = [], questions = [], knowledge = null } = {}) {
  const label = (key) => care.labels[key] ?? '';
  const answers = readAnswers(structure, positions);
  const situation = structure.criteria.map((criterion) => {
    const terms = care.criteria[criterion.id];
    const chosen = answers.criteria[criterion.id].map((id) => terms?.choices[id] ?? id);
    return [terms?.label ?? criterion.id, chosen.length ? chosen.join(', ') : label('not_answered')];
  });
  const signs = answers.signs.map((id) => care.imdc[id] ?? id);
  situation.push([label('signs'), signs.length ? signs.join('; ') : answers.noSigns ? label('none') : label('not_answered')]);
  const discuss = [];
  for (const id of [answers.leaning, ...compared]) {
    if (!id || id === 'unsure' || discuss.some((item) => item.id === id)) continue;
    const marks = [id === answers.leaning && label('leaning_mark'), compared.includes(id) && label('compared_mark')].filter(Boolean);
    discuss.push({ id, line: `${care.options[id] ?? id} (${marks.join(', ')})` });
  }
  const valued = Object.entries(answers.values).filter(([, level]) => level === 3).map(([id]) => care.values[id] ?? id);
  const sure = answers.sure.every((answer) => answer > 0)
    ? fill(label('sure_score'), { score: answers.sure.filter((answer) => answer === 1).length })
    : label('not_answered');
  const leaning = answers.leaning === null ? label('not_answered') : answers.leaning === 'unsure' ? label('unsure') : (care.options[answers.leaning] ?? answers.leaning);
  const list = (lines) => (lines.length ? { kind: 'ul', lines } : { kind: 'p', lines: [label('none')] });
  return [
    { heading: label('answers'), kind: 'dl', lines: situation },
    { heading: label('discuss'), ...list(discuss.map((item) => item.line)) },
    { heading: label('values'), ...list(valued) },
    { heading: label('sure'), kind: 'p', lines: [sure] },
    { heading: label('leaning'), kind: 'p', lines: [leaning] },
    ...(knowledge ? [{ heading: label('knowledge'), kind: 'p', lines: [`${knowledge.right}/${knowledge.total}`] }] : []),
    { heading: label('questions'), ...(questions.length ? { kind: 'ol', lines: questions } : { kind: 'p', lines: [label('none')] }) },
  ];
}

/** The chart note: the page's parts as plain text, a line each. */
export function chartNote(care, parts) {
  const out = [care.title, care.intro, ''];
  for (const { heading, kind, lines } of parts) {
    if (kind === 'dl') for (const [name, value] of lines) out.push(`${name}: ${value}`);
    else if (kind === 'p') out.push(`${heading}: ${lines[0]}`);
    else out.push(`${heading}:`, ...lines.map((line, i) => `${kind === 'ol' ? `${i + 1}.` : '-'} ${line}`));
  }
  return out.join('\n') + '\n';
}

/**
 * Builds the page in `box` from `care` (the care team's language's `care_team`), the reader's
 * answers (`host.call`, as the share module reads them), the options they compared and their
 * questions as the summary shows them, and the knowledge check's score (or null).
 */
export function fillCare(box, host, care, language, knowledge) {
  const summary = box.closest('.summary-page');
  // The compared options are the summary's comparison's columns, named as its option list names them.
  const names = new Map([...(summary?.querySelectorAll('.summary-options li[data-option]') ?? [])].map((li) => [li.querySelector('strong')?.textContent, li.dataset.option]));
  const compared = [...(summary?.querySelectorAll('table tr:first-child td[data-option]') ?? [])].map((td) => names.get(td.dataset.option)).filter(Boolean);
  const questions = [...(summary?.querySelectorAll('.question-list > li') ?? [])].map((li) => li.textContent.trim()).filter(Boolean);
  const structure = parseStructure(host.call('text', '@structure') ?? '');
  const positions = [...(host.call('text', '@answers') ?? '')].map((c) => c.codePointAt(0) - 48);
  const parts = careParts(care, structure, positions, { compared, questions, knowledge });
  const note = element('textarea', { readonly: '', rows: '12', 'aria-labelledby': 'mrcc-care-note' });
  note.value = chartNote(care, parts);
  const copy = element('button', { type: 'button', class: 'secondary' }, care.labels.copy ?? '');
  const copied = element('p', { role: 'status' });
  copy.addEventListener('click', async () => {
    copied.textContent = care.labels[(await copyText(note.value)) ? 'copied' : 'copy_failed'] ?? '';
  });
  if (language) box.setAttribute('lang', language);
  box.setAttribute('aria-labelledby', 'mrcc-care');
  box.replaceChildren(
    element('h4', { id: 'mrcc-care' }, care.title),
    element('p', {}, care.intro),
    ...parts.flatMap(({ heading, kind, lines }) => {
      const items = kind === 'dl'
        ? element('dl', { class: 'meta' }, ...lines.flatMap(([name, value]) => [element('dt', {}, name), element('dd', {}, value)]))
        : kind === 'p' ? element('p', {}, lines[0]) : element(kind, {}, ...lines.map((line) => element('li', {}, line)));
      return [element('h5', {}, heading), items];
    }),
    element('div', { class: 'chart-note no-print' }, element('h5', { id: 'mrcc-care-note' }, care.labels.note ?? ''), note, copy, copied),
  );
}
