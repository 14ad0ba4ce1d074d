import axe from 'axe-core';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timelineOf } from './describe.js';
import type { PlanLayout } from './layout.js';
import type { PipelineData } from './schema.js';
import { reservedHeight } from './pipeline.js';
import { $, frames, kursk, mount, settle, text, translation } from './test/fixture.js';
import { parseTime, progressAt } from './timeline.js';

const timeline = timelineOf(kursk);
const moment = (id: string) => timeline.moments.find((m) => m.id === id)!.time;
const HOUR = 3_600_000;

function box(element: Element | null): DOMRect {
  return element!.getBoundingClientRect();
}

describe('<salient-pipeline> rendering', () => {
  it('draws the pipe and the soldier to one scale: 1.42 m across, 1.75 m tall', async () => {
    const el = await mount({ step: '1' }, { width: 1000 });
    const ticks = el.shadowRoot!.querySelectorAll('.ruler line');
    // The ruler's ticks are 0.5 m apart.
    const zero = box(ticks[1]).top;
    const one = box(ticks[3]).top;
    const pxPerM = zero - one;
    expect(pxPerM).toBeGreaterThan(50);
    expect(box($(el, '.pipe-wall')).height).toBeCloseTo(1.42 * pxPerM, 0);
    // From the ground to the top of the helmet (the box leaves out the strokes at the feet).
    expect((zero - box($(el, '.figure.standing')).top) / pxPerM).toBeCloseTo(1.75, 1);
    // The crouching soldier fits inside the pipe.
    const pipe = box($(el, '.pipe-inside'));
    const crouching = box($(el, '.figure.crouching'));
    expect(crouching.top).toBeGreaterThan(pipe.top);
    expect(crouching.bottom).toBeLessThanOrEqual(pipe.bottom + 1);
  });

  it('shows the distance and the soldiers as ranges, each account with its source', async () => {
    const el = await mount({ lang: 'en-GB' });
    const facts = text(el, '.facts');
    expect(facts).toContain('12–15 km');
    expect(facts).toContain('100–800');
    for (const source of ['Ukrainska Pravda: About 100', 'Mash: More than 100', 'RT: Several hundred', 'Izvestia: About 800']) {
      expect(facts).toContain(source);
    }
    expect(facts).toContain('head-post: About 1,000: an outlier, above every other report (outside the range shown)');
    expect(facts).toContain('Le Monde: 12–15 km');
    expect(facts).toContain('2 March to 8 March 2025');
    expect(text(el, '.tz')).toBe('Moscow time (UTC+3), approx.');
  });

  it('puts the views side by side from 640 px and stacks them below', async () => {
    const wide = await mount({}, { width: 1000 });
    expect(box($(wide, '.section')).left).toBeGreaterThan(box($(wide, '.plan')).right);
    const narrow = await mount({}, { width: 400 });
    expect(box($(narrow, '.section')).top).toBeGreaterThan(box($(narrow, '.plan')).bottom);
    expect(box($(narrow, '.plan')).width).toBeLessThanOrEqual(400);
  });

  it('never widens the page at 320 px, and keeps map labels inside the map', async () => {
    const el = await mount({}, { width: 320 });
    expect(box(el).width).toBeLessThanOrEqual(320);
    const map = box($(el, '.map'));
    for (const label of el.shadowRoot!.querySelectorAll('.place-label')) {
      const b = box(label);
      expect(b.left).toBeGreaterThanOrEqual(map.left - 0.5);
      expect(b.right).toBeLessThanOrEqual(map.right + 0.5);
    }
  });

  it('places map labels in boxes no smaller than the real glyphs, so they cannot overlap', async () => {
    for (const lang of ['en', 'uk']) {
      const el = await mount({ lang });
      const placed = (el as unknown as { layouts: { plan: PlanLayout } }).layouts.plan.labels;
      const labels = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.place-label')];
      expect(labels).toHaveLength(placed.length);
      for (const label of placed) {
        const real = labels.find((node) => node.textContent === label.text)!;
        expect(real.getBoundingClientRect().width, label.text).toBeLessThanOrEqual(label.box.width + 0.5);
      }
    }
  });

  it('reserves its height before data, so the page does not shift when it arrives', async () => {
    for (const width of [320, 640, 1000]) {
      const el = await mount({}, { data: undefined, width });
      const waiting = box(el).height;
      el.data = kursk;
      await settle(el);
      expect(Math.abs(box(el).height - waiting), `${width} px`).toBeLessThanOrEqual(24);
    }
  });

  it('keeps what is below the caption still when the moment changes', async () => {
    const el = await mount({ step: '0' }, { width: 400 });
    const facts = () => box($(el, '.facts')).top;
    const before = facts();
    for (const step of [1, 2, 3, 4]) {
      el.step = step;
      await settle(el);
      expect(facts(), `step ${step}`).toBe(before);
    }
  });
});

