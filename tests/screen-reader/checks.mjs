// The checks of tests/screen-reader, each a function of a reading (reader.mjs's Reading), so
// that the planted regressions run the very same code as the walk. Each throws an
// AssertionError that says what a screen reader user would meet instead.
import assert from 'node:assert/strict';
import { Reading, fill, templatePattern } from './reader.mjs';

/** A line as the reader says it: the parts that are not empty, joined by commas. */
export const line = (...parts) => parts.filter(Boolean).join(', ');

/**
 * `heard` without Orca's ", clickable", which it adds today to every heading that can take focus
 * (tabindex="-1"), as Chromium gives them the "clickancestor" action: Yew listens for clicks on
 * an ancestor (README.md, "Defects found", 2). Drop this once fixed, so the checks catch it.
 */
export const sansClickable = (heard) => heard?.replace(/, clickable$/, '');

/** (a) The first screen: landmarks, the heading outline, the questions as named groups. */
export function checkFirstScreen(reading, strings, data) {
  assert.deepEqual(reading.problems(), [], 'nothing nameless, no skipped heading, no group without a name');
  assert.deepEqual(
    reading.landmarks(),
    [
      { kind: 'region', name: data.meta.title },
      { kind: 'region', name: data.condition.title },
      { kind: 'region', name: strings.situation_heading },
      { kind: 'region', name: strings.options_heading },
      { kind: 'region', name: strings.compare_heading },
      { kind: 'region', name: strings.values_heading },
      { kind: 'region', name: strings.leaning_heading },
      { kind: 'region', name: strings.my_questions_heading },
      ...(data.knowledge ? [{ kind: 'region', name: data.knowledge.title }] : []),
      { kind: 'navigation', name: strings.next_steps },
      { kind: 'region', name: strings.glossary },
    ],
    'the landmarks a screen reader lists (region, navigation), in order',
  );
  const headings = reading.headings();
  assert.deepEqual(headings[0], { level: 2, name: data.meta.title }, 'the widget opens with its title at level 2');
  assert.deepEqual(
    headings.filter((h) => h.level === 3).map((h) => h.name),
    [data.condition.title, strings.situation_heading, strings.options_heading, strings.compare_heading,
      strings.values_heading, strings.leaning_heading, strings.my_questions_heading,
      ...(data.knowledge ? [data.knowledge.title] : []), strings.next_steps, strings.glossary, strings.about],
    'the sections at heading level 3',
  );
  assert.deepEqual(
    headings.filter((h) => h.level === 4).map((h) => h.name).sort(),
    data.options.map((o) => o.name).sort(),
    'every option a heading at level 4',
  );
  const form = reading.find((n) => n.role === 'form' && n.class === 'situation-form');
  assert.ok(form, 'the questions are a form');
  const groups = new Reading(reading.subtree(form)).groups();
  assert.deepEqual(
    groups.map((g) => ({ name: g.name, description: g.description, kind: g.kind, choices: g.choices.map((c) => c.name) })),
    data.criteria.map((c) => ({
      name: c.label,
      description: c.help ?? '',
      kind: c.multiple ? 'check box' : 'radio button',
      choices: c.choices.map((choice) => choice.label),
    })),
    'each question a group named by its question, with its help as description, and its answers named',
  );
  // The glossary's words in the text are disclosure buttons, named by the word, collapsed.
  const forms = new Set(data.glossary.flatMap((g) => [g.term, ...(g.also ?? [])]).map((w) => w.toLowerCase()));
  const words = reading.filter((n) => n.role === 'push button' && n.class === 'term');
  assert.ok(words.length > 0, 'the glossary\'s words are buttons');
  for (const word of words) {
    assert.ok(forms.has(word.name.toLowerCase()), `${JSON.stringify(word.name)} is a glossary word`);
    assert.equal(word.heard, line(word.name, 'push button', 'collapsed'));
  }
  const heard = reading.heard().map(sansClickable);
  const first = data.criteria[0];
  for (const expected of [
    line(strings.situation_heading, 'heading level 3'),
    line(strings.situation_heading, 'region'),
    line(first.label, 'panel'),
    line(first.choices[0].label, 'radio button', 'not selected'),
    line(`${strings.compare_this}: ${data.options[0].name}`, 'check box', 'not checked'),
    line(`${strings.learn_more}: ${data.options[0].name}`, 'push button', 'collapsed'),
  ]) {
    assert.ok(heard.includes(expected), `a screen reader says ${JSON.stringify(expected)}`);
  }
  checkFitThenWhy(reading, strings);
  checkLiveRegionsLast(reading, data);
  checkCompareOnce(reading, strings);
}

