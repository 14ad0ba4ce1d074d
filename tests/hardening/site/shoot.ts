/** Screenshots of single elements, and where a failed comparison leaves its evidence. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { compareImages, decodePng, encodePng, type Comparison, type Image, type Tolerance } from './png.ts';

/** A failed comparison writes `<name>.actual.png` and `<name>.diff.png` here (not committed). */
export const outputDir = fileURLToPath(new URL('../.output', import.meta.url));

/**
 * The element's own box, as drawn: CSS animations finished (reduced motion already stops the graphics' own),
 * no caret. The box is the host's, so where the page puts it does not matter.
 */
export async function shootElement(page: Page, selector: string): Promise<Image> {
  const png = await page.locator(selector).screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
  return decodePng(png);
}

/** Compares and, when they differ, leaves the three images in .output/ for a person to look at. */
export function compareAndKeep(name: string, expected: Image, actual: Image, tolerance: Tolerance): Comparison {
  const result = compareImages(expected, actual, tolerance);
  if (!result.matches) {
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(path.join(outputDir, `${name}.actual.png`), encodePng(actual));
    if (result.diff) writeFileSync(path.join(outputDir, `${name}.diff.png`), encodePng(result.diff));
    result.reason += `; see tests/hardening/.output/${name}.{actual,diff}.png`;
  }
  return result;
}
