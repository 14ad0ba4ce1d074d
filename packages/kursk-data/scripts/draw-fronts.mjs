// Writes src/fronts.ts: the Ukrainian-held area of Kursk oblast at six moments, for `encirclement`. Run by hand
// after changing an outline below or src/oblasts.ts:   node scripts/draw-fronts.mjs
//
// These are drawings, not surveyed lines. No source in the fact sheet gives the front line itself: each polygon is
// drawn from anchor points chosen so that (1) its area on the sphere matches the areas reported for that date
// (kursk-facts.md §1), (2) the settlements reported held or lost are on the right side (Sudzha held until 13 March
// 2025; Martynovka retaken ~8 March; Korenevo never taken; Gornal the last, 26 April), (3) it hugs the border, whose
// vertices it reuses, and lies inside Kursk oblast, and (4) each is inside the one before (the salient only
// shrinks). The anchors are densified to ~1–2.5 km and given a small, seeded sideways jitter so the edge reads as a
// front line rather than a hand-drawn curve; the same seed always gives the same output.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoDistance } from 'd3-geo';

const here = dirname(fileURLToPath(import.meta.url));
const src = readFileSync(resolve(here, '../src/oblasts.ts'), 'utf8');
const borderText = src.slice(src.indexOf('export const border'));
const border = new Function(`return ${borderText.slice(borderText.indexOf('{')).replace(/ as const/g, '').replace(/;\s*$/, '')}`)();
const R = 6371.0088;
const run = border.coordinates[0]; // Sumy–Kursk border, north to south; index 0 is Sumy ring vertex 641
const FIRST = 641;
const S = (i) => run[i - FIRST];

/**
 * w, e: where the front leaves and meets the border, as a point `t` of the way along the border edge from Sumy
 * ring vertex `i` to `i + 1`. anchors: the front from w round to e, clockwise (west, north, east, south).
 */
const FRONTS = {
  peak: {
    date: '2024-08-27', seed: 11, step: 2.6, amp: 0.35, w: { i: 702, t: 0.3 }, e: { i: 720, t: 0.5 },
    anchors: [[34.925, 51.25], [34.935, 51.3], [34.945, 51.35], [34.96, 51.39], [35.0, 51.425], [35.06, 51.445], [35.13, 51.445], [35.2, 51.43], [35.26, 51.415], [35.33, 51.405], [35.4, 51.385], [35.455, 51.36], [35.48, 51.32], [35.475, 51.27], [35.46, 51.21], [35.44, 51.15], [35.42, 51.09], [35.385, 51.05]],
  },
  november: {
    date: '2024-11-22', seed: 22, step: 2.2, amp: 0.35, w: { i: 706, t: 0.5 }, e: { i: 720, t: 0.5 },
    anchors: [[35.025, 51.24], [35.055, 51.285], [35.09, 51.325], [35.14, 51.35], [35.19, 51.36], [35.25, 51.355], [35.31, 51.345], [35.36, 51.33], [35.4, 51.3], [35.41, 51.25], [35.4, 51.2], [35.39, 51.14], [35.375, 51.09], [35.365, 51.05]],
  },
  january: {
    date: '2025-01-17', seed: 33, step: 1.9, amp: 0.35, w: { i: 710, t: 0.3 }, e: { i: 719, t: 0.3 },
    anchors: [[35.125, 51.222], [35.17, 51.252], [35.2, 51.29], [35.212, 51.345], [35.255, 51.35], [35.293, 51.334], [35.327, 51.305], [35.365, 51.284], [35.392, 51.25], [35.387, 51.2], [35.357, 51.17], [35.33, 51.125], [35.335, 51.09], [35.338, 51.06]],
  },
  // The corridor to the border: Russian lines ~6–7 km north of the road near the border and, after the
  // breakthrough south of Sudzha, a wedge ~5.5–6 km south of it: 12–13 km across.
  march6: {
    date: '2025-03-06', seed: 44, step: 1.7, amp: 0.2, w: { i: 711, t: 0.1 }, e: { i: 718, t: 0.75 },
    anchors: [[35.115, 51.212], [35.15, 51.226], [35.185, 51.241], [35.2, 51.27], [35.211, 51.31], [35.219, 51.339], [35.255, 51.345], [35.285, 51.322], [35.318, 51.296], [35.357, 51.274], [35.38, 51.245], [35.373, 51.205], [35.35, 51.173], [35.31, 51.148], [35.265, 51.133], [35.22, 51.121], [35.185, 51.112], [35.22, 51.115], [35.26, 51.112], [35.3, 51.106], [35.325, 51.088], [35.328, 51.062]],
  },
  // The front runs through Sudzha, claimed by Russia that day; the 6 March wedge pinches the held ground.
  march13: {
    date: '2025-03-13', seed: 55, step: 1.3, amp: 0.15, w: { i: 712, t: 0.25 }, e: { i: 718, t: 0.5 },
    anchors: [[35.13, 51.172], [35.17, 51.18], [35.21, 51.188], [35.245, 51.194], [35.266, 51.192], [35.272, 51.181], [35.256, 51.165], [35.236, 51.147], [35.21, 51.134], [35.185, 51.124], [35.17, 51.114], [35.19, 51.104], [35.22, 51.106], [35.26, 51.103], [35.288, 51.095], [35.31, 51.079], [35.316, 51.06]],
  },
  // A strip along the border around Gornal.
  april: {
    date: '2025-04-01', seed: 66, step: 1.0, amp: 0.12, w: { i: 713, t: 0.1 }, e: { i: 718, t: 0.25 },
    anchors: [[35.14, 51.09], [35.175, 51.098], [35.215, 51.101], [35.25, 51.098], [35.278, 51.09], [35.302, 51.072]],
  },
};

