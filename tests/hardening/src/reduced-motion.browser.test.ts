/**
 * Reduced motion, two ways: the `reduced-motion` attribute, and the reader's system setting
 * (`prefers-reduced-motion: reduce`, emulated through the Chrome DevTools Protocol). Either way: no animation frame is
 * requested and no CSS animation or transition runs, even when the step changes or play is asked for; a step change
 * shows its final drawing at once; the pipeline shows its storyboard, the supply road a still frame with the same
 * facts as the animated version. A control test shows the same probes do see motion when it is allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { frames, mountElement, text, unmountAll, $, $$ } from '@salient/core/testing';
import { catalog, type CatalogEntry } from './catalog.js';

type Element_ = HTMLElement & {
  step?: number;
  updateComplete: Promise<boolean>;
  play?: () => void;
  pause?: () => void;
  animation?: { running: boolean; playing: boolean; frameCount: number };
  vehicles?: unknown[];
};

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Animation frames requested while `during` runs and for a few frames after (waited for with the page's own rAF),
 * as the call stacks that asked. The resize controller's one frame after a change of height is not motion: left out.
 */
async function framesRequested(during: () => Promise<void>): Promise<string[]> {
  const original = window.requestAnimationFrame;
  const requests: string[] = [];
  window.requestAnimationFrame = (callback) => {
    const stack = new Error('requestAnimationFrame').stack ?? '';
    if (!/controllers\/resize\.ts/.test(stack)) requests.push(stack);
    return original.call(window, callback);
  };
  try {
    await during();
    for (let i = 0; i < 10; i++) await new Promise((resolve) => original.call(window, resolve));
  } finally {
    window.requestAnimationFrame = original;
  }
  return requests;
}

/** CSS animations and transitions running in the element's shadow tree. */
function running(element: HTMLElement): Animation[] {
  return element.shadowRoot!.getAnimations().filter((animation) => animation.playState === 'running');
}

/**
 * The drawing as markup, attribute for attribute, without Lit's comment markers, and with numbers to 3 decimals and
 * no space after a style property's colon (a style set by script reads back rounded and spaced).
 */
function drawing(element: HTMLElement): string {
  return $(element, '.graphic')!
    .innerHTML.replace(/<!--[^]*?-->/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/:\s+/g, ':');
}

const stepCount = (element: HTMLElement) => $$(element, 'tbody tr').length;

async function stepsOf(entry: CatalogEntry): Promise<number> {
  const element = await mount(entry, { 'reduced-motion': '' });
  const count = stepCount(element);
  element.parentElement!.remove();
  return count;
}

function mount(entry: CatalogEntry, attributes: Record<string, string>): Promise<Element_> {
  return mountElement<Element_>(entry.tag, entry.dataset, { lang: 'en', ...attributes }, { width: entry.width });
}

const modes = [
  { mode: 'the reduced-motion attribute', attributes: { 'reduced-motion': '' }, emulate: false },
  { mode: 'prefers-reduced-motion: reduce (emulated)', attributes: {}, emulate: true },
] as const;

