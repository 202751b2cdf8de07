// The care team's page and its chart note (src/element/mrcc-explorer-care.js), in Node: the
// reader's answers in the care team's terms, from the positions the core gives, in either language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseStructure } from '../../src/element/share-codec.js';
import { careParts, chartNote } from '../../src/element/mrcc-explorer-care.js';

const content = (language) => JSON.parse(readFileSync(new URL(`../../content/${language}.json`, import.meta.url), 'utf8'));

// The structure as the core's `text('@structure')` writes it (src/core/ui/resume.rs).
function structureOf(d) {
  const lines = d.criteria.map((c) => `c ${c.id} ${c.multiple ? '+' : '1'} ${c.choices.map((x) => x.id).join(',')}`);
  lines.push(`v ${d.values.map((v) => v.id).join(',')}`);
  lines.push(`o ${d.options.map((o) => `${o.id}:${o.questions.length}`).join(',')}`);
  lines.push(`f ${d.imdc.factors.map((f) => f.id).join(',')}`);
  return parseStructure(lines.join('\n'));
}

// The positions of a reader: clear cell, intermediate risk, primary in place, lung and bone,
// prior immunotherapy; "Living as long as possible" very important; SURE yes, yes, no, yes;
// leaning toward targeted therapy; the hemoglobin and calcium signs ticked.
function reader(d) {
  const positions = [];
  for (const c of d.criteria) {
    const pick = { histology: 'clear-cell', risk: 'intermediate', primary: 'in-place', 'prior-systemic': 'immunotherapy' }[c.id];
    if (c.multiple) positions.push(...c.choices.map((x) => Number(['lung', 'bone'].includes(x.id))));
    else positions.push(pick ? c.choices.findIndex((x) => x.id === pick) + 1 : 0);
  }
  positions.push(...d.values.map((v) => (v.id === 'live-longer' ? 3 : v.id === 'cost' ? 2 : 0)));
  positions.push(1, 1, 2, 1);
  positions.push(2 + d.options.findIndex((o) => o.id === 'targeted-therapy'));
  for (const o of d.options) positions.push(...o.questions.map(() => 0));
  positions.push(0, ...d.imdc.factors.map((f) => Number(['hemoglobin', 'calcium'].includes(f.id))));
  return positions;
}

test('the answers in clinical terms, the options to discuss, values, SURE, leaning and questions', () => {
  const d = content('en');
  const parts = careParts(d.care_team, structureOf(d), reader(d), {
    compared: ['immunotherapy', 'targeted-therapy'],
    questions: ['Which combination fits me?'],
    knowledge: { right: 3, total: 4 },
  });
  const note = chartNote(d.care_team, parts);
  for (const line of [
    'Histology: Clear cell RCC',
    'IMDC risk group: Intermediate (1–2 factors)',
    'Primary tumor: In place (no nephrectomy)',
    'Sites of metastasis: Lung, Bone',
    'Number of metastases: Not answered',
    'Prior systemic therapy: Immune checkpoint inhibitor for metastatic disease',
    'IMDC risk factors reported: Hemoglobin below the lower limit of normal; Corrected calcium above the upper limit of normal',
    '- Targeted therapy (VEGFR-TKI, belzutifan or mTOR inhibitor) (leaning toward, compared)',
    '- Immune checkpoint inhibitor-based therapy (IO-IO or IO-TKI) (compared)',
    'Rated very important by the patient:\n- Longest possible survival\n',
    'SURE test (screen for decisional conflict): 3 of 4 answered yes.',
    'Leaning: Targeted therapy (VEGFR-TKI, belzutifan or mTOR inhibitor)',
    `${d.care_team.labels.knowledge}: 3/4`,
    'Patient’s questions:\n1. Which combination fits me?',
  ]) assert.ok(note.includes(line), `missing ${JSON.stringify(line)} in\n${note}`);
  // "Keeping the cost low" was somewhat important: not listed as very important.
  assert.ok(!note.includes('out-of-pocket'));
});

test('in the care team’s language, with the reader’s answers the same', () => {
  const [en, es] = [content('en'), content('es')];
  const note = chartNote(es.care_team, careParts(es.care_team, structureOf(en), reader(en)));
  for (const line of ['Histología: Carcinoma renal de células claras', 'Grupo de riesgo IMDC: Intermedio (1–2 factores)', 'Localización de las metástasis: Pulmón, Hueso']) {
    assert.ok(note.includes(line), `missing ${JSON.stringify(line)} in\n${note}`);
  }
});

test('nothing answered: every part says so, and nothing is made up', () => {
  const d = content('en');
  const s = structureOf(d);
  const empty = new Array(200).fill(0);
  const note = chartNote(d.care_team, careParts(d.care_team, s, empty));
  assert.ok(note.includes('Histology: Not answered'));
  assert.ok(note.includes('IMDC risk factors reported: Not answered'));
  assert.ok(note.includes('Options the patient wants to discuss: None recorded'));
  assert.ok(note.includes('SURE test (screen for decisional conflict): Not answered'));
  assert.ok(note.includes('Leaning: Not answered'));
  assert.ok(!note.includes('Knowledge check'));
});
