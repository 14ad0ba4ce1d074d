/*
 * A host page with a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'): the bundles load as
 * 'self' module scripts, the data sits in `<script type="application/json">` children (data, not script: CSP does
 * not block it), and the graphics must draw without one violation. The listener for `securitypolicyviolation` is
 * in place before the page's first script (browser.ts).
 */
import { describe, expect, it } from 'vitest';
import { settled, violations, type WatchedPage } from './browser.ts';
import { allEmbeds, bundleOf, elements, hostPage } from './pages.ts';
import { readElements, setOnAll, type Reading } from './read.ts';
import { compareAndKeep, shootElement } from './shoot.ts';
import { useSite } from './site.ts';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const site = useSite();

/** Serves `html` under the strict policy and opens it, with the graphics drawn. */
function visit(path: string, html: string): Promise<WatchedPage> {
  return site.visit(path, { html, headers: { 'Content-Security-Policy': CSP } });
}

/** No violation at all, and no console or page error. */
async function expectWithinPolicy(page: WatchedPage): Promise<void> {
  expect(await violations(page)).toEqual([]);
  expect(page.problems).toEqual([]);
}

function expectDrawn(readings: Reading[], tags: readonly string[]): void {
  expect(readings.map((reading) => reading.tag).sort()).toEqual([...tags].sort());
  for (const reading of readings) {
    expect(reading.defined, reading.tag).toBe(true);
    expect(reading.error, reading.tag).toBeNull();
    expect(reading.svgs, reading.tag).toBeGreaterThan(0);
    expect(reading.headline, reading.tag).toBe(elements.find((e) => e.tag === reading.tag)!.headline);
    // The summary is written from the data, so it proves the JSON child was read.
    expect(reading.summary?.length ?? 0, reading.tag).toBeGreaterThan(20);
    expect(reading.box.height, reading.tag).toBeGreaterThan(100);
  }
}

describe('a page with a strict Content-Security-Policy', () => {
  it('reports a violation when something does break the policy (the watcher works)', async () => {
    const page = await visit(
      '/csp-canary.html',
      hostPage({ scripts: ['/dist/territory-bar.js'], embeds: allEmbeds().slice(0, 1) }).replace(
        '</body>',
        '<p style="color: red">inline style</p></body>',
      ),
    );
    expect((await violations(page)).join('\n')).toMatch(/style-src/);
    await page.close();
  });

  it('draws all four elements from dist/salient.js with no violation, no error, and steps under the policy', async () => {
    const page = await visit('/csp-all.html', hostPage({ scripts: ['/dist/salient.js'], embeds: allEmbeds() }));
    expectDrawn(await readElements(page), elements.map((e) => e.tag));
    // Stepping re-renders with new geometry and styles: still within the policy.
    await setOnAll(page, 'step', '0');
    await settled(page);
    await setOnAll(page, 'theme', 'dark');
    await settled(page);
    expectDrawn(await readElements(page), elements.map((e) => e.tag));
    await expectWithinPolicy(page);
    await page.close();
  });

  it('draws every element as it does without the policy (nothing the policy blocked mattered)', async () => {
    const embeds = allEmbeds();
    const open = await site.visit('/no-csp.html', { html: hostPage({ scripts: ['/dist/salient.js'], embeds }) });
    const strict = await visit('/csp-compare.html', hostPage({ scripts: ['/dist/salient.js'], embeds }));
    for (const { tag } of elements) {
      const result = compareAndKeep(`csp-${tag}`, await shootElement(open, `#${tag}`), await shootElement(strict, `#${tag}`), {
        channel: 0,
        ratio: 0,
      });
      expect(result.matches, `<${tag}>: ${result.reason}`).toBe(true);
    }
    await Promise.all([open.close(), strict.close()]);
  });

  it.each(elements.map((e) => e.tag))('draws <%s> from its own bundle with no violation and no error', async (tag) => {
    const page = await visit(
      `/csp-${tag}.html`,
      hostPage({ scripts: [`/dist/${bundleOf(tag)}`], embeds: allEmbeds().filter((embed) => embed.tag === tag) }),
    );
    expectDrawn(await readElements(page), [tag]);
    await expectWithinPolicy(page);
    await page.close();
  });

  it('no violation at all, the graphic box included', async () => {
    const page = await visit('/csp-strict.html', hostPage({ scripts: ['/dist/salient.js'], embeds: allEmbeds() }));
    expect(await violations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