describe.each(modes)('under $mode', ({ attributes, emulate }) => {
  beforeAll(async () => {
    if (!emulate) return;
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    expect(matchMedia(QUERY).matches).toBe(true);
  });
  afterAll(async () => {
    unmountAll();
    if (emulate) await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  it.each(catalog)('$tag requests no animation frame and runs no CSS animation, stepped or asked to play', async (entry) => {
    const element = await mount(entry, { ...attributes, step: '0', autoplay: '' });
    if (!emulate) expect(matchMedia(QUERY).matches).toBe(false);
    const count = stepCount(element);
    const before = element.animation?.frameCount ?? 0;
    const requested = await framesRequested(async () => {
      for (const step of [1, count - 1, 0, 2]) {
        element.step = step;
        await element.updateComplete;
        expect(running(element), `step ${step}`).toEqual([]);
      }
      element.play?.();
      await element.updateComplete;
    });
    expect(requested).toEqual([]);
    expect(running(element)).toEqual([]);
    if (element.animation) {
      expect(element.animation.running).toBe(false);
      expect(element.animation.frameCount).toBe(before);
    }
    unmountAll();
  });

  it.each(catalog)('$tag shows each step final at once: the same drawing as a fresh element at that step', async (entry) => {
    // Each fresh element alone at the top of the page, on screen as the stepped one will be.
    const count = await stepsOf(entry);
    const fresh: string[] = [];
    for (let step = 0; step < count; step++) {
      fresh.push(drawing(await mount(entry, { ...attributes, step: String(step) })));
      unmountAll();
    }
    const element = await mount(entry, { ...attributes, step: '0' });
    // Forwards, backwards and jumps: every change is checked before a single frame has passed.
    for (const step of [1, count - 1, 0, ...Array.from({ length: count }, (_, i) => count - 1 - i), 2]) {
      element.step = step;
      await element.updateComplete;
      expect(drawing(element), `step ${step}`).toBe(fresh[step]);
      expect(running(element)).toEqual([]);
    }
    unmountAll();
  });

  it('salient-pipeline shows its storyboard: every key moment, no play button, no scrubber', async () => {
    const entry = catalog.find((e) => e.tag === 'salient-pipeline')!;
    const element = await mount(entry, { ...attributes, step: '2', autoplay: '' });
    const data = entry.dataset as { timeline: { moments: { label: string | { en: string }; text: string | { en: string } }[] } };
    const moments = data.timeline.moments;
    const cards = $$(element, '.storyboard li.card');
    expect(cards).toHaveLength(moments.length);
    const en = (value: string | { en: string }) => (typeof value === 'string' ? value : value.en);
    cards.forEach((card, i) => {
      expect(card.querySelector('.moment-when strong')!.textContent.trim()).toBe(en(moments[i].label));
      expect(card.querySelector('.moment-text')!.textContent.trim()).toBe(en(moments[i].text));
      expect(card.querySelector('svg'), `card ${i} has its map`).not.toBeNull();
    });
    expect(cards.map((card) => card.getAttribute('aria-current'))).toEqual(moments.map((_, i) => (i === 2 ? 'step' : null)));
    expect($(element, '.play')).toBeNull();
    expect($(element, '.scrub')).toBeNull();
    expect($(element, '.speed')).toBeNull();
    expect(element.animation!.playing).toBe(false);
    unmountAll();
  });

  it('salient-supply-road shows a still frame with the same facts as the animated version', async () => {
    const entry = catalog.find((e) => e.tag === 'salient-supply-road')!;
    const labels = (el: HTMLElement) =>
      $$(el, '.layer.labels text').map((label) => `${label.textContent} @${label.getAttribute('x')},${label.getAttribute('y')}`);
    const facts = (el: Element_) => ({
      ...Object.fromEntries(
        ['.when', '.reading', '.summary', '.legend', '.strikes', '.sources', '.sr-only[aria-live]', 'table'].map((s) => [s, text(el, s)]),
      ),
      labels: labels(el),
      stretch: $$(el, '.drawing .stretch').map((shape) => shape.outerHTML),
      vehicles: el.vehicles,
      transforms: $$(el, 'g.vehicle').map((v) => v.getAttribute('transform')),
    });
    // The animated version at each step, before play: its first frame is the still frame.
    if (emulate) await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    const count = await stepsOf(entry);
    const animated: ReturnType<typeof facts>[] = [];
    for (let step = 0; step < count; step++) {
      const moving = await mount(entry, { step: String(step) });
      expect($(moving, '.play'), 'the animated version has a play button').not.toBeNull();
      animated.push(facts(moving));
      unmountAll();
    }
    if (emulate) await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });

    const element = await mount(entry, { ...attributes, step: '0' });
    for (let step = 0; step < count; step++) {
      element.step = step;
      await element.updateComplete;
      expect(facts(element), `step ${step}`).toEqual(animated[step]);
      expect(text(element, '.still-note')).toBe('Still picture: animation is off.');
      expect($(element, '.play')).toBeNull();
    }
    // And it stays still: a few frames later the vehicles are where they were.
    const at = $$(element, 'g.vehicle').map((v) => v.getAttribute('transform'));
    await frames(5);
    expect($$(element, 'g.vehicle').map((v) => v.getAttribute('transform'))).toEqual(at);
    unmountAll();
  });
});

describe('control: the same probes see motion when it is allowed', () => {
  afterAll(unmountAll);

  it.each(catalog)('$tag animates a step change (or plays) without reduced motion', async (entry) => {
    expect(matchMedia(QUERY).matches).toBe(false);
    const count = await stepsOf(entry);
    const final = drawing(await mount(entry, { step: String(count - 1), 'reduced-motion': '' }));
    unmountAll();
    const element = await mount(entry, { step: '0' });
    let sawCss = false;
    let differed = false;
    const requested = await framesRequested(async () => {
      element.step = count - 1;
      await element.updateComplete;
      sawCss = running(element).length > 0;
      differed = drawing(element) !== final;
      element.play?.();
      await element.updateComplete;
    });
    element.pause?.();
    // Territory bar: a CSS transition; encirclement: a morph loop and CSS draw-in; supply road and pipeline: play.
    expect(requested.length > 0 || sawCss, 'motion was seen').toBe(true);
    if (entry.tag === 'salient-territory-bar') expect(sawCss).toBe(true);
    if (entry.tag === 'salient-encirclement') expect(differed && requested.length > 0 && sawCss).toBe(true);
    if (entry.tag !== 'salient-territory-bar') expect(requested.length).toBeGreaterThan(0);
    unmountAll();
  });
});
