import { allGraphics } from '@salient/embed';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser.ts';

/*
 * public/cms-sandbox.html from the built site, as a reader's browser gets it: a static story page with a CMS's
 * hostile stylesheet, loading dist's salient.js with a plain <script type="module"> (twice), and the graphics
 * pasted with JSON children. Every graphic must render as it would on a clean page.
 */

/** What one graphic looks like, read from its shadow root. */
interface Reading {
  id: string;
  tag: string;
  expectValue: string | null;
  expectError: string | null;
  error: string | null;
  value: string | null;
  /** Computed styles of the parts that carry text. */
  text: Record<string, { fontSize: string; lineHeight: string; color: string; direction: string; fontWeight: string } | null>;
  /** Every painted SVG shape: its computed fill and stroke. */
  paints: { tag: string; cls: string; fill: string; stroke: string; strokeWidth: string }[];
  /** SVG text: computed font sizes. */
  svgText: string[];
  /** Each svg's drawn size against its width and height attributes. */
  svgs: { drawn: [number, number]; attributes: [number, number] }[];
  /** territory-bar: the bar's drawn width over the track's, and the share the data says it should be. */
  bar: { drawn: number; expected: number; track: number } | null;
  /** The visually hidden summary and table: their boxes. */
  hidden: { width: number; height: number }[];
}

function read(page: Page): Promise<Reading[]> {
  return page.evaluate(() => {
    const tags = new Set<string>();
    for (const element of document.querySelectorAll('*')) if (element.localName.startsWith('salient-')) tags.add(element.localName);
    return [...document.querySelectorAll<HTMLElement>([...tags].join(',') || 'salient-none')].map((element) => {
      const root = element.shadowRoot!;
      const style = (selector: string) => {
        const node = root.querySelector(selector);
        if (!node) return null;
        const s = getComputedStyle(node);
        return { fontSize: s.fontSize, lineHeight: s.lineHeight, color: s.color, direction: s.direction, fontWeight: s.fontWeight };
      };
      let bar: Reading['bar'] = null;
      const barRect = root.querySelector('rect.bar');
      const trackRect = root.querySelector('rect.track');
      const json = element.querySelector(':scope > script[type="application/json"]')?.textContent;
      if (element.localName === 'salient-territory-bar' && barRect && trackRect && json) {
        const data = JSON.parse(json) as { series: { value: number; estimates?: { value: number }[] }[] };
        const step = element.hasAttribute('step') ? Number(element.getAttribute('step')) : data.series.length - 1;
        const max = Math.max(...data.series.flatMap((p) => [p.value, ...(p.estimates ?? []).map((e) => e.value)]));
        const track = trackRect.getBoundingClientRect().width;
        bar = { drawn: barRect.getBoundingClientRect().width / track, expected: data.series[step].value / max, track };
      }
      return {
        id: element.id,
        tag: element.localName,
        expectValue: element.dataset.expectValue ?? null,
        expectError: element.dataset.expectError ?? null,
        error: root.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        value: root.querySelector('[part~="value"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        text: {
          headline: style('[part~="headline"]'),
          value: style('[part~="value"]'),
          when: style('[part~="when"]'),
          notes: style('[part~="notes"]'),
          credit: style('[part~="source"]'),
          figure: style('figure'),
        },
        paints: [...root.querySelectorAll('rect, line, path, circle, polygon, polyline')].map((shape) => {
          const s = getComputedStyle(shape);
          return { tag: shape.localName, cls: shape.getAttribute('class') ?? '', fill: s.fill, stroke: s.stroke, strokeWidth: s.strokeWidth };
        }),
        svgText: [...root.querySelectorAll('svg text')].map((text) => getComputedStyle(text).fontSize),
        // Outermost drawings only: a nested <svg>'s client rect is the box of what it draws, clipped or not.
        svgs: [...root.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg')).map((svg) => {
          const box = svg.getBoundingClientRect();
          return {
            drawn: [Math.round(box.width), Math.round(box.height)] as [number, number],
            attributes: [Math.round(Number(svg.getAttribute('width'))), Math.round(Number(svg.getAttribute('height')))] as [number, number],
          };
        }),
        bar,
        hidden: [...root.querySelectorAll('.sr-only')].map((node) => {
          const box = node.getBoundingClientRect();
          return { width: box.width, height: box.height };
        }),
      };
    });
  });
}

let browser: Browser;
let context: BrowserContext;
let page: Awaited<ReturnType<typeof openPage>>;
let hostile: Reading[];
let clean: Reading[];

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  page = await openPage(context);
  await page.goto(`${inject('siteOrigin')}/cms-sandbox.html`);
  // Every graphic defined and drawn (or showing its error).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('salient-'))
      .every((element) => element.shadowRoot?.querySelector('[part~="value"], [part~="error"], svg')),
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  hostile = await read(page);
  // The same page without the CMS's stylesheet and the right-to-left section: what the graphics should look like.
  await page.evaluate(() => {
    (document.getElementById('hostile') as HTMLStyleElement).disabled = true;
    document.querySelector('[dir="rtl"]')?.removeAttribute('dir');
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  clean = await read(page);
});

afterAll(async () => {
  await browser?.close();
});

