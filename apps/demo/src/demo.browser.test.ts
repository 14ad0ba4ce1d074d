import { territory } from '@salient/kursk-data';
import type { SalientTerritoryBar } from '@salient/territory-bar';
import { page } from 'vitest/browser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pageSource from '../index.html?raw';
import { stepForDate } from './scrolly.ts';
import { THEME_KEY } from './theme.ts';

/*
 * The real page: index.html's body as written, then its real entry module (main.ts), as the browser would
 * run them. Only the <script type="module"> tag is left out: importing main.ts here does what it would do.
 */
beforeAll(async () => {
  const parsed = new DOMParser().parseFromString(pageSource, 'text/html');
  parsed.querySelector('script[type="module"][src$="main.ts"]')?.remove();
  document.documentElement.lang = parsed.documentElement.lang;
  document.title = parsed.title;
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  await import('./main.ts');
  await customElements.whenDefined('salient-territory-bar');
});

afterAll(() => localStorage.removeItem(THEME_KEY));

const sticky = () => document.querySelector<SalientTerritoryBar>('#territory-scrolly')!;
const embed = () => document.querySelector<SalientTerritoryBar>('#territory-embed')!;
const steps = () => [...document.querySelectorAll<HTMLElement>('.scrolly .step')];
const shadowText = (element: HTMLElement, selector: string) =>
  (element.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function rendered(bar: SalientTerritoryBar): Promise<void> {
  await vi.waitFor(() => {
    expect(bar.shadowRoot?.querySelector('.error'), shadowText(bar, '.error')).toBeNull();
    expect(shadowText(bar, '.value')).not.toBe('');
  });
}

describe('the Kursk article page', () => {
  it('is in English and fetches nothing from another origin', () => {
    expect(document.documentElement.lang).toBe('en');
    const external = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(external).toEqual([]);
  });

  it('renders the scrollytelling bar with the Kursk dataset', async () => {
    await rendered(sticky());
    expect(sticky().data).toBe(territory);
    expect(shadowText(sticky(), '.value')).toMatch(/km²$/);
  });

  it('renders the CMS-style bar from its JSON child, in square miles, with controls', async () => {
    const bar = embed();
    await rendered(bar);
    expect(bar.data).toBeUndefined(); // Its data came from the pasted <script type="application/json">.
    expect(shadowText(bar, '.value')).toMatch(/sq mi$/);
    expect(shadowText(bar, '.headline')).toBe('Ground held by Ukraine in Kursk oblast');
    expect(bar.shadowRoot!.querySelector('input[type="range"]')).not.toBeNull();
  });

  it('gives every step the index of the moment it discusses, computed from its date', () => {
    const dates = territory.series.map((point) => point.date);
    expect(steps().length).toBeGreaterThanOrEqual(5);
    expect(steps().length).toBeLessThanOrEqual(7);
    for (const step of steps()) {
      const index = Number(step.dataset.step);
      expect(index, step.dataset.date).toBe(stepForDate(dates, step.dataset.date!));
      // Each text was written about a dated figure in the data; if the data moves, the text needs a look.
      expect(territory.series[index].date, step.querySelector('h3')?.textContent ?? '').toBe(step.dataset.date);
    }
    const indexes = steps().map((step) => Number(step.dataset.step));
    expect(new Set(indexes).size).toBe(indexes.length);
  });

  it('credits every source the dataset names', () => {
    const paragraph = document.querySelector('.sources')!.textContent.replace(/\s+/g, ' ').toLowerCase();
    const names = new Set(
      territory.series.flatMap((point) => [point.source, ...(point.estimates ?? []).map((e) => e.source)]),
    );
    for (const name of names) {
      for (const part of name.split(';')) {
        // "Syrskyi (Ukrainian commander-in-chief)" -> "syrskyi"; "Gerasimov, Russian General Staff" -> "gerasimov"
        const who = part.split(/[(,]/)[0].trim().toLowerCase();
        expect(paragraph, `the Sources paragraph names "${who}"`).toContain(who);
      }
    }
  });

  describe.each([
    { name: 'wide screen', width: 1280, height: 800 },
    { name: 'phone', width: 375, height: 812 },
  ])('scrollytelling on a $name', ({ width, height }) => {
    beforeAll(async () => {
      await page.viewport(width, height);
      await vi.waitFor(() => expect([innerWidth, innerHeight]).toEqual([width, height]));
      // Start above the steps, and let the observer see that before the first step scrolls in: a resize can
      // sweep several steps across the trigger line at once.
      window.scrollTo(0, 0);
      await frames(3);
    });

    it('sets the sticky bar’s step to the step scrolled into the trigger zone', async () => {
      // Out of order on purpose: forwards, a jump back, and the end.
      const order = [0, 2, 4, 1, 6, 3, 5].filter((i) => i < steps().length);
      for (const i of order) {
        const step = steps()[i];
        step.scrollIntoView({ block: 'center' });
        await vi.waitFor(() => {
          expect(sticky().step, `step ${i} (${step.dataset.date})`).toBe(Number(step.dataset.step));
          expect(step.classList.contains('is-active')).toBe(true);
        });
      }
      const shown = territory.series[sticky().step!];
      await sticky().updateComplete;
      expect(shadowText(sticky(), '.when')).toContain(shown.source);
    });

    it('never makes the page scroll sideways', () => {
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
    });

    it('keeps the graphic in view while the steps scroll', async () => {
      const step = steps()[3];
      step.scrollIntoView({ block: 'center' });
      await vi.waitFor(() => expect(sticky().step).toBe(Number(step.dataset.step)));
      const graphic = document.querySelector('.scrolly__graphic')!.getBoundingClientRect();
      expect(graphic.top).toBeGreaterThanOrEqual(-1);
      expect(graphic.top).toBeLessThan(height);
      const bar = sticky().getBoundingClientRect();
      expect(bar.top).toBeGreaterThanOrEqual(-1);
      if (width < 960) {
        // Phone: the graphic sits at the top; the step card scrolls over it, on a see-through background.
        expect(graphic.top).toBeLessThanOrEqual(1);
        const card = getComputedStyle(step.querySelector('.step__card')!).backgroundColor;
        expect(card).toMatch(/rgba?\(.*,\s*0?\.\d+\)$|\/ 0?\.\d+\)$/);
      }
    });
  });

  it('the theme toggle switches the page and every graphic, and remembers the choice', () => {
    const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]')!;
    const before = button.getAttribute('aria-pressed') === 'true';
    button.click();
    const theme = before ? 'light' : 'dark';
    expect(document.documentElement.classList.contains(`theme-${theme}`)).toBe(true);
    expect(button.getAttribute('aria-pressed')).toBe(String(!before));
    expect(sticky().getAttribute('theme')).toBe(theme);
    expect(embed().getAttribute('theme')).toBe(theme);
    expect(localStorage.getItem(THEME_KEY)).toBe(theme);
    expect(getComputedStyle(document.body).backgroundColor).toBe(theme === 'dark' ? 'rgb(21, 23, 27)' : 'rgb(255, 255, 255)');
  });
});
