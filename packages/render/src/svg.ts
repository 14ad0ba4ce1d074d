/**
 * A server-rendered graphic (HTML with declarative shadow DOM) as one standalone SVG document, made in Node.
 *
 * The graphic's own `<svg>` is kept as it is drawn, its CSS resolved into presentation attributes; the HTML text
 * around it (headline, figures, dates, notes, credit) becomes SVG `<text>`, laid out here: block boxes with their
 * margins (collapsing as CSS does), padding, borders and backgrounds, flex rows, and lines wrapped at the width
 * using estimated glyph widths (those of DejaVu Sans, the widest of the common sans-serif faces, so that a line
 * ends early in a narrower face rather than running past the edge in a wider one).
 * Visually hidden content (the screen-reader summary and table) is left out of the picture; the summary becomes
 * the SVG's `<desc>` and the headline its `<title>`. Form controls are left out: a picture cannot be operated.
 *
 * Why SVG text rather than the HTML inside a `<foreignObject>`: the picture's height has to be known here, in Node,
 * and a foreignObject clips whatever its HTML wraps to beyond the height guessed for it; a foreignObject also
 * renders nothing in the tools print and social-card pipelines use (Inkscape, Illustrator, librsvg, resvg), the
 * shadow root's styles would have to be flattened into it anyway (an XML document has no declarative shadow DOM),
 * and browsers rasterise it inconsistently when the SVG is an `<img>`. SVG text with fixed positions renders the
 * same in every browser, as a document or an `<img>`, and in those tools. The cost: line breaks come from width
 * estimates, so a line may end up a little longer or shorter than the browser would make it.
 */
import {
  computeStyle,
  inheritedStyle,
  length,
  parseStylesheet,
  splitSpaces,
  splitTopLevel,
  type CascadeInput,
  type ComputedStyle,
  type MediaEnvironment,
} from './css.js';
import { classesOf, parseHtml, textContent, type ElementNode, type Node } from './parse.js';

export interface SvgOptions {
  /** Width of the picture in CSS pixels (the width the graphic was server-rendered for). */
  width: number;
  /** The page font the graphic inherits. */
  fontFamily?: string;
  /** Used as the SVG's `<title>` when the graphic has no headline. */
  title?: string;
}

/** Sans-serif faces common on every platform, as the demo article uses. */
export const DEFAULT_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** Default styles of the HTML elements a graphic uses, as browsers give them. */
const UA_CSS = `
div, p, ul, ol, li, figure, figcaption, section, header, footer, main, article, aside, nav, h1, h2, h3, h4, h5, h6,
table, form, fieldset, blockquote, dl, dt, dd, address, details, summary, pre, hr, legend, caption { display: block }
li { display: list-item }
p, ul, ol, dl, blockquote, pre { margin-top: 1em; margin-bottom: 1em }
ul, ol { padding-left: 40px }
ul { list-style-type: disc }
ol { list-style-type: decimal }
figure { margin: 1em 40px }
h1 { font-size: 2em; margin-top: 0.67em; margin-bottom: 0.67em; font-weight: bold }
h2 { font-size: 1.5em; margin-top: 0.83em; margin-bottom: 0.83em; font-weight: bold }
h3 { font-size: 1.17em; margin-top: 1em; margin-bottom: 1em; font-weight: bold }
h4 { margin-top: 1.33em; margin-bottom: 1.33em; font-weight: bold }
h5 { font-size: 0.83em; margin-top: 1.67em; margin-bottom: 1.67em; font-weight: bold }
h6 { font-size: 0.67em; margin-top: 2.33em; margin-bottom: 2.33em; font-weight: bold }
strong, b, th, dt { font-weight: bold }
em, i, cite, var, dfn { font-style: italic }
small { font-size: smaller }
style, script, template, head, title, meta, link, noscript, datalist { display: none }
[hidden] { display: none }
input, button, select, textarea, meter, progress { display: inline-block }
svg { display: inline }
`;

/** Typical sans-serif metrics, as fractions of the font size. */
const ASCENT = 0.92;
const DESCENT = 0.24;
/** `line-height: normal`. */
const NORMAL_LINE_HEIGHT = 1.2;
/** Lines are filled to this share of the width: estimates err, and a line a little short beats one cut off. */
const FILL = 0.97;

const SKIPPED = new Set(['input', 'button', 'select', 'textarea', 'meter', 'progress', 'img', 'video', 'audio', 'canvas', 'iframe', 'object']);
const SVG_NS = 'http://www.w3.org/2000/svg';

/* ------------------------------------------------------------------ output helpers */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 does not allow.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

const num = (n: number) => String(Math.round(n * 100) / 100);

function attrs(list: Record<string, string | number | undefined | null>): string {
  return Object.entries(list)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : String(value))}"`)
    .join('');
}

/* ------------------------------------------------------------------ the tree */

interface Styled {
  node: ElementNode;
  style: ComputedStyle;
}

/** The graphic's host with its shadow root's nodes as its children, and the CSS of that shadow root. */
function shadowTree(markup: string): { host: ElementNode; css: string } {
  const root = parseHtml(markup);
  const find = (node: ElementNode): ElementNode | undefined => {
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      if (child.name.includes('-') && child.children.some((c) => c.kind === 'element' && c.name === 'template')) return child;
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const host = find(root);
  if (!host) throw new Error('No element with a declarative shadow root in the markup');
  const template = host.children.find((c): c is ElementNode => c.kind === 'element' && c.name === 'template')!;
  host.children = template.children;
  host.parent = null;
  for (const child of host.children) child.parent = host;
  let css = '';
  const collect = (node: ElementNode) => {
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      if (child.name === 'style') css += `${textContent(child)}\n`;
      else if (child.name !== 'svg') collect(child);
    }
  };
  collect(host);
  return { host, css };
}

/* ------------------------------------------------------------------ measuring text */

function fontSizeOf(style: ComputedStyle): number {
  return parseFloat(style.get('font-size') ?? '16') || 16;
}

function lineHeightOf(style: ComputedStyle): number {
  const size = fontSizeOf(style);
  const value = style.get('line-height') ?? 'normal';
  if (value === 'normal') return size * NORMAL_LINE_HEIGHT;
  if (/^[\d.]+$/.test(value)) return size * Number(value);
  return length(value, size, size) ?? size * NORMAL_LINE_HEIGHT;
}

function letterSpacing(style: ComputedStyle): number {
  const value = style.get('letter-spacing') ?? 'normal';
  return value === 'normal' ? 0 : (length(value, fontSizeOf(style), 0) ?? 0);
}

