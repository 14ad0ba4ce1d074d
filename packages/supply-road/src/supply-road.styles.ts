import { css, unsafeCSS } from 'lit';

/**
 * The element's own colours as [light, dark], each public as `--salient-<name>` and used as `--_<name>`, the way
 * core's theme tokens are. Text colours (danger) keep at least 4.5:1 on the background.
 */
const colours = {
  danger: ['#b3261e', '#ff8a80'],
  road: ['#6b7079', '#9aa0aa'],
  vehicle: ['#1b1d21', '#eef0f3'],
  flash: ['#e8710a', '#ffa64d'],
  'land-ua': ['#f4f6f9', '#1c1f25'],
  'land-ru': ['#ebe8e3', '#24231f'],
  water: ['#fbfbfc', '#15171b'],
} as const;

const palette = (mode: 0 | 1) =>
  unsafeCSS(
    Object.entries(colours)
      .map(([name, values]) => `--_${name}: var(--salient-${name}, ${values[mode]});`)
      .join('\n'),
  );

export const supplyRoadStyles = css`
  :host {
    ${palette(0)}
    --_range-opacity: var(--salient-range-opacity, 0.12);
  }
  :host([theme='dark']) {
    ${palette(1)}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${palette(1)}
    }
  }
  .when {
    margin: 0 0 6px;
    font-size: calc(0.95 * var(--_fs));
  }
  .when strong {
    font-weight: 600;
  }
  .stage {
    position: relative;
  }
  .stage .layer {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: none;
  }
  .stage .convoy {
    /* Its own compositing layer: moving vehicles do not repaint the map. */
    will-change: transform;
  }
  .map .drawing {
    overflow: hidden;
    border-radius: 4px;
  }
  .water {
    fill: var(--_water);
  }
  .area {
    fill: var(--_land-ua);
    fill-rule: evenodd;
    /* Stroked in its own colour, so two oblasts of one country meet without a hairline between them. */
    stroke: var(--_land-ua);
    stroke-width: 1;
  }
  .area.ru {
    fill: var(--_land-ru);
    stroke: var(--_land-ru);
  }
  .border {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.25;
    stroke-dasharray: 5 3;
  }
  .range-fill {
    opacity: var(--_range-opacity);
  }
  .range-fill > * {
    fill: var(--_danger);
    stroke: none;
  }
  .range-edge > * {
    fill: none;
    stroke: var(--_danger);
    stroke-width: 1;
    stroke-dasharray: 3 3;
    stroke-opacity: 0.8;
  }
  .road-casing {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .road-line {
    fill: none;
    stroke: var(--_road);
    stroke-width: 4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  path.stretch {
    fill: none;
    stroke: var(--_danger);
    stroke-width: 7;
    stroke-linecap: butt;
    stroke-linejoin: round;
  }
  rect.stretch {
    fill: var(--_danger);
  }
  .waypoint {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .place {
    fill: var(--_muted);
  }
  .position {
    fill: var(--_danger);
    stroke: var(--_bg);
    stroke-width: 1.25;
    stroke-linejoin: round;
  }
  .strike path {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.25;
    stroke-linecap: round;
  }
  .vehicle .body rect {
    fill: var(--_vehicle);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .vehicle .body .cab {
    fill: var(--_road);
  }
  .flash {
    fill: var(--_flash);
    fill-opacity: 0.85;
  }
  .stage text {
    fill: var(--_text);
    font-size: 12px;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .stage .label.position,
  .stage .label.strike,
  .stage .label.other {
    font-size: 11px;
  }
  .stage .label.position {
    fill: var(--_danger);
  }
  .stage .label.other {
    fill: var(--_muted);
  }
  .stage .label.stretch {
    fill: var(--_danger);
    font-weight: 700;
    font-size: 12px;
  }
  .map .stage .label.stretch {
    font-size: 13px;
  }
  .stage .label.segment {
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 600;
  }
  .stage .label.country {
    fill: var(--_muted);
    font-size: 12px;
    letter-spacing: 0.08em;
  }
  .stage .label.side {
    fill: var(--_muted);
    font-size: 10px;
    letter-spacing: 0.06em;
  }
  .ruler line {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .ticks text {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .scale rect {
    fill: var(--_text);
  }
  .scale text {
    font-size: 11px;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
    margin-top: 8px;
  }
  .play {
    font: inherit;
    font-size: calc(0.85 * var(--_fs));
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    padding: 0 12px;
    border: 1px solid var(--_rule);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .play[aria-pressed='true'] {
    border-color: var(--_text);
  }
  .play:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .play .icon {
    display: inline-block;
    width: 1.1em;
    font-size: 0.8em;
    text-align: center;
  }
  .reading {
    margin: 0;
    font-weight: 600;
    color: var(--_danger);
    font-variant-numeric: tabular-nums;
  }
  .still-note {
    margin: 0;
    font-size: calc(0.85 * var(--_fs));
    color: var(--_muted);
  }
  .summary {
    margin: 8px 0 0;
    font-size: calc(0.95 * var(--_fs));
  }
  .legend,
  .strikes {
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    font-size: calc(0.8 * var(--_fs));
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
  }
  .legend .note {
    flex-basis: 100%;
  }
  .strikes li + li {
    margin-top: 2px;
  }
  .strikes strong {
    color: var(--_text);
    font-weight: 600;
  }
  .swatch {
    display: inline-block;
    vertical-align: -1px;
    width: 16px;
    height: 10px;
    margin-inline-end: 5px;
  }
  .swatch.stretch {
    height: 6px;
    vertical-align: 2px;
    background: var(--_danger);
  }
  .swatch.range {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px dashed var(--_danger);
    background: color-mix(in srgb, var(--_danger) calc(var(--_range-opacity) * 100%), transparent);
  }
  .swatch.position {
    width: 10px;
    background: var(--_danger);
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .swatch.strike {
    width: 10px;
    background:
      linear-gradient(45deg, transparent 40%, var(--_text) 40% 60%, transparent 60%),
      linear-gradient(-45deg, transparent 40%, var(--_text) 40% 60%, transparent 60%);
  }
  .swatch.vehicle {
    width: 13px;
    height: 7px;
    border-radius: 1.5px;
    background: var(--_vehicle);
  }
  .sources {
    margin: 6px 0 0;
    font-size: calc(0.8 * var(--_fs));
    color: var(--_muted);
  }
`;
