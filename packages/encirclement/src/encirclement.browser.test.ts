import axe from 'axe-core';
import { encirclement } from '@salient/kursk-data';
import { estimateTextWidth, formatArea } from '@salient/core';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heldAreaKm2 } from './geometry.js';
import { layoutFrame, layoutMap, layoutRegionLabels } from './layout.js';
import { MORPH_MS } from './encirclement.js';
import { box } from './test/small.js';
import { $, $$, MARCH_13, MARCH_6, mount, nextFrame, settle, text } from './test/fixture.js';

const frames = encirclement.frames;
const LAST = frames.length - 1;

function heldD(map: HTMLElement): string {
  return $(map, 'path.held.main')!.getAttribute('d') ?? '';
}

function overlapping(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('<salient-encirclement> rendering', () => {
  it('shows each frame’s area computed from its outline, beside the reported figures', async () => {
    const map = await mount({ 'reduced-motion': '', lang: 'en' });
    for (let step = 0; step < frames.length; step++) {
      map.step = step;
      await settle(map);
      const frame = frames[step];
      const area = formatArea(heldAreaKm2(frame.held), 'km2', 'en');
      expect(text(map, '.reading'), frame.id).toContain(`≈ ${area} on the map`);
      expect(text(map, '.reading'), frame.id).toContain('reported');
      expect(text(map, '.when')).toBe(frame.label.en);
    }
  });

  it('draws the held area, the previous frame as a ghost, the regions, the border and the places', async () => {
    const map = await mount({ step: String(MARCH_13), 'reduced-motion': '' }, { width: 1000 });
    expect(heldD(map)).toBe(layoutMap(encirclement, 1000).frames[MARCH_13].d);
    expect($(map, 'path.ghost')!.getAttribute('d')).toBe(layoutMap(encirclement, 1000).frames[MARCH_13 - 1].d);
    expect($$(map, 'path.region')).toHaveLength(3);
    expect($$(map, 'path.region.ua')).toHaveLength(1);
    expect($(map, 'path.border')).not.toBeNull();
    const labels = $$(map, 'text.place-label').map((t) => t.textContent);
    expect(labels).toContain('Sudzha');
    expect(labels).toContain('Kursk ↗');
    map.step = 0;
    await settle(map);
    expect($(map, 'path.ghost')).toBeNull();
  });

  it('fits the drawing to the box: the held area lies inside the map at 320 and 1,000 px', async () => {
    for (const width of [320, 1000]) {
      const map = await mount({ step: '0', 'reduced-motion': '' }, { width });
      const svg = $(map, 'svg.map')!.getBoundingClientRect();
      const held = $(map, 'path.held.main')!.getBoundingClientRect();
      expect(svg.width).toBeCloseTo(width, 0);
      expect(held.left).toBeGreaterThanOrEqual(svg.left);
      expect(held.right).toBeLessThanOrEqual(svg.right);
      expect(held.top).toBeGreaterThanOrEqual(svg.top);
      expect(held.bottom).toBeLessThanOrEqual(svg.bottom);
      // The peak salient is a good part of the map, not a speck.
      expect(held.height).toBeGreaterThan(svg.height * 0.5);
    }
  });

  it('draws an arrow with a head and a numbered badge per advance, and a key that names them', async () => {
    const map = await mount({ step: String(MARCH_13), 'reduced-motion': '' });
    const advances = frames[MARCH_13].advances;
    expect($$(map, 'svg.map .advance')).toHaveLength(advances.length);
    expect($$(map, 'svg.map .advance polygon.head')).toHaveLength(advances.length);
    expect($$(map, '.advance .badge-number').map((t) => t.textContent)).toEqual(advances.map((_, i) => String(i + 1)));
    const key = $$(map, '.key li').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(key).toEqual(advances.map((a, i) => `${i + 1} ${a.label.en}`));
  });

  it('draws the corridor as a band clipped to the held area, with its width', async () => {
    const corridor = layoutFrame(layoutMap(encirclement, 320), encirclement, MARCH_6, { lang: 'en', units: 'km2' }).corridor!;
    const narrow = await mount({ step: String(MARCH_6), 'reduced-motion': '' }, { width: 320 });
    const svgBox = $(narrow, 'svg.map')!.getBoundingClientRect();
    for (const tspan of $$(narrow, '.corridor-label tspan') as SVGTextContentElement[]) {
      // Bold: the layout allows for it. And the label stays on the map.
      expect(corridor.label.box.width).toBeGreaterThanOrEqual(tspan.getComputedTextLength());
      expect(tspan.getBoundingClientRect().right).toBeLessThanOrEqual(svgBox.right + 0.5);
      expect(tspan.getBoundingClientRect().left).toBeGreaterThanOrEqual(svgBox.left - 0.5);
    }
    const map = await mount({ step: String(MARCH_6), 'reduced-motion': '' }, { width: 1000 });
    const band = $(map, 'path.corridor-band')!;
    expect(band.getAttribute('clip-path')).toBe('url(#held-clip)');
    expect(Number(band.getAttribute('stroke-width'))).toBeGreaterThan(20);
    expect(text(map, '.corridor-label')).toBe('Corridor to the border12–13 km');
    expect($(map, 'path.dimension')).not.toBeNull();
  });

  it.each(['en', 'uk'])('keeps map labels apart and inside the map, and the legend inside the box, at 320 px in every frame (%s)', async (lang) => {
    const map = await mount({ 'reduced-motion': '', lang }, { width: 320 });
    for (let step = 0; step < frames.length; step++) {
      map.step = step;
      await settle(map);
      const svg = $(map, 'svg.map')!.getBoundingClientRect();
      const boxes = $$(map, 'svg.map text[part=label]').map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
      for (const { text: label, box: b } of boxes) {
        expect(b.left, `${label}`).toBeGreaterThanOrEqual(svg.left - 0.5);
        expect(b.right, `${label}`).toBeLessThanOrEqual(svg.right + 0.5);
        expect(b.top, `${label}`).toBeGreaterThanOrEqual(svg.top - 0.5);
        expect(b.bottom, `${label}`).toBeLessThanOrEqual(svg.bottom + 0.5);
      }
      for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlapping(a.box, b.box), `${a.text} / ${b.text} in frame ${step}`).toBe(false);
      const legend = $(map, 'svg.legend')!.getBoundingClientRect();
      for (const t of $$(map, 'svg.legend text')) expect(t.getBoundingClientRect().right, t.textContent).toBeLessThanOrEqual(legend.right + 0.5);
    }
  });

  it('estimates label widths no smaller than the real glyphs', async () => {
    const map = await mount({ 'reduced-motion': '', step: '0' }, { width: 1000 });
    for (const label of map.shadowRoot!.querySelectorAll<SVGTextElement>('text.place-label:not(.off-map)')) {
      const size = parseFloat(getComputedStyle(label).fontSize);
      const real = label.getComputedTextLength();
      expect(estimateTextWidth(label.textContent, size), label.textContent).toBeGreaterThanOrEqual(real);
    }
    // Names at the edge carry an arrow glyph, which the layout allows extra room for.
    const edge = layoutFrame(layoutMap(encirclement, 1000), encirclement, 0, { lang: 'en', units: 'km2' }).offMap;
    const drawn = $$(map, 'text.off-map') as SVGTextElement[];
    expect(drawn.map((t) => t.textContent)).toEqual(edge.map((e) => e.text));
    drawn.forEach((t, i) => expect(edge[i].box.width).toBeGreaterThanOrEqual(t.getComputedTextLength()));
    // Region names: spaced capitals over the region's name, in a box the layout sized for both.
    const regions = layoutRegionLabels(layoutMap(encirclement, 1000), encirclement, 'en', (ukraine) => (ukraine ? 'Ukraine' : 'Russia'));
    const texts = $$(map, 'text.region-label') as SVGTextElement[];
    expect(texts).toHaveLength(regions.length);
    texts.forEach((t, i) => {
      for (const tspan of t.querySelectorAll('tspan')) expect(regions[i].box.width).toBeGreaterThanOrEqual(tspan.getComputedTextLength());
    });
  });

  it('never widens the page at 320 px, hidden table included', async () => {
    await mount({}, { width: 320 });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });

  it('speaks square miles, with a scale bar in miles, when units="mi2"', async () => {
    const map = await mount({ step: String(MARCH_6), units: 'mi2', 'reduced-motion': '' });
    expect(text(map, '.reading')).toMatch(/^≈ 15\d sq mi on the map · reported 174–193 sq mi$/);
    expect(text(map, '.scale text')).toMatch(/^\d+ mi$/);
  });

  it('speaks Ukrainian when the page is in Ukrainian', async () => {
    document.documentElement.lang = 'uk';
    try {
      const map = await mount({ step: String(MARCH_13), 'reduced-motion': '' });
      expect(text(map, '.when')).toBe('13 березня 2025 року: падіння Суджі');
      expect(text(map, '.reading')).toMatch(/на мапі · за повідомленнями 140 км²$/);
      expect($$(map, 'text.place-label').map((t) => t.textContent)).toContain('Суджа');
      expect(text(map, '.legend')).toContain('Під контролем України');
      expect(text(map, 'table caption')).toBe('Як зменшувався курський виступ');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});

describe('<salient-encirclement> stepping', () => {
  it('morphs the held area over about 700 ms and ends exactly on the new outline', async () => {
    const map = await mount({ step: String(MARCH_6) }, { width: 640 });
    const exact = layoutMap(encirclement, 640).frames;
    expect(heldD(map)).toBe(exact[MARCH_6].d);
    map.step = MARCH_13;
    await map.updateComplete;
    const seen = new Set<string>();
    const start = performance.now();
    while (performance.now() - start < MORPH_MS / 2) {
      await nextFrame();
      seen.add(heldD(map));
    }
    // In between: shapes that are neither the old outline nor the new one.
    const between = [...seen].filter((d) => d !== exact[MARCH_6].d && d !== exact[MARCH_13].d);
    expect(between.length).toBeGreaterThan(3);
    await vi.waitFor(() => expect(heldD(map)).toBe(exact[MARCH_13].d), { timeout: MORPH_MS * 3 });
    expect(performance.now() - start).toBeGreaterThan(MORPH_MS * 0.8);
  });

  it('draws the arrows in with a stroke-dashoffset animation when a frame appears', async () => {
    const map = await mount({ step: String(MARCH_6) });
    map.step = MARCH_13;
    await settle(map);
    const shaft = $(map, '.advance .shaft')!;
    expect(shaft.getAttribute('pathLength')).toBe('1');
    expect(getComputedStyle(shaft).animationName).toBe('draw');
    expect(getComputedStyle($(map, '.advance .head')!).animationName).toBe('appear');
  });

  it('steps with ← and →, Home and End, and tells the page', async () => {
    const map = await mount({ step: '0', 'reduced-motion': '' });
    const steps: number[] = [];
    map.addEventListener('salient-step', (event) => steps.push(event.detail.step));
    ($(map, '.graphic') as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await settle(map);
    expect(map.step).toBe(2);
    await userEvent.keyboard('{ArrowLeft}');
    await settle(map);
    expect(steps).toEqual([1, 2, 1]);
    await userEvent.keyboard('{End}');
    await settle(map);
    expect(map.step).toBe(LAST);
    expect(text(map, '.when')).toBe(frames[LAST].label.en);
    await userEvent.keyboard('{Home}');
    await settle(map);
    expect(map.step).toBe(0);
  });

  it('offers a keyboard-usable slider with `controls`', async () => {
    const map = await mount({ controls: '', step: '0', 'reduced-motion': '' });
    const slider = $(map, 'input[type=range]') as HTMLInputElement;
    expect(slider.max).toBe(String(LAST));
    expect(slider.getAttribute('aria-valuetext')).toBe('Peak, late August 2024');
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(map);
    expect(map.step).toBe(1);
    await userEvent.click($$(map, '.controls button')[1]);
    await settle(map);
    expect(map.step).toBe(2);
  });

  it('keeps its height when stepping, and reserves that height before data arrives', async () => {
    for (const width of [320, 640, 1000]) {
      const map = await mount({ 'reduced-motion': '' }, { width, data: undefined });
      const waiting = map.getBoundingClientRect().height;
      map.data = encirclement;
      await settle(map);
      const heights = new Set<number>();
      for (let step = 0; step < frames.length; step++) {
        map.step = step;
        await settle(map);
        heights.add(Math.round(map.getBoundingClientRect().height));
      }
      expect([...heights], `at ${width} px`).toHaveLength(1);
      expect(Math.abs([...heights][0] - waiting), `at ${width} px`).toBeLessThanOrEqual(2);
      map.parentElement!.remove();
    }
  });

  it('stops the morph when disconnected, and shows the frame at once when reconnected', async () => {
    const map = await mount({ step: String(MARCH_6) });
    map.step = MARCH_13;
    await map.updateComplete;
    await nextFrame();
    const parent = map.parentElement!;
    map.remove();
    const frames = (map as unknown as { animation: { frameCount: number; running: boolean } }).animation;
    expect(frames.running).toBe(false);
    const count = frames.frameCount;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frames.frameCount).toBe(count);
    parent.append(map);
    await settle(map);
    expect(heldD(map)).toBe(layoutMap(encirclement, 640).frames[MARCH_13].d);
  });
});

describe('<salient-encirclement> reduced motion', () => {
  it('jumps to the new outline at once and draws arrows without animation', async () => {
    const map = await mount({ step: String(MARCH_6), 'reduced-motion': '' });
    map.step = MARCH_13;
    await map.updateComplete;
    expect(heldD(map)).toBe(layoutMap(encirclement, 640).frames[MARCH_13].d);
    const shaft = $(map, '.advance .shaft')!;
    expect(getComputedStyle(shaft).animationName).toBe('none');
    expect(getComputedStyle(shaft).strokeDashoffset).toBe('0px');
    expect(getComputedStyle($(map, '.advance .head')!).opacity).toBe('1');
  });

  it('honours the reader’s system setting as well as the attribute', async () => {
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: query.includes('reduced-motion'), media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList,
    );
    try {
      const map = await mount({ step: String(MARCH_6) });
      map.step = MARCH_13;
      await map.updateComplete;
      expect(heldD(map)).toBe(layoutMap(encirclement, 640).frames[MARCH_13].d);
    } finally {
      matchMedia.mockRestore();
    }
  });
});

describe('<salient-encirclement> bad input', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  const errors: string[] = [];
  const listen = (event: Event) => errors.push((event as CustomEvent).detail.message);
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    errors.length = 0;
    document.addEventListener('salient-error', listen);
  });
  afterEach(() => {
    warn.mockRestore();
    document.removeEventListener('salient-error', listen);
  });

  function expectError(map: HTMLElement, pattern: RegExp) {
    expect(text(map, '.error-title')).toBe('This graphic could not be shown');
    expect(text(map, '.error-message')).toMatch(pattern);
    expect(errors.at(-1)).toMatch(pattern);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(pattern);
    expect($(map, 'svg')).toBeNull();
  }

  const frame = { id: 'a', date: '2025-03-13', label: 'A frame' };
  const withHeld = (held: unknown) => ({ frames: [{ ...frame, held }] });
  const huge = () => {
    const ring = Array.from({ length: 200_000 }, (_, i) => [35 + (i % 500) / 1e4, 51 + Math.floor(i / 500) / 1e4]);
    ring.push(ring[0]);
    return withHeld({ type: 'Polygon', coordinates: [ring] });
  };

  it.each([
    ['malformed JSON in the child', { child: '{"frames": [' }, /is not valid JSON/],
    ['malformed GeoJSON', { data: withHeld({ type: 'Polgon', coordinates: [] }) }, /frames\[0\]\.held\.type must be "Polygon" or "MultiPolygon", got "Polgon"/],
    ['a polygon with no coordinates', { data: withHeld({ type: 'Polygon', coordinates: [] }) }, /frames\[0\]\.held\.coordinates has no coordinates/],
    ['coordinates out of range', { data: withHeld({ type: 'Polygon', coordinates: [box(35, 51, 35.1, 91)] }) }, /is out of range: longitude must be within ±180 and latitude within ±90, got \[35\.1, 91\]/],
    ['NaN in a ring', { data: withHeld({ type: 'Polygon', coordinates: [[[35, 51], [Number.NaN, 51], [35, 52], [35, 51]]] }) }, /must hold two finite numbers, got \[NaN, 51\]/],
    ['an open ring', { data: withHeld({ type: 'Polygon', coordinates: [[[35, 51], [35.1, 51], [35.1, 51.1], [35, 51.1]]] }) }, /is not closed/],
    ['no frames', { data: { frames: [] } }, /frames must have at least 1 entry/],
    ['a string instead of data', { data: 'kursk' }, /The data property is not usable: The data must be an object/],
    ['a paste too large to draw', { data: huge() }, /has more than 150,000 coordinate pairs/],
  ])('shows %s as a visible error and fires salient-error', async (_name, input, pattern) => {
    const map = await mount({}, input);
    expectError(map, pattern);
  });

  it('shows a src that 404s as an error', async () => {
    const map = await mount({ src: '/no-such-map.json' }, { data: undefined });
    await vi.waitFor(() => expect(text(map, '.error-message')).toMatch(/Could not load data from \/no-such-map\.json: HTTP 404/));
    expectError(map, /HTTP 404/);
  });

  it('loads a src', async () => {
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify(encirclement)));
    try {
      const map = await mount({ src: '/kursk.json', step: String(MARCH_13) }, { data: undefined });
      await vi.waitFor(() => expect(text(map, '.when')).toBe('13 March 2025: Sudzha falls'));
    } finally {
      fetch.mockRestore();
    }
  });

  it('recovers when the input is fixed', async () => {
    const map = await mount({}, { child: '{"frames": [' });
    expect($(map, '.error')).not.toBeNull();
    map.querySelector('script')!.textContent = JSON.stringify(encirclement);
    await vi.waitFor(() => expect($(map, '.error')).toBeNull());
    await settle(map);
    expect(text(map, '.when')).toBe(frames[LAST].label.en);
  });

  it('renders markup in data and attributes as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const data = structuredClone(encirclement);
    data.frames[LAST].label = { en: payload, uk: payload };
    data.frames[LAST].advances[0].label = { en: payload, uk: payload };
    data.places[0].name = { en: payload, uk: payload };
    const map = await mount({ headline: payload, source: payload }, { data });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(map.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(text(map, '.when')).toBe(`${payload} · April 1, 2025`);
    expect(text(map, '.key li')).toContain(payload);
    expect($$(map, 'text.place-label').map((t) => t.textContent)).toContain(payload);
  });
});

