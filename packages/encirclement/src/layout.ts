import {
  arrow,
  boxesOverlap,
  clipLine,
  estimateTextWidth,
  fitMercator,
  geoPathData,
  lengthUnitFor,
  localText,
  pathData,
  placeLabels,
  safeLocale,
  scaleBar,
  type AreaUnit,
  type Box,
  type LabelCandidate,
  type MapGeometry,
  type Margins,
  type MercatorFit,
  type PlacedMapLabel,
  type Point,
} from '@salient/core';
import type { MultiPoint, MultiPolygon } from 'geojson';
import { corridorWidth, formatInUnit } from './describe.js';
import { containsPoint, largestPolygon, normalizePolygons } from './geometry.js';
import type { EncirclementData, EncirclementPlace, LonLat } from './schema.js';

/**
 * The map's height at a width. The box has a fixed shape per width (near-square on a phone, wider on a desktop)
 * so its height is known before any data arrives, and the page does not shift when it does; the data's extent is
 * fitted inside it, and the spare room shows more of the surrounding regions.
 */
export function mapHeight(width: number): number {
  const w = Math.max(1, width);
  return Math.round(w < 560 ? w * 0.92 : Math.min(w * 0.68, 620));
}

/** Room kept free of the fitted extent on each side, px: labels, the scale bar. */
export function mapMargins(width: number): Margins {
  const m = width < 480 ? 14 : 24;
  return { top: m, right: m, bottom: m + 16, left: m };
}

/**
 * What the map is fitted to: every frame's held area, the advances and the corridors, padded by a margin of
 * ground (at least 5 km) so the border and the Ukrainian side next to it show. Not the whole oblasts: at their
 * scale the salient would be a speck.
 */
export function mapExtent(data: EncirclementData): MultiPoint {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  const add = (p: LonLat) => {
    west = Math.min(west, p[0]);
    east = Math.max(east, p[0]);
    south = Math.min(south, p[1]);
    north = Math.max(north, p[1]);
  };
  for (const frame of data.frames) {
    for (const rings of normalizePolygons(frame.held).coordinates) rings[0]?.forEach(add);
    for (const advance of frame.advances ?? []) {
      add(advance.from);
      add(advance.to);
    }
    frame.corridor?.line.forEach(add);
  }
  if (!Number.isFinite(west)) {
    // Nothing held anywhere and nothing drawn: fall back to the places.
    (data.places ?? []).forEach((place) => add([place.lon, place.lat]));
  }
  if (!Number.isFinite(west)) return { type: 'MultiPoint', coordinates: [[0, 0]] };
  const mid = (south + north) / 2;
  const kmPerDegLat = 111.2;
  const kmPerDegLon = kmPerDegLat * Math.max(0.05, Math.cos((mid * Math.PI) / 180));
  const spanKm = Math.max((east - west) * kmPerDegLon, (north - south) * kmPerDegLat);
  const padKm = Math.max(5, spanKm * 0.08);
  const dLon = padKm / kmPerDegLon;
  const dLat = padKm / kmPerDegLat;
  const w = Math.max(-180, west - dLon);
  const e = Math.min(180, east + dLon);
  const s = Math.max(-89, south - dLat);
  const n = Math.min(89, north + dLat);
  return { type: 'MultiPoint', coordinates: [[w, s], [e, s], [e, n], [w, n], [(w + e) / 2, s], [(w + e) / 2, n]] };
}

export interface RegionShape {
  /** Path data, clipped to the map. */
  d: string;
  ukraine: boolean;
}

export interface FrameShape {
  /** The held area, exact, clipped to the map. */
  d: string;
  /** The largest polygon's outer ring, projected: what a morph moves. Absent when nothing is held. */
  main?: Point[];
  /** Every other polygon, which fade during a morph (holes show once it ends). */
  rest: string;
}

/** Everything on the map that does not change from frame to frame, for one width. */
export interface MapBase {
  width: number;
  height: number;
  /** The Mercator projection fitted to the data's extent (see mapExtent). */
  fit: MercatorFit;
  /** What regions, the border and the corridor are clipped to: the map with a pixel to spare, so no edge shows. */
  clip: Box;
  regions: RegionShape[];
  border: string;
  frames: FrameShape[];
}