/** Advance widths in em of DejaVu Sans, by character class. */
const GLYPH_WIDTHS: [RegExp, number][] = [
  [/[0-9]/, 0.636],
  [/[ \u00a0\u202f\u2009]/, 0.318],
  [/[.,:;'’‘!|ilijI\u0456\u0457\u0406\u0407]/, 0.3],
  [/[ftr()[\]/-]/, 0.39],
  [/[mM\u0436\u0448\u0449\u044e\u0444\u0416\u0428\u0429\u042e\u0424%—]/, 0.95],
  [/[wW]/, 0.85],
  [/[A-Z\u0410-\u042f\u0404\u0490]/, 0.74],
  [/[\u0430-\u044f\u0454\u0491]/, 0.65],
  [/[²³¹·]/, 0.4],
];

/** The width of `text` in a style: an estimate on the wide side (see GLYPH_WIDTHS). */
function textWidth(text: string, style: ComputedStyle): number {
  const size = fontSizeOf(style);
  let em = 0;
  for (const char of text) em += GLYPH_WIDTHS.find(([test]) => test.test(char))?.[1] ?? 0.62;
  const bold = Number(style.get('font-weight') ?? 400) >= 600 ? 1.1 : 1;
  return em * size * bold + letterSpacing(style) * [...text].length;
}

function transformText(text: string, style: ComputedStyle): string {
  const transform = style.get('text-transform');
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  if (transform === 'capitalize') return text.replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
  return text;
}

/* ------------------------------------------------------------------ layout */

/** What every part of one layout shares. */
interface Context {
  input: CascadeInput;
  /** The font the picture's root sets: text in it needs no font-family of its own. */
  fontFamily: string;
  /** Counter for the ids of clip paths. */
  ids: { next: number };
}

/** A box laid out on its own, from (0, 0): its drawing, height (margins included) and first baseline. */
interface Laid {
  out: string[];
  height: number;
  baseline: number;
}

interface Run {
  text: string;
  style: ComputedStyle;
  /** A forced line break before this run. */
  breakBefore?: boolean;
  /** An inline-level box (a legend swatch, an icon) set in the line like a word. */
  atom?: Atom;
}

interface Atom extends Laid {
  /** Its advance in the line: width and horizontal margins. */
  width: number;
  /** Where its box starts within that advance (its left margin). */
  offset: number;
  /** `vertical-align` as a raise in px (positive is up). */
  raise: number;
}

class Canvas {
  out: string[] = [];
  y = 0;
  /** Adjoining vertical margins not yet placed: the largest positive and the most negative. */
  private positive = 0;
  private negative = 0;
  /** Boxes whose top edge is wherever the next content lands (their top margin collapsed through them). */
  private awaiting: { top: number }[] = [];

  constructor(readonly ctx: Context) {}

  margin(value: number): void {
    if (value > 0) this.positive = Math.max(this.positive, value);
    else this.negative = Math.min(this.negative, value);
  }

  flush(): void {
    this.y += this.positive + this.negative;
    this.positive = 0;
    this.negative = 0;
    for (const box of this.awaiting) box.top = this.y;
    this.awaiting = [];
  }

  await(box: { top: number }): void {
    this.awaiting.push(box);
  }

  /** The margins still pending, placed (the end of the picture). */
  finish(): number {
    this.flush();
    return this.y;
  }
}

function styleOf(node: ElementNode, parent: ComputedStyle, input: CascadeInput): ComputedStyle {
  return computeStyle(node, parent, input, node.name === 'svg' || isSvgChild(node));
}

function isSvgChild(node: ElementNode): boolean {
  for (let up = node.parent; up; up = up.parent) if (up.name === 'svg') return true;
  return false;
}

function display(styled: Styled): string {
  return styled.style.get('display') ?? 'inline';
}

function isAbsolute(styled: Styled): boolean {
  const position = styled.style.get('position');
  return position === 'absolute' || position === 'fixed';
}

/**
 * Not drawn: display none; form controls and the chrome around them (`part="controls"`, a class with "controls" in
 * it, a toolbar: a still picture cannot be operated); and boxes hidden from sight but not from screen readers.
 */
function hidden(styled: Styled): boolean {
  const { node, style } = styled;
  if (style.get('display') === 'none' || SKIPPED.has(node.name)) return true;
  const part = node.attributes.get('part') ?? '';
  if (/(^|\s)controls(\s|$)/.test(part) || /controls/.test(node.attributes.get('class') ?? '') || node.attributes.get('role') === 'toolbar') return true;
  const clipPath = style.get('clip-path') ?? '';
  const clip = style.get('clip') ?? '';
  if (/inset\(\s*50%/.test(clipPath) || /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(clip)) return true;
  return isAbsolute(styled) && px(style, 'width', 0) <= 1 && px(style, 'height', 0) <= 1 && node.name !== 'svg' && !!style.get('width');
}

function isBlockLevel(styled: Styled): boolean {
  return ['block', 'list-item', 'flex', 'grid', 'table', 'flow-root'].includes(display(styled));
}

function isAtomic(styled: Styled): boolean {
  return ['inline-block', 'inline-flex', 'inline-grid', 'inline-table'].includes(display(styled)) || styled.node.name === 'svg';
}

function px(style: ComputedStyle, name: string, percentOf: number): number {
  const value = style.get(name);
  if (!value || value === 'auto' || value === 'none') return 0;
  return length(value, fontSizeOf(style), percentOf) ?? 0;
}

/** A length property if it is set to one, else null. */
function lengthOf(style: ComputedStyle, name: string, percentOf: number): number | null {
  const value = style.get(name);
  if (!value || value === 'auto' || value === 'none' || value === 'fit-content' || value === 'max-content') return null;
  return length(value, fontSizeOf(style), percentOf);
}

function borderWidth(style: ComputedStyle, side: string): number {
  const kind = style.get(`border-${side}-style`) ?? 'none';
  if (kind === 'none' || kind === 'hidden') return 0;
  const width = style.get(`border-${side}-width`) ?? 'medium';
  return width === 'thin' ? 1 : width === 'medium' ? 3 : width === 'thick' ? 5 : (length(width, fontSizeOf(style), 0) ?? 0);
}

function visibleColor(value: string | undefined): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (v === 'transparent' || v === 'none' || /^rgba?\(.*[,/]\s*0(?:\.0*)?\s*\)$/.test(v)) return null;
  return value.trim();
}

/** Horizontal padding and borders: what `width` leaves out under `box-sizing: content-box`. */
function horizontalExtras(style: ComputedStyle, percentOf: number): number {
  return px(style, 'padding-left', percentOf) + px(style, 'padding-right', percentOf) + borderWidth(style, 'left') + borderWidth(style, 'right');
}

/** Lays out the in-flow children of a block container, from the current position of `canvas`. */
function layoutChildren(canvas: Canvas, parent: Styled, x: number, width: number): void {
  const pending: Node[] = [];
  const flushInline = () => {
    if (pending.length) layoutInline(canvas, pending.splice(0), parent, x, width);
  };
  for (const child of parent.node.children) {
    if (child.kind === 'text') {
      pending.push(child);
      continue;
    }
    const styled = { node: child, style: styleOf(child, parent.style, canvas.ctx.input) };
    if (hidden(styled) || isAbsolute(styled)) continue;
    if (child.name === 'svg' && display(styled) === 'block') {
      flushInline();
      layoutSvgBlock(canvas, styled, x, width);
    } else if (isBlockLevel(styled)) {
      flushInline();
      layoutBlock(canvas, styled, x, width);
    } else {
      pending.push(child);
    }
  }
  flushInline();
}

/** Lays out `styled` as a box of its own, `width` wide, from (0, 0). */
function layoutBox(ctx: Context, styled: Styled, width: number): Laid {
  const sub = new Canvas(ctx);
  const value = display(styled);
  const blockified = value === 'inline-flex' ? 'flex' : value === 'inline-grid' ? 'grid' : isBlockLevel(styled) ? value : 'block';
  const item: Styled = { node: styled.node, style: new Map(styled.style).set('display', blockified) };
  if (styled.node.name === 'svg') layoutSvgBlock(sub, item, 0, width);
  else layoutBlock(sub, item, 0, width);
  const height = sub.finish();
  return { out: sub.out, height, baseline: firstBaseline(sub.out) ?? height };
}

/** The border-box width a box takes when it is not stretched: its own width, or its content's, within `available`. */
function fitWidth(ctx: Context, styled: Styled, available: number): number {
  const own = lengthOf(styled.style, 'width', available);
  if (own !== null) return styled.style.get('box-sizing') === 'border-box' ? own : own + horizontalExtras(styled.style, available);
  return Math.min(available, maxContentWidth(styled, ctx.input) / FILL + 1);
}

function layoutBlock(canvas: Canvas, styled: Styled, x: number, available: number): void {
  const { node, style } = styled;
  const ctx = canvas.ctx;
  const ml = px(style, 'margin-left', available);
  const mr = px(style, 'margin-right', available);
  const bt = borderWidth(style, 'top');
  const bb = borderWidth(style, 'bottom');
  const bl = borderWidth(style, 'left');
  const br = borderWidth(style, 'right');
  const pt = px(style, 'padding-top', available);
  const pb = px(style, 'padding-bottom', available);
  const pl = px(style, 'padding-left', available);
  const pr = px(style, 'padding-right', available);
  const borderBox = style.get('box-sizing') === 'border-box';
  let width = available - ml - mr;
  const own = lengthOf(style, 'width', available);
  if (own !== null) width = borderBox ? own : own + bl + br + pl + pr;
  const maxWidth = lengthOf(style, 'max-width', available);
  if (maxWidth !== null) width = Math.min(width, borderBox ? maxWidth : maxWidth + bl + br + pl + pr);
  const boxX = x + ml;
  const contentX = boxX + bl + pl;
  const contentWidth = Math.max(0, width - bl - br - pl - pr);

  canvas.margin(px(style, 'margin-top', available));
  const start = canvas.out.length;
  const box = { top: canvas.y };
  const edgeTop = bt || pt;
  if (edgeTop) {
    canvas.flush();
    box.top = canvas.y;
    canvas.y += bt + pt;
  } else canvas.await(box);
  const top = canvas.y;

  const listMarker = display(styled) === 'list-item' ? (style.get('list-style-type') ?? 'disc') : 'none';
  if (listMarker !== 'none') {
    markerFor.set(node, { marker: listMarker === 'decimal' ? `${listIndex(node)}.` : '•', x: contentX, line: { baseline: NaN } });
  }

  const kind = display(styled);
  if (kind === 'flex') layoutFlex(canvas, styled, contentX, contentWidth);
  else if (kind === 'grid') layoutGrid(canvas, styled, contentX, contentWidth);
  else layoutChildren(canvas, styled, contentX, contentWidth);

  // A fixed height is the box's height whatever its content (which overflows, drawn); min-height a floor.
  const fixedHeight = lengthOf(style, 'height', 0);
  const contentHeight = fixedHeight === null ? null : Math.max(0, fixedHeight - (borderBox ? bt + pt + pb + bb : 0));
  const minHeight = px(style, 'min-height', 0);
  if (contentHeight !== null || minHeight > 0) {
    canvas.flush();
    const from = edgeTop ? top : box.top;
    if (contentHeight !== null) canvas.y = from + contentHeight;
    if (canvas.y < from + minHeight) canvas.y = from + minHeight;
  }
  if (bb || pb) {
    canvas.flush();
    canvas.y += pb + bb;
  }
  const bottom = canvas.y;
  canvas.margin(px(style, 'margin-bottom', available));

  // Absolutely positioned children, against this box's padding box (the graphics position layers in a
  // `position: relative` stage).
  const padX = boxX + bl;
  const padY = () => (edgeTop ? box.top + bt : box.top);
  const padWidth = width - bl - br;
  const padHeight = () => bottom - padY() - bb;
  for (const child of node.children) {
    if (child.kind !== 'element') continue;
    const abs = { node: child, style: styleOf(child, style, ctx.input) };
    if (!isAbsolute(abs) || hidden(abs)) continue;
    const s = abs.style;
    const left = lengthOf(s, 'left', padWidth);
    const right = lengthOf(s, 'right', padWidth);
    const topOffset = lengthOf(s, 'top', padHeight());
    const bottomOffset = lengthOf(s, 'bottom', padHeight());
    const w =
      child.name === 'svg' && lengthOf(s, 'width', padWidth) === null ? svgSize(abs, padWidth).width
      : left !== null && right !== null && lengthOf(s, 'width', padWidth) === null ? padWidth - left - right
      : fitWidth(ctx, abs, padWidth);
    const laid = layoutBox(ctx, abs, w);
    const ax = padX + (left ?? (right !== null ? padWidth - right - w : 0));
    const ay = padY() + (topOffset ?? (bottomOffset !== null ? padHeight() - bottomOffset - laid.height : 0));
    canvas.out.push(...group(laid.out, ax, ay));
  }

  // The box's own paint: background and borders under its content, a CSS transform and opacity, clipping.
  const h = bottom - box.top;
  const fill = visibleColor(style.get('background-color'));
  const strokes = (['top', 'right', 'bottom', 'left'] as const)
    .map((side) => ({ side, width: borderWidth(style, side), color: visibleColor(style.get(`border-${side}-color`)) }))
    .filter((b) => b.width > 0 && b.color);
  const shapes: string[] = [];
  if ((fill || strokes.length) && h > 0) {
    const radius = px(style, 'border-radius', width) || px(style, 'border-top-left-radius', width);
    const polygon = /^polygon\((.*)\)$/.exec(style.get('clip-path') ?? '');
    if (fill && polygon) {
      const points = splitTopLevel(polygon[1], ',').map((pair) => {
        const [px1 = '0', py1 = '0'] = pair.trim().split(/\s+/);
        return `${num(boxX + (length(px1, 16, width) ?? 0))},${num(box.top + (length(py1, 16, h) ?? 0))}`;
      });
      shapes.push(`<polygon${attrs({ points: points.join(' '), fill })}/>`);
    } else if (fill) {
      shapes.push(`<rect${attrs({ x: boxX, y: box.top, width, height: h, rx: Math.min(radius, width / 2, h / 2) || undefined, fill })}/>`);
    }
    for (const b of strokes) {
      if (radius && strokes.length === 4 && b.side !== 'top') continue;
      if (radius && strokes.length === 4) {
        // A rounded border all round: one stroked shape (dashes become solid).
        const inset = b.width / 2;
        shapes.push(`<rect${attrs({ x: boxX + inset, y: box.top + inset, width: width - b.width, height: h - b.width, rx: Math.max(0, Math.min(radius, width / 2, h / 2) - inset) || undefined, fill: 'none', stroke: b.color!, 'stroke-width': b.width })}/>`);
        continue;
      }
      const [rx, ry, rw, rh] =
        b.side === 'top' ? [boxX, box.top, width, b.width]
        : b.side === 'bottom' ? [boxX, bottom - b.width, width, b.width]
        : b.side === 'left' ? [boxX, box.top, b.width, h]
        : [boxX + width - b.width, box.top, b.width, h];
      shapes.push(`<rect${attrs({ x: rx, y: ry, width: rw, height: rh, fill: b.color! })}/>`);
    }
  }
  let content = [...shapes, ...canvas.out.slice(start)];
  // Clipping is kept for drawings (a strip of a longer picture); text is not clipped, as its widths are estimates.
  if ((style.get('overflow') === 'hidden' || style.get('overflow') === 'clip') && h > 0 && content.some((line) => line.startsWith('<svg'))) {
    const id = `salient-clip-${ctx.ids.next++}`;
    content = [`<clipPath id="${id}"><rect${attrs({ x: boxX, y: box.top, width, height: h })}/></clipPath>`, `<g clip-path="url(#${id})">`, ...content, '</g>'];
  }
  const transform = style.get('transform');
  const opacity = style.get('opacity');
  const converted = transform && transform !== 'none' ? svgTransform(transform) : '';
  if (converted || (opacity && opacity !== '1')) {
    let list = converted ?? '';
    if (list && !/^translate\([^)]*\)$/.test(list)) {
      // Around the transform-origin, by default the box's centre.
      const [ox = '50%', oy = '50%'] = (style.get('transform-origin') ?? '50% 50%').split(/\s+/);
      const cx = boxX + (length(ox, fontSizeOf(style), width) ?? width / 2);
      const cy = box.top + (length(oy, fontSizeOf(style), h) ?? h / 2);
      list = `translate(${num(cx)} ${num(cy)}) ${list} translate(${num(-cx)} ${num(-cy)})`;
    }
    content = [`<g${attrs({ transform: list || undefined, opacity: opacity && opacity !== '1' ? opacity : undefined })}>`, ...content, '</g>'];
  }
  canvas.out.splice(start, canvas.out.length - start, ...content);
}

/** Drawing moved to (x, y). */
function group(out: string[], x: number, y: number): string[] {
  if (!out.length) return [];
  return x || y ? [`<g transform="translate(${num(x)} ${num(y)})">`, ...out, '</g>'] : out;
}

/** List markers waiting for their item's first line. */
const markerFor = new WeakMap<ElementNode, { marker: string; x: number; line: { baseline: number } }>();

function listIndex(node: ElementNode): number {
  const items = (node.parent?.children ?? []).filter((c): c is ElementNode => c.kind === 'element' && c.name === 'li');
  return items.indexOf(node) + 1;
}

/** The in-flow children of a flex or grid container as items (a run of text becomes an anonymous one). */
function itemsOf(ctx: Context, container: Styled): Styled[] {
  const items: Styled[] = [];
  for (const child of container.node.children) {
    if (child.kind === 'text') {
      if (/\S/.test(child.text)) {
        // An anonymous block around the text: the container's inherited properties, nothing of its box.
        const node: ElementNode = { kind: 'element', name: '#anonymous', attributes: new Map(), children: [child], parent: container.node };
        items.push({ node, style: inheritedStyle(container.style).set('display', 'block') });
      }
      continue;
    }
    const styled = { node: child, style: styleOf(child, container.style, ctx.input) };
    if (!hidden(styled) && !isAbsolute(styled)) items.push(styled);
  }
  return items;
}

function gaps(style: ComputedStyle, width: number): { row: number; column: number } {
  const [rowRaw = '0', columnRaw = rowRaw] = (style.get('gap') ?? '0').split(/\s+/);
  const size = fontSizeOf(style);
  return {
    row: length(style.get('row-gap') ?? rowRaw, size, width) ?? 0,
    column: length(style.get('column-gap') ?? columnRaw, size, width) ?? 0,
  };
}

/** `flex` and its longhands as grow, shrink and basis (null: the item's width or content). */
function flexOf(style: ComputedStyle, width: number): { grow: number; shrink: number; basis: number | null } {
  let grow = 0;
  let shrink = 1;
  let basis: string = 'auto';
  const flex = style.get('flex')?.trim();
  if (flex === 'none') [grow, shrink] = [0, 0];
  else if (flex === 'auto') [grow, shrink] = [1, 1];
  else if (flex) {
    const parts = flex.split(/\s+/);
    const numbers = parts.filter((p) => /^[\d.]+$/.test(p));
    grow = Number(numbers[0] ?? 0);
    shrink = Number(numbers[1] ?? 1);
    basis = parts.find((p) => !/^[\d.]+$/.test(p)) ?? (numbers.length ? '0' : 'auto');
  }
  if (style.get('flex-grow')) grow = Number(style.get('flex-grow')) || 0;
  if (style.get('flex-shrink')) shrink = Number(style.get('flex-shrink')) || 0;
  if (style.get('flex-basis')) basis = style.get('flex-basis')!;
  const resolved = basis === 'auto' || basis === 'content' ? null : length(basis, fontSizeOf(style), width);
  return { grow, shrink, basis: resolved };
}

/** A flex container: a row (wrapping, growing, shrinking, justified, aligned) or a column. */
function layoutFlex(canvas: Canvas, container: Styled, x: number, width: number): void {
  const { ctx } = canvas;
  const style = container.style;
  const items = itemsOf(ctx, container);
  const { row: rowGap, column: columnGap } = gaps(style, width);
  canvas.flush();
  if ((style.get('flex-direction') ?? 'row').startsWith('column')) {
    const align = style.get('align-items') ?? 'stretch';
    items.forEach((item, index) => {
      const w = align === 'stretch' || align === 'normal' ? width : fitWidth(ctx, item, width);
      const laid = layoutBox(ctx, item, w);
      const dx = align === 'center' ? (width - w) / 2 : align === 'flex-end' || align === 'end' ? width - w : 0;
      canvas.out.push(...group(laid.out, x + dx, canvas.y));
      canvas.y += laid.height + (index < items.length - 1 ? rowGap : 0);
    });
    return;
  }

  const wrap = (style.get('flex-wrap') ?? 'nowrap') !== 'nowrap';
  const align = style.get('align-items') ?? 'stretch';
  const justify = style.get('justify-content') ?? 'flex-start';
  const sized = items.map((item) => {
    const flex = flexOf(item.style, width);
    const basis = flex.basis ?? (item.node.name === 'svg' ? svgSize(item, width).width : fitWidth(ctx, item, width));
    return { item, ...flex, basis };
  });
  let first = 0;
  while (first < sized.length) {
    let used = 0;
    let end = first;
    while (end < sized.length) {
      const w = sized[end].basis + (end > first ? columnGap : 0);
      if (wrap && end > first && used + w > width) break;
      used += w;
      end++;
    }
    const line = sized.slice(first, end);
    let free = width - used;
    const growing = line.reduce((sum, s) => sum + s.grow, 0);
    const shrinking = line.reduce((sum, s) => sum + s.shrink * s.basis, 0);
    const widths = line.map((s) => {
      if (free > 0 && growing > 0) return s.basis + (free * s.grow) / growing;
      if (free < 0 && shrinking > 0) return Math.max(0, s.basis + (free * s.shrink * s.basis) / shrinking);
      return s.basis;
    });
    if (growing > 0 || (free < 0 && shrinking > 0)) free = Math.max(0, width - widths.reduce((a, b) => a + b, 0) - columnGap * (line.length - 1));
    // An item pushed against the right edge sets its text from that edge, so the browser's own widths decide
    // where it starts rather than the estimates that placed it.
    const flushRight = justify === 'flex-end' || justify === 'end' || (justify === 'space-between' && line.length > 1);
    const laid = line.map((s, i) =>
      layoutBox(ctx, flushRight && i === line.length - 1 ? { node: s.item.node, style: new Map(s.item.style).set('text-align', 'end') } : s.item, widths[i]),
    );
    const maxBaseline = Math.max(...laid.map((l) => l.baseline));
    const lineHeight = Math.max(...laid.map((l) => (align === 'baseline' ? maxBaseline - l.baseline + l.height : l.height)));
    let cursor = x + (justify === 'center' ? free / 2 : justify === 'flex-end' || justify === 'end' ? free : 0);
    const between = justify === 'space-between' && line.length > 1 ? free / (line.length - 1) : 0;
    laid.forEach((l, i) => {
      const dy =
        align === 'baseline' ? maxBaseline - l.baseline
        : align === 'center' ? (lineHeight - l.height) / 2
        : align === 'flex-end' || align === 'end' ? lineHeight - l.height
        : 0;
      canvas.out.push(...group(l.out, cursor, canvas.y + dy));
      cursor += widths[i] + columnGap + between;
    });
    canvas.y += lineHeight;
    first = end;
    if (first < sized.length) canvas.y += rowGap;
  }
}

/** Column widths from `grid-template-columns`: px, %, fr, auto, minmax(), repeat() with a count, auto-fit or auto-fill. */
export function gridColumns(template: string, width: number, gap: number, fontSize = 16): number[] {
  const tracks: { min: number; fr: number; fixed: number | null }[] = [];
  const track = (text: string) => {
    const t = text.trim();
    const minmax = /^minmax\((.*)\)$/.exec(t);
    if (minmax) {
      const [low = '0', high = '1fr'] = splitTopLevel(minmax[1], ',').map((s) => s.trim());
      const min = length(low, fontSize, width) ?? 0;
      return /fr$/.test(high) ? { min, fr: parseFloat(high), fixed: null } : { min, fr: 0, fixed: Math.max(min, length(high, fontSize, width) ?? min) };
    }
    if (/fr$/.test(t)) return { min: 0, fr: parseFloat(t), fixed: null };
    if (t === 'auto' || t === 'max-content' || t === 'min-content') return { min: 0, fr: 1, fixed: null };
    const fixed = length(t, fontSize, width);
    return { min: fixed ?? 0, fr: fixed === null ? 1 : 0, fixed };
  };
  for (const part of splitSpaces(template)) {
    const repeat = /^repeat\(\s*([^,]+),(.*)\)$/.exec(part);
    if (!repeat) {
      if (part && part !== 'none') tracks.push(track(part));
      continue;
    }
    const inner = splitSpaces(repeat[2]).map(track);
    let count = Number(repeat[1]);
    if (!Number.isFinite(count)) {
      // auto-fit / auto-fill: as many as fit at their minimum.
      const each = inner.reduce((sum, t) => sum + (t.fixed ?? t.min), 0) + gap * inner.length;
      count = Math.max(1, Math.floor((width + gap) / Math.max(1, each)));
    }
    for (let k = 0; k < count; k++) tracks.push(...inner);
  }
  if (!tracks.length) return [width];
  const free = width - gap * (tracks.length - 1) - tracks.reduce((sum, t) => sum + (t.fixed ?? 0), 0);
  const frs = tracks.reduce((sum, t) => sum + t.fr, 0);
  return tracks.map((t) => t.fixed ?? Math.max(t.min, frs ? (Math.max(0, free) * t.fr) / frs : 0));
}

/** A grid container: items placed row by row in its columns (spans with `grid-column: span N` or `1 / -1`). */
function layoutGrid(canvas: Canvas, container: Styled, x: number, width: number): void {
  const { ctx } = canvas;
  const { row: rowGap, column: columnGap } = gaps(container.style, width);
  const columns = gridColumns(container.style.get('grid-template-columns') ?? 'none', width, columnGap, fontSizeOf(container.style));
  const lefts = columns.map((_, i) => x + columns.slice(0, i).reduce((sum, w) => sum + w + columnGap, 0));
  canvas.flush();
  let column = 0;
  let row: { out: string[]; height: number }[] = [];
  const endRow = () => {
    if (!row.length) return;
    const height = Math.max(...row.map((cell) => cell.height));
    for (const cell of row) canvas.out.push(...cell.out);
    canvas.y += height + rowGap;
    row = [];
    column = 0;
  };
  const items = itemsOf(ctx, container);
  for (const item of items) {
    const spec = item.style.get('grid-column') ?? '';
    const span = /^1\s*\/\s*-1$/.test(spec.trim()) ? columns.length : Math.min(columns.length, Number(/span\s+(\d+)/.exec(spec)?.[1] ?? 1));
    if (column + span > columns.length) endRow();
    const w = columns.slice(column, column + span).reduce((sum, c) => sum + c, 0) + columnGap * (span - 1);
    const laid = layoutBox(ctx, item, w);
    row.push({ out: group(laid.out, lefts[column], canvas.y), height: laid.height });
    column += span;
    if (column >= columns.length) endRow();
  }
  endRow();
  if (items.length) canvas.y -= rowGap;
}

/** The baseline of the first text line drawn in `out`, if there is one. */
function firstBaseline(out: string[]): number | null {
  let dy = 0;
  for (const line of out) {
    const moved = /^<g transform="translate\(([\d.-]+) ([\d.-]+)\)">$/.exec(line);
    if (moved) {
      dy += Number(moved[2]);
      continue;
    }
    const m = /^<text[^>]* y="([\d.-]+)"/.exec(line);
    if (m) return Number(m[1]) + dy;
  }
  return null;
}

/** The width of an element's content laid out on one line. */
function maxContentWidth(styled: Styled, input: CascadeInput): number {
  if (styled.node.name === 'svg') return Number(styled.node.attributes.get('width')) || 0;
  let total = 0;
  let line = 0;
  let trailing = 0;
  for (const word of wordsOf(collectRuns(styled.node.children, styled.style, input, null))) {
    if (word.breakBefore) {
      total = Math.max(total, line - trailing);
      line = 0;
    }
    line += word.width + word.space;
    trailing = word.space;
  }
  total = Math.max(total, line - trailing);
  return total + horizontalExtras(styled.style, 0);
}

/**
 * The content of an inline formatting context as runs of one style each, whitespace collapsed as `white-space`
 * says; inline-blocks and inline drawings become atoms (laid out when `ctx` is given, else measured only).
 */
function collectRuns(nodes: readonly Node[], parentStyle: ComputedStyle, input: CascadeInput, ctx: Context | null, available = 0): Run[] {
  const runs: Run[] = [];
  let breakNext = false;
  const walk = (list: readonly Node[], style: ComputedStyle) => {
    for (const node of list) {
      if (node.kind === 'text') {
        const mode = style.get('white-space') ?? 'normal';
        const text = mode.startsWith('pre') ? node.text : node.text.replace(/\s+/g, ' ');
        if (text) runs.push({ text: transformText(text, style), style, ...(breakNext ? { breakBefore: true } : {}) });
        breakNext = false;
        continue;
      }
      if (node.name === 'br') {
        breakNext = true;
        continue;
      }
      const child = styleOf(node, style, input);
      const styled = { node, style: child };
      if (hidden(styled) || isAbsolute(styled)) continue;
      if (isAtomic(styled)) {
        runs.push({ text: '', style: child, atom: atomOf(styled, input, ctx, available), ...(breakNext ? { breakBefore: true } : {}) });
        breakNext = false;
        continue;
      }
      walk(node.children, child);
    }
  };
  walk(nodes, parentStyle);
  return runs;
}

function atomOf(styled: Styled, input: CascadeInput, ctx: Context | null, available: number): Atom {
  const { style } = styled;
  const ml = px(style, 'margin-left', available);
  const mr = px(style, 'margin-right', available);
  const own = lengthOf(style, 'width', available);
  const width =
    styled.node.name === 'svg' ? svgSize(styled, available).width
    : own !== null ? own + (style.get('box-sizing') === 'border-box' ? 0 : horizontalExtras(style, available))
    : Math.min(available || Infinity, maxContentWidth(styled, input) / FILL + 1);
  const align = style.get('vertical-align') ?? 'baseline';
  const raise = length(align, fontSizeOf(style), lineHeightOf(style)) ?? 0;
  const laid = ctx ? layoutBox(ctx, styled, width) : { out: [], height: 0, baseline: 0 };
  // An inline-block with no line of text inside sits on the baseline with its bottom margin edge.
  const baseline = firstBaseline(laid.out) ?? laid.height;
  return { ...laid, baseline, width: width + ml + mr, offset: ml, raise };
}

interface Word {
  text: string;
  style: ComputedStyle;
  width: number;
  /** Width of the collapsed space after it (0 if none). */
  space: number;
  breakBefore: boolean;
  atom?: Atom;
}

/** Runs as words, each keeping its style; a collapsed space belongs to the word before it. */
function wordsOf(runs: readonly Run[]): Word[] {
  const words: Word[] = [];
  for (const run of runs) {
    let breakBefore = !!run.breakBefore;
    if (run.atom) {
      words.push({ text: '', style: run.style, width: run.atom.width, space: 0, breakBefore, atom: run.atom });
      continue;
    }
    for (const part of run.text.split(/(\s+)/)) {
      if (!part) continue;
      const last = words[words.length - 1];
      if (/^\s+$/.test(part)) {
        // Collapsible: one space, after the word before it (none at the start of the text or of a line).
        if (last && !last.atom && !last.text.endsWith(' ') && !breakBefore) {
          last.text += ' ';
          last.space = textWidth(' ', last.style);
        }
        continue;
      }
      words.push({ text: part, style: run.style, width: textWidth(part, run.style), space: 0, breakBefore });
      breakBefore = false;
    }
  }
  return words;
}

/** Inline content: runs wrapped into lines at `width`; each line's text one `<text>` with a `<tspan>` per style. */
function layoutInline(canvas: Canvas, nodes: Node[], container: Styled, x: number, width: number): void {
  const { ctx } = canvas;
  const runs = collectRuns(nodes, container.style, ctx.input, ctx, width);
  if (!runs.some((run) => /\S/.test(run.text) || run.breakBefore || run.atom)) return;
  canvas.flush();
  const words = wordsOf(runs);

  const anywhere = /anywhere|break-word/.test(container.style.get('overflow-wrap') ?? '') || (container.style.get('word-break') ?? '') === 'break-all';
  const nowrap = (container.style.get('white-space') ?? 'normal') === 'nowrap';
  const limit = width * FILL;
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of words) {
    if (line.length && (word.breakBefore || (!nowrap && used + word.width > limit))) {
      lines.push(line);
      line = [];
      used = 0;
    }
    if (!nowrap && anywhere && !word.atom && word.width > limit) {
      // Break a word too long for any line between characters.
      let chunk = '';
      for (const char of word.text) {
        if (textWidth(chunk + char, word.style) > limit && chunk) {
          line.push({ ...word, text: chunk, width: textWidth(chunk, word.style), space: 0 });
          lines.push(line);
          line = [];
          chunk = '';
        }
        chunk += char;
      }
      word.text = chunk;
      word.width = textWidth(chunk, word.style);
    }
    line.push(word);
    used += word.width + word.space;
  }
  if (line.length) lines.push(line);

  const strut = container.style;
  const align = container.style.get('text-align') ?? 'start';
  const indent = lengthOf(container.style, 'text-indent', width) ?? 0;
  lines.forEach((words, lineIndex) => {
    // The line box: every run's font and line height, every atom's box, and the container's strut (CSS 2 §10.8).
    let above = 0;
    let below = 0;
    for (const style of [strut, ...words.filter((w) => !w.atom).map((w) => w.style)]) {
      const size = fontSizeOf(style);
      const leading = (lineHeightOf(style) - (ASCENT + DESCENT) * size) / 2;
      above = Math.max(above, ASCENT * size + leading);
      below = Math.max(below, DESCENT * size + leading);
    }
    for (const { atom } of words) {
      if (!atom) continue;
      above = Math.max(above, atom.baseline + atom.raise);
      below = Math.max(below, atom.height - atom.baseline - atom.raise);
    }
    const baseline = canvas.y + above;
    const start = x + (lineIndex === 0 ? indent : 0);
    const hasAtoms = words.some((w) => w.atom);
    const lineWidth = words.reduce((sum, w, i) => sum + w.width + (i < words.length - 1 ? w.space : 0), 0);
    const anchor = hasAtoms ? 'start' : align === 'center' ? 'middle' : align === 'right' || align === 'end' ? 'end' : 'start';
    // With atoms in the line, text is placed piece by piece from estimated widths, so aligned as a whole here.
    let cursor = hasAtoms ? start + (align === 'center' ? (width - lineWidth) / 2 : align === 'right' || align === 'end' ? width - lineWidth : 0) : start;
    // Pieces: runs of text between atoms.
    let piece: Word[] = [];
    const drawPiece = (at: number) => {
      if (!piece.length) return;
      const spans: { text: string; style: ComputedStyle }[] = [];
      for (const word of piece) {
        const last = spans[spans.length - 1];
        if (last && last.style === word.style) last.text += word.text;
        else spans.push({ text: word.text, style: word.style });
      }
      spans[spans.length - 1].text = spans[spans.length - 1].text.replace(/\s+$/, '');
      const x0 = anchor === 'middle' ? x + width / 2 : anchor === 'end' ? x + width : at;
      const base = spans[0].style;
      const body =
        spans.length === 1 ? escapeXml(spans[0].text)
        : spans.map((s) => (s.style === base ? escapeXml(s.text) : `<tspan${fontAttributes(s.style, base, ctx.fontFamily)}>${escapeXml(s.text)}</tspan>`)).join('');
      canvas.out.push(`<text${attrs({ x: x0, y: baseline, 'text-anchor': anchor === 'start' ? undefined : anchor })}${fontAttributes(base, null, ctx.fontFamily)}>${body}</text>`);
      piece = [];
    };
    let pieceStart = cursor;
    for (const word of words) {
      if (word.atom) {
        drawPiece(pieceStart);
        canvas.out.push(...group(word.atom.out, cursor + word.atom.offset, baseline - word.atom.baseline - word.atom.raise));
        cursor += word.width;
        pieceStart = cursor;
        continue;
      }
      piece.push(word);
      cursor += word.width + word.space;
    }
    drawPiece(pieceStart);
    const marker = markerFor.get(container.node);
    if (marker && Number.isNaN(marker.line.baseline)) {
      marker.line.baseline = baseline;
      canvas.out.push(`<text${attrs({ x: marker.x - 6, y: baseline, 'text-anchor': 'end' })}${fontAttributes(strut, null, ctx.fontFamily)}>${escapeXml(marker.marker)}</text>`);
    }
    canvas.y = baseline + below;
  });
}

