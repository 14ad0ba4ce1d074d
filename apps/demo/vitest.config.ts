import { defineConfig } from 'vitest/config';
import { chromium, nodeSourceConditions, sourceConditions, workspaceOptimizeDeps } from '../../vitest.shared.ts';

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: nodeSourceConditions, externalConditions: nodeSourceConditions } },
  optimizeDeps: workspaceOptimizeDeps(),
  test: {
    passWithNoTests: false,
    projects: [
      {
        extends: true,
        test: {
          // The article from source, in Vitest's browser mode (Chromium).
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 800 },
          },
        },
      },
      {
        extends: true,
        test: {
          // The built site (dist/, turbo builds it first) served on two 127.0.0.1 origins, driven in Chromium
          // with playwright-core as whole pages: the CMS sandbox, the embed page, the iframe resizer across origins.
          name: 'site',
          environment: 'node',
          include: ['test/**/*.site.test.ts'],
          globalSetup: ['test/site.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
