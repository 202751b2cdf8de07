// Which hash a file of the package is checked with (src/element/integrity.js), in Node: by its
// name, or by a bundler's renamed copy of it, the longest packaged name winning; a chained file
// (its hash in the module loaded after the first render) is named with an empty value, so that a
// shorter name of the entry's table never stands in for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { integrityOf } from '../../src/element/integrity.js';

const ENTRY = {
  'mrcc-explorer.css': 'sha256-start',
  'mrcc-explorer-details.css': '',
  'mrcc-explorer-es.bin': 'sha256-es',
  'mrcc-explorer-es-details.bin': '',
  'mrcc-explorer-after.js': 'sha256-after',
};
const LATER = { 'mrcc-explorer-details.css': 'sha256-details', 'mrcc-explorer-es-details.bin': 'sha256-es-details' };

test('a file, or a bundler\'s renamed copy, takes its own name\'s hash', () => {
  assert.equal(integrityOf('https://h.example/p/mrcc-explorer.css', ENTRY), 'sha256-start');
  assert.equal(integrityOf('/assets/mrcc-explorer-B2x9.css', ENTRY), 'sha256-start');
  assert.equal(integrityOf('/_astro/mrcc-explorer-es.B2x9.bin', ENTRY), 'sha256-es');
  assert.equal(integrityOf('/x/other.css', ENTRY), undefined);
});

test('a chained file is never given a shorter name\'s hash: the entry says "ask the later table"', () => {
  for (const url of ['/p/mrcc-explorer-details.css', '/assets/mrcc-explorer-details-B2x9.css']) {
    assert.equal(integrityOf(url, ENTRY), '');
    assert.equal(integrityOf(url, LATER), 'sha256-details');
  }
  assert.equal(integrityOf('/assets/mrcc-explorer-es-details-Q1w2.bin', ENTRY), '');
  assert.equal(integrityOf('/assets/mrcc-explorer-es-details-Q1w2.bin', LATER), 'sha256-es-details');
});
