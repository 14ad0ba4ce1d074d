import { playwright } from '@vitest/browser-playwright';
import type { BrowserProviderOption } from 'vitest/node';
import type { ViteUserConfig } from 'vitest/config';
import { launchOptions } from './scripts/chromium.mjs';
import { nodeSourceConditions, sourceConditions } from './vite.shared.ts';

export { nodeSourceConditions, sourceConditions, workspaceOptimizeDeps } from './vite.shared.ts';

/** The one browser provider every browser test and story test uses: Debian's Chromium, never a downloaded one. */
export function chromium(): BrowserProviderOption {
  return playwright({
    launchOptions,
  });
}

/**
 * A package's test setup: `*.test.ts` in Node, `*.browser.test.ts` in Chromium, workspace packages from source.
 * Each package's vitest.config.ts is `export default packageTestConfig()`.
 */
export function packageTestConfig(): ViteUserConfig {
  return {
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: nodeSourceConditions, externalConditions: nodeSourceConditions } },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: ['src/**/*.browser.test.{ts,tsx}'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['src/**/*.browser.test.{ts,tsx}'],
            browser: { enabled: true, headless: true, provider: chromium(), instances: [{ browser: 'chromium' }] },
          },
        },
      ],
      passWithNoTests: false,
    },
  };
}
