import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { sourceConditions, workspaceOptimizeDeps } from '../../vite.shared.ts';

/** Every page of the site, by name. The full article and any later pages are added here. */
const pages = {
  index: fileURLToPath(new URL('./index.html', import.meta.url)),
  /** The Ukrainian edition of the article. */
  uk: fileURLToPath(new URL('./uk/index.html', import.meta.url)),
  /** One graphic, alone, for an iframe: embed.html?graphic=territory-bar&… (see src/embed.ts). */
  embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
};

const require = createRequire(import.meta.url);

/**
 * Files built by other workspace packages that the site serves as they are, at stable names next to its pages:
 * the CMS bundle that public/cms-sandbox.html loads, and the host page's iframe resizer. Resolved through the
 * packages' exports (their `dist/`), so the packages must be built first (turbo's `^build` does it).
 */
const workspaceFiles: Record<string, string> = {
  'salient.js': require.resolve('@salient/elements'),
  'salient.js.map': require.resolve('@salient/elements').replace(/\.js$/, '.js.map'),
  'salient-resize.js': require.resolve('@salient/embed/resize.js'),
};

function read(name: string): Buffer {
  const file = workspaceFiles[name];
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the workspace packages first (npm run build, or turbo run build --filter=@salient/demo...)`);
  }
  return readFileSync(file);
}

function workspaceFilesPlugin(): Plugin {
  return {
    name: 'salient:workspace-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = (request.url ?? '').split('?')[0].replace(/^\//, '');
        if (!Object.hasOwn(workspaceFiles, name)) return next();
        try {
          const body = read(name);
          response.setHeader('Content-Type', name.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8');
          response.end(body);
        } catch (error) {
          response.statusCode = 404;
          response.end((error as Error).message);
        }
      });
    },
    generateBundle() {
      for (const name of Object.keys(workspaceFiles)) this.emitFile({ type: 'asset', fileName: name, source: read(name) });
    },
  };
}

/** The editions of the article, by language, as paths from the site's root. */
const editions = { en: 'index.html', uk: 'uk/index.html' } as const;

/**
 * Search engines want each edition to name the others by absolute URL (`<link rel="alternate" hreflang>` with a
 * relative href is ignored, and Vite would rewrite it to a hashed copy of the page). The site's address is only
 * known at deploy time: `SALIENT_SITE_URL=https://graphics.example.org/kursk/ npm run build -w @salient/demo`
 * adds a canonical link and the alternates to both editions. Without it they are left out; the visible edition
 * link (`<a hreflang>`) works either way.
 */
function editionLinksPlugin(siteUrl = process.env.SALIENT_SITE_URL): Plugin {
  return {
    name: 'salient:edition-links',
    transformIndexHtml(html, context) {
      if (!siteUrl) return html;
      const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
      const page = path.relative(path.dirname(pages.index), context.filename).split(path.sep).join('/');
      if (!Object.values(editions).includes(page as (typeof editions)[keyof typeof editions])) return html;
      return [
        { tag: 'link', attrs: { rel: 'canonical', href: new URL(page, base).href }, injectTo: 'head' },
        ...Object.entries(editions).map(([lang, file]) => ({
          tag: 'link',
          attrs: { rel: 'alternate', hreflang: lang, href: new URL(file, base).href },
          injectTo: 'head' as const,
        })),
      ];
    },
  };
}

/**
 * The article's stylesheet (6 KB) goes inline in each page: as a separate file it blocks the first paint for a
 * round trip, which on a phone connection is most of the time to first paint.
 */
function inlineStylesheetsPlugin(): Plugin {
  return {
    name: 'salient:inline-stylesheets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*?href="([^"]+\.css)"[^>]*>/g, (tag, href: string) => {
          const asset = bundle[href.replace(/^(\.\.?\/)+/, '')];
          return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
        });
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any folder it is copied to.
  base: './',
  plugins: [workspaceFilesPlugin(), editionLinksPlugin(), inlineStylesheetsPlugin()],
  // Workspace packages resolve to their TypeScript sources, so no package build is needed first.
  resolve: { conditions: sourceConditions },
  optimizeDeps: workspaceOptimizeDeps(),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { input: pages },
  },
});
