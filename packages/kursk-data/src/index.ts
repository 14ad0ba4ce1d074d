export { territory, kyivCity, kurskOblast } from './territory.js';
export { oblasts, border, places } from './geo.js';
export { encirclement } from './encirclement.js';
export { supplyRoad } from './supply-road.js';
export { pipeline } from './pipeline.js';