/** The fit texts a card shows: each fit, before an answer and "… in situations like yours" after. */
const fitTexts = (strings) => [strings.fit_likely, strings.fit_possible, strings.fit_unlikely]
  .flatMap((fit) => [fit, fill(strings.like_yours, { text: fit })]);

/**
 * Defect 1, fixed: each card's fit is a line of its own, and the hidden "Why:" the next line.
 * As an inline span, "Why:" was a text leaf beside the fit's, and both were one line: "Often
 * usedWhy:" (README.md, "Defects found, and what became of them").
 */
export function checkFitThenWhy(reading, strings) {
  const fits = fitTexts(strings);
  const why = `${strings.why}:`;
  const joined = reading.heard().filter((said) => fits.some((fit) => said.includes(fit)) && said.includes(strings.why));
  assert.deepEqual(joined, [], `a fit and "${strings.why}" are said as one line: ${JSON.stringify(joined)}`);
  const cards = reading.filter((n) => n.role === 'article');
  assert.ok(cards.length > 0, 'the option cards are articles');
  for (const card of cards) {
    const heard = new Reading(reading.subtree(card)).heard();
    const at = heard.findIndex((said) => fits.includes(said));
    assert.ok(at >= 0, `the card ${JSON.stringify(card.name)} says its fit as a line of its own: ${JSON.stringify(heard.slice(0, 8))}`);
    assert.equal(heard[at + 1], why, `in the card ${JSON.stringify(card.name)}, "${why}" follows the fit ${JSON.stringify(heard[at])}`);
  }
}

/**
 * Defect 3, fixed: the explorer's two live regions (its status and the glossary's term-status)
 * are its last objects, so that reading on from the title meets the content, not "statusbar,
 * statusbar". `reading` is the explorer (Reading.widget()).
 */
export function checkLiveRegionsLast(reading, data) {
  const lines = reading.filter((n) => n.heard);
  const about = lines.findIndex((n) => n.role === 'heading' && n.name === data.condition.title);
  assert.ok(about > 0, `the heading ${JSON.stringify(data.condition.title)} is heard`);
  const early = lines.slice(0, about).filter((n) => n.role === 'status bar').map((n) => n.heard);
  assert.deepEqual(early, [], `status bars between the title and ${JSON.stringify(data.condition.title)}: ${JSON.stringify(early)}`);
  const base = reading.nodes[0].depth;
  const top = reading.filter((n) => n.depth === base + 1);
  const statuses = top.filter((n) => n.role === 'status bar');
  assert.deepEqual(statuses.map((n) => n.class), ['visually-hidden', 'visually-hidden term-status'], 'the explorer\'s two live regions');
  assert.deepEqual(top.slice(-statuses.length), statuses,
    `the live regions come last in the explorer: ${JSON.stringify(top.map((n) => n.heard ?? n.role))}`);
}

/**
 * Defect 5, fixed: a "Compare" box is named "Compare: <option>" (aria-label) and its visible
 * label is hidden from the reader, so the next line heard is not the bare "Compare" again.
 */
export function checkCompareOnce(reading, strings) {
  const lines = reading.filter((n) => n.heard);
  const boxes = lines.filter((n) => n.role === 'check box' && n.name.startsWith(`${strings.compare_this}: `));
  assert.ok(boxes.length > 0, `the "${strings.compare_this}" boxes are heard`);
  for (const box of boxes) {
    const next = lines[lines.indexOf(box) + 1];
    assert.notEqual(next?.heard, strings.compare_this, `after ${JSON.stringify(box.heard)}, "${strings.compare_this}" is said again`);
  }
}

