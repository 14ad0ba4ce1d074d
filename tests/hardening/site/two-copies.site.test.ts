/*
 * Two editors pasted the script tag, each from a different URL (/a/salient.js and /b/salient.js, the same file),
 * and a third pasted a standalone bundle: three copies of the code, two copies of Lit, one page. Nothing may throw
 * or log an error, each element renders once, and stepping from the keyboard and the slider works, once per press.
 */
import { describe, expect, it } from 'vitest';
import type { WatchedPage } from './browser.ts';
import { allEmbeds, elements, hostPage } from './pages.ts';
import { readElements } from './read.ts';
import { useSite } from './site.ts';

const site = useSite();

function visit(path: string, scripts: string[]): Promise<WatchedPage> {
  return site.visit(path, { html: hostPage({ scripts, embeds: allEmbeds({ controls: true }) }) });
}

/** How many times each element drew its frame (a second render root, or a second figure, would show here). */
function frames(page: WatchedPage) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[id^="salient-"]')].map((element) => ({
      tag: element.localName,
      figures: element.shadowRoot?.querySelectorAll('figure').length ?? 0,
      headlines: element.shadowRoot?.querySelectorAll('[part~="headline"]').length ?? 0,
    })),
  );
}

/** Steps <salient-territory-bar> from the keyboard and the slider; returns the values shown and the events seen. */
async function stepTerritoryBar(page: WatchedPage) {
  await page.evaluate(() => {
    const element = document.querySelector('salient-territory-bar')!;
    (window as unknown as { steps: number[] }).steps = [];
    element.addEventListener('salient-step', (event) => (window as unknown as { steps: number[] }).steps.push(event.detail.step));
    element.setAttribute('step', '3');
  });
  const value = () => page.evaluate(() => document.querySelector('salient-territory-bar')!.shadowRoot!.querySelector('[part~="value"]')!.textContent.trim());
  const shown = [await value()];
  await page.locator('salient-territory-bar [part~="graphic"]').focus();
  await page.keyboard.press('ArrowLeft');
  shown.push(await value());
  // The slider's "next" button (the last button of the controls).
  await page.locator('salient-territory-bar [part~="controls"] button').last().click();
  await page.locator('salient-territory-bar [part~="controls"] button').last().click();
  shown.push(await value());
  const steps = await page.evaluate(() => (window as unknown as { steps: number[] }).steps);
  return { shown, steps };
}

describe('two copies of salient.js and a standalone bundle on one page', () => {
  it.each([
    ['salient.js twice, then territory-bar.js', ['/a/salient.js', '/b/salient.js', '/dist/territory-bar.js']],
    ['territory-bar.js, then salient.js twice', ['/dist/territory-bar.js', '/a/salient.js', '/b/salient.js']],
  ])('%s: every element renders once, with no error, and steps once per press', async (_, scripts) => {
    const page = await visit(`/copies-${scripts[0].replace(/\W/g, '')}.html`, scripts);
    // Three copies fetched and run (not one served from cache under one URL).
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    for (const script of scripts) expect(loaded).toContain(script);
    for (const reading of await readElements(page)) {
      expect(reading.error, reading.tag).toBeNull();
      expect(reading.svgs, reading.tag).toBeGreaterThan(0);
    }
    expect(await frames(page)).toEqual(elements.map(({ tag }) => ({ tag, figures: 1, headlines: 1 })));
    const { shown, steps } = await stepTerritoryBar(page);
    // Step 3, then 2 from ArrowLeft, then 4 after two clicks on "next": one event per press, values that follow.
    expect(steps).toEqual([2, 3, 4]);
    expect(new Set(shown).size, shown.join(' | ')).toBe(3);
    expect(page.problems).toEqual([]);
    // Each copy defined what was not yet defined; none complained about the others.
    expect(page.warnings).toEqual([]);
    await page.close();
  });
});
