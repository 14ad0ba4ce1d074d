/**
 * How every dev server and test run in the workspace resolves and pre-bundles: the Vite side only (no Vitest), so
 * the demo's own vite.config.ts can use it too.
 */

/** Resolve workspace packages to their TypeScript sources (the `source` export condition). */
export const sourceConditions = ['source', 'module', 'browser', 'development|production'];

/** The same for code that runs in Node (unit tests, server rendering): Lit's Node build has a DOM shim. */
export const nodeSourceConditions = ['source', 'module', 'node', 'development|production'];

/** Workspace packages: their sources change while a server runs, so they are served as modules, never pre-bundled. */
const workspacePackages = [
  '@salient/core',
  '@salient/kursk-data',
  '@salient/territory-bar',
  '@salient/encirclement',
  '@salient/supply-road',
  '@salient/pipeline',
  '@salient/embed',
];

/** Their own dependencies: found late, they would make the server reload the page mid-test (and load Lit twice). */
const prebundled = [
  'lit',
  'lit/decorators.js',
  'lit/directives/style-map.js',
  'lit/directives/if-defined.js',
  'lit/directives/keyed.js',
  'd3-geo',
  'd3-ease',
];

/** Vite's `optimizeDeps` for a server of workspace sources; `include` adds what only that server needs. */
export function workspaceOptimizeDeps(include: readonly string[] = []): { exclude: string[]; include: string[] } {
  return { exclude: [...workspacePackages], include: [...prebundled, ...include] };
}
