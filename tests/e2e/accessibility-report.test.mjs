// The conformance report (docs/accessibility.md) against the repository: every WCAG 2.2 Level A
// and AA success criterion has a row with a verdict and evidence, the counts at the top are the
// tables' own, and every test the report names as evidence exists, by file and name. A renamed
// or deleted test, or a criterion left out, fails here rather than in a hospital's procurement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const report = readFileSync(new URL('docs/accessibility.md', root), 'utf8');

// WCAG 2.2's Level A and AA success criteria (4.1.1 Parsing is obsolete in 2.2).
const LEVEL_A = ['1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.4.1', '1.4.2', '2.1.1', '2.1.2',
  '2.1.4', '2.2.1', '2.2.2', '2.3.1', '2.4.1', '2.4.2', '2.4.3', '2.4.4', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '3.1.1',
  '3.2.1', '3.2.2', '3.2.6', '3.3.1', '3.3.2', '3.3.7', '4.1.2'];
const LEVEL_AA = ['1.2.4', '1.2.5', '1.3.4', '1.3.5', '1.4.3', '1.4.4', '1.4.5', '1.4.10', '1.4.11', '1.4.12', '1.4.13',
  '2.4.5', '2.4.6', '2.4.7', '2.4.11', '2.5.7', '2.5.8', '3.1.2', '3.2.3', '3.2.4', '3.3.3', '3.3.4', '3.3.8', '4.1.3'];
const VERDICTS = ['Supports', 'Partially Supports', 'Does Not Support', 'Not Applicable'];

/** The rows of the table under `heading`: criterion number, verdict, remarks, evidence. */
function rows(heading) {
  const start = report.indexOf(heading);
  assert.ok(start >= 0, `the report has "${heading}"`);
  const section = report.slice(start).split('\n### ')[0];
  return section.split('\n').filter((line) => /^\| \d/.test(line)).map((line) => {
    const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
    return { criterion: cells[0].match(/^[\d.]+/)[0], verdict: cells[1], remarks: cells[2], evidence: cells.slice(3).join(' | ') };
  });
}

const tableA = rows('### Table 1: Success Criteria, Level A').filter((r) => r.criterion !== '4.1.1');
const tableAA = rows('### Table 2: Success Criteria, Level AA');

test('every WCAG 2.2 A and AA criterion has one row, a verdict, a remark and its evidence', () => {
  assert.deepEqual(tableA.map((r) => r.criterion), LEVEL_A);
  assert.deepEqual(tableAA.map((r) => r.criterion), LEVEL_AA);
  for (const row of [...tableA, ...tableAA]) {
    assert.ok(VERDICTS.includes(row.verdict), `${row.criterion}: "${row.verdict}"`);
    assert.ok(row.remarks.length > 5, `${row.criterion}: a remark`);
    assert.ok(row.evidence.length > 0, `${row.criterion}: evidence`);
    assert.ok(!/TODO/.test(row.evidence + row.remarks), `${row.criterion}: a TODO is left`);
  }
});

test('the counts at the top are the tables\' own', () => {
  const count = (table, verdict) => table.filter((r) => r.verdict === verdict).length;
  const all = [...tableA, ...tableAA];
  const line = `| ${VERDICTS.map((v) => count(all, v)).join(' | ')} |`;
  assert.ok(report.includes(line), `the counts row reads ${line}`);
  for (const [level, table] of [['Level A', tableA], ['Level AA', tableAA]]) {
    const text = `${level} (${table.length} criteria): ${count(table, 'Supports')} Supports, ${count(table, 'Partially Supports')} Partially Supports, ${count(table, 'Does Not Support')} Does Not Support, ${count(table, 'Not Applicable')} Not Applicable.`;
    assert.ok(report.includes(text), text);
  }
});

test('every test the report names exists, by file and name', () => {
  const cited = [...report.matchAll(/`([^`]+\.(?:mjs|rs|py))` › "([^"]+)"/g)];
  assert.ok(cited.length > 50, `${cited.length} tests cited`);
  const missing = [];
  for (const [, path, name] of cited) {
    const file = new URL(path, root);
    if (!existsSync(file)) missing.push(`${path}: no such file`);
    else if (!readFileSync(file, 'utf8').includes(path.endsWith('.rs') ? `fn ${name}(` : name)) missing.push(`${path} › ${name}`);
  }
  assert.deepEqual(missing, []);
  // A procedure named as evidence is described under "Manual procedures".
  for (const [, name] of report.matchAll(/manual: ([a-z -]+?)(?=[;|)]|$)/gm)) {
    assert.ok(report.includes(`### ${name.trim()}`), `the manual procedure "${name.trim()}" is described`);
  }
});
