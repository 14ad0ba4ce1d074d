import {
  distanceKm,
  estimateTextWidth,
  fitMercator,
  pathData,
  placeLabels,
  scaleBar,
  type Box,
  type LabelCandidate,
  type LengthUnit,
  type LonLat,
  type PlacedMapLabel,
  type Point,
  type ScaleBar,
} from '@salient/core';
import { figure, type FigureShape } from './figures.js';

/** Cumulative length along a line in screen space, px. */
function cumulativePx(points: readonly Point[]): number[] {
  const out = [0];
  for (let i = 1; i < points.length; i++) out.push(out[i - 1] + Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]));
  return out;
}

/** Cumulative length along a line of [lon, lat], km, from its start: one entry per point. */
export function cumulativeKm(line: readonly LonLat[]): number[] {
  const out = [0];
  for (let i = 1; i < line.length; i++) out.push(out[i - 1] + distanceKm(line[i - 1], line[i]));
  return out;
}

/** The point `km` along a line (clamped to its ends), in whatever space `points` are in. */
export function pointAtKm<P extends readonly number[]>(points: readonly P[], cumulative: readonly number[], km: number): P {
  const total = cumulative[cumulative.length - 1];
  if (km <= 0 || total <= 0) return points[0];
  if (km >= total) return points[points.length - 1];
  let i = 1;
  while (cumulative[i] < km) i++;
  const t = (km - cumulative[i - 1]) / (cumulative[i] - cumulative[i - 1] || 1);
  const a = points[i - 1];
  const b = points[i];
  return a.map((v, k) => v + (b[k] - v) * t) as unknown as P;
}

/** The line up to (or from) `km` along it. */
function splitAtKm<P extends readonly number[]>(points: readonly P[], cumulative: readonly number[], km: number): [P[], P[]] {
  const cut = pointAtKm(points, cumulative, km);
  const head: P[] = [];
  const tail: P[] = [];
  points.forEach((p, i) => (cumulative[i] < km ? head : tail).push(p));
  return [[...head, cut], [cut, ...tail.filter((p) => p !== cut)]];
}

/** How close to the route a place must be to be kept in the frame, km. */
export const NEAR_KM = 20;

/** Samples along the route for the column marker: SAMPLES + 1 points, equally spaced by km. */
export const SAMPLES = 200;

