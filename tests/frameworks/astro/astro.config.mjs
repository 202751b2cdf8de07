// docs/frameworks.md, "Astro": pages rendered per request by Node.
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  vite: {
    // The package's small files stay files: Vite would inline the two smaller stylesheets as
    // data: URLs, which a strict CSP (style-src 'self') refuses.
    build: { assetsInlineLimit: 0 },
    // `astro dev`: the module finds its wasm and content beside it, so no pre-bundling.
    optimizeDeps: { exclude: ['mrcc-explorer'] },
  },
});
