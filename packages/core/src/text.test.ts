import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './text.js';

describe('estimateTextWidth', () => {
  it('grows with length and font size', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
    expect(estimateTextWidth('Kyiv city', 12)).toBeLessThan(estimateTextWidth('Kyiv city 839 km²', 12));
    expect(estimateTextWidth('1,376 km²', 24)).toBeGreaterThan(estimateTextWidth('1,376 km²', 12) * 1.9);
  });
  it('is in the range a 12 px sans-serif face really takes', () => {
    // Common sans faces set 'Peak 1,376 km²' at 12 px in about 85 px; the territory bar's browser test checks real glyphs.
    const width = estimateTextWidth('Peak 1,376 km²', 12);
    expect(width).toBeGreaterThanOrEqual(80);
    expect(width).toBeLessThanOrEqual(100);
  });
});
