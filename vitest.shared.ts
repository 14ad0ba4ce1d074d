import { playwright } from '@vitest/browser-playwright';
import type { BrowserProviderOption } from 'vitest/node';

/** Flags that keep Chromium quiet on a machine with no network but the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The one browser provider every browser test and story test uses: Debian's Chromium, never a downloaded one. */
export function chromium(): BrowserProviderOption {
  return playwright({
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  });
}

/** Resolve workspace packages to their TypeScript sources (the `source` export condition). */
export const sourceConditions = ['source', 'module', 'browser', 'development|production'];

/** The same for code that runs in Node (unit tests, server rendering): Lit's Node build has a DOM shim. */
export const nodeSourceConditions = ['source', 'module', 'node', 'development|production'];