export function isUkraine(country: string): boolean {
  return /^(ua|ukr|ukraine)$/i.test(country.trim());
}

/** Fits the map to the data at a width and draws what stays put: regions, border, every frame's outline. */
export function layoutMap(data: EncirclementData, width: number): MapBase {
  const w = Math.max(1, Math.round(width));
  const height = mapHeight(w);
  const fit = fitMercator(mapExtent(data).coordinates, w, height, mapMargins(w));
  // Regions and the border reach far beyond the box: clipped to it.
  const clip = { x: -2, y: -2, width: w + 4, height: height + 4 };
  const draw = (geometry: MapGeometry) => geoPathData(geometry, fit.project, clip);
  const regions = (data.oblasts?.features ?? []).map((feature) => ({
    d: draw(normalizePolygons(feature.geometry)),
    ukraine: isUkraine(feature.properties.country),
  }));
  const frames = data.frames.map((frame): FrameShape => {
    const shape = normalizePolygons(frame.held);
    const largest = largestPolygon(shape);
    if (largest < 0) return { d: '', rest: '' };
    const outer = shape.coordinates[largest][0] ?? [];
    const rest: MultiPolygon = { type: 'MultiPolygon', coordinates: shape.coordinates.filter((_, i) => i !== largest) };
    return {
      d: draw(shape),
      main: outer.map(fit.project),
      rest: rest.coordinates.length ? draw(rest) : '',
    };
  });
  return { width: w, height, fit, clip, regions, border: data.border ? draw(data.border) : '', frames };
}

export interface RegionLabel {
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: [country: string, region: string];
  ukraine: boolean;
  box: Box;
}

const REGION_FONT = 11;
const REGION_LINE = 14;

/**
 * A label for each region with room for one: the country in capitals over the region's name, put where it is
 * inside the region, clear of every frame's held area and of the places, as far from the action as it can be.
 * The same for every frame, so stepping does not move it.
 */
export function layoutRegionLabels(
  base: MapBase,
  data: EncirclementData,
  lang: string,
  countryName: (ukraine: boolean) => string,
): RegionLabel[] {
  const { width, height, fit } = base;
  const held = data.frames.map((frame) => normalizePolygons(frame.held)).filter((shape) => shape.coordinates.length);
  const inHeld = (x: number, y: number) => {
    const p = fit.invert([x, y]);
    return held.some((shape) => containsPoint(shape, p));
  };
  const taken: Box[] = (data.places ?? []).map((place) => {
    const [x, y] = fit.project([place.lon, place.lat]);
    return { x: x - 8, y: y - 10, width: 70, height: 20 };
  });
  taken.push(scaleBox(base));
  // Where the action is: labels go as far from it as they fit.
  let cx = width / 2;
  let cy = height / 2;
  const mains = base.frames.flatMap((frame) => frame.main ?? []);
  if (mains.length) {
    cx = mains.reduce((sum, p) => sum + p[0], 0) / mains.length;
    cy = mains.reduce((sum, p) => sum + p[1], 0) / mains.length;
  }
  const labels: RegionLabel[] = [];
  for (const feature of data.oblasts?.features ?? []) {
    const ukraine = isUkraine(feature.properties.country);
    // safeLocale: an invalid `lang` attribute must not throw a RangeError out of render().
    const lines: [string, string] = [countryName(ukraine).toLocaleUpperCase(safeLocale(lang)), localText(feature.properties.name, lang)];
    // The country in spaced semibold capitals, the region's name plain (as the styles set them).
    const boxWidth = Math.max(
      estimateTextWidth(lines[0], REGION_FONT, { bold: true, letterSpacing: 0.1 }),
      estimateTextWidth(lines[1], REGION_FONT),
    );
    const boxHeight = REGION_LINE * 2;
    const shape = normalizePolygons(feature.geometry);
    const inside = (x: number, y: number) => containsPoint(shape, fit.invert([x, y]));
    let best: RegionLabel | undefined;
    let bestScore = -Infinity;
    const steps = 8;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const x = 6 + ((width - 12 - boxWidth) * i) / steps;
        const y = 6 + ((height - 12 - boxHeight) * j) / steps;
        const box = { x, y, width: boxWidth, height: boxHeight };
        if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) continue;
        const probes: Point[] = [
          [x, y],
          [x + boxWidth, y],
          [x, y + boxHeight],
          [x + boxWidth, y + boxHeight],
          [x + boxWidth / 2, y + boxHeight / 2],
        ];
        // The cheap test first: most candidates overlap a place or a label already set.
        if (taken.some((other) => boxesOverlap(box, other, 4)) || labels.some((label) => boxesOverlap(box, label.box, 4))) continue;
        if (!probes.every(([px, py]) => inside(px, py) && !inHeld(px, py))) continue;
        const score = Math.hypot(x + boxWidth / 2 - cx, y + boxHeight / 2 - cy);
        if (score > bestScore) {
          bestScore = score;
          best = { x: x + boxWidth / 2, y: y + REGION_FONT, lines, ukraine, box };
        }
      }
    }
    if (best) labels.push(best);
  }
  return labels;
}

