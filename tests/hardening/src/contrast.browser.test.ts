/**
 * Colour contrast of every piece of text a reader sees, in every element, at every step, in light and dark: HTML
 * text and SVG <text> in the shadow DOM, with the controls, headline, dek and credit shown, both as a still picture
 * (reduced motion) and, for the animated elements, as the animated view; and the error state.
 *
 * The text colour is `color` (HTML) or `fill` (SVG) with `fill-opacity` and the opacity of the text and all its
 * ancestors. What is behind it is worked out at three points along the text: the elements under each point
 * (shadowRoot.elementsFromPoint), composited bottom-up (background colours; SVG shapes' fill or stroke where the
 * point is in it, with their opacities), and, when the text has a halo (paint-order: stroke, as every map label
 * here does, stroke of the background colour, at least 2 px wide), the halo over that. The worst of the three
 * points counts. Contrast is WCAG 2's, from relative luminance.
 *
 * Rule (WCAG 2.x SC 1.4.3, AA): 4.5:1; large text (at least 24 px, or 18.66 px and bold, as drawn) 3:1. Not
 * counted, as WCAG allows: visually hidden text (.sr-only: the summary and the table), disabled controls and text
 * clipped out of sight. (The pipeline's spacing labels ride on the crawl stream, which fades after the emergence:
 * they are hidden then, not ghosted, and the timeline test below checks every text to the end.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mountElement, unmountAll, $$ } from '@salient/core/testing';
import { catalog, type CatalogEntry } from './catalog.js';
import { contrast, over, parseColour, type RGBA } from './colour.js';

type Stepped = HTMLElement & { step?: number; updateComplete: Promise<boolean> };
/** Opacity of an element and every ancestor, across the shadow boundary. */
function opacityOf(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    opacity *= Number(getComputedStyle(node).opacity);
  }
  return opacity;
}

const hex = ([r, g, b]: RGBA) => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** The paint of one element at a client point, or null when it paints nothing there. */
function paintAt(element: Element, x: number, y: number): { colour: RGBA; alpha: number } | null {
  const style = getComputedStyle(element);
  if (element instanceof SVGGeometryElement) {
    const ctm = element.getScreenCTM();
    if (!ctm) return null;
    const point = new DOMPoint(x, y).matrixTransform(ctm.inverse());
    const fill = parseColour(style.fill);
    if (fill && element.isPointInFill(point)) return { colour: fill, alpha: Number(style.fillOpacity) * opacityOf(element) };
    const stroke = parseColour(style.stroke);
    if (stroke && element.isPointInStroke(point)) return { colour: stroke, alpha: Number(style.strokeOpacity) * opacityOf(element) };
    return null;
  }
  if (element instanceof SVGElement) return null;
  const background = parseColour(style.backgroundColor);
  return background && background[3] > 0 ? { colour: background, alpha: opacityOf(element) } : null;
}

/**
 * What is behind a client point, below `text`: everything under it, composited bottom-up over the white page. An HTML
 * text's own element paints its background behind it; an SVG <text>'s own paint is the text.
 */
