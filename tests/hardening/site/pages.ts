/**
 * Host pages as a CMS would publish them: stylesheets and scripts from the page's own origin (so a strict CSP
 * allows them), the graphics pasted with their data as JSON children, no inline script or style of the page's own.
 */
import { encirclement, pipeline, supplyRoad, territory } from '@salient/kursk-data';

export interface Embed {
  tag: string;
  /** Goes into a `<script type="application/json">` child. */
  data: unknown;
  /** Attributes; `true` writes a bare boolean attribute. */
  attributes?: Record<string, string | true>;
  /** Width of the column the element sits in: one of base.css's (320, 640, 800, 1000). */
  width: number;
  id: string;
}

/** The four elements with their Kursk data, each headed and credited so every text part is drawn. */
export const elements = [
  { tag: 'salient-territory-bar', data: territory, width: 640, headline: 'Ukraine’s foothold in Kursk' },
  { tag: 'salient-encirclement', data: encirclement, width: 800, headline: 'The salient closes' },
  { tag: 'salient-supply-road', data: supplyRoad, width: 800, headline: 'The road to Sudzha' },
  { tag: 'salient-pipeline', data: pipeline, width: 1000, headline: 'Through the pipe' },
] as const;

export type ElementTag = (typeof elements)[number]['tag'];

/** The standalone bundle that defines one element: dist/<name>.js. */
export const bundleOf = (tag: string): string => `${tag.replace(/^salient-/, '')}.js`;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** JSON that cannot end its script element early (`</script>` in a string). */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function embedMarkup({ tag, data, attributes = {}, width, id }: Embed): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return (
    `<div class="column w${width}"><${tag} id="${escapeAttribute(id)}"${attrs}>` +
    `<script type="application/json">${scriptSafeJson(data)}</script></${tag}></div>`
  );
}

export interface PageOptions {
  /** Module scripts, in order (paths on the server: "/dist/salient.js"). */
  scripts: string[];
  /** Stylesheets after base.css ("/pages/hostile.css"). */
  stylesheets?: string[];
  embeds: Embed[];
  /** Attributes of <html> besides lang ("dir" for a right-to-left page). */
  html?: Record<string, string>;
  bodyClass?: string;
}

export function hostPage({ scripts, stylesheets = [], embeds, html = {}, bodyClass }: PageOptions): string {
  const htmlAttributes = Object.entries({ lang: 'en', ...html })
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return [
    `<!doctype html><html${htmlAttributes}><head><meta charset="utf-8"><title>Salient host page</title>`,
    ...['/pages/base.css', ...stylesheets].map((href) => `<link rel="stylesheet" href="${href}">`),
    ...scripts.map((src) => `<script type="module" src="${src}"></script>`),
    `</head><body${bodyClass ? ` class="${bodyClass}"` : ''}>`,
    ...embeds.map(embedMarkup),
    '</body></html>',
  ].join('\n');
}

/** Every element once, headed, at its usual width, still (reduced motion), as one page's embeds. */
export function allEmbeds(extra: Record<string, string | true> = {}): Embed[] {
  return elements.map(({ tag, data, width, headline }) => ({
    tag,
    data,
    width,
    id: tag,
    attributes: { headline, 'reduced-motion': true, ...extra },
  }));
}