/** Where the scale bar sits: the map's bottom-left corner. */
export function scaleBox(base: { width: number; height: number }): Box {
  const m = base.width < 480 ? 8 : 12;
  return { x: m - 4, y: base.height - m - 24, width: Math.min(150, base.width * 0.3) + 8, height: 28 };
}

export interface ScaleLayout {
  x: number;
  /** The bar's baseline. */
  y: number;
  px: number;
  text: string;
}

export interface ArrowLayout {
  shaft: string;
  head: string;
  /** Tail and tip, px. */
  from: Point;
  to: Point;
  /** Its number, on a badge at the tail; the key under the map says what it is. */
  n: number;
  text: string;
}

/** A rank-1 place beyond the map's edge: its name at the edge, with an arrow toward it. */
export interface OffMapPlace {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
  box: Box;
}

export interface CorridorLayout {
  /** The corridor's centre line, clipped to the map. */
  d: string;
  /** The band's width, px: the reported width to scale, or a token width when none was reported. */
  band: number;
  toScale: boolean;
  /** A dimension line across the band (at its middle, or where its label fits), with end ticks. */
  dimension?: { x1: number; y1: number; x2: number; y2: number; ticks: string };
  label: { x: number; y: number; anchor: 'start' | 'end'; lines: string[]; box: Box };
}

export interface PlaceLayout {
  id: string;
  x: number;
  y: number;
  r: number;
  rank: 1 | 2 | 3;
  approximate: boolean;
  label: PlacedMapLabel;
}

export interface FrameLayout {
  width: number;
  height: number;
  held: string;
  /** The previous frame's outline ('' for the first frame). */
  ghost: string;
  arrows: ArrowLayout[];
  corridor?: CorridorLayout;
  places: PlaceLayout[];
  offMap: OffMapPlace[];
  scale: ScaleLayout;
}

/** Radius of the numbered badge at an arrow's tail, px. */
export const BADGE_RADIUS = 8;

const PLACE_FONT = { 1: 13, 2: 12, 3: 11 } as const;
const PLACE_RADIUS = { 1: 4, 2: 3, 3: 2.5 } as const;

/** A place's rank as 1, 2 or 3 (validation has made sure it is one of them). */
function rankOf(place: EncirclementPlace): 1 | 2 | 3 {
  return place.rank <= 1 ? 1 : place.rank >= 3 ? 3 : 2;
}

export interface FrameOptions {
  lang: string;
  units: AreaUnit;
  /** Boxes already taken (region labels): place labels keep clear of them. */
  obstacles?: readonly Box[];
}

