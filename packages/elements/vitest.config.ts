import { defineConfig } from 'vitest/config';
import { chromium, sourceConditions } from '../../vitest.shared.ts';

// Tests the built bundles in dist/ (turbo runs `build` first, see ./turbo.json), the way a CMS page loads them.
export default defineConfig({
  resolve: { conditions: sourceConditions },
  test: {
    name: 'bundles',
    include: ['test/**/*.browser.test.ts'],
    browser: { enabled: true, headless: true, provider: chromium(), instances: [{ browser: 'chromium' }] },
    passWithNoTests: false,
  },
});
