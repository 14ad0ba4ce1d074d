import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { chromium, sourceConditions } from './vitest.shared.ts';

const configDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.storybook');

/** A fresh object per project: Vitest writes into it. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium(),
  instances: [{ browser: 'chromium' as const }],
});

/**
 * Every story in `.storybook/main.ts`'s `stories` globs runs as a test in Debian's Chromium: it must render, its
 * `play` function must pass, and axe must find no violations (`parameters.a11y.test = 'error'` in preview.ts).
 * Twice: as written (light page, elements on `auto`), and under the toolbar's "Dark page" theme, so contrast is
 * checked in both themes. Run with `npm run test:stories` (turbo task `//#test:stories`, after `//#manifest`).
 */
export default defineConfig({
  resolve: { conditions: sourceConditions },
  test: {
    passWithNoTests: false,
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir })],
        test: { name: 'stories', browser: browser() },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir, initialGlobals: { theme: 'dark' } })],
        test: { name: 'stories:dark', browser: browser() },
      },
    ],
  },
});
