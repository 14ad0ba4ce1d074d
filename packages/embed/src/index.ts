export {
  graphics,
  allGraphics,
  findGraphic,
  attributeRules,
  defaultAttributes,
  datasetNames,
  loadDataset,
  type Graphic,
  type GraphicEntry,
  type GraphicTag,
} from './registry.js';
export { commonAttributes, checkAttribute, plainText, type AttributeRule, type Checked } from './attributes.js';
export { readEmbedParams, MAX_DATA_LENGTH, type EmbedData, type EmbedParams, type EmbedRequest } from './params.js';
export { MARK, MAX_HEIGHT, REQUEST, RESIZE, readHeight, type ResizeMessage } from './protocol.js';
export { contentHeight, reportHeight } from './child.js';