describe('<salient-pipeline> playback', () => {
  it('moves the column along the route while playing, and the clock with it', async () => {
    const el = await mount({ step: '0' });
    const column = $(el, '.views .column');
    const start = translation(column);
    const clock = text(el, '.when');
    el.play();
    await vi.waitFor(() => expect(el.animation.frameCount).toBeGreaterThan(30), { timeout: 5000 });
    expect(el.currentTime).toBeGreaterThan(moment('entry'));
    const now = translation(column);
    expect(Math.hypot(now[0] - start[0], now[1] - start[1])).toBeGreaterThan(5);
    expect(text(el, '.when')).not.toBe(clock);
    expect($(el, '.play')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('stops when paused: no more frames, the column holds', async () => {
    const el = await mount({ step: '0' });
    el.play();
    await vi.waitFor(() => expect(el.animation.frameCount).toBeGreaterThan(5));
    await userEvent.click($(el, '.play')!);
    await settle(el);
    expect($(el, '.play')!.getAttribute('aria-pressed')).toBe('false');
    const count = el.animation.frameCount;
    const at = translation($(el, '.views .column'));
    const time = el.currentTime;
    await frames(10);
    expect(el.animation.frameCount).toBe(count);
    expect(el.animation.running).toBe(false);
    expect(translation($(el, '.views .column'))).toEqual(at);
    expect(el.currentTime).toBe(time);
  });

  it('follows the playhead into the next key moment, and tells screen readers once', async () => {
    const el = await mount({ step: '0', lang: 'en-GB' });
    el.seek(moment('halfway') - 0.5 * HOUR);
    await settle(el);
    expect(el.step).toBe(0);
    el.play();
    await vi.waitFor(() => expect(el.step).toBe(1), { timeout: 5000 });
    await el.updateComplete;
    expect(text(el, '.caption')).toContain('About two days of crawling');
    expect(text(el, '.sr-only[aria-live]')).toMatch(/^Crawling \(3 March 2025\)/);
    el.pause();
  });

  it('runs to the end and stops there; play starts again from the beginning', async () => {
    const el = await mount({ speed: '2' });
    el.seek(timeline.end - 0.2 * HOUR);
    el.play();
    await vi.waitFor(() => expect(el.currentTime).toBe(timeline.end), { timeout: 5000 });
    await vi.waitFor(() => expect(el.animation.playing).toBe(false));
    el.play();
    expect(el.currentTime).toBe(timeline.start);
    el.pause();
  });

  it('plays at the chosen speed', async () => {
    const el = await mount({});
    const select = $<HTMLSelectElement>(el, '.speed select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['0.5×', '1×', '2×']);
    await userEvent.selectOptions(select, '2');
    await settle(el);
    expect(el.speed).toBe(2);
    expect(text(el, '.compressed')).toContain('6.5 days in about 10 s');
  });

  it('sets the time from the scrubber, by pointer or keyboard', async () => {
    const el = await mount({ step: '0', lang: 'en-GB' });
    const scrubber = $<HTMLInputElement>(el, '.scrub input')!;
    const minutes = (moment('halfway') - timeline.start) / 60_000;
    scrubber.value = String(minutes);
    scrubber.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    expect(el.currentTime).toBe(moment('halfway'));
    expect(el.step).toBe(1);
    const samples = (el as unknown as { samples: [number, number][] }).samples;
    const [x, y] = translation($(el, '.views .column'));
    const expected = samples[Math.round(progressAt(timeline, moment('halfway')) * (samples.length - 1))];
    expect(x).toBeCloseTo(expected[0], 0);
    expect(y).toBeCloseTo(expected[1], 0);
    expect(scrubber.getAttribute('aria-valuetext')).toBe('Day 2, Mon 3 March, 12:00 Moscow time (UTC+3): Crawling');

    scrubber.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(el.currentTime).toBe(moment('halfway') + 0.5 * HOUR);
    await userEvent.keyboard('{End}');
    await settle(el);
    expect(el.currentTime).toBe(timeline.end);
    expect(el.step).toBe(4);
    await userEvent.keyboard('{Home}');
    await settle(el);
    expect(el.currentTime).toBe(timeline.start);
    // The keys moved the scrubber, not the step machinery of the graphic around it.
    expect(el.step).toBe(0);
  });

  it('jumps to a key moment from its button, from `step`, and from the arrow keys', async () => {
    const el = await mount({ step: '0' });
    const steps: number[] = [];
    el.addEventListener('salient-step', (event) => steps.push(event.detail.step));
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.moments button');
    expect([...buttons].map((b) => b.textContent.trim())).toEqual(['2 March: in', 'Crawling', 'Waiting', '7–8 March: out', '8 March: struck']);
    await userEvent.click(buttons[2]);
    await settle(el);
    expect(el.currentTime).toBe(moment('waiting'));
    expect(buttons[2].getAttribute('aria-current')).toBe('step');
    expect(text(el, '.caption')).toContain('about four days of waiting');
    expect(steps).toEqual([2]);

    el.setAttribute('step', '3');
    await settle(el);
    expect(el.currentTime).toBe(moment('emergence'));
    expect(text(el, '.when')).toMatch(/^Day 7 05:30/);

    const graphic = $<HTMLElement>(el, '.graphic')!;
    graphic.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(el.currentTime).toBe(moment('strikes'));
    expect(Number(getComputedStyle($(el, '.views .strikes')!).opacity)).toBe(1);
    await userEvent.keyboard('{Home}');
    await settle(el);
    expect(el.currentTime).toBe(moment('entry'));
  });

  it('shows the last moment without a step, and starts from the beginning with autoplay', async () => {
    const still = await mount({});
    expect(still.currentTime).toBe(moment('strikes'));
    const auto = await mount({ autoplay: '' });
    expect(auto.animation.playing).toBe(true);
    auto.pause();
    expect(auto.currentTime).toBeLessThan(moment('entry'));
  });
});

describe('<salient-pipeline> one loop, only when it can be seen', () => {
  it('starts autoplay when scrolled into view, and stops off screen', async () => {
    const el = await mount({ autoplay: '' }, { offscreen: true });
    await frames(5);
    expect(el.animation.playing).toBe(true);
    expect(el.animation.running).toBe(false);
    expect(el.animation.frameCount).toBe(0);
    (el.parentElement as HTMLElement).style.cssText = 'width:1000px';
    await vi.waitFor(() => expect(el.animation.frameCount).toBeGreaterThan(3));
    (el.parentElement as HTMLElement).style.cssText = 'width:1000px;position:absolute;top:-10000px';
    await vi.waitFor(() => expect(el.animation.running).toBe(false));
    const count = el.animation.frameCount;
    await frames(10);
    expect(el.animation.frameCount).toBe(count);
  });

  it('stops when disconnected and resumes when put back', async () => {
    const el = await mount({ step: '0' });
    el.play();
    await vi.waitFor(() => expect(el.animation.frameCount).toBeGreaterThan(3));
    const parent = el.parentElement!;
    el.remove();
    expect(el.animation.running).toBe(false);
    const count = el.animation.frameCount;
    await frames(10);
    expect(el.animation.frameCount).toBe(count);
    parent.append(el);
    await vi.waitFor(() => expect(el.animation.frameCount).toBeGreaterThan(count));
    el.pause();
  });

  it('stops in a hidden tab', async () => {
    const el = await mount({ step: '0' });
    el.play();
    await vi.waitFor(() => expect(el.animation.running).toBe(true));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      expect(el.animation.running).toBe(false);
      const count = el.animation.frameCount;
      await frames(5);
      expect(el.animation.frameCount).toBe(count);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    expect(el.animation.running).toBe(true);
    el.pause();
  });

  it('reads no layout in the loop and writes only transforms, opacity and text', async () => {
    const el = await mount({ step: '1' });
    el.seek(moment('halfway') + HOUR);
    await settle(el);
    const reads: string[] = [];
    const restore: (() => void)[] = [];
    const spy = (proto: object, name: string) => {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
      const wrapped = { ...descriptor };
      if (descriptor.get) {
        wrapped.get = function (this: unknown): unknown {
          reads.push(name);
          return descriptor.get!.call(this) as unknown;
        };
      } else {
        wrapped.value = function (this: unknown, ...args: unknown[]): unknown {
          reads.push(name);
          return (descriptor.value as (...a: unknown[]) => unknown).apply(this, args);
        };
      }
      Object.defineProperty(proto, name, wrapped);
      restore.push(() => Object.defineProperty(proto, name, descriptor));
    };
    spy(Element.prototype, 'getBoundingClientRect');
    spy(Element.prototype, 'getClientRects');
    spy(Element.prototype, 'clientWidth');
    spy(Element.prototype, 'scrollWidth');
    spy(HTMLElement.prototype, 'offsetWidth');
    spy(HTMLElement.prototype, 'offsetTop');
    spy(SVGGraphicsElement.prototype, 'getBBox');
    spy(window, 'getComputedStyle');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    try {
      el.play();
      await el.updateComplete; // the play button's render, before the loop's frames
      observer.observe(el.shadowRoot!, { subtree: true, attributes: true, characterData: true, childList: true });
      const first = el.animation.frameCount;
      await vi.waitFor(() => expect(el.animation.frameCount).toBeGreaterThan(first + 20));
      el.animation.pause();
    } finally {
      restore.forEach((undo) => undo());
    }
    await Promise.resolve();
    observer.disconnect();
    expect(el.step).toBe(1); // no key moment crossed, so no render either
    expect(reads).toEqual([]);
    const attributes = new Set(mutations.filter((m) => m.type === 'attributes').map((m) => m.attributeName));
    expect([...attributes].sort()).toEqual(['aria-valuetext', 'style']);
    const styled = new Set(mutations.filter((m) => m.attributeName === 'style').map((m) => (m.target as Element).getAttribute('class')));
    expect([...styled].every((name) => ['column', 'stream', 'glow', 'strikes'].includes(name!))).toBe(true);
    expect(mutations.filter((m) => m.type === 'childList')).toEqual([]);
  });
});

describe('<salient-pipeline> reduced motion', () => {
  it('shows a storyboard of the key moments, with the same text, and no loop', async () => {
    const el = await mount({ 'reduced-motion': '', autoplay: '', step: '2' });
    expect($(el, '.timeline')).toBeNull();
    const cards = el.shadowRoot!.querySelectorAll('.storyboard .card');
    expect(cards).toHaveLength(5);
    kursk.timeline.moments.forEach((m, i) => {
      expect(cards[i].querySelector('.plan svg')).not.toBeNull();
      expect(cards[i].textContent).toContain((m.text as { en: string }).en);
      expect(cards[i].textContent).toContain(m.sources.join(', '));
    });
    expect(cards[2].getAttribute('aria-current')).toBe('step');
    el.play();
    await frames(5);
    expect(el.animation.frameCount).toBe(0);
    // The section is still there, to scale, and the facts.
    expect($(el, '.pipe-wall')).not.toBeNull();
    expect(text(el, '.facts')).toContain('100–800');
  });

  it('swaps to the storyboard and stops the loop when reduced motion is turned on mid-play', async () => {
    const el = await mount({ step: '0' });
    el.play();
    await vi.waitFor(() => expect(el.animation.running).toBe(true));
    el.reducedMotion = true;
    await settle(el);
    expect(el.animation.running).toBe(false);
    expect($(el, '.storyboard')).not.toBeNull();
    el.reducedMotion = false;
    await settle(el);
    expect($(el, '.storyboard')).toBeNull();
    await vi.waitFor(() => expect(el.animation.running).toBe(true));
    el.pause();
  });
});

describe('<salient-pipeline> bad input', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  const errors: string[] = [];
  const listen = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    errors.length = 0;
    document.addEventListener('salient-error', listen);
  });
  afterEach(() => {
    warn.mockRestore();
    document.removeEventListener('salient-error', listen);
  });

  const broken = (patch: (d: PipelineData) => void) => {
    const copy = structuredClone(kursk);
    patch(copy);
    return copy;
  };

  it.each([
    ['malformed JSON in the child', { child: '{"pipe": {' }, /is not valid JSON/],
    ['a string instead of data', { data: 'pipeline' }, /The data must be an object/],
    ['a pipe 10 m across', { data: broken((d) => (d.pipe.diameterM = 10)) }, /pipe\.diameterM must be between 0\.3 and 5, got 10/],
    ['a NaN longitude', { data: broken((d) => (d.route.line[2] = [Number.NaN, 51])) }, /route\.line\[2\] must hold two finite numbers, got \[NaN, 51\]/],
    ['moments out of order', { data: broken((d) => d.timeline.moments.reverse()) }, /timeline\.moments\[1\]\.id "emergence" must come before "strikes"/],
    ['a time without its offset', { data: broken((d) => (d.timeline.start = '2025-03-02T00:00')) }, /timeline\.start must be a date and time with its offset/],
    ['soldiers the wrong way round', { data: broken((d) => Object.assign(d.soldiers, { low: 800, high: 100 })) }, /soldiers\.high must not be below low \(800\), got 100/],
  ])('shows %s as a visible error and fires salient-error', async (_name, input, pattern) => {
    const el = await mount({}, input);
    expect(text(el, '.error-title')).toBe('This graphic could not be shown');
    expect(text(el, '.error-message')).toMatch(pattern);
    expect(errors.at(-1)).toMatch(pattern);
    expect(warn).toHaveBeenCalledTimes(1);
    expect($(el, 'svg')).toBeNull();
    expect(el.animation.running).toBe(false);
  });

  it('shows a src that 404s as an error', async () => {
    const el = await mount({ src: '/no-such-pipeline.json' }, { data: undefined });
    await vi.waitFor(() => expect(text(el, '.error-message')).toMatch(/Could not load data from \/no-such-pipeline\.json: HTTP 404/));
  });

  it('recovers when the input is fixed, and starts playing again if it was asked to', async () => {
    const el = await mount({ autoplay: '' }, { child: '{"pipe": {' });
    expect($(el, '.error')).not.toBeNull();
    el.querySelector('script')!.textContent = JSON.stringify(kursk);
    await vi.waitFor(() => expect($(el, '.error')).toBeNull());
    await settle(el);
    expect($(el, '.plan')).not.toBeNull();
    await vi.waitFor(() => expect(el.animation.running).toBe(true));
    el.pause();
  });

  it('renders markup in attributes and data as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const data = broken((d) => {
      d.timeline.moments[4].label = payload;
      d.timeline.moments[4].text = payload;
      d.timeline.moments[4].sources = [payload];
      d.soldiers.estimates[0].source = payload;
      d.places![0].name = payload;
    });
    const el = await mount({ headline: payload, source: payload }, { data });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(text(el, '.caption')).toContain(payload);
    expect(text(el, '.facts')).toContain(payload);
  });
});

