import { EARTH_RADIUS_KM, type LonLat, type Point } from '@salient/core';

const RAD = Math.PI / 180;

/** A projection as the plan uses it: [lon, lat] in, [x, y] px out. Callable where core's helpers want a projection. */
export type PointProjection = (point: LonLat) => Point;

/** Spherical Mercator, unscaled: x east, y south, in radians of the equator. */
function raw([lon, lat]: LonLat): Point {
  return [lon * RAD, -Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * RAD) / 2))];
}

/**
 * The Mercator projection that fits `points` inside the box less `margin`, centred: what core's `fitProjection`
 * gives for them (d3's `geoMercator().fitExtent`), as plain arithmetic. d3-geo's projection pipeline (clipping,
 * resampling, streams) is about 6 KB gzipped, a fifth of this element's budget, for a map that only projects
 * points and straight segments a few km long.
 */
export function fitMercator(points: readonly LonLat[], width: number, height: number, margin = 0): PointProjection {
  const xy = points.map(raw);
  const xs = xy.map(([x]) => x);
  const ys = xy.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = Math.max(1, width - 2 * margin);
  const h = Math.max(1, height - 2 * margin);
  const k = Math.min(w / (x1 - x0 || 1e-9), h / (y1 - y0 || 1e-9));
  const tx = margin + (w - k * (x1 - x0)) / 2 - k * x0;
  const ty = margin + (h - k * (y1 - y0)) / 2 - k * y0;
  return (point) => {
    const [x, y] = raw(point);
    return [tx + k * x, ty + k * y];
  };
}

/**
 * Great-circle distance, km, on core's sphere (EARTH_RADIUS_KM): what core's `distanceKm` gives, without d3-geo's
 * stream machinery and d3-array's exact adder (about 1.5 KB gzipped) for a haversine.
 */
export function kmBetween([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const a = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
