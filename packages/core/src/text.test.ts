import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './text.js';

describe('estimateTextWidth', () => {
  it('grows with length and font size', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
    expect(estimateTextWidth('Kyiv city', 12)).toBeLessThan(estimateTextWidth('Kyiv city 839 km²', 12));
    expect(estimateTextWidth('1,376 km²', 24)).toBeGreaterThan(estimateTextWidth('1,376 km²', 12) * 1.9);
  });
  it('is in the range a 12 px sans-serif face really takes', () => {
    // DejaVu Sans sets 'Peak 1,376 km²' at 12 px in 92 px, Liberation Sans in 82 px; the browser test measures.
    const width = estimateTextWidth('Peak 1,376 km²', 12);
    expect(width).toBeGreaterThanOrEqual(92);
    expect(width).toBeLessThanOrEqual(110);
  });
  it('gives wide letters, capitals and arrows more room than narrow ones', () => {
    expect(estimateTextWidth('mmmm', 12)).toBeGreaterThan(estimateTextWidth('nnnn', 12));
    expect(estimateTextWidth('NNNN', 12)).toBeGreaterThan(estimateTextWidth('nnnn', 12));
    expect(estimateTextWidth('iiii', 12)).toBeLessThan(estimateTextWidth('nnnn', 12));
    expect(estimateTextWidth('ЩЩЩЩ', 12)).toBeGreaterThan(estimateTextWidth('ПППП', 12));
    expect(estimateTextWidth('Kursk ↗', 12)).toBeGreaterThan(estimateTextWidth('Kursk a', 12));
  });
  it('measures bold wider, and adds letter-spacing after every character', () => {
    expect(estimateTextWidth('Sudzha', 13, { bold: true })).toBeGreaterThan(estimateTextWidth('Sudzha', 13));
    expect(estimateTextWidth('Sudzha', 13, { bold: false })).toBe(estimateTextWidth('Sudzha', 13));
    const plain = estimateTextWidth('UKRAINE', 10);
    expect(estimateTextWidth('UKRAINE', 10, { letterSpacing: 0.1 })).toBeGreaterThanOrEqual(plain + 7 - 1);
    expect(estimateTextWidth('UKRAINE', 10, { letterSpacing: 0.1 })).toBeLessThanOrEqual(plain + 7);
  });
});