/** A quadratic curve's points at a few fractions of its length, for keeping labels off an arrow's shaft. */
function shaftSamples(from: Point, to: Point, bend: number): Point[] {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const cx = (x1 + x2) / 2 - (y2 - y1) * bend;
  const cy = (y1 + y2) / 2 + (x2 - x1) * bend;
  return [0.25, 0.45, 0.65, 0.85, 1].map((t) => [
    (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t ** 2 * x2,
    (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t ** 2 * y2,
  ]);
}

const ARROW_BEND = 0.12;

/** One frame's drawing: held area, ghost, arrows, corridor, places with labels that do not overlap, scale bar. */
export function layoutFrame(base: MapBase, data: EncirclementData, step: number, options: FrameOptions): FrameLayout {
  const { width, height, fit } = base;
  const { lang, units } = options;
  const frame = data.frames[step];
  const project = fit.project;
  const obstacles: Box[] = [...(options.obstacles ?? [])];

  // The scale bar, measured at the middle of the map.
  const unit = lengthUnitFor(units);
  const [, centreLat] = fit.invert([width / 2, height / 2]);
  const box = scaleBox(base);
  const bar = scaleBar(fit.pxPerKm(centreLat), box.width - 8, unit);
  const scale = { x: box.x + 4, y: box.y + box.height - 6, px: bar.px, text: formatInUnit(bar.length, bar.length, unit, lang) };
  obstacles.push(box);

  // Arrows: core's arrow(), heads at the targets.
  const headSize = width < 480 ? 8 : 10;
  const arrows: ArrowLayout[] = (frame.advances ?? []).map((advance, i) => {
    const from = project(advance.from);
    const to = project(advance.to);
    const shape = arrow(from, to, { headSize, bend: ARROW_BEND });
    for (const [x, y] of shaftSamples(from, to, ARROW_BEND)) obstacles.push({ x: x - 4, y: y - 4, width: 8, height: 8 });
    const b = BADGE_RADIUS + 1;
    obstacles.push({ x: from[0] - b, y: from[1] - b, width: 2 * b, height: 2 * b });
    return { shaft: shape.shaft, head: shape.head, from, to, n: i + 1, text: localText(advance.label, lang) };
  });

  const corridor = frame.corridor ? layoutCorridor(base, data, step, units, lang, obstacles) : undefined;
  if (corridor) obstacles.push(corridor.label.box);

  // Places inside the map, labelled so none overlap; rank-1 places beyond it are named at the edge.
  const inBox = ([x, y]: Point) => x >= 2 && y >= 2 && x <= width - 2 && y <= height - 2;
  const shown = new Map<string, { place: EncirclementPlace; at: Point }>();
  const candidates: LabelCandidate[] = [];
  const offMap: OffMapPlace[] = [];
  // A rank-1 place hard by the edge is named at the edge too: a label forced in there would cover the scale bar.
  const nearEdge = ([x, y]: Point) => x < 12 || y < 12 || x > width - 12 || y > height - 12;
  for (const place of data.places ?? []) {
    const at = project([place.lon, place.lat]);
    if (!inBox(at) || (place.rank === 1 && nearEdge(at))) {
      if (place.rank === 1) {
        const edge = edgeLabel(place.id, localText(place.name, lang), at, width, height);
        if (edge && ![...obstacles, ...offMap.map((o) => o.box)].some((other) => boxesOverlap(edge.box, other, 2))) offMap.push(edge);
      }
      continue;
    }
    shown.set(place.id, { place, at });
    const rank = rankOf(place);
    const name = localText(place.name, lang);
    candidates.push({
      id: `place:${place.id}`,
      x: at[0],
      y: at[1],
      text: name,
      priority: rank,
      fontSize: PLACE_FONT[rank],
      // The one rank-1 place (Sudzha) is set bold.
      bold: rank === 1,
      radius: PLACE_RADIUS[rank] + 1,
    });
  }
  const placed = placeLabels(candidates, { width, height }, [...obstacles, ...offMap.map((o) => o.box)]);
  const places: PlaceLayout[] = [];
  for (const label of placed) {
    const id = label.id.slice('place:'.length);
    const entry = shown.get(id)!;
    const rank = rankOf(entry.place);
    places.push({
      id,
      x: entry.at[0],
      y: entry.at[1],
      r: PLACE_RADIUS[rank],
      rank,
      approximate: entry.place.approximate === true,
      label,
    });
  }

  return {
    width,
    height,
    held: base.frames[step].d,
    ghost: step > 0 ? base.frames[step - 1].d : '',
    arrows,
    corridor,
    places,
    offMap,
    scale,
  };
}

const ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'];

/**
 * A place beyond the map, named where the line from the map's centre toward it leaves the box, with an arrow
 * pointing its way ("Kursk ↗").
 */
export function edgeLabel(id: string, name: string, at: Point, width: number, height: number): OffMapPlace | undefined {
  const cx = width / 2;
  const cy = height / 2;
  const dx = at[0] - cx;
  const dy = at[1] - cy;
  if (!Number.isFinite(dx) || !Number.isFinite(dy) || (dx === 0 && dy === 0)) return undefined;
  const angle = Math.atan2(dy, dx);
  const glyph = ARROWS[(Math.round(angle / (Math.PI / 4)) + 8) % 8];
  const pointsRight = dx > 0;
  const text = pointsRight ? `${name} ${glyph}` : `${glyph} ${name}`;
  const size = 12;
  // Set semibold, as the styles set it.
  const w = estimateTextWidth(text, size, { bold: true });
  const h = Math.ceil(size * 1.2);
  const inset = 6;
  // Where the ray from the centre meets the box, inset, then the label kept wholly inside.
  const t = Math.min(
    dx ? (dx > 0 ? width - inset - cx : inset - cx) / dx : Infinity,
    dy ? (dy > 0 ? height - inset - cy : inset - cy) / dy : Infinity,
  );
  const ex = cx + dx * t;
  const ey = cy + dy * t;
  const left = Math.min(Math.max(pointsRight ? ex - w : ex, inset), width - inset - w);
  const top = Math.min(Math.max(ey - h / 2, inset), height - inset - h);
  return { id, x: pointsRight ? left + w : left, y: top + h * 0.8, anchor: pointsRight ? 'end' : 'start', text, box: { x: left, y: top, width: w, height: h } };
}


const CORRIDOR_FONT = 12;

/** The point a fraction of the way along a polyline (by length), and the unit direction of travel there. */
export function pointAlong(line: readonly Point[], fraction: number): { at: Point; along: Point } {
  const lengths = line.slice(1).map((p, i) => Math.hypot(p[0] - line[i][0], p[1] - line[i][1]));
  const total = lengths.reduce((a, b) => a + b, 0);
  const target = total * fraction;
  let walked = 0;
  let segment = 0;
  while (segment < lengths.length - 1 && walked + lengths[segment] < target) walked += lengths[segment++];
  const a = line[segment] ?? [0, 0];
  const b = line[segment + 1] ?? a;
  const t = lengths[segment] ? (target - walked) / lengths[segment] : 0;
  const dl = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  return { at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], along: [(b[0] - a[0]) / dl, (b[1] - a[1]) / dl] };
}

/**
 * The corridor: a band along its line at the reported width, to scale (the element clips it to the held area, so
 * it shows the ground the road out runs through), a dimension line across it, and its label at the dimension's
 * end, on whichever side and at whichever point along the line is clear of `obstacles` (the arrows).
 */
export function layoutCorridor(
  base: MapBase,
  data: EncirclementData,
  step: number,
  units: AreaUnit,
  lang: string,
  obstacles: readonly Box[] = [],
): CorridorLayout | undefined {
  const frame = data.frames[step];
  const corridor = frame.corridor;
  if (!corridor) return undefined;
  const { width, height, fit } = base;
  const line = corridor.line.map(fit.project);
  const d = clipLine(line, base.clip)
    .map((part) => pathData(part))
    .join('');

  const widthKm = corridor.widthKm;
  const middle = pointAlong(line, 0.5).at;
  const perKm = fit.pxPerKm(fit.invert(middle)[1]);
  const toScale = widthKm !== undefined && perKm > 0;
  const band = toScale ? Math.max(3, Math.min(((widthKm[0] + widthKm[1]) / 2) * perKm, Math.min(width, height) * 0.5)) : 8;
  const half = band / 2;

  const widthText = corridorWidth(frame, units, lang);
  const name = localText(corridor.label, lang);
  // A label that already gives the width ("Corridor 12–13 km wide") is not followed by it again; a long one is
  // broken in two. It is set bold.
  const bold = (text: string) => estimateTextWidth(text, CORRIDOR_FONT, { bold: true });
  const most = Math.max(90, Math.min(200, width * 0.42));
  const lines = [...wrapText(name, most, bold), ...(widthText && !name.includes(widthText) ? [widthText] : [])];
  const textWidth = Math.max(...lines.map(bold));
  const lineHeight = CORRIDOR_FONT + 3;
  const boxHeight = lines.length * lineHeight;

  // Away from the held area first: the label reads against open ground there.
  const held = base.frames[step].main ?? [];
  const hx = held.length ? held.reduce((sum, p) => sum + p[0], 0) / held.length : width / 2;
  const hy = held.length ? held.reduce((sum, p) => sum + p[1], 0) / held.length : height / 2;
  type Option = { at: Point; along: Point; normal: Point; label: CorridorLayout['label']; clear: boolean };
  const options: Option[] = [];
  for (const fraction of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    const { at, along } = pointAlong(line, fraction);
    const normal: Point = [-along[1], along[0]];
    const away = (hx - at[0]) * normal[0] + (hy - at[1]) * normal[1] > 0 ? -1 : 1;
    for (const sign of [away, -away]) {
      const n: Point = [normal[0] * sign, normal[1] * sign];
      const ox = at[0] + n[0] * (half + 6);
      const oy = at[1] + n[1] * (half + 6);
      const anchor: 'start' | 'end' = n[0] >= 0 ? 'start' : 'end';
      const left = anchor === 'start' ? ox : ox - textWidth;
      const top = n[1] >= 0 ? oy : oy - boxHeight;
      const box = { x: left, y: top, width: textWidth, height: boxHeight };
      const inside = box.x >= 2 && box.y >= 2 && box.x + box.width <= width - 2 && box.y + box.height <= height - 2;
      const label = { x: anchor === 'start' ? left : left + textWidth, y: top + CORRIDOR_FONT, anchor, lines, box };
      options.push({ at, along, normal: n, label, clear: inside && !obstacles.some((other) => boxesOverlap(box, other, 2)) });
    }
  }
  const chosen = options.find((option) => option.clear) ?? options[0];
  if (!chosen.clear) {
    // Nowhere clear: keep the first choice, pulled inside the box.
    const { box } = chosen.label;
    const x = Math.min(Math.max(box.x, 2), width - box.width - 2);
    const y = Math.min(Math.max(box.y, 2), height - box.height - 2);
    chosen.label = { ...chosen.label, x: chosen.label.anchor === 'start' ? x : x + box.width, y: y + CORRIDOR_FONT, box: { ...box, x, y } };
  }
  const { at, along, normal } = chosen;
  const ticks = (x: number, y: number) => `M${r(x - along[0] * 4)},${r(y - along[1] * 4)}L${r(x + along[0] * 4)},${r(y + along[1] * 4)}`;
  const x1 = at[0] - normal[0] * half;
  const y1 = at[1] - normal[1] * half;
  const x2 = at[0] + normal[0] * half;
  const y2 = at[1] + normal[1] * half;
  return {
    d,
    band,
    toScale,
    dimension: toScale ? { x1: r(x1), y1: r(y1), x2: r(x2), y2: r(y2), ticks: ticks(x1, y1) + ticks(x2, y2) } : undefined,
    label: chosen.label,
  };
}

/** A text in one line, or two when it is wider than `most` px: broken at the space that evens the lines best. */
export function wrapText(text: string, most: number, measure: (text: string) => number): string[] {
  if (measure(text) <= most) return [text];
  const words = text.split(' ');
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const wider = Math.max(...lines.map(measure));
    if (wider < bestWidth) {
      bestWidth = wider;
      best = lines;
    }
  }
  return best;
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}

