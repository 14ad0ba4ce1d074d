import axe from 'axe-core';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONVOY } from './convoy.js';
import { drawingHeight } from './layout.js';
import { modelOf } from './supply-road.js';
import { $, $$, frames, kursk, MARCH_12, mount, settle, text, translateOf } from './test/fixture.js';

const model = modelOf(kursk);
const roadKm = model.road.lengthKm;

/** The strip's px per km along the road at a width: the road runs from 12 px to width − 12. */
const stripScale = (width: number) => (width - 24) / roadKm;

/** Total px the highlighted stretch takes on the drawing. */
function highlightedPx(element: HTMLElement): number {
  const rects = $$(element, 'rect.stretch');
  if (rects.length) return rects.reduce((sum, r) => sum + r.getBoundingClientRect().width, 0);
  return $$(element, 'path.stretch').reduce((sum, p) => sum + (p as SVGPathElement).getTotalLength(), 0);
}

describe('<salient-supply-road> drawing', () => {
  it('draws a map when wide and a strip when narrow, or what `layout` asks for', async () => {
    const wide = await mount({ 'reduced-motion': '' }, { width: 800 });
    expect($(wide, '.road')!.classList.contains('map')).toBe(true);
    expect($$(wide, 'path.area').length).toBe(3);
    const narrow = await mount({ 'reduced-motion': '' }, { width: 320 });
    expect($(narrow, '.road')!.classList.contains('strip')).toBe(true);
    expect($(narrow, 'svg.drawing')!.getBoundingClientRect().height).toBe(drawingHeight('strip', 320));
    narrow.layout = 'map';
    await settle(narrow);
    expect($(narrow, '.road')!.classList.contains('map')).toBe(true);
    wide.setAttribute('layout', 'strip');
    await settle(wide);
    expect($(wide, '.road')!.classList.contains('strip')).toBe(true);
  });

  it('highlights, on the strip, exactly the stretch the geometry computes, at every step', async () => {
    const width = 700;
    const element = await mount({ layout: 'strip', 'reduced-motion': '' }, { width });
    for (let step = 0; step < kursk.steps.length; step++) {
      element.step = step;
      await settle(element);
      const { coverage } = model.steps[step];
      expect(highlightedPx(element), `step ${step}`).toBeCloseTo(coverage.lengthKm * stripScale(width), 0);
      const first = $(element, 'rect.stretch')!.getBoundingClientRect();
      const origin = $(element, 'svg.drawing')!.getBoundingClientRect().left;
      expect(first.left - origin).toBeCloseTo(12 + coverage.intervals[0][0] * stripScale(width), 0);
    }
  });

  it('highlights, on the map, a stretch as long as the geometry computes', async () => {
    const element = await mount({ layout: 'map', 'reduced-motion': '' }, { width: 900 });
    const ten = $(element, '.scale rect')!.getBoundingClientRect().width / Number(/\d+/.exec(text(element, '.scale text'))![0]);
    for (let step = 0; step < kursk.steps.length; step++) {
      element.step = step;
      await settle(element);
      const expected = model.steps[step].coverage.lengthKm * ten;
      // Mercator's scale changes by well under 1% over the road; the scale bar is measured at its middle.
      expect(Math.abs(highlightedPx(element) - expected) / expected, `step ${step}`).toBeLessThan(0.015);
    }
  });

  it('labels the stretch with its length and share, and says it in words', async () => {
    const element = await mount({ step: String(MARCH_12), 'reduced-motion': '' }, { width: 800 });
    expect(text(element, '.label.stretch')).toBe('18 km · 39%');
    expect(text(element, '.reading')).toBe('18 km of the 47 km road within drone range (39%)');
    expect(text(element, '.sources')).toBe('Sources: Suspilne via Kyiv Post');
    const miles = await mount({ step: String(MARCH_12), units: 'mi2', 'reduced-motion': '' }, { width: 800 });
    expect(text(miles, '.reading')).toBe('11 mi of the 29 mi road within drone range (39%)');
  });

  it('marks strikes from their date on, with the date and what happened', async () => {
    const element = await mount({ step: '0', 'reduced-motion': '' });
    expect($$(element, 'g.strike')).toHaveLength(1);
    element.step = 1;
    await settle(element);
    expect($$(element, 'g.strike')).toHaveLength(1);
    expect(text(element, '.strikes')).toBe('February 25, 2025: Dozens of vehicles destroyed, 25 February (Forbes via Kyiv Post)');
  });

  it('never widens the page, hidden table included', async () => {
    await mount({}, { width: 320 });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });

  it('speaks Ukrainian', async () => {
    const element = await mount({ lang: 'uk', step: String(MARCH_12), 'reduced-motion': '' });
    expect(text(element, '.when')).toBe('Вогневий контроль · 12 березня 2025 р.');
    expect(text(element, '.reading')).toBe('18 км з 47 км дороги в зоні ураження дронами (39%)');
    expect(text(element, 'table caption')).toBe('Дорога на Суджу');
  });
});

