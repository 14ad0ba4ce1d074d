import { estimateTextWidth } from '@salient/core';

export interface MarkerInput {
  /** Position on the scale, km². */
  value: number;
  text: string;
  kind: 'peak' | 'reference';
}

export interface TerritoryBarLayoutInput {
  width: number;
  /** The largest figure in the series (including estimates): the track's full length. */
  max: number;
  value: number;
  peak: number;
  /** The span of all estimates for this step, when sources disagree. */
  range?: readonly [low: number, high: number];
  markers: readonly MarkerInput[];
  fontSize?: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
  /** Left and right edges, for overlap checks. */
  left: number;
  right: number;
}

export interface PlacedMarker {
  kind: MarkerInput['kind'];
  x: number;
  y1: number;
  y2: number;
  label: PlacedLabel;
}

export interface TerritoryBarLayout {
  width: number;
  height: number;
  track: Rect;
  ghost: Rect;
  bar: Rect;
  range?: { x1: number; x2: number; y: number; cap: number };
  markers: PlacedMarker[];
}

const LABEL_GAP = 8;

/**
 * The territory bar's geometry: a track scaled to the largest figure, the current value as a bar, the peak as a
 * ghost, whiskers for disputed figures, and markers whose labels are stacked in rows so none overlap.
 */
export function layoutTerritoryBar(input: TerritoryBarLayoutInput): TerritoryBarLayout {
  const width = Math.max(1, input.width);
  const fontSize = input.fontSize ?? 12;
  // A clamped linear map is all the bar needs. d3-scale's scaleLinear would bring d3-interpolate, d3-color and
  // d3-format along, about 8 KB gzip in a bundle whose whole budget is 20 KB (npm run size).
  const max = input.max > 0 ? input.max : 1;
  const x = (value: number) => width * Math.min(1, Math.max(0, value / max));
  const barHeight = width < 480 ? 28 : 36;
  const top = 10;
  const bottom = top + barHeight;

  const range = input.range && input.range[1] > input.range[0]
    ? { x1: x(input.range[0]), x2: x(input.range[1]), y: top + barHeight / 2, cap: Math.round(barHeight * 0.7) }
    : undefined;

  const rowHeight = Math.ceil(fontSize * 1.4);
  const firstBaseline = bottom + 8 + fontSize;
  const rows: PlacedLabel[][] = [];
  const markers = [...input.markers]
    .sort((a, b) => b.value - a.value)
    .map((marker): PlacedMarker => {
      const mx = x(marker.value);
      const label = placeLabel(marker.text, mx, width, fontSize);
      let row = rows.findIndex((placed) => placed.every((other) => !overlaps(label, other)));
      if (row === -1) row = rows.push([]) - 1;
      rows[row].push(label);
      label.y = firstBaseline + row * rowHeight;
      return { kind: marker.kind, x: mx, y1: top - 6, y2: label.y - fontSize + 1, label };
    });

  const height = rows.length ? firstBaseline + (rows.length - 1) * rowHeight + Math.ceil(fontSize * 0.35) : bottom + 6;
  return {
    width,
    height,
    track: { x: 0, y: top, width, height: barHeight },
    ghost: { x: 0, y: top, width: x(input.peak), height: barHeight },
    bar: { x: 0, y: top, width: x(input.value), height: barHeight },
    range,
    markers,
  };
}

/** Beside the marker, on whichever side has room; pinned inside the box when neither has. */
function placeLabel(text: string, mx: number, width: number, fontSize: number): PlacedLabel {
  const w = estimateTextWidth(text, fontSize);
  if (mx + 4 + w <= width) return label(text, mx + 4, 'start', w);
  if (mx - 4 - w >= 0) return label(text, mx - 4, 'end', w);
  return label(text, Math.max(0, width - w), 'start', w);
}

function label(text: string, x: number, anchor: 'start' | 'end', w: number): PlacedLabel {
  const left = anchor === 'start' ? x : x - w;
  return { x, y: 0, anchor, text, left, right: left + w };
}

function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.left < b.right + LABEL_GAP && b.left < a.right + LABEL_GAP;
}
