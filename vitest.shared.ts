import { playwright } from '@vitest/browser-playwright';
import type { BrowserProviderOption } from 'vitest/node';
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
