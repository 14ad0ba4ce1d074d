export { SalientSupplyRoad, resolveLayout, STRIP_BELOW, type RoadLayout } from './supply-road.js';
export { validateSupplyRoad, LIMITS } from './schema.js';
export type {
  SupplyRoadData,
  SupplyRoadRoad,
  SupplyRoadStep,
  SupplyRoadPlace,
  RoadWaypoint,
  RoadSegment,
  DronePosition,
  RoadStrike,
  GeoBorder,
  GeoPolygonCollection,
  GeoPolygonFeature,
} from './schema.js';
export {
  coveredStretch,
  circleIntervals,
  segmentInCircle,
  unionIntervals,
  measureRoad,
  localFrame,
  toKm,
  toLonLat,
  locate,
  crossings,
  roadModel,
  layoutStrip,
  layoutMap,
  drawingHeight,
  buildTrack,
  trackAt,
} from './layout.js';
export type { Interval, Road, Range, Coverage, RoadLocation, RoadModel, StripLayout, MapLayout, Track, DrawingInput } from './layout.js';
export { convoyPlan, vehiclesAt, isStruck, CONVOY, type ConvoyPlan, type VehicleState } from './convoy.js';
export { summarize, tabulate, describeCoverage, formatLength } from './describe.js';
export { supplyRoadStrings, type SupplyRoadStrings } from './strings.js';
