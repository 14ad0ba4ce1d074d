/** Colours as the browser computes them, and WCAG 2 contrast: for the accessibility suites. */

export type RGBA = [number, number, number, number];

/** A computed colour ("rgb(…)", "rgba(…)", "color(srgb …)") as 0–255 channels and alpha 0–1; null for none. */
export function parseColour(value: string): RGBA | null {
  if (!value || value === 'none' || value === 'transparent') return null;
  let match = /^rgba?\(([^)]+)\)$/.exec(value);
  if (match) {
    const [r, g, b, a = '1'] = match[1].split(/[\s,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  }
  match = /^color\(srgb ([^)]+)\)$/.exec(value);
  if (match) {
    const [r, g, b, a = '1'] = match[1].split(/[\s/]+/).filter(Boolean);
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, Number(a)];
  }
  throw new Error(`colour not understood: ${value}`);
}

/** `top` with alpha over an opaque `bottom`. */
export function over(top: RGBA, alpha: number, bottom: RGBA): RGBA {
  const a = top[3] * alpha;
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as RGBA;
}

export function luminance([r, g, b]: RGBA): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: RGBA, b: RGBA): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