export type LegendKind = 'held' | 'ghost' | 'advance' | 'corridor' | 'border';

export interface LegendEntry {
  kind: LegendKind;
  text: string;
}

export interface PlacedLegendEntry extends LegendEntry {
  /** Left of the swatch. */
  x: number;
  /** Middle of the row. */
  y: number;
}

export const LEGEND_FONT = 12;
export const LEGEND_ROW = 20;
export const LEGEND_SWATCH = 22;

/** The legend's entries flowed into rows under the map, none wider than the box. */
export function layoutLegend(entries: readonly LegendEntry[], width: number): { items: PlacedLegendEntry[]; height: number } {
  const items: PlacedLegendEntry[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const w = LEGEND_SWATCH + 6 + estimateTextWidth(entry.text, LEGEND_FONT);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    items.push({ ...entry, x, y: row * LEGEND_ROW + LEGEND_ROW / 2 });
    x += w + 16;
  }
  return { items, height: items.length ? (row + 1) * LEGEND_ROW : 0 };
}

/** Space between the map and the legend, px. */
export const LEGEND_GAP = 8;

/** How many lines the longest of `texts` takes at a width (estimated generously, so never fewer than real). */
export function textLines(texts: readonly string[], fontSize: number, width: number): number {
  return linesFor(Math.max(0, ...texts.map((text) => estimateTextWidth(text, fontSize))), width);
}

