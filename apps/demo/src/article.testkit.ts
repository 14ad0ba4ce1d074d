/**
 * The article's browser tests, shared by both editions (demo.browser.test.ts: index.html; uk.browser.test.ts:
 * uk/index.html). Each test file runs in its own page, so each edition loads main.ts once, as the browser would.
 */
import { encirclement, pipeline, supplyRoad, territory } from '@salient/kursk-data';
import { page } from 'vitest/browser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stepForDate } from './scrolly.ts';
import { THEME_KEY } from './theme.ts';

type Graphic = HTMLElement & { data?: unknown; step?: number; updateComplete?: Promise<unknown> };

const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;

/** The scrolly sections, with the dates of their dataset's steps. */
const sections = [
  { dataset: 'territory', id: 'territory-scrolly', data: territory, dates: territory.series.map((p) => p.date) },
  { dataset: 'encirclement', id: 'encirclement-scrolly', data: encirclement, dates: encirclement.frames.map((f) => f.date) },
];

/** Every credit in the datasets, found independently of src/sources.ts: each `source` and each `sources` item. */
function credits(value: unknown, lang: string, found = new Set<string>()): Set<string> {
  const text = (v: unknown) => {
    if (typeof v === 'string') found.add(v.replace(/\s+/g, ' ').trim());
    else if (v && typeof v === 'object' && !Array.isArray(v)) {
      const t = (v as Record<string, unknown>)[lang] ?? (v as Record<string, unknown>).en;
      if (typeof t === 'string') found.add(t.replace(/\s+/g, ' ').trim());
    }
  };
  if (Array.isArray(value)) value.forEach((v) => credits(v, lang, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source') text(child);
      else if (key === 'sources' && Array.isArray(child)) child.forEach(text);
      else credits(child, lang, found);
    }
  }
  return found;
}

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
const shadowText = (element: HTMLElement, selector = ':host > *') =>
  [...(element.shadowRoot?.querySelectorAll(selector === ':host > *' ? '*' : selector) ?? [])]
    .slice(0, selector === ':host > *' ? 1 : undefined)
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
const graphics = () => [...document.querySelectorAll<Graphic>('*')].filter((e) => e.localName.startsWith('salient-'));

