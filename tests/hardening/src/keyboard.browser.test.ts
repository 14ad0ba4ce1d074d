/**
 * Keyboard walk-through of every element with real key presses (Playwright's keyboard, through Vitest's
 * userEvent): Tab reaches every control in reading order and leaves the element again both ways; each stop shows a
 * focus ring and has an accessible name (as Chromium-like role queries compute it); arrows, Home and End move the
 * step and the visible label and the screen-reader summary follow; Space and Enter press the play buttons.
 * The focus ring must stand out from the element's background by 3:1 (WCAG 1.4.11), in light and dark.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mountElement, settle, text, unmountAll, $, $$ } from '@salient/core/testing';
import { catalog, type CatalogEntry } from './catalog.js';
import { contrast, parseColour } from './colour.js';

type Stepped = HTMLElement & { step?: number; updateComplete: Promise<boolean> };

/** The controls each element offers with `controls`, in the order Tab should reach them, at a middle step. */
const expectedStops: Record<string, string[]> = {
  'salient-territory-bar': ['graphic', 'previous', 'slider', 'next'],
  'salient-encirclement': ['graphic', 'previous', 'slider', 'next'],
  'salient-supply-road': ['graphic', 'play', 'previous', 'slider', 'next'],
  'salient-pipeline': [
    'graphic',
    'play',
    'scrubber',
    'speed',
    'moment 1',
    'moment 2',
    'moment 3',
    'moment 4',
    'moment 5',
    'previous',
    'slider',
    'next',
  ],
};

/** What a focused control is, in words a reader would use. */
function describeStop(node: Element): string {
  if (node.classList.contains('graphic')) return 'graphic';
  if (node.closest('.controls')) {
    if (node.matches('input[type=range]')) return 'slider';
    const buttons = [...node.closest('.controls')!.querySelectorAll('button')];
    return buttons.indexOf(node as HTMLButtonElement) === 0 ? 'previous' : 'next';
  }
  if (node.matches('button.play')) return 'play';
  if (node.matches('.scrub input')) return 'scrubber';
  if (node.matches('.speed select')) return 'speed';
  if (node.closest('.moments')) {
    const buttons = [...node.closest('.moments')!.querySelectorAll('button')];
    return `moment ${buttons.indexOf(node as HTMLButtonElement) + 1}`;
  }
  return `unexpected <${node.localName} class="${node.getAttribute('class') ?? ''}">`;
}

/** The ARIA role a control is found by. */
function roleOf(node: Element): string {
  if (node.matches('input[type=range]')) return 'slider';
  if (node.matches('select')) return 'combobox';
  if (node.matches('button')) return 'button';
  return node.getAttribute('role') ?? '';
}

/** The focused node, through open shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A plain button in the page, before or after the element: where Tab comes from and goes to. */
function pageButton(name: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = name;
  return button;
}

async function mountBetween(entry: CatalogEntry, attributes: Record<string, string>) {
  const element = await mountElement<Stepped>(entry.tag, entry.dataset, { lang: 'en', controls: '', ...attributes }, { width: entry.width });
  const box = element.parentElement!;
  const before = pageButton('before');
  const after = pageButton('after');
  // Inside the box, so unmountAll() removes them with it.
  box.prepend(before);
  box.append(after);
  return { element, before, after };
}

/** Presses Tab (or Shift+Tab) until `target` has focus, recording every stop on the way. */
async function walk(target: Element, backwards = false, limit = 40): Promise<Element[]> {
  const stops: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await userEvent.keyboard(backwards ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
    const active = deepActive();
    if (active === target) return stops;
    if (active) stops.push(active);
  }
  throw new Error(`focus never reached ${target.textContent}: stuck after ${stops.map(describeStop).join(', ')}`);
}

function stepCount(element: HTMLElement): number {
  return Number($<HTMLInputElement>(element, '.controls input[type=range]')!.max) + 1;
}

/** The step label and summary a fresh element shows at a step, to compare keyboard results against. */
async function freshTexts(entry: CatalogEntry, step: number): Promise<{ label: string; summary: string }> {
  const fresh = await mountElement<Stepped>(entry.tag, entry.dataset, { lang: 'en', controls: '', step: String(step), 'reduced-motion': '' }, { width: entry.width });
  const texts = { label: text(fresh, '.step-label'), summary: text(fresh, '.sr-only[aria-live]') };
  fresh.parentElement!.remove();
  return texts;
}

afterEach(unmountAll);

