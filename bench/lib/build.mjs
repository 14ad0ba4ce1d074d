// Builds every contender page as a static bundle: one Vite production build per entry (library mode, ES module,
// minified, no code splitting, every dependency bundled in), so each page's bytes are that contender's whole cost,
// measured the same way for all. Workspace packages resolve to their sources with the export conditions (and the
// minifier settings) @salient/elements uses for dist/salient.js, so <salient-*> here weighs what it weighs there.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { conditions } from '../../packages/elements/build.mjs';

export const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const buildDir = path.join(benchDir, '.build');

/** One HTML page around one bundle; `body` is the page's markup, `style` its CSS. */
function html({ title, script, body, style }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <style>body { margin: 0; font-family: system-ui, sans-serif; } ${style ?? ''}</style>
    <script type="module" src="./${script}"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

/**
 * Builds one page: `pages/<group>/<name>.js` to `.build/<group>/<name>.js` and `.build/<group>/<name>.html`.
 * @returns the bundle's path.
 */
export async function buildPage({ group, name, body, style, title = `${group}: ${name}` }) {
  const outDir = path.join(buildDir, group);
  await build({
    configFile: false,
    root: benchDir,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    resolve: { conditions },
    // Library mode leaves process.env.NODE_ENV for a downstream bundler; these files go straight to a browser.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: path.join(benchDir, 'pages', group, `${name}.js`), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        output: { codeSplitting: false, minify: true, comments: { annotation: false, jsdoc: false, legal: false } },
      },
    },
  });
  await writeFile(path.join(outDir, `${name}.html`), html({ title, script: `${name}.js`, body, style }));
  return path.join(outDir, `${name}.js`);
}

export async function cleanBuild() {
  await rm(buildDir, { recursive: true, force: true });
  await mkdir(buildDir, { recursive: true });
}
