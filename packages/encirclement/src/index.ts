export { SalientEncirclement, MORPH_MS, legendEntries } from './encirclement.js';
export { validateEncirclement, LIMITS, MAX_AREA_KM2 } from './schema.js';
export type {
  EncirclementData,
  EncirclementFrame,
  EncirclementPlace,
  EncirclementAdvance,
  EncirclementCorridor,
  ReportedArea,
  OblastProperties,
  LonLat,
} from './schema.js';
export {
  layoutMap,
  layoutFrame,
  layoutCorridor,
  layoutRegionLabels,
  layoutLegend,
  mapExtent,
  mapHeight,
  graphicHeight,
  textBlockLines,
  typicalLines,
} from './layout.js';
export type { MapBase, FrameLayout, FrameShape, ArrowLayout, CorridorLayout, PlaceLayout, RegionLabel, LegendEntry } from './layout.js';
export { resampleRing, alignRing, interpolateRing, pairRings, MORPH_POINTS } from './morph.js';
export { heldAreaKm2, normalizePolygons, containsPlace } from './geometry.js';
export { summarize, tabulate, describeWhen, describeArea, frameAreas, formatLength } from './describe.js';
export { encirclementStrings, type EncirclementStrings } from './strings.js';
