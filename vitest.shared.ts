import { playwright } from '@vitest/browser-playwright';
import type { BrowserProviderOption } from 'vitest/node';
import type { ViteUserConfig } from 'vitest/config';
import { launchOptions } from './scripts/chromium.mjs';


/** The one browser provider every browser test and story test uses: Debian's Chromium, never a downloaded one. */
export function chromium(): BrowserProviderOption {
  return playwright({
    launchOptions,
  });
}

/** Resolve workspace packages to their TypeScript sources (the `source` export condition). */
export const sourceConditions = ['source', 'module', 'browser', 'development|production'];

/** The same for code that runs in Node (unit tests, server rendering): Lit's Node build has a DOM shim. */
export const nodeSourceConditions = ['source', 'module', 'node', 'development|production'];

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
