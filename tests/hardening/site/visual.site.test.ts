/*
 * Visual regression: the key states of each graphic, from the built bundle, against committed baselines in
 * tests/hardening/baselines/<name>.png. Still frames only: the context asks for reduced motion and every element
 * has `reduced-motion`, and screenshots finish CSS animations. The page pins its typeface (DejaVu Sans, base.css).
 *
 * Update the baselines (after a change meant to alter the pictures; look at them before committing):
 *   cd tests/hardening && UPDATE_BASELINES=1 npx vitest run --project site site/visual.site.test.ts
 * A failure leaves <name>.actual.png and <name>.diff.png (differing pixels in red) in tests/hardening/.output/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { elements, hostPage, type Embed } from './pages.ts';
import { decodePng, encodePng, type Tolerance } from './png.ts';
import { readElements } from './read.ts';
import { compareAndKeep, shootElement } from './shoot.ts';
import { useSite } from './site.ts';

const baselinesDir = fileURLToPath(new URL('../baselines', import.meta.url));
const updating = process.env.UPDATE_BASELINES === '1';

/**
 * Same machine, same Chromium, same font: the pictures are identical to the pixel from run to run. The slack
 * absorbs anti-aliasing noise from another build of Chromium or FreeType: a channel may be off by 32/255, and
 * 0.02 % of the pixels (about 40 in a 640 × 330 graphic) by more. A bar 2 px longer, a label moved by a pixel or
 * a changed colour is well over that; any change of size fails outright.
 */
export const VISUAL_TOLERANCE: Tolerance = { channel: 32, ratio: 0.0002 };

interface Shot {
  /** The baseline's file name, without .png. */
  name: string;
  width: 320 | 800;
  attributes?: Record<string, string | true>;
}

/** Per element: narrow and wide, light and dark, the first step; the last step is each element's default. */
const shotsFor = (short: string): Shot[] => [
  { name: `${short}-320-light`, width: 320 },
  { name: `${short}-800-light`, width: 800 },
  { name: `${short}-320-dark`, width: 320, attributes: { theme: 'dark' } },
  { name: `${short}-800-dark`, width: 800, attributes: { theme: 'dark' } },
  { name: `${short}-800-step0`, width: 800, attributes: { step: '0' } },
];

/** A few states beyond those: controls, Ukrainian and square miles, an error. */
const extraShots: Record<string, Shot[]> = {
  'salient-territory-bar': [
    { name: 'territory-bar-800-controls-step2', width: 800, attributes: { controls: true, step: '2' } },
    { name: 'territory-bar-320-uk-mi2', width: 320, attributes: { lang: 'uk', units: 'mi2' } },
  ],
  'salient-supply-road': [{ name: 'supply-road-800-strip-step1', width: 800, attributes: { layout: 'strip', step: '1' } }],
};

const groups = elements.map(({ tag, data, headline }) => {
  const short = tag.replace(/^salient-/, '');
  const shots = [...shotsFor(short), ...(extraShots[tag] ?? [])];
  const embeds: Embed[] = shots.map(({ name, width, attributes }) => ({
    tag,
    data,
    width,
    id: name,
    attributes: { headline, source: 'Salient test page', 'reduced-motion': true, ...attributes },
  }));
  return { tag, shots, embeds };
});

const site = useSite({ colorScheme: 'light' });

describe('visual regression against tests/hardening/baselines', () => {
  it.each(groups)('$tag: $shots.length key states look as in the baselines', async ({ tag, shots, embeds }) => {
    const page = await site.visit(`/visual-${tag}.html`, { html: hostPage({ scripts: ['/dist/salient.js'], embeds }) });
    for (const reading of await readElements(page)) expect(reading.error, reading.id).toBeNull();
    expect(page.problems).toEqual([]);

    const failures: string[] = [];
    for (const { name } of shots) {
      const actual = await shootElement(page, `#${name}`);
      const file = path.join(baselinesDir, `${name}.png`);
      if (updating) {
        mkdirSync(baselinesDir, { recursive: true });
        writeFileSync(file, encodePng(actual));
        continue;
      }
      if (!existsSync(file)) {
        failures.push(
          `${name}: no baseline at tests/hardening/baselines/${name}.png. Create the baselines with ` +
            '`cd tests/hardening && UPDATE_BASELINES=1 npx vitest run --project site site/visual.site.test.ts`, look at them, and commit them',
        );
        continue;
      }
      const result = compareAndKeep(name, decodePng(readFileSync(file)), actual, VISUAL_TOLERANCE);
      if (!result.matches) failures.push(`${name}: ${result.reason}`);
    }
    await page.close();
    expect(failures).toEqual([]);
  });
});