describe('<salient-supply-road> convoys', () => {
  it('moves the convoys with autoplay, writing only transforms and opacity', async () => {
    const element = await mount({ autoplay: '', step: String(MARCH_12), layout: 'strip' }, { width: 640 });
    await vi.waitFor(() => expect(element.animation.frameCount).toBeGreaterThan(5));
    const vehicles = $$(element, 'g.vehicle');
    expect(vehicles).toHaveLength(CONVOY.vehicles);
    const before = vehicles.map((v) => translateOf(v)[0]);
    const observed = new Set<string>();
    const observer = new MutationObserver((records) => records.forEach((r) => observed.add(`${r.type}:${r.attributeName ?? ''}`)));
    observer.observe(element.shadowRoot!, { subtree: true, attributes: true, childList: true, characterData: true });
    await frames(10);
    observer.disconnect();
    const after = vehicles.map((v) => translateOf(v)[0]);
    expect(after).not.toEqual(before);
    expect([...observed].sort()).toEqual(['attributes:opacity', 'attributes:transform']);
  });

  it('strikes a vehicle where it enters the covered stretch', async () => {
    const width = 640;
    const element = await mount({ autoplay: '', step: String(MARCH_12), layout: 'strip' }, { width });
    const entry = model.steps[MARCH_12].coverage.intervals[0][0];
    await vi.waitFor(() => expect(element.vehicles.some((v) => v.struck)).toBe(true), { timeout: 20_000 });
    const states = element.vehicles;
    const nodes = $$(element, 'g.vehicle');
    states.forEach((state, i) => {
      if (!state.struck) return;
      expect(state.km).toBe(entry);
      expect(translateOf(nodes[i])[0]).toBeCloseTo(12 + entry * stripScale(width), 0);
    });
    // Only every other vehicle is struck; the rest drive through to the end.
    expect(states.filter((_, i) => i % 2 === 1).every((s) => !s.struck)).toBe(true);
  });

  it('plays and pauses from the button, which says whether it is pressed', async () => {
    const element = await mount({ step: String(MARCH_12) });
    const button = $(element, 'button.play') as HTMLButtonElement;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(element.animation.running).toBe(false);
    await userEvent.click(button);
    await settle(element);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(() => expect(element.animation.frameCount).toBeGreaterThan(3));
    await userEvent.click(button);
    await settle(element);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    const count = element.animation.frameCount;
    await frames(5);
    expect(element.animation.frameCount).toBe(count);
  });

  it('stops when disconnected, hidden or off screen, and resumes when back', async () => {
    const element = await mount({ autoplay: '' });
    await vi.waitFor(() => expect(element.animation.running).toBe(true));

    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      expect(element.animation.running).toBe(false);
      const count = element.animation.frameCount;
      await frames(5);
      expect(element.animation.frameCount).toBe(count);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    expect(element.animation.running).toBe(true);

    const box = element.parentElement!;
    box.style.cssText += ';position:absolute;top:-10000px';
    await vi.waitFor(() => expect(element.animation.running).toBe(false));
    box.style.position = '';
    box.style.top = '';
    await vi.waitFor(() => expect(element.animation.running).toBe(true));

    element.remove();
    expect(element.animation.running).toBe(false);
    const count = element.animation.frameCount;
    await frames(5);
    expect(element.animation.frameCount).toBe(count);
    box.append(element);
    await vi.waitFor(() => expect(element.animation.running).toBe(true));
  });

  it('shows a still frame under reduced motion, with the same facts', async () => {
    const element = await mount({ autoplay: '', 'reduced-motion': '', step: String(MARCH_12), layout: 'strip' }, { width: 640 });
    await frames(5);
    expect(element.animation.frameCount).toBe(0);
    expect($(element, 'button.play')).toBeNull();
    expect(text(element, '.still-note')).toBe('Still picture: animation is off.');
    // Vehicles on the road, the first struck where the covered stretch begins, its flash showing.
    const entry = model.steps[MARCH_12].coverage.intervals[0][0];
    const first = $$(element, 'g.vehicle')[0];
    expect(translateOf(first)[0]).toBeCloseTo(12 + entry * stripScale(640), 0);
    expect(first.querySelector('.flash')!.getAttribute('opacity')).toBe('1');
    expect($$(element, 'g.vehicle .body').every((b) => b.getAttribute('opacity') === '1')).toBe(true);
    // Turning reduced motion off brings the button back, and autoplay starts, in one update (Lit warns in dev mode
    // when an update schedules another).
    const warn = vi.spyOn(console, 'warn');
    element.reducedMotion = false;
    await settle(element);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('change-in-update'))).toEqual([]);
    warn.mockRestore();
    expect($(element, 'button.play')!.getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(() => expect(element.animation.frameCount).toBeGreaterThan(0));
  });
});

