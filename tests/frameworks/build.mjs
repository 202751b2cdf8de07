// make test-frameworks, before the tests: installs Node 22 (tests/frameworks/package.json) and
// each app's packages (its own committed lockfile), installs the release tarball into each app,
// type-checks and builds it. One app after the other, never in parallel (2 cores).
//
// Warm runs reuse what is current: `npm ci` only when the lockfile is newer than its stamp; an
// app is built again only when the tarball's hash, the app's sources or Node changed (its
// .build-stamp holds them).
//
// Usage: node tests/frameworks/build.mjs <tarball>

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPS, NODE_BIN, frameworkEnv } from './apps.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const tarball = resolve(process.argv[2] ?? '');
if (!process.argv[2] || !existsSync(tarball)) throw new Error(`usage: node tests/frameworks/build.mjs <release tarball> (got ${process.argv[2]})`);

const run = (cwd, command, args, env = {}) => {
  const started = Date.now();
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...frameworkEnv(), ...env } });
  return ((Date.now() - started) / 1000).toFixed(1);
};

// `npm ci` when the lockfile changed since the last one (as make test-app does). No install
// scripts run (none of these packages needs one: their binaries come as packages).
function install(dir) {
  const stamp = join(dir, 'node_modules/.setup-stamp');
  if (existsSync(stamp) && statSync(stamp).mtimeMs > statSync(join(dir, 'package-lock.json')).mtimeMs) return;
  console.log(`frameworks: npm ci in ${dir}`);
  const seconds = run(dir, 'npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(stamp, '');
  console.log(`frameworks: npm ci in ${seconds} s`);
}

// The app's own files (not what is installed or built), hashed with the tarball and Node's
// version: a build is reused only while all three are the same.
const GENERATED = new Set(['node_modules', '.next', '.next-webpack', 'dist', 'build', '.svelte-kit', '.astro', '.build-stamp', 'next-env.d.ts', 'cache']);
function sources(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !GENERATED.has(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]));
}
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

install(here);
const nodeVersion = execFileSync(NODE_BIN, ['--version'], { encoding: 'utf8' }).trim();
const tarballHash = sha256(readFileSync(tarball));
for (const app of APPS) {
  const dir = join(here, app.name);
  install(dir);
  const key = () => JSON.stringify({
    node: nodeVersion,
    tarball: tarballHash,
    sources: sha256(sources(dir).map((file) => `${file}\0${sha256(readFileSync(join(dir, file)))}\n`).join('')),
  });
  const stamp = join(dir, '.build-stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key()) {
    console.log(`frameworks: ${app.name}: built already for this tarball and these sources`);
    continue;
  }
  rmSync(stamp, { force: true });
  // The tarball, as a web team installs it (no-save: the lockfile stays as committed).
  rmSync(join(dir, 'node_modules/mrcc-explorer'), { recursive: true, force: true });
  let seconds = run(dir, 'npm', ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', tarball]);
  console.log(`frameworks: ${app.name}: the tarball installed in ${seconds} s`);
  for (const step of app.build) {
    for (const output of step.clean ?? []) rmSync(join(dir, output), { recursive: true, force: true });
    seconds = run(dir, NODE_BIN, step.args, step.env);
    console.log(`frameworks: ${app.name}: ${step.name} in ${seconds} s`);
  }
  // After the build: Next.js writes its own includes into tsconfig.json.
  writeFileSync(stamp, key());
}