/** Font and colour attributes of a run, leaving out what it shares with `base` (its `<text>`). */
function fontAttributes(style: ComputedStyle, base: ComputedStyle | null, rootFont: string): string {
  // On a <text> (no base): everything that differs from the SVG's defaults. On a <tspan>: what differs from its <text>.
  const write = (name: string, initial: string) => {
    const value = style.get(name) ?? initial;
    return (base ? base.get(name) !== style.get(name) : value !== initial) ? value : undefined;
  };
  const family = write('font-family', rootFont);
  return attrs({
    'font-size': base && base.get('font-size') === style.get('font-size') ? undefined : num(fontSizeOf(style)),
    'font-weight': write('font-weight', '400'),
    'font-style': write('font-style', 'normal'),
    'font-family': family === 'inherit' ? undefined : family,
    'letter-spacing': write('letter-spacing', 'normal'),
    fill: base && base.get('color') === style.get('color') ? undefined : (style.get('color') ?? '#000000'),
  });
}

/* ------------------------------------------------------------------ the graphic's own svg */

/** Attributes of SVG elements kept as they are: geometry and text layout. */
const GEOMETRY = new Set([
  'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'viewbox',
  'preserveaspectratio', 'dx', 'dy', 'rotate', 'textlength', 'lengthadjust', 'pathlength', 'href', 'startoffset',
  'gradientunits', 'gradienttransform', 'offset', 'stop-color', 'stop-opacity', 'fx', 'fy', 'spreadmethod',
  'patternunits', 'patterncontentunits', 'markerwidth', 'markerheight', 'refx', 'refy', 'orient', 'markerunits',
  'clippathunits', 'maskunits', 'id', 'marker-start', 'marker-mid', 'marker-end', 'clip-path', 'mask', 'filter',
  'transform',
]);
const CASED: Record<string, string> = {
  viewbox: 'viewBox', preserveaspectratio: 'preserveAspectRatio', textlength: 'textLength', lengthadjust: 'lengthAdjust',
  pathlength: 'pathLength', startoffset: 'startOffset', gradientunits: 'gradientUnits', gradienttransform: 'gradientTransform',
  spreadmethod: 'spreadMethod', patternunits: 'patternUnits', patterncontentunits: 'patternContentUnits',
  markerwidth: 'markerWidth', markerheight: 'markerHeight', refx: 'refX', refy: 'refY', markerunits: 'markerUnits',
  clippathunits: 'clipPathUnits', maskunits: 'maskUnits', lineargradient: 'linearGradient', radialgradient: 'radialGradient',
  clippath: 'clipPath', textpath: 'textPath', foreignobject: 'foreignObject',
};
const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'textpath', 'use']);
/** Painted properties written out on each element that has them (inheritance is not relied on). */
const PAINT = ['fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'paint-order'];
const DEFAULTS: Record<string, string> = {
  fill: '#000000', 'fill-opacity': '1', 'fill-rule': 'nonzero', stroke: 'none', 'stroke-width': '1', 'stroke-opacity': '1',
  'stroke-dasharray': 'none', 'stroke-dashoffset': '0', 'stroke-linecap': 'butt', 'stroke-linejoin': 'miter', 'paint-order': 'normal',
};

/** A CSS `transform` as an SVG transform list; null if it has something SVG cannot say the same way. */
export function svgTransform(css: string): string | null {
  const out: string[] = [];
  const re = /([a-zA-Z0-9]+)\(([^)]*)\)/g;
  let rest = css.trim();
  if (rest === 'none') return '';
  let m: RegExpExecArray | null;
  while ((m = re.exec(css))) {
    rest = rest.replace(m[0], '').trim();
    const args = m[2].split(/\s*,\s*|\s+/).filter(Boolean);
    const lengthArg = (v: string | undefined) => {
      if (v === undefined) return 0;
      const n = /^(-?[\d.]+(?:e-?\d+)?)(px)?$/i.exec(v);
      return n ? Number(n[1]) : NaN;
    };
    const angle = (v: string | undefined) => {
      const n = /^(-?[\d.]+)(deg|rad|turn)?$/i.exec(v ?? '');
      if (!n) return NaN;
      const value = Number(n[1]);
      return n[2] === 'rad' ? (value * 180) / Math.PI : n[2] === 'turn' ? value * 360 : value;
    };
    const plain = (v: string | undefined) => (v === undefined ? NaN : Number(v));
    let piece: string;
    switch (m[1].toLowerCase()) {
      case 'translate':
        piece = `translate(${num(lengthArg(args[0]))} ${num(lengthArg(args[1]))})`;
        break;
      case 'translatex':
        piece = `translate(${num(lengthArg(args[0]))} 0)`;
        break;
      case 'translatey':
        piece = `translate(0 ${num(lengthArg(args[0]))})`;
        break;
      case 'scale':
        piece = `scale(${plain(args[0])} ${args[1] === undefined ? plain(args[0]) : plain(args[1])})`;
        break;
      case 'scalex':
        piece = `scale(${plain(args[0])} 1)`;
        break;
      case 'scaley':
        piece = `scale(1 ${plain(args[0])})`;
        break;
      case 'rotate':
        piece = `rotate(${num(angle(args[0]))})`;
        break;
      case 'matrix':
        piece = `matrix(${args.map(plain).join(' ')})`;
        break;
      default:
        return null;
    }
    if (piece.includes('NaN')) return null;
    out.push(piece);
  }
  return rest ? null : out.join(' ');
}

