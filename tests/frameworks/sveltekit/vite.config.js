// docs/frameworks.md, "SvelteKit": SvelteKit 3 takes its options in the Vite plugin.
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit({ adapter: adapter() })],
  // The package's small files stay files: Vite would inline the two smaller stylesheets as
  // data: URLs, which a strict CSP (style-src 'self') refuses.
  build: { assetsInlineLimit: 0 },
  // `vite dev`: the module finds its wasm and content beside it, so no pre-bundling.
  optimizeDeps: { exclude: ['mrcc-explorer'] },
});
