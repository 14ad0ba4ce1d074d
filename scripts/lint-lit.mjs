#!/usr/bin/env node
// lit-analyzer in strict mode over every package's element sources: template bindings checked against element
// and attribute types. Tests and stories are left out: they bind deliberately bad data to exercise the error state.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('packages', { recursive: true, encoding: 'utf8' })
  .map((file) => `packages/${file}`)
  .filter((file) => /^packages\/[^/]+\/src\/.*\.ts$/.test(file) && !/\.(test|stories)\.ts$|\/test\//.test(file));
// no-invalid-css is off: lit-analyzer 2's CSS data predates container queries, accent-color and color-scheme, and
// it cannot read the token declarations interpolated into theme.ts.
const result = spawnSync('node_modules/.bin/lit-analyzer', ['--strict', '--rules.no-invalid-css', 'off', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
