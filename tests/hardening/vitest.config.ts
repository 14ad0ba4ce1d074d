import { defineConfig } from 'vitest/config';
import { chromium, nodeSourceConditions, sourceConditions } from '../../vitest.shared.ts';
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
  optimizeDeps: {
    exclude: [
      '@salient/core',
      '@salient/kursk-data',
      '@salient/territory-bar',
      '@salient/encirclement',
      '@salient/supply-road',
      '@salient/pipeline',
    ],
    // Found late, these would reload the page mid-test (and load Lit twice).
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/style-map.js',
      'lit/directives/if-defined.js',
      'lit/directives/keyed.js',
      'lit/directive-helpers.js',
      'd3-geo',
      'd3-ease',
      'fast-check',
    ],
  },
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
