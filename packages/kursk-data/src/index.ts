export type {
  LocalText,
  TerritoryData,
  TerritoryEstimate,
  TerritoryPoint,
  TerritoryReference,
} from './types.js';
export { territory, kyivCity, kurskOblast } from './territory.js';
