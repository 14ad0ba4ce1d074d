import { defineConfig } from 'vitest/config';
import { chromium, sourceConditions } from '../../vitest.shared.ts';

export default defineConfig({
  resolve: { conditions: sourceConditions },
  optimizeDeps: {
    exclude: ['@salient/core', '@salient/kursk-data', '@salient/territory-bar'],
    // Found late, these would reload the page mid-test (and load Lit twice).
    include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js'],
  },
  test: {
    name: 'browser',
    include: ['src/**/*.browser.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: chromium(),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1280, height: 800 },
    },
    passWithNoTests: false,
  },
});
