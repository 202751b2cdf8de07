// Writes a synthetic dataset with `factor` times the built-in options and rules, for the
// benchmark's growth figures. Usage: node tools/gen-dataset.mjs FACTOR OUT.json
// Every copy keeps the built-in text, sources and rule conditions, with its own ids.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [factor, out] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(factor) || factor < 1 || !out) {
  console.error('usage: node tools/gen-dataset.mjs FACTOR OUT.json');
  process.exit(2);
}
const base = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../content/en.json'), 'utf8'));
const dataset = structuredClone(base);
dataset.options = [];
dataset.rules = [];
for (let copy = 0; copy < factor; copy++) {
  const suffix = copy === 0 ? '' : `-copy-${copy}`;
  for (const option of base.options) {
    // supportive-care has rules of its own only in its original form.
    const id = option.id === 'supportive-care' && copy > 0 ? `supportive-care-copy-${copy}` : option.id + suffix;
    dataset.options.push({ ...structuredClone(option), id, name: copy === 0 ? option.name : `${option.name} (${copy})` });
    // The care team's page names every option (the validator requires it).
    if (copy > 0 && dataset.care_team) dataset.care_team.options[id] = `${base.care_team.options[option.id]} (${copy})`;
  }
  for (const rule of base.rules) {
    dataset.rules.push({ ...structuredClone(rule), id: rule.id + suffix, option: rule.option + suffix });
  }
}
writeFileSync(out, JSON.stringify(dataset));
console.log(`${out}: ${dataset.options.length} options, ${dataset.rules.length} rules`);