function serializeSvg(styled: Styled, input: CascadeInput, rootFont: string, outer: { x: number; y: number; width: number; height: number } | null): string {
  const { node, style } = styled;
  if (style.get('display') === 'none' || style.get('visibility') === 'hidden' || style.get('visibility') === 'collapse') {
    return '';
  }
  const name = CASED[node.name] ?? node.name;
  const list: Record<string, string | undefined> = {};
  for (const [key, value] of node.attributes) {
    if (GEOMETRY.has(key) && !(outer && (key === 'x' || key === 'y' || key === 'transform'))) list[CASED[key] ?? key] = value;
  }
  if (outer) {
    // Where the layout put it, at the size the CSS gave it.
    list.x = num(outer.x);
    list.y = num(outer.y);
    list.width = num(outer.width);
    list.height = num(outer.height);
  }
  // A CSS transform wins over the attribute (the graphics position their marks with transform-box: view-box and
  // transform-origin: 0 0, so the same list as an attribute draws the same).
  const cssTransform = style.get('transform');
  let keepStyle = '';
  if (cssTransform && cssTransform !== 'none' && !outer) {
    const converted = svgTransform(cssTransform);
    const origin = (style.get('transform-origin') ?? '0 0').trim().split(/\s+/).map((v) => length(v, fontSizeOf(style), 0));
    const box = style.get('transform-box') ?? 'view-box';
    if (converted !== null && box === 'view-box' && origin.every((v) => v !== null)) {
      const [ox = 0, oy = 0] = origin;
      list.transform = ox || oy ? `translate(${num(ox)} ${num(oy)}) ${converted} translate(${num(-ox)} ${num(-oy)})` : converted;
    } else {
      // Not expressible as an attribute: left to the renderer's CSS.
      keepStyle = `transform:${cssTransform};transform-origin:${style.get('transform-origin') ?? '0 0'};transform-box:${box}`;
    }
  }
  if (SHAPES.has(node.name)) {
    for (const property of PAINT) {
      const value = style.get(property);
      if (value !== undefined && (value !== DEFAULTS[property] || property === 'fill')) list[property] = value.replace(/(\d)px\b/g, '$1');
    }
  }
  const opacity = style.get('opacity');
  if (opacity && opacity !== '1') list.opacity = opacity;
  if (keepStyle) list.style = keepStyle;
  if (node.name === 'text' || node.name === 'tspan' || node.name === 'textpath') {
    list['font-size'] = num(fontSizeOf(style));
    const weight = style.get('font-weight');
    if (weight && weight !== '400') list['font-weight'] = weight;
    if (style.get('font-style') && style.get('font-style') !== 'normal') list['font-style'] = style.get('font-style');
    const family = style.get('font-family');
    if (family && family !== rootFont && family !== 'inherit') list['font-family'] = family;
    const anchor = style.get('text-anchor');
    if (anchor && anchor !== 'start') list['text-anchor'] = anchor;
    const baseline = style.get('dominant-baseline');
    if (baseline && baseline !== 'auto') list['dominant-baseline'] = baseline;
    const spacing = style.get('letter-spacing');
    if (spacing && spacing !== 'normal') list['letter-spacing'] = spacing;
  }
  if (outer) {
    const overflow = style.get('overflow');
    if (overflow === 'visible') list.overflow = 'visible';
  }
  const children = node.children
    .map((child) => {
      if (child.kind === 'text') return escapeXml(node.name === 'text' || node.name === 'tspan' || node.name === 'textpath' || node.name === 'title' || node.name === 'desc' ? child.text.replace(/\s+/g, ' ') : child.text.trim() ? child.text : '');
      return serializeSvg({ node: child, style: styleOf(child, style, input) }, input, rootFont, null);
    })
    .join('');
  return `<${name}${attrs(list)}>${children}</${name}>`;
}