describe('<salient-pipeline> accessibility', () => {
  async function violations(el: HTMLElement) {
    const result = await axe.run(el, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it.each(['light', 'dark'])('has no axe violations in the %s theme', async (theme) => {
    const el = await mount({ theme, headline: 'Through the pipe', step: '4' });
    expect(await violations(el)).toEqual([]);
  });

  it('has no axe violations as a storyboard, at 320 px, in Ukrainian', async () => {
    const el = await mount({ 'reduced-motion': '', lang: 'uk' }, { width: 320 });
    expect(await violations(el)).toEqual([]);
  });

  it('has no axe violations in the error state', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({}, { child: 'nope' });
    expect(await violations(el)).toEqual([]);
    warn.mockRestore();
  });

  it('gives screen readers the summary, the moments as a table, and labelled controls', async () => {
    const el = await mount({ step: '3', lang: 'en-GB' });
    const graphic = $(el, '.graphic')!;
    expect(graphic.getAttribute('role')).toBe('group');
    expect(graphic.getAttribute('aria-label')).toMatch(/^7–8 March: out \(8 March 2025\): They came out near Sudzha/);
    expect(graphic.getAttribute('aria-label')).toContain('By different accounts 100–800 soldiers crawled 12–15 km');
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(5);
    expect(rows[3].getAttribute('aria-current')).toBe('true');
    expect($(el, '.play')!.textContent).toContain('Play');
    expect($(el, '.scrub input')!.getAttribute('aria-label')).toBe('Time');
    expect($(el, '.scrub input')!.getAttribute('aria-valuetext')).toBe('Day 7, Sat 8 March, 05:30 Moscow time (UTC+3): Out near Sudzha');
    expect($(el, '.moments')!.getAttribute('aria-label')).toBe('Key moments');
    expect($(el, '.clock')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('speaks Ukrainian when the page is in Ukrainian', async () => {
    document.documentElement.lang = 'uk';
    try {
      const el = await mount({ step: '3' });
      expect(text(el, '.when')).toMatch(/^День 7 05:30 сб, 8 березня$/);
      expect(text(el, '.status')).toBe('Вийшли біля Суджі · 12–15 км');
      expect(text(el, 'table caption')).toBe('Крізь трубу');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});

it('reserves a height per width that does not depend on the data', () => {
  expect(reservedHeight(1000, false)).toBe(reservedHeight(1000, false));
  expect(reservedHeight(320, false)).toBeGreaterThan(reservedHeight(1000, false));
  expect(parseTime('2025-03-08T05:30+03:00')).toBe(moment('emergence'));
});
