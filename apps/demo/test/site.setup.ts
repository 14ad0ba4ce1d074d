import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { distDir, serve } from '../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site on one origin (the host page's, the CMS page's). */
    siteOrigin: string;
    /** The same site on a second origin (where the embed pages and salient-resize.js come from). */
    embedOrigin: string;
  }
}

/** Serves dist/ twice, on two ports of 127.0.0.1: two origins, as a news site and a graphics server would be. */
export default async function setup(project: TestProject) {
  const required = ['index.html', 'embed.html', 'cms-sandbox.html', 'salient.js', 'salient-resize.js'];
  const missing = required.filter((file) => !existsSync(path.join(distDir, file)));
  if (missing.length) {
    throw new Error(`apps/demo/dist lacks ${missing.join(', ')}: build first (npm run build, or turbo run test, which does)`);
  }
  const site = await serve(distDir);
  const embed = await serve(distDir);
  project.provide('siteOrigin', site.origin);
  project.provide('embedOrigin', embed.origin);
  return async () => {
    await Promise.all([site.close(), embed.close()]);
  };
}