/** An `<svg>` box's size: its CSS width and height, else its attributes, else the width available and its viewBox's shape. */
function svgSize(styled: Styled, available: number): { width: number; height: number } {
  const { node, style } = styled;
  const attribute = (name: string, of: number) => {
    const value = node.attributes.get(name);
    return value === undefined ? null : length(value, fontSizeOf(style), of);
  };
  const box = (node.attributes.get('viewbox') ?? '').trim().split(/[\s,]+/).map(Number);
  const ratio = box.length === 4 && box[2] > 0 && box[3] > 0 ? box[3] / box[2] : null;
  const width = lengthOf(style, 'width', available) ?? attribute('width', available) ?? available;
  const height = lengthOf(style, 'height', 0) ?? attribute('height', 0) ?? (ratio !== null ? width * ratio : 150);
  return { width, height };
}

/** An `<svg>` (the graphic's own drawing), placed as a block at the current position. */
function layoutSvgBlock(canvas: Canvas, styled: Styled, x: number, available: number): void {
  const { style } = styled;
  canvas.margin(px(style, 'margin-top', available));
  canvas.flush();
  const { width, height } = svgSize(styled, available);
  const left = x + px(style, 'margin-left', available);
  canvas.out.push(serializeSvg(styled, canvas.ctx.input, canvas.ctx.fontFamily, { x: left, y: canvas.y, width, height }));
  canvas.y += height;
  canvas.margin(px(style, 'margin-bottom', available));
}

