import { htmlToPng, type PngOptions } from './png.js';
import { renderHtml, type RenderOptions, type Rendered } from './html.js';
import { DEFAULT_FONT, htmlToSvg } from './svg.js';

export { renderHtml, resolveOptions, stripHydrationMarkers, RenderOptionsError, DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH } from './html.js';
export type { RenderOptions, Rendered } from './html.js';
export { htmlToSvg, DEFAULT_FONT, escapeXml, svgTransform, type SvgOptions } from './svg.js';
export { htmlToPng, chromiumPath, CHROMIUM_ARGS, type PngOptions } from './png.js';
export { parseHtml } from './parse.js';

export type Format = 'html' | 'svg' | 'png';

export interface RenderToOptions extends RenderOptions {
  format: Format;
  /** The page font (SVG and PNG). */
  fontFamily?: string;
  /** PNG only: device pixels per CSS pixel. */
  scale?: number;
  /** PNG only: a browser to reuse. */
  browser?: PngOptions['browser'];
}

export interface RenderedOutput extends Rendered {
  format: Format;
  /** HTML or SVG text, or PNG bytes. */
  output: string | Buffer;
  /** Pixel size of the SVG or PNG. */
  size?: { width: number; height: number };
}

/** Renders a registered graphic to one of the three formats. */
export async function renderGraphic(options: RenderToOptions): Promise<RenderedOutput> {
  const rendered = await renderHtml(options);
  const fontFamily = options.fontFamily ?? DEFAULT_FONT;
  if (options.format === 'html') return { ...rendered, format: 'html', output: `${rendered.html}\n` };
  if (options.format === 'svg') {
    const { svg, width, height } = htmlToSvg(rendered.html, { width: rendered.width, fontFamily, title: rendered.graphic.title });
    return { ...rendered, format: 'svg', output: svg, size: { width, height } };
  }
  const scale = options.scale ?? 1;
  const png = await htmlToPng(rendered.html, {
    width: rendered.width,
    scale,
    fontFamily,
    lang: rendered.attributes.lang ?? 'en',
    ...(options.browser ? { browser: options.browser } : {}),
  });
  return { ...rendered, format: 'png', output: png, size: { width: png.readUInt32BE(16), height: png.readUInt32BE(20) } };
}