/** The results status: how many options are often, sometimes and usually not used ("in situations like yours" once answered). */
export function checkResultsStatus(text, strings, data, answered) {
  const escape = (t) => t.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  const likely = `(?:${[strings.count_likely_one, strings.count_likely_other]
    .map((t) => escape(answered ? fill(strings.like_yours, { text: t }) : t).replace('{n}', '(\\d+)')).join('|')})`;
  const pattern = templatePattern(strings.count_rest, { likely, possible: '(\\d+)', unlikely: '(\\d+)' });
  const match = text?.match(pattern);
  assert.ok(match, `the status says how the options fit ${answered ? 'the answers' : 'before any answer'}: ${JSON.stringify(text)}`);
  const counts = match.slice(1).filter(Boolean).map(Number);
  assert.equal(counts.reduce((a, b) => a + b, 0), data.options.length, `the counts add up to every option: ${text}`);
}

/** (c) An option's "Learn more" button, and what follows it once open. */
export function checkDisclosure(reading, strings, option, open) {
  const button = reading.find((n) => n.role === 'push button' && n.class.includes('learn-more') && n.name === `${strings.learn_more}: ${option.name}`);
  assert.ok(button, `the "${strings.learn_more}" button of ${option.name} is named with the option`);
  assert.equal(button.heard, line(button.name, 'push button', open ? 'expanded' : 'collapsed'));
  if (open) {
    const after = reading.nodes.slice(reading.nodes.indexOf(button) + 1).find((n) => n.role === 'heading');
    assert.deepEqual({ level: Number(after?.level), name: after?.name }, { level: 5, name: strings.main_benefit },
      'the details start with the main benefit, a level below the option');
  }
}

/** (d) The comparison table: caption, column headers (the options), row headers, and every data cell with both. */
export function checkComparison(reading, strings, options) {
  const table = reading.find((n) => n.role === 'table');
  assert.ok(table, 'the comparison is a table');
  const rows = [strings.compare_fit, strings.compare_summary, strings.goal, strings.compare_how,
    strings.time_and_recovery, strings.compare_benefits, strings.compare_harms, strings.usually_for];
  assert.equal(table.heard, line(strings.compare_caption, `table with ${rows.length + 1} rows ${options.length + 1} columns`));
  const inside = reading.subtree(table);
  assert.deepEqual(inside.filter((n) => n.role === 'column header').map((n) => n.name), options.map((o) => o.name));
  assert.deepEqual(inside.filter((n) => n.role === 'row header').map((n) => n.name), rows);
  const cells = inside.filter((n) => n.role === 'table cell' && n.tag === 'td' && n.row > 0);
  assert.equal(cells.length, rows.length * options.length, 'a data cell per row and option');
  for (const cell of cells) {
    assert.deepEqual(
      { columnHeaders: cell.columnHeaders, rowHeaders: cell.rowHeaders },
      { columnHeaders: [options[cell.column - 1].name], rowHeaders: [rows[cell.row - 1]] },
      `the cell at row ${cell.row}, column ${cell.column} is announced with its headers`,
    );
  }
}

/** (f) Every icon array: the drawing is hidden, its caption says "who: n of 100" for the n people drawn marked. */
export function checkIconArrays(reading, strings, marked) {
  const figures = reading.filter((n) => n.tag === 'figure' && n.class === 'icon-array');
  assert.ok(figures.length > 0, 'the opened option shows icon arrays');
  const pattern = templatePattern(strings.figure_out_of_100, { n: '(\\d+)' });
  const said = figures.map((figure) => {
    const inside = reading.subtree(figure);
    for (const n of inside) {
      assert.ok(n.role !== 'image' || n.name.trim(), 'no picture without words');
    }
    return inside.filter((n) => n.role === 'static').map((n) => n.text).join('');
  });
  for (const text of said) assert.match(text, pattern, 'an icon array says in words what it shows');
  assert.deepEqual(said.map((text) => Number(text.match(pattern)[2])), marked, 'the words give the number of people drawn marked');
}

