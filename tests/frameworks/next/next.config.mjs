// Built twice by make test-frameworks: with Turbopack (Next's default) into .next/, and with
// `next build --webpack` into .next-webpack/ (NEXT_DIST_DIR), each served by `next start`.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// This folder is the app's root (the repository around it has lockfiles of its own).
const root = dirname(fileURLToPath(import.meta.url));

// webpack mode only (docs/frameworks.md): the package's stylesheets are files that the widget
// links into its shadow root, checked by their hash. Next's CSS pipeline would empty them
// (0-byte files) and put their rules on the whole page; its CSS minifier would change them, and
// its JavaScript minifier the modules the widget imports later (their hashes would refuse them).
const MRCC_CSS = /[\\/]node_modules[\\/]mrcc-explorer[\\/][^\\/]+\.css$/;
const mrccCssAsFiles = (config, webpack) => {
  config.module.rules.find((rule) => Array.isArray(rule.oneOf))?.oneOf.unshift({ test: MRCC_CSS, type: 'asset/resource' });
  const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE; // the minifier's
  config.plugins.push({
    apply: (compiler) =>
      compiler.hooks.compilation.tap('mrcc-explorer-css', (compilation) => {
        const originals = new Map();
        compilation.hooks.processAssets.tap({ name: 'mrcc-explorer-css', stage: stage - 1 }, (assets) => {
          for (const name in assets) if (/(^|\/)mrcc-explorer[^/]*\.(css|js)$/.test(name)) originals.set(name, assets[name]);
        });
        compilation.hooks.processAssets.tap({ name: 'mrcc-explorer-css', stage: stage + 1 }, () => {
          for (const [name, source] of originals) compilation.updateAsset(name, source);
        });
      }),
  });
  return config;
};

/** @type {import('next').NextConfig} */
export default {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Turbopack needs nothing for the package. (A `webpack` key without a `turbopack` one would
  // make `next build` stop and ask.)
  turbopack: { root },
  outputFileTracingRoot: root,
  webpack: (config, { webpack }) => mrccCssAsFiles(config, webpack),
};