describe('<salient-supply-road> keyboard', () => {
  it('steps with the arrow keys and plays with the keyboard', async () => {
    const element = await mount({ step: '0', controls: '' });
    const steps: number[] = [];
    element.addEventListener('salient-step', (event) => steps.push(event.detail.step));
    const graphic = $(element, '.graphic') as HTMLElement;
    graphic.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(element);
    expect(element.step).toBe(1);
    await userEvent.keyboard('{End}');
    await settle(element);
    expect(element.step).toBe(kursk.steps.length - 1);
    expect(steps).toEqual([1, kursk.steps.length - 1]);
    expect(text(element, '.when')).toContain('Fire control');

    await userEvent.tab();
    expect(element.shadowRoot!.activeElement).toBe($(element, 'button.play'));
    await userEvent.keyboard(' ');
    await settle(element);
    expect($(element, 'button.play')!.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect($(element, 'button.play')!.getAttribute('aria-pressed')).toBe('false');
    expect(element.step).toBe(kursk.steps.length - 1);
  });
});

describe('<salient-supply-road> bad input', () => {
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

  const bad = (change: (data: typeof kursk) => void) => {
    const copy = structuredClone(kursk);
    change(copy);
    return copy;
  };

  it.each([
    ['malformed JSON in the child', { child: '{"road": {' }, /is not valid JSON/],
    ['a NaN longitude', { data: bad((d) => (d.road.waypoints[2].lon = Number.NaN)) }, /road\.waypoints\[2\]\.lon must be a finite number, got NaN/],
    ['a single waypoint', { data: bad((d) => d.road.waypoints.splice(1)) }, /road\.waypoints must have at least 2 entries, got 1/],
    ['a range of 0 km', { data: bad((d) => (d.steps[1].positions[0].rangeKm = 0)) }, /steps\[1\]\.positions\[0\]\.rangeKm must be more than 0 km/],
    ['a huge range', { data: bad((d) => (d.steps[1].positions[0].rangeKm = 1e9)) }, /rangeKm must be between 0 and 100, got 1000000000/],
    ['a string instead of data', { data: 'sudzha' }, /The data property is not usable: The data must be an object/],
  ])('shows %s as a visible error and fires salient-error', async (_name, input, pattern) => {
    const element = await mount({}, input);
    expect(text(element, '.error-title')).toBe('This graphic could not be shown');
    expect(text(element, '.error-message')).toMatch(pattern);
    expect(errors.at(-1)).toMatch(pattern);
    expect(warn).toHaveBeenCalledTimes(1);
    expect($(element, 'svg')).toBeNull();
    expect(element.animation.running).toBe(false);
  });

  it('shows a src that 404s as an error', async () => {
    const element = await mount({ src: '/no-such-road.json' }, { data: undefined });
    await vi.waitFor(() => expect(text(element, '.error-message')).toMatch(/Could not load data from \/no-such-road\.json: HTTP 404/));
  });

  it('recovers when the input is fixed', async () => {
    const element = await mount({}, { child: '{"road": {' });
    expect($(element, '.error')).not.toBeNull();
    element.querySelector('script')!.textContent = JSON.stringify(kursk);
    await vi.waitFor(() => expect($(element, '.error')).toBeNull());
    await settle(element);
    expect(text(element, '.reading')).toContain('39%');
  });

  it('renders markup in attributes and data as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const data = bad((d) => {
      d.steps[0].summary = payload;
      d.steps[0].label = payload;
      d.steps[0].positions[0].label = payload;
      d.road.waypoints[0].name = payload;
      d.steps[0].sources = [payload];
    });
    const element = await mount({ headline: payload, source: payload, step: '0' }, { data });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(text(element, '.summary')).toBe(payload);
    expect(text(element, '.headline')).toBe(payload);
  });

  it('reserves its height while waiting for data so the page does not shift', async () => {
    for (const width of [320, 640, 1000]) {
      const element = await mount({}, { data: undefined, width });
      // Heights are tuned for a sans-serif body text like the article's.
      element.parentElement!.style.fontFamily = 'system-ui, sans-serif';
      await settle(element);
      const waiting = element.getBoundingClientRect().height;
      element.data = kursk;
      await settle(element);
      const ready = element.getBoundingClientRect().height;
      expect(Math.abs(ready - waiting), `at ${width} px`).toBeLessThanOrEqual(40);
    }
  });
});