describe.each(catalog)('$tag from the keyboard', (entry) => {
  it.each(['light', 'dark'])('Tab reaches every control in order, each with a focus ring (%s) and a name, and leaves the element both ways', async (theme) => {
    const { element, before, after } = await mountBetween(entry, { step: '1', theme });
    const background = parseColour(getComputedStyle(element).backgroundColor)!;
    before.focus();
    const stops = await walk(after);
    expect(stops.map(describeStop)).toEqual(expectedStops[entry.tag]);
    for (const stop of stops) expect(element.shadowRoot!.contains(stop), describeStop(stop)).toBe(true);

    // Walk again, checking each stop as it has keyboard focus (:focus-visible is set by keyboard focus only).
    before.focus();
    for (const expected of expectedStops[entry.tag]) {
      await userEvent.keyboard('{Tab}');
      const stop = deepActive()!;
      expect(describeStop(stop)).toBe(expected);
      expect(stop.matches(':focus-visible'), `${expected} :focus-visible`).toBe(true);
      const style = getComputedStyle(stop);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      expect(ring, `${expected} has a focus ring (outline ${style.outlineStyle} ${style.outlineWidth}, shadow ${style.boxShadow})`).toBe(true);
      const ringColour = parseColour(style.outlineColor)!;
      expect(contrast(ringColour, background), `${expected}: ring ${style.outlineColor} on ${getComputedStyle(element).backgroundColor}`).toBeGreaterThanOrEqual(3);
      const named: Element[] = page.getByRole(roleOf(stop), { name: /\S/ }).elements();
      expect(named.includes(stop), `${expected} (role ${roleOf(stop)}) has an accessible name`).toBe(true);
    }

    after.focus();
    const back = await walk(before, true);
    expect(back.map(describeStop)).toEqual([...expectedStops[entry.tag]].reverse());
  });

  it('arrows, Home and End on the graphic move the step; the label and the summary follow', async () => {
    const { element, before } = await mountBetween(entry, { step: '0' });
    const count = stepCount(element);
    const events: number[] = [];
    element.addEventListener('salient-step', (event) => events.push(event.detail.step));
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(describeStop(deepActive()!)).toBe('graphic');

    const expectStep = async (step: number) => {
      await settle(element);
      expect(element.step).toBe(step);
      const fresh = await freshTexts(entry, step);
      expect(text(element, '.step-label')).toBe(fresh.label);
      expect(text(element, '.sr-only[aria-live]')).toBe(fresh.summary);
      expect($(element, '.graphic')!.getAttribute('aria-label')).toBe(fresh.summary);
      expect($<HTMLInputElement>(element, '.controls input[type=range]')!.value).toBe(String(step));
      // Focus stays where the reader left it.
      expect(describeStop(deepActive()!)).toBe('graphic');
    };
    const first = text(element, '.sr-only[aria-live]');
    await userEvent.keyboard('{ArrowRight}');
    await expectStep(1);
    expect(text(element, '.sr-only[aria-live]')).not.toBe(first);
    await userEvent.keyboard('{ArrowDown}');
    await expectStep(2);
    await userEvent.keyboard('{ArrowUp}');
    await expectStep(1);
    await userEvent.keyboard('{End}');
    await expectStep(count - 1);
    await userEvent.keyboard('{ArrowRight}');
    await expectStep(count - 1);
    await userEvent.keyboard('{ArrowLeft}');
    await expectStep(count - 2);
    await userEvent.keyboard('{Home}');
    await expectStep(0);
    expect(events).toEqual([1, 2, 1, count - 1, count - 2, 0]);
  });

  it('the slider and its buttons step from the keyboard', async () => {
    const { element, before } = await mountBetween(entry, { step: '1' });
    before.focus();
    const stops = expectedStops[entry.tag];
    for (let i = 0; i <= stops.indexOf('slider'); i++) await userEvent.keyboard('{Tab}');
    expect(describeStop(deepActive()!)).toBe('slider');
    await userEvent.keyboard('{ArrowRight}');
    await settle(element);
    expect(element.step).toBe(2);
    expect(text(element, '.step-label')).toBe((await freshTexts(entry, 2)).label);
    expect($(element, '.controls input[type=range]')!.getAttribute('aria-valuetext')).toBe(text(element, '.step-label'));
    await userEvent.keyboard('{Home}');
    await settle(element);
    expect(element.step).toBe(0);

    await userEvent.keyboard('{Tab}');
    expect(describeStop(deepActive()!)).toBe('next');
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect(element.step).toBe(1);
    await userEvent.keyboard('{Space}');
    await settle(element);
    expect(element.step).toBe(2);
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}');
    expect(describeStop(deepActive()!)).toBe('previous');
    await userEvent.keyboard('{Space}');
    await settle(element);
    expect(element.step).toBe(1);
    expect(text(element, '.sr-only[aria-live]')).toBe((await freshTexts(entry, 1)).summary);
  });
});

describe.each(catalog.filter((entry) => expectedStops[entry.tag].includes('play')))('$tag play button from the keyboard', (entry) => {
  it('Space and Enter toggle play and pause (aria-pressed), and keep focus', async () => {
    const { element, before } = await mountBetween(entry, { step: '1' });
    const loop = (element as unknown as { animation: { playing: boolean } }).animation;
    before.focus();
    await userEvent.keyboard('{Tab}{Tab}');
    const play = deepActive()!;
    expect(describeStop(play)).toBe('play');
    expect(play.getAttribute('aria-pressed')).toBe('false');
    await userEvent.keyboard('{Space}');
    await settle(element);
    expect(play.getAttribute('aria-pressed')).toBe('true');
    expect(loop.playing).toBe(true);
    expect(deepActive()).toBe(play);
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect(play.getAttribute('aria-pressed')).toBe('false');
    expect(loop.playing).toBe(false);
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect(play.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Space}');
    await settle(element);
    expect(play.getAttribute('aria-pressed')).toBe('false');
    expect(deepActive()).toBe(play);
    // Its name says what it does, whatever state it is in.
    expect(page.getByRole('button', { name: /play|animate/i, pressed: false }).elements()).toContain(play);
    expect($$(element, '.play')).toHaveLength(1);
  });
});