describe('<salient-encirclement> accessibility', () => {
  async function violations(map: HTMLElement) {
    const result = await axe.run(map, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it.each(['light', 'dark'])('has no axe violations in the %s theme, with controls', async (theme) => {
    const map = await mount({ theme, controls: '', headline: 'Ukraine’s foothold in Kursk', step: String(MARCH_6), 'reduced-motion': '' });
    expect(await violations(map)).toEqual([]);
  });

  it('has no axe violations in the error state', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = await mount({}, { child: 'nope' });
    expect(await violations(map)).toEqual([]);
    warn.mockRestore();
  });

  it('gives screen readers the summary and every frame as a table', async () => {
    const map = await mount({ step: String(MARCH_13), lang: 'en' });
    const graphic = $(map, '.graphic')!;
    expect(graphic.getAttribute('role')).toBe('group');
    expect(graphic.getAttribute('aria-label')).toMatch(
      /^13 March 2025: Sudzha falls: the area held by Ukraine measures about 14\d km² \(5\d sq mi\) on this map; sources reported 140 km² \(DeepState, 13 Mar 2025: 140 km² \(themoscowtimes\.com\)\)\. Sudzha was (inside it|no longer inside it)\./,
    );
    expect($(map, 'svg.map')!.getAttribute('aria-hidden')).toBe('true');
    const rows = $$(map, 'tbody tr');
    expect(rows).toHaveLength(frames.length);
    expect(rows[MARCH_13].getAttribute('aria-current')).toBe('true');
    rows.forEach((row, i) => {
      expect(row.querySelectorAll('td')[0].textContent).toBe(formatArea(heldAreaKm2(frames[i].held), 'km2', 'en'));
    });
  });
});
