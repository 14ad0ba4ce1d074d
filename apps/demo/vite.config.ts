import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Every page of the site, by name. The full article and any later pages are added here. */
const pages = {
  index: fileURLToPath(new URL('./index.html', import.meta.url)),
};

export default defineConfig({
  // Relative asset URLs: dist/ works from any folder it is copied to.
  base: './',
  resolve: {
    // Workspace packages resolve to their TypeScript sources, so no package build is needed first.
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  optimizeDeps: {
    // Workspace sources change while the server runs: serve them as modules, never pre-bundled.
    exclude: ['@salient/core', '@salient/kursk-data', '@salient/territory-bar'],
    // Their own dependencies, pre-bundled up front: found late, they would make the server reload the page.
    include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js'],
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { input: pages },
  },
});
