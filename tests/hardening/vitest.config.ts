import { defineConfig } from 'vitest/config';
import { chromium, nodeSourceConditions, sourceConditions, workspaceOptimizeDeps } from '../../vitest.shared.ts';
import { httpFixtures } from './src/http-fixtures.ts';

/**
 * The hardening suites, across all four elements.
 * - `browser`: src/**\/*.browser.test.ts in Vitest's browser mode (Chromium), elements from source.
 * - `site`: site/**\/*.site.test.ts in Node, driving Chromium with playwright-core against the built bundles
 *   (packages/elements/dist, built first by turbo), for what needs real HTTP headers or whole pages: strict CSP,
 *   hostile host pages, two copies of salient.js, visual regression.
 * The dev server also answers test-only HTTP under /__hardening/ (src/http-fixtures.ts), for the `src` suite.
 */
export default defineConfig({
  plugins: [httpFixtures()],
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: nodeSourceConditions, externalConditions: nodeSourceConditions } },
  // Also what only these suites import, or the page would reload mid-suite.
  optimizeDeps: workspaceOptimizeDeps(['lit/directive-helpers.js', 'fast-check']),
  test: {
    passWithNoTests: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          testTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1000, height: 800 },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          environment: 'node',
          include: ['site/**/*.site.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
