// End-to-end: the review document (`mrcc-content review`) printed by Chromium to PDF holds
// every text a reader sees, every rule and every source, as pdftotext reads it back: what a
// clinician signs on paper is the whole content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, OUTPUT } from './helpers.mjs';

const env = useServerAndBrowser();
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'target/debug/mrcc-content');
const words = (text) => text.split(/\s+/).filter(Boolean).join(' ');

/** Every text of a dataset that a reader sees, with where it is. */
function readerTexts(dataset) {
  const out = [];
  const add = (path, text) => text && out.push([path, text]);
  for (const key of ['title', 'decision', 'urgent_help', 'disclaimer', 'authors', 'update_policy', 'funding', 'conflicts']) add(`meta.${key}`, dataset.meta[key]);
  dataset.condition.paragraphs.forEach((t, i) => add(`condition.paragraphs[${i}]`, t));
  (dataset.condition.numbers ?? []).forEach((t, i) => add(`condition.numbers[${i}]`, t));
  dataset.criteria.forEach((c, i) => {
    add(`criteria[${i}].label`, c.label);
    add(`criteria[${i}].help`, c.help);
    c.choices.forEach((choice, j) => add(`criteria[${i}].choices[${j}]`, choice.label));
  });
  dataset.options.forEach((o, i) => {
    for (const key of ['name', 'summary', 'what_it_is', 'goal', 'what_it_involves', 'time_and_recovery', 'living_with', 'usually_for', 'default_reason']) add(`options[${i}].${key}`, o[key]);
    for (const key of ['benefits', 'harms', 'warning_signs', 'questions']) (o[key] ?? []).forEach((t, j) => add(`options[${i}].${key}[${j}]`, t));
    (o.figures ?? []).forEach((f, j) => {
      for (const key of ['text', 'group', 'time_frame', 'uncertainty']) add(`options[${i}].figures[${j}].${key}`, f[key]);
    });
  });
  dataset.rules.forEach((r, i) => add(`rules[${i}].reason`, r.reason));
  add('imdc.intro', dataset.imdc.intro);
  add('imdc.note', dataset.imdc.note);
  dataset.imdc.factors.forEach((f, i) => { add(`imdc.factors[${i}].label`, f.label); add(`imdc.factors[${i}].detail`, f.detail); });
  dataset.glossary.forEach((g, i) => { add(`glossary[${i}].term`, g.term); add(`glossary[${i}].definition`, g.definition); });
  (dataset.values ?? []).forEach((v, i) => add(`values[${i}].statement`, v.statement));
  (dataset.links ?? []).forEach((l, i) => add(`links[${i}].label`, l.label));
  dataset.sources.forEach((s, i) => { add(`sources[${i}].title`, s.title); add(`sources[${i}].about`, s.about); });
  return out;
}

for (const language of ['en', 'es']) {
  test(`the review document of the built-in ${language} content, printed to PDF, holds every text, rule and source`, async () => {
    const html = execFileSync(CLI, ['review', language], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const htmlFile = join(OUTPUT, `review-${language}.html`);
    writeFileSync(htmlFile, html);
    const page = await env.browser.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${htmlFile}`);
    const pdf = join(OUTPUT, `review-${language}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    await page.close();
    assert.deepEqual(requests, [`file://${htmlFile}`], 'self-contained: no other request');
    // Compared without hyphens: pdftotext joins a word broken after its hyphen at a line's end
    // and drops the hyphen ("Long-Term" printed as "Long-" and "Term" reads "LongTerm").
    const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const unhyphenated = (t) => words(t).replace(/-\s*/g, '');
    const text = unhyphenated(printed);
    // The grey addresses may break anywhere in a narrow column: compared without spaces (and
    // hyphens, as above).
    const squeeze = (t) => t.replace(/[\s-]+/g, '');
    const squeezed = squeeze(printed);
    const dataset = JSON.parse(readFileSync(join(ROOT, `content/${language}.json`), 'utf8'));
    const missing = readerTexts(dataset).filter(([, t]) => !text.includes(unhyphenated(t)));
    assert.deepEqual(missing, [], 'every text a reader sees is in the printed document');
    for (const [i, rule] of dataset.rules.entries()) assert.ok(squeezed.includes(squeeze(`rules[${i}] (${rule.id})`)), rule.id);
    for (const [i, source] of dataset.sources.entries()) assert.ok(squeezed.includes(squeeze(`sources[${i}] (${source.id})`)), source.id);
    const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
    // Every page carries the file's hash: the running line repeats at the top of each.
    const hash = html.match(/SHA-256 ([0-9a-f]{64})/)[1];
    assert.ok(squeezed.split(squeeze(`SHA-256 ${hash}`)).length - 1 >= pages, `the hash on each of ${pages} pages`);
    console.log(`review-${language}.pdf: ${pages} pages`);
  });
}
