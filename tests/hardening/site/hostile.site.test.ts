/*
 * Hostile host pages: each graphic is screenshotted on a clean page and on pages whose stylesheet aims at what the
 * graphics are made of; the pictures must match (HOSTILE_TOLERANCE). One page carries every rule at once
 * (pages/hostile.css, inside `<html dir="rtl">`); the leaks known to need core's fix have a page each, so a
 * failure says which rule got in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WatchedPage } from './browser.ts';
import { allEmbeds, elements, hostPage, type PageOptions } from './pages.ts';
import { compareImages, type Image, type Tolerance } from './png.ts';
import { readElements } from './read.ts';
import { compareAndKeep, shootElement } from './shoot.ts';
import { useSite } from './site.ts';

/**
 * The same browser draws both pages, so a graphic untouched by the page's CSS is identical to the pixel. The
 * slack is for anti-aliasing where a sub-pixel offset of the host moves edges: a channel may be off by 24/255,
 * and 0.2 % of the pixels (a few hundred in a 640 × 400 graphic) by more.
 */
const HOSTILE_TOLERANCE: Tolerance = { channel: 24, ratio: 0.002 };

const site = useSite();
/** Each graphic on the clean page. */
const clean = new Map<string, Image>();

function visit(path: string, options: PageOptions): Promise<WatchedPage> {
  return site.visit(path, { html: hostPage(options) });
}

beforeAll(async () => {
  const page = await visit('/clean.html', { scripts: ['/dist/salient.js'], embeds: allEmbeds({ controls: true }) });
  for (const { tag } of elements) clean.set(tag, await shootElement(page, `#${tag}`));
  expect(page.problems).toEqual([]);
  await page.close();
});

/** Opens a page of all four graphics with `options` and compares each with the clean page. */
async function expectUntouched(name: string, options: Omit<PageOptions, 'scripts' | 'embeds'>): Promise<void> {
  const page = await visit(`/${name}.html`, { scripts: ['/dist/salient.js'], embeds: allEmbeds({ controls: true }), ...options });
  const failures: string[] = [];
  for (const { tag } of elements) {
    const result = compareAndKeep(`hostile-${name}-${tag}`, clean.get(tag)!, await shootElement(page, `#${tag}`), HOSTILE_TOLERANCE);
    if (!result.matches) failures.push(`<${tag}>: ${result.reason}`);
  }
  for (const reading of await readElements(page)) expect(reading.error, reading.tag).toBeNull();
  expect(page.problems).toEqual([]);
  await page.close();
  expect(failures).toEqual([]);
}

describe('a hostile host page', () => {
  it('leaves every graphic as it is on a clean page: all of pages/hostile.css, in a right-to-left page', async () => {
    await expectUntouched('hostile', { stylesheets: ['/pages/hostile.css'], html: { dir: 'rtl' } });
  });

  // The page's `*::before, *::after { content }` matches the host itself; frame.styles.ts sets
  // `:host::before, :host::after { content: none !important }` (an !important in the shadow tree beats the page's).
  it('*::before, *::after { content } adds nothing to the graphics', async () => {
    await expectUntouched('pseudo-elements', { stylesheets: ['/pages/leak-pseudo-elements.css'] });
  });

  it('html { font-size: 62.5% } does not shrink the text (no rem)', async () => {
    await expectUntouched('root-font-size', { stylesheets: ['/pages/leak-root-font-size.css'] });
  });

  it('* { line-height: 3; letter-spacing; font } on the page does not reach the text', async () => {
    await expectUntouched('star-typography', { stylesheets: ['/pages/leak-star-typography.css'] });
  });

  it('a right-to-left page does not turn the graphics around', async () => {
    await expectUntouched('rtl', { html: { dir: 'rtl' } });
  });

  it('svg { width: 100% !important; height: auto } does not stretch the drawings', async () => {
    await expectUntouched('svg-size', { stylesheets: ['/pages/leak-svg-size.css'] });
  });

  it('takes the documented custom properties set on purpose (a theming API), and the comparison sees it', async () => {
    const page = await visit('/themed.html', { scripts: ['/dist/salient.js'], embeds: allEmbeds({ controls: true }), stylesheets: ['/pages/theme-on-purpose.css'] });
    const colours = await page.evaluate(() => {
      const root = (tag: string) => document.querySelector(tag)!.shadowRoot!;
      return {
        bar: getComputedStyle(root('salient-territory-bar').querySelector('rect.bar')!).fill,
        headlines: [...document.querySelectorAll('salient-territory-bar, salient-encirclement, salient-supply-road, salient-pipeline')].map(
          (element) => getComputedStyle(element.shadowRoot!.querySelector('[part~="headline"]')!).color,
        ),
      };
    });
    expect(colours).toEqual({ bar: 'rgb(200, 0, 0)', headlines: Array(4).fill('rgb(0, 90, 0)') });
    // The same comparison as above tells these pictures from the clean ones.
    for (const { tag } of elements) {
      const themed = compareImages(clean.get(tag)!, await shootElement(page, `#${tag}`), HOSTILE_TOLERANCE);
      expect(themed.matches, tag).toBe(false);
    }
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('keeps its layout when every documented custom property is set to garbage', async () => {
    const layout = (page: WatchedPage) =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('salient-territory-bar, salient-encirclement, salient-supply-road, salient-pipeline')].map(
          (element) => {
            const root = element.shadowRoot!;
            const figure = root.querySelector('figure')!;
            return {
              tag: element.localName,
              width: element.getBoundingClientRect().width,
              height: element.getBoundingClientRect().height,
              overflow: figure.scrollWidth - figure.clientWidth,
              svgs: [...root.querySelectorAll('svg')].map((svg) => `${svg.getBoundingClientRect().width}×${svg.getBoundingClientRect().height}`),
            };
          },
        ),
      );
    const reference = await visit('/clean-layout.html', { scripts: ['/dist/salient.js'], embeds: allEmbeds({ controls: true }) });
    const expected = await layout(reference);
    await reference.close();
    const page = await visit('/garbage.html', { scripts: ['/dist/salient.js'], embeds: allEmbeds({ controls: true }), stylesheets: ['/pages/garbage-properties.css'] });
    const actual = await layout(page);
    for (const reading of await readElements(page)) expect(reading.error, reading.tag).toBeNull();
    expect(page.problems).toEqual([]);
    await page.close();
    for (const [i, mine] of actual.entries()) {
      const theirs = expected[i];
      expect(mine.tag).toBe(theirs.tag);
      expect(mine.width, mine.tag).toBe(theirs.width);
      expect(mine.overflow, mine.tag).toBeLessThanOrEqual(0);
      // The drawings keep their size; the text around them may lose a size it was given (padding, headline).
      expect(mine.svgs, mine.tag).toEqual(theirs.svgs);
      expect(Math.abs(mine.height - theirs.height) / theirs.height, mine.tag).toBeLessThan(0.15);
    }
  });
});
