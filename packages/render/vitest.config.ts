import { defineConfig } from 'vitest/config';
import { nodeSourceConditions } from '../../vitest.shared.ts';

// Node only: the renderer runs in Node. The PNG tests start the system's Chromium through playwright-core; the CLI
// tests run the compiled bin (turbo builds first, see ./turbo.json).
export default defineConfig({
  resolve: { conditions: nodeSourceConditions },
  ssr: { resolve: { conditions: nodeSourceConditions, externalConditions: nodeSourceConditions } },
  test: {
    name: 'render',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    passWithNoTests: false,
  },
});