const byId = (readings: Reading[], id: string) => readings.find((reading) => reading.id === id)!;
const HOTPINK = 'rgb(255, 105, 180)';

describe('the CMS sandbox (public/cms-sandbox.html, built)', () => {
  it('embeds every registered graphic, and fetches nothing but its own files', () => {
    const tags = new Set(hostile.map((reading) => reading.tag));
    for (const graphic of allGraphics()) expect([...tags], `cms-sandbox.html has no <${graphic.tag}>`).toContain(graphic.tag);
    expect(page.problems).toEqual([]);
  });

  it('renders every graphic with its value as text and no error state; the broken paste shows a readable error', () => {
    for (const reading of hostile) {
      if (reading.expectError) {
        expect(reading.error, reading.id).toContain('This graphic could not be shown');
        expect(reading.error, reading.id).toContain(reading.expectError);
        continue;
      }
      expect(reading.error, reading.id).toBeNull();
      if (reading.expectValue) expect(reading.value, reading.id).toBe(reading.expectValue);
    }
    // One warning for the broken one, none for the second copy of the bundle.
    expect(page.warnings.filter((warning) => warning.includes('not valid JSON'))).toHaveLength(1);
  });

  it('draws each bar in proportion to its value (within half a pixel)', () => {
    const bars = hostile.filter((reading) => reading.bar);
    expect(bars.length).toBeGreaterThanOrEqual(3);
    for (const { id, bar } of bars) expect(Math.abs(bar!.drawn - bar!.expected) * bar!.track, id).toBeLessThan(0.5);
  });

  it('keeps the page’s rules for svg, rect, text, line and path out of the drawings', () => {
    for (const reading of hostile) {
      if (reading.expectError) continue;
      const reference = byId(clean, reading.id);
      expect(reading.paints.length, reading.id).toBeGreaterThan(0);
      // The same paints as without the page's stylesheet. Compared as sets: a graphic that fits its drawing to the
      // space (the pipeline's long section) may draw a few more or fewer shapes of a kind, none painted differently.
      const distinct = (paints: Reading['paints']) => [...new Set(paints.map((paint) => JSON.stringify(paint)))].sort();
      expect(distinct(reading.paints), reading.id).toEqual(distinct(reference.paints));
      for (const paint of reading.paints) {
        expect(paint.fill, `${reading.id} ${paint.tag}.${paint.cls}`).not.toBe(HOTPINK);
        expect(paint.stroke, `${reading.id} ${paint.tag}.${paint.cls}`).not.toBe('rgb(255, 165, 0)');
      }
      // SVG text at the graphic's own sizes (the map labels some places at 11px), never the page's 30px.
      expect([...new Set(reading.svgText)].sort(), reading.id).toEqual([...new Set(reference.svgText)].sort());
      expect(reading.svgText.every((size) => /^1[0-4](\.\d+)?px$/.test(size)), `${reading.id}: ${reading.svgText.join()}`).toBe(true);
      // Drawn at their own size, not stretched to `width: 100% !important; height: auto`.
      for (const svg of reading.svgs) expect(svg.drawn, reading.id).toEqual(svg.attributes);
    }
  });

  it('keeps the page’s class names, colours and private-looking custom properties out of the text', () => {
    for (const reading of hostile) {
      if (reading.expectError) continue;
      const reference = byId(clean, reading.id);
      for (const part of Object.keys(reading.text)) {
        const [mine, theirs] = [reading.text[part], reference.text[part]];
        if (!mine || !theirs) continue;
        expect(mine.color, `${reading.id} ${part} colour`).toBe(theirs.color);
        expect(mine.fontWeight, `${reading.id} ${part} weight`).toBe(theirs.fontWeight);
      }
    }
  });

  it('keeps the summary and the data table visually hidden', () => {
    for (const reading of hostile) {
      for (const box of reading.hidden) expect(box.width * box.height, reading.id).toBeLessThanOrEqual(1);
    }
  });

  /*
   * Typography is set on the figure inside the shadow root, not on :host: the page's `* { … }` matches the host
   * element itself and beats :host rules, so anything set only there would leak in (frame.styles.ts).
   */
  it('sizes text from its own base, not the page’s root font size', () => {
    for (const reading of hostile) {
      if (reading.expectError) continue;
      const reference = byId(clean, reading.id);
      for (const part of ['headline', 'value', 'when', 'notes', 'credit']) {
        if (reading.text[part]) expect(reading.text[part].fontSize, `${reading.id} ${part}`).toBe(reference.text[part]!.fontSize);
      }
    }
  });

  it('keeps the page’s `* { line-height }` out of the text', () => {
    for (const reading of hostile) {
      if (reading.expectError || !reading.text.when) continue;
      // In font sizes: the same ratio as on the clean page.
      const ratio = (t: NonNullable<Reading['text'][string]>) => parseFloat(t.lineHeight) / parseFloat(t.fontSize);
      expect(ratio(reading.text.when), reading.id).toBeCloseTo(ratio(byId(clean, reading.id).text.when!), 2);
    }
  });

  it('keeps an English graphic left to right on a right-to-left page', () => {
    expect(byId(hostile, 'embed-rtl').text.figure!.direction).toBe('ltr');
  });
});