/**
 * Lines a text `px` wide takes at a width: one if it fits (the estimate is never narrower than the text); more, where
 * words wrap whole, so that a line holds a little less than its width.
 */
function linesFor(px: number, width: number): number {
  return px <= width ? 1 : Math.ceil(px / Math.max(1, width * 0.92));
}

/** The text around the map, in lines: each block is given at least this height, so stepping never moves anything. */
export interface TextLines {
  /** The frame's name and date, and its area line, for the frame that needs most. */
  head: number;
  /** The key to the numbered arrows, for the frame with the longest. */
  key: number;
  /** The data's credit line. */
  credit: number;
}

/** Type sizes and line heights of the text blocks, px, as the styles set them. */
export const TEXT = {
  when: { size: 15, line: 20 },
  area: { size: 14, line: 20 },
  key: { size: 13, line: 18, indent: 26 },
  credit: { size: 13, line: 17 },
  gap: { head: 6, key: 6, credit: 8 },
} as const;

/** The lines each text block needs at a width, estimated generously from its texts. */
export function textBlockLines(
  width: number,
  texts: { when: readonly string[]; area: readonly string[]; keys: readonly (readonly string[])[]; credit: string },
): TextLines {
  const keyWidth = width - TEXT.key.indent;
  return {
    head: textLines(texts.when, TEXT.when.size, width) + textLines(texts.area, TEXT.area.size, width),
    key: Math.max(0, ...texts.keys.map((items) => items.reduce((sum, item) => sum + textLines([item], TEXT.key.size, keyWidth), 0))),
    credit: texts.credit ? textLines([texts.credit], TEXT.credit.size, width) : 0,
  };
}