/* ------------------------------------------------------------------ the document */

/** What the picture is of, for its `<title>` and `<desc>`. */
function describe(host: ElementNode): { headline: string; summary: string } {
  let headline = '';
  let summary = '';
  const walk = (node: ElementNode) => {
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      const part = child.attributes.get('part') ?? '';
      if (!headline && part.split(/\s+/).includes('headline')) headline = textContent(child).replace(/\s+/g, ' ').trim();
      if (!summary && part.split(/\s+/).includes('graphic') && child.attributes.get('aria-label')) summary = child.attributes.get('aria-label')!;
      if (!summary && child.attributes.has('aria-live') && classesOf(child).includes('sr-only')) summary = textContent(child).replace(/\s+/g, ' ').trim();
      walk(child);
    }
  };
  walk(host);
  return { headline, summary };
}

/** Turns a server-rendered graphic into a standalone SVG document of the given width. */
export function htmlToSvg(markup: string, options: SvgOptions): { svg: string; width: number; height: number } {
  const width = Math.round(options.width);
  const fontFamily = options.fontFamily ?? DEFAULT_FONT;
  const { host, css } = shadowTree(markup);
  const env: MediaEnvironment = { width, colorScheme: 'light' };
  const ua = parseStylesheet(UA_CSS, env, 'ua');
  const rules = [...ua, ...parseStylesheet(css, env, 'author', ua.length)];
  const input: CascadeInput = { rules, scope: { host } };
  // The page the graphic sits on: its font, black text on white, 16px.
  const page: ComputedStyle = new Map([
    ['font-family', fontFamily],
    ['font-size', '16px'],
    ['color', '#000000'],
    ['line-height', 'normal'],
    ['font-weight', '400'],
  ]);
  const hostStyle = new Map(computeStyle(host, page, input, false)).set('display', 'block');
  // The host's background is the picture's: drawn once, under everything.
  const background = visibleColor(hostStyle.get('background-color'));
  hostStyle.set('background-color', 'transparent');
  const canvas = new Canvas({ input, fontFamily: hostStyle.get('font-family') ?? fontFamily, ids: { next: 0 } });
  layoutBlock(canvas, { node: host, style: hostStyle }, 0, width);
  const height = Math.ceil(canvas.finish());

  const { headline, summary } = describe(host);
  const title = headline || options.title || host.name;
  const lang = langOf(host);
  const svg = [
    `<svg${attrs({ xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': summary ? 'salient-title salient-desc' : 'salient-title', 'xml:lang': lang, 'font-family': canvas.ctx.fontFamily, fill: hostStyle.get('color') })}>`,
    `<title id="salient-title">${escapeXml(title)}</title>`,
    summary ? `<desc id="salient-desc">${escapeXml(summary)}</desc>` : '',
    background ? `<rect${attrs({ width, height, fill: background })}/>` : '',
    ...canvas.out,
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}

function langOf(host: ElementNode): string | undefined {
  const find = (node: ElementNode): string | undefined => {
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      const lang = child.attributes.get('lang');
      if (lang) return lang;
    }
    return undefined;
  };
  return host.attributes.get('lang') ?? find(host);
}
