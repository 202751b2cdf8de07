// The release tarball as a web team receives it (make pack): its files carry the date of the
// commit they were built from, not npm's 1985-10-26 (with which servers sent a 1985
// Last-Modified and browsers kept stale copies for years: the web team walk of 2026-12-07), and
// it holds the licence, the third-party notices and the changelog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const release = join(root, 'target/release');
const tarball = join(release, readdirSync(release).find((file) => file.endsWith('.tgz')));

test('the tarball is dated with its commit and holds the licence, the notices and the changelog', () => {
  // GNU tar's verbose listing: "mode owner/group size YYYY-MM-DD HH:MM path".
  const entries = execFileSync('tar', ['--utc', '-tvzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  const commit = Number(process.env.SOURCE_DATE_EPOCH ?? execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }));
  const day = new Date(commit * 1000).toISOString().slice(0, 10);
  assert.ok(entries.length > 20, entries.join('\n'));
  for (const entry of entries) {
    assert.ok(entry.includes(` ${day} `), `dated ${day}, the commit's day: ${entry}`);
  }
  const names = entries.map((entry) => entry.split(' ').pop());
  for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES.md', 'CHANGELOG.md', 'integrity.json', 'package.json']) {
    assert.ok(names.includes(`package/${file}`), file);
  }
  const notices = execFileSync('tar', ['-xzOf', tarball, 'package/THIRD-PARTY-NOTICES.md'], { encoding: 'utf8' });
  for (const crate of ['| yew | 0.23.0 |', '| wasm-bindgen |', '| js-sys |']) assert.ok(notices.includes(crate), crate);
  assert.match(notices, /Permission is hereby granted|Apache License/);
});