/**
 * The Kursk dataset's texts as estimateTextWidth measures them (English), in em of their type size, rounded down
 * at the fourth decimal: the longest frame name, the longest area line, every frame's key, the credit. The height
 * reserved before data arrives is worked out from them, so for that dataset it is exactly the height the graphic
 * takes; other data may differ by a line or two.
 */
const TYPICAL = {
  when: 19.0666,
  area: 28.1428,
  keys: [
    [15.8461, 23.6153],
    [25.7692, 12.7692, 15.4615],
    [18.0769, 21.0769, 7.5384],
    [16.1538, 24.1538, 21.0769, 18.7692],
    [19.0769, 34.923, 17.5384, 19.4615],
    [19.4615, 12.6923, 20.6153],
  ],
  credit: 86.3076,
};

/** The text blocks' lines for typical data (see TYPICAL), before any data has arrived. */
export function typicalLines(width: number): TextLines {
  const px = (em: number, size: number) => Math.ceil(em * size);
  const keyWidth = width - TEXT.key.indent;
  return {
    head: linesFor(px(TYPICAL.when, TEXT.when.size), width) + linesFor(px(TYPICAL.area, TEXT.area.size), width),
    key: Math.max(...TYPICAL.keys.map((items) => items.reduce((sum, em) => sum + linesFor(px(em, TEXT.key.size), keyWidth), 0))),
    credit: linesFor(px(TYPICAL.credit, TEXT.credit.size), width),
  };
}

/** The drawing's full height at a width: the text blocks, the map (its shape fixed per width) and the legend. */
export function graphicHeight(width: number, legend: readonly LegendEntry[], lines: TextLines): number {
  const { height } = layoutLegend(legend, width);
  return (
    lines.head * TEXT.when.line +
    TEXT.gap.head +
    mapHeight(width) +
    TEXT.gap.key +
    lines.key * TEXT.key.line +
    (height ? LEGEND_GAP + height : 0) +
    (lines.credit ? TEXT.gap.credit + lines.credit * TEXT.credit.line : 0)
  );
}
