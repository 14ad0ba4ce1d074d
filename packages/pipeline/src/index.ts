export { SalientPipeline, reservedHeight } from './pipeline.js';
export { validatePipeline, LIMITS } from './schema.js';
export { borderLines } from './schema.js';
export type { PipelineData, PipelineMoment, PipelinePlace, PipelineBorder, LengthEstimate, SoldierEstimate } from './schema.js';
export {
  createTimeline,
  parseTime,
  playbackAt,
  timeAt,
  phaseAt,
  progressAt,
  kmAt,
  crawlingAt,
  momentIndexAt,
  stepTime,
  advance,
  clockAt,
  formatMoment,
  formatDay,
  dayOf,
  TICK_MS,
  MOMENT_IDS,
  PHASES,
  PHASE_SHARE,
  PLAYBACK_MS,
  SPEEDS,
  MOSCOW_OFFSET_MS,
} from './timeline.js';
export type { Timeline, TimelineInput, Segment, Phase, MomentId, Clock } from './timeline.js';
export { layoutPlan, layoutSection, layoutFrame, layoutLegend, markerAt, pointAtKm, cumulativeKm, storyboardColumns, linesFor, WIDE_PX } from './layout.js';
export type { PlanLayout, PlanInput, PlanPlace, SectionLayout, SectionInput, FrameLayout, LegendLayout, PlacedFigure } from './layout.js';
export { figure, type Pose, type FigureShape } from './figures.js';
export { summarize, tabulate, timelineOf, progressText, soldierAccounts, lengthAccounts, formatLength } from './describe.js';
export { pipelineStrings, type PipelineStrings } from './strings.js';
