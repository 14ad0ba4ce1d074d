export { defineElement } from './define.js';
export * from './units.js';
export * from './format.js';
export * from './locale.js';
export { strings, type CoreStrings } from './strings.js';
export * from './theme.js';
export * from './validate.js';
export * from './geo-validate.js';
export * from './step.js';
export { renderDataTable, srOnlyStyles, type DataTable } from './a11y.js';
export { frameStyles } from './frame.styles.js';
export { ResizeController } from './controllers/resize.js';
export { ReducedMotionController } from './controllers/reduced-motion.js';
export { VisibilityController } from './controllers/visibility.js';
export { DataController, type DataState, type DataControllerOptions } from './controllers/data.js';
export {
  SalientElement,
  type RenderContext,
  type SalientErrorDetail,
  type SalientStepDetail,
} from './element.js';
export { estimateTextWidth, type TextStyle } from './text.js';
export { styleProps, type StyleProps } from './style-props.js';
export { AnimationController, MAX_FRAME_MS, type AnimationOptions } from './controllers/animation.js';
export * from './map.js';
export type { SalientJsxProps } from './jsx.js';
export { whenNear } from './near.js';
