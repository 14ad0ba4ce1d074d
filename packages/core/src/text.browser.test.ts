import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './text.js';

/*
 * estimateTextWidth against what Chromium really sets, at 12 px: DejaVu Sans (what Debian's Chromium resolves
 * system-ui and sans-serif to for page text) must come out at most a quarter under the estimate and never over it;
 * Liberation Sans (Chromium's canvas sans-serif here, metrics of Arial) never over it either.
 */
const SAMPLES = [
  // Latin: place names, labels, capitals.
  'Sudzha',
  'Kursk',
  'Malaya Loknya',
  'Bolshoye Soldatskoye',
  'Kazachya Loknya',
  'Myropillia',
  'Corridor to the border',
  'Where they came out',
  'Held by Ukraine',
  'RUSSIA',
  'UKRAINE',
  'Kursk ↗',
  '← Sumy',
  // Cyrillic.
  'Суджа',
  'Велике Солдатське',
  'Миропілля',
  'Козача Локня',
  'Коридор до кордону',
  'Державний кордон',
  'Щука Жук Шлях Юрій',
  'РОСІЯ',
  'УКРАЇНА',
  // Digits and figures.
  '2025',
  '0123456789',
  '1,376 km²',
  '12–13 km',
  '9.4 km · 20%',
  '1 376 км²',
];

const canvas = document.createElement('canvas').getContext('2d')!;
function measure(text: string, font: string): number {
  canvas.font = font;
  return canvas.measureText(text).width;
}

describe('estimateTextWidth in Chromium', () => {
  it('has DejaVu Sans to measure against', async () => {
    await document.fonts.ready;
    expect(document.fonts.check('12px "DejaVu Sans"')).toBe(true);
    // The face system-ui resolves to: the same widths as DejaVu Sans by name.
    expect(measure('Bolshoye Soldatskoye', '12px system-ui')).toBeCloseTo(measure('Bolshoye Soldatskoye', '12px "DejaVu Sans"'), 3);
  });

  it.each(SAMPLES)('estimates %s at 12 px no narrower than it is, nor a quarter wider', (text) => {
    for (const bold of [false, true]) {
      const real = measure(text, `${bold ? 'bold ' : ''}12px "DejaVu Sans"`);
      const estimate = estimateTextWidth(text, 12, { bold });
      expect(estimate, `${text}${bold ? ' (bold)' : ''}: ${estimate} px estimated, ${real.toFixed(1)} px real`).toBeGreaterThanOrEqual(real);
      expect(estimate, `${text}${bold ? ' (bold)' : ''}: ${estimate} px estimated, ${real.toFixed(1)} px real`).toBeLessThanOrEqual(real * 1.25);
      // A narrower face only gets more room.
      expect(estimate).toBeGreaterThanOrEqual(measure(text, `${bold ? 'bold ' : ''}12px "Liberation Sans"`));
    }
  });

  it('agrees with the SVG text the map labels are', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.style.font = '12px "DejaVu Sans"';
    document.body.append(svg);
    try {
      for (const text of SAMPLES) {
        const node = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        node.textContent = text;
        svg.append(node);
        expect(estimateTextWidth(text, 12)).toBeGreaterThanOrEqual(node.getComputedTextLength());
      }
    } finally {
      svg.remove();
    }
  });
});