/** Where the head of the column is drawn, for a progress from 0 (entry) to 1 (exit): cheap enough for every frame. */
export function markerAt(samples: readonly Point[], progress: number): Point {
  const f = Math.min(1, Math.max(0, progress)) * (samples.length - 1);
  const i = Math.min(samples.length - 2, Math.floor(f));
  const t = f - i;
  const a = samples[i];
  const b = samples[i + 1] ?? a;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

export interface PlanPlace {
  name: string;
  lonLat: LonLat;
  /** 1 is always labelled. */
  priority: number;
}

export interface PlanInput {
  width: number;
  height: number;
  route: readonly LonLat[];
  /** km of open trench from the start of the route. */
  trenchKm?: number;
  frontLine: readonly LonLat[];
  border?: readonly (readonly LonLat[])[];
  places: readonly PlanPlace[];
  /** Labels for the two ends of the route; left out on the storyboard's small plans. */
  ends?: { entry: string; exit: string };
  /**
   * Names for the two sides of the front line (the exit's side is `exit`, the entry's `entry`), and for the
   * country across the border; left out on the small plans.
   */
  sides?: { entry: string; exit: string; across?: string };
  unit?: LengthUnit;
  fontSize?: number;
}

export interface PlanLayout {
  width: number;
  height: number;
  /** The trench, then the pipe. */
  trench: string;
  pipe: string;
  front: string;
  border: string[];
  entry: Point;
  exit: Point;
  /** Points along the route for the marker. */
  samples: Point[];
  places: { name: string; x: number; y: number; priority: number }[];
  labels: PlacedMapLabel[];
  scale?: ScaleBar & { x: number; y: number };
  /** Where Ukraine's strikes are drawn, round the exit. */
  strikes: Point[];
}

/**
 * Label ids: `entry` and `exit` for the route's ends, `key-n` for key places (set bold), `place-n` for the others,
 * `side-entry` and `side-exit` for the sides of the front line, `across` for the country over the border.
 */
function placeId(place: { priority: number }, index: number): string {
  return `${place.priority <= 1 ? 'key' : 'place'}-${index}`;
}

/**
 * The plan: a Mercator projection fitted to the route and the most important place (Sudzha) with room around
 * them for the front line and nearby places, the route split into trench and pipe, places and route ends labelled
 * without overlap, and a scale bar.
 */
export function layoutPlan(input: PlanInput): PlanLayout {
  const width = Math.max(1, input.width);
  const height = Math.max(1, input.height);
  const fontSize = input.fontSize ?? 12;
  // The places that must be in the frame: the most important ones near the route (Sudzha, not Kursk 90 km away).
  const key = input.places
    .filter((p) => p.priority <= 1 && input.route.some((point) => distanceKm(point, p.lonLat) <= NEAR_KM))
    .map((p) => p.lonLat);
  // The border where it comes nearest the exit, when that is close: readers should see how near Ukraine is.
  const exitLonLat = input.route[input.route.length - 1];
  let nearest: LonLat | undefined;
  for (const part of input.border ?? []) {
    for (const point of part) if (!nearest || distanceKm(point, exitLonLat) < distanceKm(nearest, exitLonLat)) nearest = point;
  }
  if (nearest && distanceKm(nearest, exitLonLat) > NEAR_KM) nearest = undefined;
  const extent = [...input.route, ...key, ...(nearest ? [nearest] : [])];
  const lons = extent.map(([lon]) => lon);
  const lats = extent.map(([, lat]) => lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180) || 1;
  // Room around the route: a third of its span (in km-true degrees) each way, and never less than 3 km.
  const pad = Math.max((north - south) * 0.33, (east - west) * cos * 0.33, 3 / 111.2);
  const fit = fitMercator(
    [
      [west - pad / cos, south - pad],
      [east + pad / cos, north + pad],
    ],
    width,
    height,
    8,
  );
  const project = fit.project;

  const route = input.route.map(project);
  const cumulative = cumulativeKm(input.route);
  const total = cumulative[cumulative.length - 1];
  const trenchKm = Math.min(total, Math.max(0, input.trenchKm ?? 0));
  const [trench, pipe] = trenchKm > 0 ? splitAtKm(route, cumulative, trenchKm) : [[], route];
  const samples = Array.from({ length: SAMPLES + 1 }, (_, i) => pointAtKm(route, cumulative, (i / SAMPLES) * total));
  const entry = route[0];
  const exit = route[route.length - 1];

  const inside = ([x, y]: Point, margin = 0) => x >= margin && y >= margin && x <= width - margin && y <= height - margin;
  const places = input.places
    .map((p) => {
      const [x, y] = project(p.lonLat);
      return { name: p.name, x, y, priority: p.priority };
    })
    .filter((p) => inside([p.x, p.y], 4));

  const unit = input.unit ?? 'km';
  const bar = scaleBar(fit.pxPerKm(input.route[Math.floor(input.route.length / 2)][1]), Math.min(120, width * 0.3), unit);
  const scale = bar.px > 0 ? { ...bar, x: width - 10 - bar.px, y: height - 12 } : undefined;

  const obstacles: Box[] = [];
  if (scale) obstacles.push({ x: scale.x - 4, y: scale.y - fontSize - 6, width: scale.px + 8, height: fontSize + 14 });
  // The route and the front line: labels must not sit on them. Boxes along them, a few px either side.
  for (let i = 0; i <= SAMPLES; i += 8) obstacles.push({ x: samples[i][0] - 3, y: samples[i][1] - 3, width: 6, height: 6 });
  const front = input.frontLine.map(project);
  const frontAlong = cumulativePx(front);
  for (let d = 0; d <= frontAlong[frontAlong.length - 1]; d += 10) {
    const [x, y] = pointAtKm(front, frontAlong, d);
    obstacles.push({ x: x - 2, y: y - 2, width: 4, height: 4 });
  }
  // Where the strikes are drawn, round the exit, clear of the column's ring.
  const strikes: Point[] = [
    [exit[0] - 16, exit[1] - 10],
    [exit[0] + 12, exit[1] - 16],
    [exit[0] - 13, exit[1] + 14],
  ];
  for (const [x, y] of strikes) obstacles.push({ x: x - 8, y: y - 8, width: 16, height: 16 });

  const candidates: LabelCandidate[] = [
    ...(input.ends
      ? [
          { id: 'entry', x: entry[0], y: entry[1], text: input.ends.entry, priority: 1, radius: 6, fontSize, bold: true },
          { id: 'exit', x: exit[0], y: exit[1], text: input.ends.exit, priority: 1, radius: 6, fontSize, bold: true },
        ]
      : []),
    ...places.map((p, i) => ({
      id: placeId(p, i),
      x: p.x,
      y: p.y,
      text: p.name,
      priority: p.priority <= 1 ? 1 : p.priority + 1,
      fontSize,
      // Key places are set bold.
      bold: p.priority <= 1,
    })),
  ];
  const areas: LabelCandidate[] = [];
  if (input.sides && front.length >= 2) {
    // Either side of the front line's middle, a little way off it: the exit's side and the entry's.
    const along = frontAlong;
    const frontPx = along[along.length - 1];
    const mid = pointAtKm(front, along, frontPx / 2);
    const a = pointAtKm(front, along, frontPx * 0.4);
    const b = pointAtKm(front, along, frontPx * 0.6);
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    let normal: Point = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
    if ((exit[0] - mid[0]) * normal[0] + (exit[1] - mid[1]) * normal[1] < 0) normal = [-normal[0], -normal[1]];
    const off = Math.min(48, width * 0.1);
    const side = (id: string, text: string, sign: number) => ({
      id,
      x: mid[0] + normal[0] * off * sign,
      y: mid[1] + normal[1] * off * sign,
      text,
      priority: 4,
      radius: 0,
      fontSize,
    });
    areas.push(side('side-exit', input.sides.exit, 1), side('side-entry', input.sides.entry, -1));
  }
  if (input.sides?.across && nearest) {
    // Past the border, away from the exit.
    const [bx, by] = project(nearest);
    const dx = bx - exit[0];
    const dy = by - exit[1];
    const d = Math.hypot(dx, dy) || 1;
    // Spaced capitals (letter-spacing 0.12em, as the styles set it).
    areas.push({ id: 'across', x: bx + (dx / d) * 22, y: by + (dy / d) * 22, text: input.sides.across, priority: 3, radius: 0, fontSize, letterSpacing: 0.12 });
  }
  const labels = placeLabels([...candidates, ...areas], { width, height }, obstacles);
  // A dot with no name says nothing: places that found no room for their label are left off (key places stay).
  const named = new Set(labels.map((label) => label.id));

  return {
    width,
    height,
    trench: trench.length ? pathData(trench) : '',
    pipe: pathData(pipe),
    front: pathData(front),
    border: (input.border ?? []).map((part) => pathData(part.map(project))),
    entry,
    exit,
    samples,
    places: places.filter((p, i) => p.priority <= 1 || named.has(placeId(p, i))),
    labels,
    scale,
    strikes,
  };
}

/* ------------------------------------------------------------------------------------------------ section */

export interface SectionInput {
  width: number;
  diameterM: number;
  groupSize: number;
  spacingM: number;
  /** Height of a standing soldier, m. */
  standingM?: number;
  fontSize?: number;
}

export interface PlacedFigure {
  shape: FigureShape;
  /** Where the figure's origin (its feet) goes, px, and px per metre. */
  x: number;
  y: number;
  scale: number;
}

export interface SectionLayout {
  width: number;
  height: number;
  /** The end view: the pipe to scale beside a standing soldier. */
  view: {
    top: number;
    pxPerM: number;
    ground: number;
    pipe: { cx: number; cy: number; r: number };
    standing: PlacedFigure;
    crouching: PlacedFigure;
    /** The metres ruler on the left. */
    ruler: { x: number; ticks: { y: number; m: number }[] };
    /** The diameter's dimension line across the pipe, and the standing soldier's height line. */
    diameter: { x1: number; x2: number; y: number };
    stature: { x: number; y1: number; y2: number };
  };
  /** The long section: a stretch of pipe, to scale, with groups crawling through it. */
  strip: {
    top: number;
    /** The pipe's inside, px. */
    x: number;
    y: number;
    width: number;
    height: number;
    pxPerM: number;
    /** Metres of pipe shown. */
    windowM: number;
    /** Distance from one group's head to the next's, m: the stream repeats after it. */
    pitchM: number;
    /** Every figure of the stream, x in metres from the left of the window, before the crawl offset. */
    soldiers: { x: number; group: number }[];
    /** The gaps between groups, m, for their dimension lines. */
    gaps: { x1: number; x2: number }[];
    crawler: FigureShape;
  };
}

/** Metres between soldiers in one group, head to head. */
export const SOLDIER_PITCH_M = 1.7;
const MAX_FIGURES = 60;

/**
 * The cross-section panel: the pipe's end view to scale beside a standing and a crouching soldier, with a metres
 * ruler; under it a long section of the pipe with the groups crawling through, also to scale.
 */
export function layoutSection(input: SectionInput): SectionLayout {
  const width = Math.max(1, input.width);
  const fontSize = input.fontSize ?? 12;
  const diameter = input.diameterM;
  const standingM = input.standingM ?? 1.75;
  const standing = figure('standing');
  const crouching = figure('crouching');
  const rulerX = 30;

  // Across: ruler, a margin, the standing figure, a gap, the pipe, a margin for the dimension labels.
  const metres = 0.2 + (standing.right - standing.left) + 0.5 + diameter + 0.2;
  const pxPerM = Math.max(20, Math.min(130, (width - rulerX - 14) / metres));
  const top = fontSize + 10;
  const tallest = Math.max(standingM, diameter) + 0.15;
  const ground = top + tallest * pxPerM;
  const standX = rulerX + 10 + (0.2 - standing.left) * pxPerM;
  const pipeLeft = standX + (standing.right + 0.5) * pxPerM;
  const radius = (diameter / 2) * pxPerM;
  const pipe = { cx: pipeLeft + radius, cy: ground - radius, r: radius };
  // The same soldier twice: the figures are drawn 1.75 m tall, scaled to `standingM`.
  const body = (pxPerM * standingM) / standing.height;
  // A crouching soldier on the pipe's floor, feet near the middle.
  const crouchX = pipe.cx - 0.12 * pxPerM;
  const ticks: { y: number; m: number }[] = [];
  for (let m = 0; m <= tallest + 1e-9; m += 0.5) ticks.push({ y: ground - m * pxPerM, m });
  const viewBottom = ground + fontSize + 12;

  // Long section: about 15 m of pipe across the panel (a group and the gap to the next), never thinner than ~30 px.
  const stripPx = Math.max(20, Math.min(32, width / 15));
  const stripTop = viewBottom + fontSize + 14;
  const stripH = diameter * stripPx;
  const windowM = width / stripPx;
  const size = Math.max(1, Math.round(input.groupSize));
  const crawler = figure('crawling');
  const groupLength = (size - 1) * SOLDIER_PITCH_M + (crawler.right - crawler.left);
  const pitchM = groupLength + Math.max(0, input.spacingM);
  const soldiers: { x: number; group: number }[] = [];
  // One group beyond each end, so the stream can slide by up to a whole pitch and stay full.
  for (let g = -1; soldiers.length < MAX_FIGURES && g * pitchM < windowM + pitchM; g++) {
    for (let s = 0; s < size && soldiers.length < MAX_FIGURES; s++) soldiers.push({ x: g * pitchM + s * SOLDIER_PITCH_M, group: g });
  }
  const gaps: { x1: number; x2: number }[] = [];
  const groups = [...new Set(soldiers.map((soldier) => soldier.group))];
  for (const g of groups) {
    const tail = g * pitchM + groupLength;
    gaps.push({ x1: tail, x2: tail + Math.max(0, input.spacingM) });
  }
  const height = stripTop + stripH + fontSize + 10;

  return {
    width,
    height,
    view: {
      top,
      pxPerM,
      ground,
      pipe,
      standing: { shape: standing, x: standX, y: ground, scale: body },
      crouching: { shape: crouching, x: crouchX, y: ground, scale: body },
      ruler: { x: rulerX, ticks },
      diameter: { x1: pipe.cx - radius, x2: pipe.cx + radius, y: ground - radius },
      stature: { x: standX + (standing.right + 0.12) * pxPerM, y1: ground - standingM * pxPerM, y2: ground },
    },
    strip: {
      top: stripTop,
      x: 0,
      y: stripTop,
      width,
      height: stripH,
      pxPerM: stripPx,
      windowM,
      pitchM,
      soldiers,
      gaps,
      crawler,
    },
  };
}

/* ------------------------------------------------------------------------------------------------ whole */

/** Side by side from this width; plan above cross-section below it. */
export const WIDE_PX = 640;

export interface FrameLayout {
  wide: boolean;
  plan: { width: number; height: number };
  section: { width: number };
}

/** How the two views share the width: deterministic per width, so the reserved height can match. */
export function layoutFrame(width: number): FrameLayout {
  const w = Math.max(1, Math.round(width));
  if (w >= WIDE_PX) {
    const planWidth = Math.round((w - 24) * 0.58);
    return { wide: true, plan: { width: planWidth, height: Math.round(Math.min(520, Math.max(300, planWidth * 0.82))) }, section: { width: w - 24 - planWidth } };
  }
  return { wide: false, plan: { width: w, height: Math.round(Math.min(480, Math.max(280, w * 0.95))) }, section: { width: w } };
}

/** Columns of the reduced-motion storyboard at a width. */
export function storyboardColumns(width: number): number {
  return width >= 900 ? 3 : width >= 540 ? 2 : 1;
}

/**
 * Lines a text needs at a width, estimated without the DOM (the estimate errs wide, so this errs high): what
 * fixes the height of text that changes with the step, so nothing below it moves.
 */
export function linesFor(text: string, width: number, fontSize: number): number {
  let lines = 0;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // Each line measured whole, so the estimate's rounding up is paid once a line, not once a word.
    const longer = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(longer, fontSize) <= width) line = longer;
    else {
      lines++;
      line = word;
    }
  }
  return lines;
}

export interface LegendItem {
  kind: string;
  text: string;
}

export interface LegendLayout {
  height: number;
  items: (LegendItem & { x: number; y: number })[];
}

/** A legend in rows under the map: a 20 px glyph and its text per item, wrapped to the width. */
export function layoutLegend(items: readonly LegendItem[], width: number, fontSize = 12): LegendLayout {
  const glyph = 26;
  const gap = 16;
  const row = Math.ceil(fontSize * 1.5);
  let x = 0;
  let line = 0;
  const placed = items.map((item) => {
    const w = glyph + estimateTextWidth(item.text, fontSize);
    if (x > 0 && x + w > width) {
      line++;
      x = 0;
    }
    const at = { ...item, x, y: line * row + row / 2 };
    x += w + gap;
    return at;
  });
  return { height: items.length ? (line + 1) * row : 0, items: placed };
}
