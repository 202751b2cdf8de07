import { defineConfig } from 'vite';

export default defineConfig({
  // The package finds its wasm and content next to its module (new URL(..., import.meta.url)):
  // Vite's dependency pre-bundling would move the module away from them, so leave it out.
  optimizeDeps: { exclude: ['mrcc-explorer'] },
  // Relative URLs: the tests serve the build under a path of their own.
  base: './',
  // Never inline the package's small files as data: URLs, which a strict CSP refuses
  // (mrcc-explorer-print.css is 0.2 KB).
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0 },
});