export function describeArticle(edition: { name: string; lang: 'en' | 'uk'; source: string; otherEdition: RegExp }): void {
  beforeAll(async () => {
    const parsed = new DOMParser().parseFromString(edition.source, 'text/html');
    parsed.querySelector('script[type="module"][src$="main.ts"]')?.remove();
    document.documentElement.lang = parsed.documentElement.lang;
    document.title = parsed.title;
    document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
    await import('./main.ts');
    await frames(2);
    undefinedAtLoad = LAZY.filter((tag) => !customElements.get(tag));
    // The reader scrolls through the whole article: each graphic, and the sources, load as they come near.
    for (const target of [...graphics(), document.querySelector('[data-sources]')!]) {
      target.scrollIntoView({ block: 'center' });
      await frames(2);
    }
    await Promise.all(['salient-territory-bar', ...LAZY].map((tag) => customElements.whenDefined(tag)));
    await vi.waitFor(() => expect(document.querySelectorAll('[data-sources] li').length).toBeGreaterThan(0));
    window.scrollTo(0, 0);
  });

  /** The graphics whose code loads only as the reader nears them, and those that had not loaded at first paint. */
  const LAZY = ['salient-encirclement', 'salient-supply-road', 'salient-pipeline'];
  let undefinedAtLoad: string[] = [];

  afterAll(() => localStorage.removeItem(THEME_KEY));

  describe(`the Kursk article, ${edition.name}`, () => {
    it(`is in ${edition.lang}, links the other edition, and fetches nothing from another origin`, () => {
      expect(document.documentElement.lang).toBe(edition.lang);
      expect(document.querySelector('[data-edition-link]')?.getAttribute('href')).toMatch(edition.otherEdition);
      const external = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => new URL(url).origin !== location.origin);
      expect(external).toEqual([]);
    });

    it('loads the code of the graphics below the fold only when the reader nears them', () => {
      expect(undefinedAtLoad).toEqual(LAZY);
    });

    it('has all four graphics, each in the page’s language', () => {
      const tags = graphics().map((g) => g.localName);
      for (const tag of ['salient-territory-bar', 'salient-encirclement', 'salient-supply-road', 'salient-pipeline']) {
        expect(tags).toContain(tag);
      }
      for (const graphic of graphics()) expect(graphic.getAttribute('lang'), graphic.id).toMatch(new RegExp(`^${edition.lang}`));
      expect(document.querySelector('salient-supply-road')!.hasAttribute('autoplay')).toBe(true);
      expect(document.querySelector('salient-pipeline')!.hasAttribute('autoplay')).toBe(true);
    });

    it('renders every graphic without an error', async () => {
      for (const graphic of graphics()) {
        await vi.waitFor(
          () => {
            const root = graphic.shadowRoot;
            expect(root?.querySelector('.error'), `${graphic.id}: ${shadowText(graphic, '.error')}`).toBeNull();
            expect(root?.querySelector('svg, [part~="value"]'), graphic.id).not.toBeNull();
          },
          { timeout: 5000 },
        );
      }
      expect((document.getElementById('supply-road-inline') as Graphic).data).toBe(supplyRoad);
      expect((document.getElementById('pipeline-inline') as Graphic).data).toBe(pipeline);
      expect((document.getElementById('territory-embed') as Graphic).data).toBeUndefined(); // From its JSON child.
    });

    if (edition.lang === 'uk') {
      it('has every graphic speak Ukrainian (text it writes itself, beyond the headline, is in Cyrillic)', async () => {
        for (const graphic of graphics()) {
          await graphic.updateComplete;
          const headline = graphic.getAttribute('headline') ?? '';
          const own = (graphic.shadowRoot?.textContent ?? '').replace(headline, '');
          expect(own, graphic.id).toMatch(CYRILLIC);
          const credit = shadowText(graphic, '[part~="credit"], .credit, [part~="source"]');
          if (credit) expect(credit, `${graphic.id} credit`).toMatch(CYRILLIC);
        }
      });
    }

    it('lists every source of every dataset in the Sources section, each once', () => {
      const items = [...document.querySelectorAll('[data-sources] li')].map((li) => li.textContent ?? '');
      expect(new Set(items).size).toBe(items.length);
      const expected = credits([territory, encirclement, supplyRoad, pipeline], edition.lang);
      expect(expected.size).toBeGreaterThan(20);
      for (const credit of expected) expect(items, credit).toContain(credit);
      if (edition.lang === 'uk') expect(items.join(' ')).toMatch(CYRILLIC);
    });

    describe.each(sections)('the $dataset scrolly section', ({ dataset, id, data, dates }) => {
      const steps = () => [...document.querySelectorAll<HTMLElement>(`[data-scrolly][data-dataset="${dataset}"] .step`)];
      const graphic = () => document.getElementById(id) as Graphic;

      it('gives the graphic its dataset, and every step the index of its date in the data', () => {
        expect(graphic().data).toBe(data);
        expect(steps().length).toBeGreaterThanOrEqual(5);
        for (const step of steps()) {
          const index = Number(step.dataset.step);
          expect(index, step.dataset.date).toBe(stepForDate(dates, step.dataset.date!));
          // Each text was written about a dated moment in the data; if the data moves, the text needs a look.
          expect(dates[index], step.querySelector('h3')?.textContent ?? '').toBe(step.dataset.date);
        }
        const indexes = steps().map((step) => Number(step.dataset.step));
        expect(new Set(indexes).size).toBe(indexes.length);
      });

      describe.each([
        { name: 'wide screen', width: 1280, height: 800 },
        { name: 'phone', width: 375, height: 812 },
      ])('on a $name', ({ width, height }) => {
        beforeAll(async () => {
          await page.viewport(width, height);
          await vi.waitFor(() => expect([innerWidth, innerHeight]).toEqual([width, height]));
          steps()[0].closest('[data-scrolly]')!.scrollIntoView({ block: 'start' });
          window.scrollBy(0, -innerHeight);
          await frames(3);
        });

        it('sets the sticky graphic’s step to the step scrolled into the trigger zone', async () => {
          const order = [0, 2, 4, 1, 6, 3, 5].filter((i) => i < steps().length);
          for (const i of order) {
            const step = steps()[i];
            step.scrollIntoView({ block: 'center' });
            await vi.waitFor(() => {
              expect(graphic().step, `step ${i} (${step.dataset.date})`).toBe(Number(step.dataset.step));
              expect(step.classList.contains('is-active')).toBe(true);
            });
          }
        });

        it('keeps the graphic in view while the steps scroll, and the page from scrolling sideways', async () => {
          const step = steps()[3];
          step.scrollIntoView({ block: 'center' });
          await vi.waitFor(() => expect(graphic().step).toBe(Number(step.dataset.step)));
          const box = graphic().closest('.scrolly__graphic')!.getBoundingClientRect();
          expect(box.top).toBeGreaterThanOrEqual(-1);
          expect(box.top).toBeLessThan(height);
          expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
          if (width < 960) {
            expect(box.top).toBeLessThanOrEqual(1);
            const card = getComputedStyle(step.querySelector('.step__card')!).backgroundColor;
            expect(card).toMatch(/rgba?\(.*,\s*0?\.\d+\)$|\/ 0?\.\d+\)$/);
          }
        });
      });
    });

    it('the theme toggle switches the page and every graphic, and remembers the choice', () => {
      const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]')!;
      const before = button.getAttribute('aria-pressed') === 'true';
      button.click();
      const theme = before ? 'light' : 'dark';
      expect(document.documentElement.classList.contains(`theme-${theme}`)).toBe(true);
      expect(button.getAttribute('aria-pressed')).toBe(String(!before));
      for (const graphic of graphics()) expect(graphic.getAttribute('theme'), graphic.id).toBe(theme);
      expect(localStorage.getItem(THEME_KEY)).toBe(theme);
      expect(getComputedStyle(document.body).backgroundColor).toBe(theme === 'dark' ? 'rgb(21, 23, 27)' : 'rgb(255, 255, 255)');
    });
  });
}
