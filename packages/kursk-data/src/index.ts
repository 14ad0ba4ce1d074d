export { territory, kyivCity, kurskOblast } from './territory.js';