const dist = (a, b) => geoDistance(a, b) * R;
const onEdge = ({ i, t }) => [S(i)[0] + (S(i + 1)[0] - S(i)[0]) * t, S(i)[1] + (S(i + 1)[1] - S(i)[1]) * t];
const offset = ([lon, lat], east, north) => [
  lon + east / (R * (Math.PI / 180) * Math.cos((lat * Math.PI) / 180)),
  lat + north / (R * (Math.PI / 180)),
];
const round = (x) => Math.round(x * 1e4) / 1e4;
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 4294967296;
}

function draw({ w, e, anchors, seed, amp, step }) {
  const W = onEdge(w);
  const E = onEdge(e);
  const points = [W, ...anchors, E];
  const rnd = random(seed);
  const front = [];
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k];
    const b = points[k + 1];
    const n = Math.max(1, Math.round(dist(a, b) / step));
    for (let j = 0; j < n; j++) {
      let p = [a[0] + ((b[0] - a[0]) * j) / n, a[1] + ((b[1] - a[1]) * j) / n];
      if (j > 0) {
        const dx = (b[0] - a[0]) * Math.cos((a[1] * Math.PI) / 180);
        const dy = b[1] - a[1];
        const len = Math.hypot(dx, dy);
        const d = amp * (rnd() * 2 - 1);
        p = offset(p, (-dy / len) * d, (dx / len) * d);
      }
      front.push(p);
    }
  }
  front.push(E);
  const back = [];
  for (let i = e.i; i >= w.i + 1; i--) back.push(S(i));
  const ring = [...front, ...back, front[0]].map(([x, y]) => [round(x), round(y)]);
  return ring.filter((p, k) => k === 0 || p[0] !== ring[k - 1][0] || p[1] !== ring[k - 1][1]);
}

const coords = (points, indent) => {
  const lines = [];
  for (let i = 0; i < points.length; i += 6) lines.push(indent + points.slice(i, i + 6).map(([x, y]) => `[${x}, ${y}]`).join(', ') + ',');
  return lines.join('\n');
};

let ts = `// Generated by scripts/draw-fronts.mjs. Do not edit by hand: change the anchors there and run it.
//
// The area of Kursk oblast held by Ukraine at six moments, DRAWN (not surveyed) to match the reported areas and the
// settlements reported held or lost; see the script for how. Rings are clockwise, d3-geo's convention for polygons
// smaller than a hemisphere. All approximate.

`;
const names = { peak: 'heldPeak', november: 'heldNovember2024', january: 'heldJanuary2025', march6: 'held6March2025', march13: 'held13March2025', april: 'heldApril2025' };
for (const [key, f] of Object.entries(FRONTS)) {
  const ring = draw(f);
  const km2 = geoArea({ type: 'Polygon', coordinates: [ring] }) * R * R;
  console.log(`${key.padEnd(9)} ${f.date}  ${km2.toFixed(1)} km²  ${ring.length - 1} vertices`);
  ts += `/** Held area, ${f.date} (drawn; ${Math.round(km2)} km² on the sphere). */
export const ${names[key]} = {
  type: 'Polygon' as const,
  coordinates: [
    [
${coords(ring, '      ')}
    ],
  ],
};

`;
}
writeFileSync(resolve(here, '../src/fronts.ts'), ts.trimEnd() + '\n');