function behind(root: ShadowRoot, text: Element, x: number, y: number): RGBA {
  const own = text instanceof SVGElement ? [] : [text];
  const stack = root.elementsFromPoint(x, y).filter((element) => own.includes(element) || (element !== text && !text.contains(element)));
  let colour: RGBA = [255, 255, 255, 1];
  for (const element of stack.reverse()) {
    // Only what is painted before the text: its ancestors, and elements that come earlier in the document.
    if (!element.contains(text) && !(element.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const paint = paintAt(element, x, y);
    if (paint) colour = over(paint.colour, paint.alpha, colour);
  }
  return colour;
}

/** The part of a box not clipped away by an ancestor with `overflow` other than visible (across the shadow boundary). */
function visiblePart(element: Element, box: DOMRect): DOMRect | null {
  let [left, top, right, bottom] = [box.left, box.top, box.right, box.bottom];
  for (let node = element.parentElement ?? (element.getRootNode() as ShadowRoot).host; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    if (getComputedStyle(node).overflow === 'visible') continue;
    const clip = node.getBoundingClientRect();
    [left, top, right, bottom] = [Math.max(left, clip.left), Math.max(top, clip.top), Math.min(right, clip.right), Math.min(bottom, clip.bottom)];
  }
  return right - left > 1 && bottom - top > 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
}

interface Reading {
  text: string;
  ratio: number;
  needed: number;
  colours: string;
}

/** Every piece of visible text in the element's shadow root, with its contrast. */
function readText(element: HTMLElement): Reading[] {
  const root = element.shadowRoot!;
  const readings: Reading[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    let owner: Element = node.parentElement!;
    if (owner.closest('style, .sr-only, option')) continue;
    if (owner.closest('button:disabled, select:disabled, input:disabled')) continue;
    const svgText = owner.closest('text');
    if (svgText) owner = svgText;
    if (seen.has(owner)) continue;
    seen.add(owner);

    const style = getComputedStyle(owner);
    if (style.visibility !== 'visible') continue;
    const opacity = opacityOf(owner);
    if (opacity === 0) continue;
    const range = document.createRange();
    range.selectNodeContents(svgText ? owner : node);
    owner.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = visiblePart(owner, range.getBoundingClientRect());
    // Clipped away entirely (a label scrolled out of a strip that hides its overflow): not seen.
    if (!box) continue;

    const ink = parseColour(svgText ? style.fill : style.color);
    if (!ink) continue;
    const inkAlpha = opacity * (svgText ? Number(style.fillOpacity) : 1);
    // Drawn size: SVG text scales with its viewBox.
    const ctm = svgText ? (owner as SVGTextElement).getScreenCTM() : null;
    const size = parseFloat(style.fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
    const bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;

    const halo = svgText && style.paintOrder.startsWith('stroke') ? parseColour(style.stroke) : null;
    const haloWidth = parseFloat(style.strokeWidth) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
    let worst = { ratio: Infinity, colours: '' };
    for (const fraction of [0.25, 0.5, 0.75]) {
      const x = box.left + box.width * fraction;
      const y = box.top + box.height / 2;
      let background = behind(root, owner, x, y);
      if (halo && haloWidth >= 2) background = over(halo, Number(style.strokeOpacity) * opacity, background);
      const seenInk = over(ink, inkAlpha, background);
      const ratio = contrast(seenInk, background);
      if (ratio < worst.ratio) worst = { ratio, colours: `${hex(seenInk)} on ${hex(background)}` };
    }
    const where = owner.getAttribute('class') ?? owner.localName;
    readings.push({ text: `${node.textContent.trim().slice(0, 40)} [${owner.localName}.${where}]`, needed, ...worst });
  }
  return readings;
}

const lowest: Record<string, { ratio: number; text: string; texts: number }> = {};

function record(key: string, readings: Reading[]): void {
  const entry = (lowest[key] ??= { ratio: Infinity, text: '', texts: 0 });
  entry.texts += readings.length;
  for (const reading of readings) {
    if (reading.ratio < entry.ratio) Object.assign(entry, { ratio: reading.ratio, text: `${reading.text}: ${reading.colours}` });
  }
}

function failures(readings: Reading[], where: string): string[] {
  return readings
    .filter((reading) => reading.ratio < reading.needed)
    .map((reading) => `${where}: ${reading.text} ${reading.ratio.toFixed(2)}:1 < ${reading.needed}:1 (${reading.colours})`);
}

const frame = { headline: 'Ukraine’s foothold in Kursk', dek: 'Area held, by date', source: 'Sources as given', controls: '', lang: 'en' };

/** Still pictures for all four; the animated view too for the two whose controls differ (play, scrubber, speed). */
const cases = catalog.flatMap((entry) => {
  const motions = entry.tag === 'salient-supply-road' || entry.tag === 'salient-pipeline' ? ['still', 'animated'] : ['still'];
  return ['light', 'dark'].flatMap((theme) => motions.map((motion) => ({ entry, theme, motion, tag: entry.tag })));
});

afterAll(() => {
  console.log(
    'Lowest contrast per element and theme (WCAG 2, AA):\n' +
      Object.entries(lowest)
        .map(([key, { ratio, text, texts }]) => `  ${key}: ${ratio.toFixed(2)}:1 over ${texts} texts (${text})`)
        .join('\n'),
  );
});

describe('text contrast', () => {
  it.each(cases)('$tag, $theme, $motion: every text at every step meets AA', async ({ entry, theme, motion }: { entry: CatalogEntry; theme: string; motion: string }) => {
    const attributes = { ...frame, theme, step: '0', ...(motion === 'still' ? { 'reduced-motion': '' } : {}) };
    const element = await mountElement<Stepped>(entry.tag, entry.dataset, attributes, { width: entry.width });
    const count = $$(element, 'tbody tr').length;
    const problems: string[] = [];
    let texts = 0;
    for (let step = 0; step < count; step++) {
      element.step = step;
      await element.updateComplete;
      // Let CSS animations (drawn-in arrows) finish: the still picture has none, the animated view is checked at rest.
      await Promise.all(element.shadowRoot!.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
      const readings = readText(element);
      texts += readings.length;
      record(`${entry.tag} ${theme}`, readings);
      problems.push(...failures(readings, `step ${step}`));
    }
    expect(texts).toBeGreaterThan(count * 5);
    expect(problems).toEqual([]);
    unmountAll();
  });

  it.each(['light', 'dark'])('salient-pipeline, %s: every text meets AA all along the timeline, to its end', async (theme) => {
    const entry = catalog.find((e) => e.tag === 'salient-pipeline')!;
    const element = await mountElement<Stepped & { seek(time: number): void; currentTime: number }>(
      entry.tag,
      entry.dataset,
      { ...frame, theme, step: '0' },
      { width: entry.width },
    );
    const timeline = (entry.dataset as { timeline: { start: string; end: string } }).timeline;
    const [start, end] = [Date.parse(timeline.start), Date.parse(timeline.end)];
    const problems: string[] = [];
    // Every twelve hours of story time, and the very end (where the crawl stream has faded out).
    for (let time = start; time < end + 12 * 3_600_000; time += 12 * 3_600_000) {
      element.seek(Math.min(time, end));
      await element.updateComplete;
      const readings = readText(element);
      record(`${entry.tag} ${theme}`, readings);
      problems.push(...failures(readings, new Date(element.currentTime).toISOString()));
    }
    expect(element.currentTime).toBe(end);
    expect(problems).toEqual([]);
    unmountAll();
  });

  it.each(catalog.flatMap((entry) => ['light', 'dark'].map((theme) => ({ entry, theme, tag: entry.tag }))))(
    '$tag, $theme: the error state meets AA',
    async ({ entry, theme }: { entry: CatalogEntry; theme: string }) => {
      const element = await mountElement<Stepped>(entry.tag, entry.dataset, { ...frame, theme }, { width: entry.width, data: { nonsense: true } });
      expect(element.shadowRoot!.querySelector('.error')).not.toBeNull();
      const readings = readText(element);
      record(`${entry.tag} ${theme}`, readings);
      expect(readings.map((reading) => reading.text).join(' ')).toMatch(/error-title/);
      expect(failures(readings, 'error state')).toEqual([]);
      unmountAll();
    },
  );

  it('the contrast measure is WCAG’s, and sees a halo and a faint label', () => {
    expect(contrast([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
    expect(contrast([118, 118, 118, 1], [255, 255, 255, 1])).toBeCloseTo(4.54, 2);
    // A grey label on a dark shape fails without a halo, passes with one of the background colour.
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<svg width="200" height="60" style="display:block">
      <rect width="200" height="60" fill="#333"></rect>
      <text class="plain" x="10" y="20" fill="#777" font-size="12">Plain label</text>
      <text class="halo" x="10" y="45" fill="#777" font-size="12" style="paint-order:stroke;stroke:#fff;stroke-width:3px">Haloed label</text>
    </svg>`;
    const readings = readText(host);
    const ratio = (name: string) => readings.find((reading) => reading.text.includes(name))!.ratio;
    expect(ratio('Plain')).toBeLessThan(3);
    expect(ratio('Haloed')).toBeCloseTo(contrast([0x77, 0x77, 0x77, 1], [255, 255, 255, 1]), 2);
    host.remove();
  });
});
