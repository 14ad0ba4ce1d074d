import axe from 'axe-core';
import { territory } from '@salient/kursk-data';
import { estimateTextWidth } from '@salient/core';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maxOf } from './describe.js';
import { $, MARCH_13, mount, settle, text } from './test/fixture.js';

const max = maxOf(territory);
const march13 = `${MARCH_13}`;

function barWidth(bar: HTMLElement): number {
  return $(bar, 'rect.bar')!.getBoundingClientRect().width;
}
function trackWidth(bar: HTMLElement): number {
  return $(bar, 'rect.track')!.getBoundingClientRect().width;
}

describe('<salient-territory-bar> rendering', () => {
  it('draws the bar in proportion to the value, within half a pixel, at every step', async () => {
    const bar = await mount({ 'reduced-motion': '' }, { width: 800 });
    expect(trackWidth(bar)).toBeCloseTo(800, 0);
    for (let step = 0; step < territory.series.length; step++) {
      bar.step = step;
      await settle(bar);
      const expected = (territory.series[step].value / max) * trackWidth(bar);
      expect(Math.abs(barWidth(bar) - expected), `step ${step}`).toBeLessThanOrEqual(0.5);
    }
  });

  it('shows the value, its other unit, the date and the source as a reader sees them', async () => {
    const bar = await mount({ step: march13, lang: 'en-GB' });
    expect(text(bar, '.value')).toBe('140 km²');
    expect(text(bar, '.alt')).toBe('54 sq mi');
    expect(text(bar, '.when')).toBe('Sudzha lost · 13 March 2025 · DeepState');
    expect(text(bar, '.notes')).toContain('Sources differ: 77–140 km² (DeepState: 140; Reuters, 16 Mar: 110; Black Bird Group, 16 Mar: 77).');
    expect(text(bar, '.notes')).toContain('Kursk oblast: 29,997 km². The peak was 4.6% of it.');
    const labels = [...bar.shadowRoot!.querySelectorAll('.marker text')].map((t) => t.textContent);
    expect(labels).toEqual(['Peak 1,376 km²', 'Kyiv (city) 839 km²']);
  });

  it('speaks square miles when units="mi2"', async () => {
    const bar = await mount({ step: march13, units: 'mi2' });
    expect(text(bar, '.value')).toBe('54 sq mi');
    expect(text(bar, '.alt')).toBe('140 km²');
    expect(text(bar, '.marker.peak text')).toBe('Peak 531 sq mi');
  });

  it('speaks Ukrainian when the page is in Ukrainian', async () => {
    document.documentElement.lang = 'uk';
    try {
      const bar = await mount({ step: march13 });
      expect(text(bar, '.when')).toBe('Суджу втрачено · 13 березня 2025 р. · DeepState');
      expect(text(bar, '.sr-only[aria-live]')).toMatch(/^13 березня 2025 р\.: Україна утримувала близько 140 км²/);
      expect(text(bar, 'table caption')).toBe('Площа Курської області під контролем України');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('whiskers span the disputed range', async () => {
    const bar = await mount({ step: march13, 'reduced-motion': '' }, { width: 1000 });
    const span = $(bar, '.range .ink rect');
    const box = span!.getBoundingClientRect();
    const origin = $(bar, 'rect.track')!.getBoundingClientRect().left;
    expect(box.left - origin).toBeCloseTo((77 / max) * 1000, 0);
    expect(box.right - origin).toBeCloseTo((140 / max) * 1000, 0);
  });

  it('keeps labels apart and inside the box at 320 px', async () => {
    const bar = await mount({}, { width: 320 });
    const svg = $(bar, 'svg')!.getBoundingClientRect();
    const boxes = [...bar.shadowRoot!.querySelectorAll('.marker text')].map((t) => t.getBoundingClientRect());
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(svg.left - 0.5);
      expect(box.right).toBeLessThanOrEqual(svg.right + 0.5);
    }
    const [a, b] = boxes;
    const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    expect(apart).toBe(true);
    expect(bar.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });

  it('never widens the page, hidden table included', async () => {
    await mount({}, { width: 320 });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });

  it('estimates label widths no smaller than the real glyphs', async () => {
    const bar = await mount({});
    for (const label of bar.shadowRoot!.querySelectorAll<SVGTextElement>('.marker text')) {
      const real = label.getComputedTextLength();
      expect(estimateTextWidth(label.textContent, 12)).toBeGreaterThanOrEqual(real);
      expect(estimateTextWidth(label.textContent, 12)).toBeLessThan(real * 1.4);
    }
  });
});

describe('<salient-territory-bar> steps', () => {
  it('animates to the new value and ends exactly there', async () => {
    const bar = await mount({ step: '2' }, { width: 600 });
    const before = barWidth(bar);
    bar.step = MARCH_13;
    await settle(bar);
    const rect = $(bar, 'rect.bar')!;
    expect(getComputedStyle(rect).transitionDuration).toBe('0.6s');
    await new Promise((resolve) => rect.addEventListener('transitionend', resolve, { once: true }));
    const expected = (140 / max) * 600;
    expect(Math.abs(barWidth(bar) - expected)).toBeLessThanOrEqual(0.5);
    expect(before).toBeGreaterThan(expected);
  });

  it('jumps without animation under reduced motion', async () => {
    const bar = await mount({ step: '2', 'reduced-motion': '' }, { width: 600 });
    expect(getComputedStyle($(bar, 'rect.bar')!).transitionDuration).toBe('0s');
    bar.step = MARCH_13;
    await settle(bar);
    expect(Math.abs(barWidth(bar) - (140 / max) * 600)).toBeLessThanOrEqual(0.5);
  });

  it('steps with the arrow keys and tells the page', async () => {
    const bar = await mount({ step: march13 });
    const steps: number[] = [];
    bar.addEventListener('salient-step', (event) => steps.push(event.detail.step));
    const graphic = $(bar, '.graphic') as HTMLElement;
    expect(graphic.tabIndex).toBe(0);
    graphic.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await settle(bar);
    expect(bar.step).toBe(MARCH_13 - 1);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await settle(bar);
    expect(steps).toEqual([MARCH_13 - 1, MARCH_13, MARCH_13 + 1]);
    await userEvent.keyboard('{End}');
    await settle(bar);
    expect(bar.step).toBe(territory.series.length - 1);
    expect(text(bar, '.value')).toBe('0 km²');
  });

  it('offers a keyboard-usable slider with `controls`', async () => {
    const bar = await mount({ controls: '', step: '0' });
    const slider = $(bar, 'input[type=range]') as HTMLInputElement;
    expect(slider.max).toBe(String(territory.series.length - 1));
    expect(slider.getAttribute('aria-valuetext')).toContain('2024');
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(bar);
    expect(bar.step).toBe(1);
    expect(text(bar, '.when')).toContain('August 15, 2024');
    const next = bar.shadowRoot!.querySelectorAll('.controls button')[1] as HTMLButtonElement;
    await userEvent.click(next);
    await settle(bar);
    expect(bar.step).toBe(2);
  });

  it('keeps the slider where it is when a step needs less room', async () => {
    const bar = await mount({ controls: '', step: '2', 'reduced-motion': '' }, { width: 640 });
    const slider = () => ($(bar, 'input[type=range]') as HTMLElement).getBoundingClientRect().top;
    const before = slider();
    bar.step = 0;
    await settle(bar);
    expect(slider()).toBe(before);
    bar.step = MARCH_13;
    await settle(bar);
    expect(slider()).toBe(before);
  });

  it('clamps a step out of range and shows the last step without one', async () => {
    const bar = await mount({ step: '99' });
    expect(text(bar, '.value')).toBe('0 km²');
    bar.removeAttribute('step');
    await settle(bar);
    expect(text(bar, '.value')).toBe('0 km²');
  });
});

describe('<salient-territory-bar> bad input', () => {
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

  function expectError(bar: HTMLElement, pattern: RegExp) {
    expect(text(bar, '.error-title')).toBe('This graphic could not be shown');
    expect(text(bar, '.error-message')).toMatch(pattern);
    expect(errors.at(-1)).toMatch(pattern);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(pattern);
    expect($(bar, 'svg')).toBeNull();
  }

  it.each([
    ['malformed JSON in the child', { child: '{"series": [' }, /is not valid JSON/],
    ['an empty series', { data: { series: [] } }, /series must have at least 1 entry/],
    ['a negative value', { data: { series: [{ date: '2025-03-13', value: -140, source: 'x' }] } }, /series\[0\]\.value must be between 0/],
    ['NaN', { data: { series: [{ date: '2025-03-13', value: Number.NaN, source: 'x' }] } }, /series\[0\]\.value must be a finite number, got NaN/],
    ['a huge value', { data: { series: [{ date: '2025-03-13', value: 1e300, source: 'x' }] } }, /must be between 0 and 150000000/],
    ['a string instead of data', { data: 'kursk' }, /The data property is not usable: The data must be an object/],
  ])('shows %s as a visible error and fires salient-error', async (_name, input, pattern) => {
    const bar = await mount({}, input);
    expectError(bar, pattern);
  });

  it('shows a src that 404s as an error', async () => {
    const bar = await mount({ src: '/no-such-file.json' }, { data: undefined });
    await vi.waitFor(() => expect(text(bar, '.error-message')).toMatch(/Could not load data from \/no-such-file\.json: HTTP 404/));
    expectError(bar, /HTTP 404/);
  });

  it('gives up on a src that does not answer within `timeout`', async () => {
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(
      (_url, init) =>
        new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    try {
      const bar = await mount({ src: '/slow.json', timeout: '50' }, { data: undefined });
      expect(text(bar, '.status')).toBe('Loading data…');
      await vi.waitFor(() => expect(text(bar, '.error-message')).toBe('Could not load data from /slow.json: no answer within 0.1 s'));
    } finally {
      fetch.mockRestore();
    }
  });

  it('loads a src, and the newest src wins', async () => {
    const answers = new Map<string, (value: Response) => void>();
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(
      (url) => new Promise((resolve) => answers.set(url as string, resolve)),
    );
    try {
      const bar = await mount({ src: '/old.json' }, { data: undefined });
      bar.src = '/new.json';
      await settle(bar);
      answers.get('/new.json')!(new Response(JSON.stringify({ series: [{ date: '2025-01-01', value: 5, source: 'New' }] })));
      answers.get('/old.json')!(new Response(JSON.stringify({ series: [{ date: '2025-01-01', value: 9, source: 'Old' }] })));
      await vi.waitFor(() => expect(text(bar, '.value')).toBe('5 km²'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(text(bar, '.when')).toContain('New');
    } finally {
      fetch.mockRestore();
    }
  });

  it('recovers when the input is fixed', async () => {
    const bar = await mount({}, { child: '{"series": [' });
    expect($(bar, '.error')).not.toBeNull();
    bar.querySelector('script')!.textContent = JSON.stringify(territory);
    await vi.waitFor(() => expect($(bar, '.error')).toBeNull());
    await settle(bar);
    expect(text(bar, '.value')).toBe('0 km²');
    bar.data = { series: [] };
    await settle(bar);
    expect($(bar, '.error')).not.toBeNull();
    bar.data = territory;
    await settle(bar);
    expect($(bar, '.error')).toBeNull();
  });

  it('renders markup in attributes and data as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const bar = await mount(
      { headline: payload, dek: payload, source: payload },
      { data: { series: [{ date: '2025-03-13', value: 1, source: payload, label: payload }], references: [{ label: payload, value: 1 }] } },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bar.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(text(bar, '.headline')).toBe(payload);
    expect(text(bar, '.when')).toContain(payload);
    expect(text(bar, '.credit')).toBe(`Source: ${payload}`);
  });

  it('reserves its height while waiting for data so the page does not shift', async () => {
    const bar = await mount({}, { data: undefined, width: 640 });
    const waiting = bar.getBoundingClientRect().height;
    expect(text(bar, '.status')).toBe('Waiting for data');
    bar.data = territory;
    await settle(bar);
    const ready = bar.getBoundingClientRect().height;
    expect(Math.abs(ready - waiting)).toBeLessThanOrEqual(24);
  });
});

describe('<salient-territory-bar> accessibility', () => {
  async function violations(bar: HTMLElement) {
    const result = await axe.run(bar, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it.each(['light', 'dark'])('has no axe violations in the %s theme, with controls', async (theme) => {
    const bar = await mount({ theme, controls: '', headline: 'Ukraine’s foothold in Kursk', step: march13 });
    expect(await violations(bar)).toEqual([]);
  });

  it('has no axe violations in the error state', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bar = await mount({}, { child: 'nope' });
    expect(await violations(bar)).toEqual([]);
    warn.mockRestore();
  });

  it('gives screen readers the summary and the whole series as a table', async () => {
    const bar = await mount({ step: march13, lang: 'en-GB' });
    const graphic = $(bar, '.graphic')!;
    expect(graphic.getAttribute('role')).toBe('group');
    expect(graphic.getAttribute('aria-label')).toMatch(/^On 13 March 2025, Ukraine held about 140 km² \(54 sq mi\), about 10% of the 1,376 km² peak, per DeepState\./);
    expect($(bar, 'svg')!.getAttribute('aria-hidden')).toBe('true');
    const rows = bar.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(territory.series.length);
    expect(rows[MARCH_13].getAttribute('aria-current')).toBe('true');
    expect(rows[MARCH_13].querySelector('th')!.textContent).toContain('13 March 2025');
  });
});