describe('<salient-supply-road> accessibility', () => {
  async function violations(element: HTMLElement) {
    const result = await axe.run(element, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it.each([
    ['light', 'map', 800],
    ['dark', 'map', 800],
    ['light', 'strip', 320],
    ['dark', 'strip', 320],
  ])('has no axe violations in the %s theme as a %s, with controls', async (theme, layout, width) => {
    const element = await mount({ theme, layout, controls: '', headline: 'The road to Sudzha', step: String(MARCH_12) }, { width });
    expect(await violations(element)).toEqual([]);
  });

  it('has no axe violations in the error state', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({}, { child: 'nope' });
    expect(await violations(element)).toEqual([]);
    warn.mockRestore();
  });

  it('gives screen readers the summary and every step as a table', async () => {
    const element = await mount({ step: String(MARCH_12), lang: 'en-GB' });
    const graphic = $(element, '.graphic')!;
    expect(graphic.getAttribute('role')).toBe('group');
    expect(graphic.getAttribute('aria-label')).toBe(
      'Fire control · 12 March 2025. Russian forces had fire control over the Yunakivka–Sudzha road (Suspilne, via Kyiv Post): all of it, from Yunakivka to Sudzha, was within their reach. Drones could reach 18 km of the 47 km road (39%), from 28 to 47 km from Sumy.',
    );
    expect($(element, 'svg.drawing')!.getAttribute('aria-hidden')).toBe('true');
    const rows = $$(element, 'tbody tr');
    expect(rows).toHaveLength(kursk.steps.length);
    expect(rows[MARCH_12].getAttribute('aria-current')).toBe('true');
    expect(rows[MARCH_12].textContent).toContain('18 km (39%): 28–47 km');
  });
});
