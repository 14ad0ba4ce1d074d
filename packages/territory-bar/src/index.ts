export { SalientTerritoryBar } from './territory-bar.js';
export { validateTerritory, MAX_AREA_KM2 } from './schema.js';
export type { TerritoryData, TerritoryPoint, TerritoryEstimate, TerritoryReference } from './schema.js';
export { layoutTerritoryBar } from './layout.js';
export type { TerritoryBarLayout, TerritoryBarLayoutInput, MarkerInput, PlacedMarker, PlacedLabel, Rect } from './layout.js';
export { summarize, tabulate, peakOf, maxOf, rangeOf } from './describe.js';
export { territoryStrings, type TerritoryStrings } from './strings.js';
