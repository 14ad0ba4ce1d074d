import { css } from 'lit';

// Compact on purpose: every byte here ships in a bundle whose budget is 30 KB gzipped with Lit and core.
export const pipelineStyles = css`
  :host {
    --_route: var(--salient-route, var(--_reference));
    --_front: var(--salient-front, var(--_text));
    --_strike: var(--salient-strike, var(--_accent));
    --_land: var(--salient-land, var(--_bg));
    --_figure: var(--salient-figure, var(--_text));
    --_pipe: var(--salient-pipe, var(--_ghost));
  }
  p { margin: 0; }
  .clock { display: flex; flex-direction: column; margin-bottom: 6px; font-variant-numeric: tabular-nums; }
  .wide .clock { flex-direction: row; justify-content: space-between; align-items: flex-end; }
  .clock p { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .when { font-size: calc(1.05 * var(--_fs)); line-height: calc(2 * var(--_fs)); }
  .day { font-weight: 700; font-size: var(--salient-value-size, calc(1.5 * var(--_fs))); color: var(--_accent-text); }
  .hour, .phase-name, .moment-when strong { font-weight: 700; color: var(--_text); }
  .tz, .status, .moment-when, .speed { font-size: calc(0.85 * var(--_fs)); color: var(--_muted); }
  .views, .side { display: flex; flex-direction: column; gap: 12px; min-width: 0; }
  .wide .views { flex-direction: row; gap: 24px; align-items: flex-start; }
  .plan, .section { flex: none; }
  .views > .facts { flex: 1; min-width: 0; margin: 0; }
  .plan, .section { position: relative; }
  .plan > svg, .section > svg { position: absolute; }
  .column { position: absolute; left: -8px; top: -8px; will-change: transform; }
  .strip { position: absolute; left: 0; overflow: hidden; }
  .stream { will-change: transform, opacity; }
  .side { flex: 1 1 0; }
  svg text { fill: var(--_text); font-size: 12px; }
  svg .muted, .area, .country, .gap text { fill: var(--_muted); font-size: 11px; }
  .map { overflow: hidden; }
  .land { fill: var(--_land); stroke: var(--_rule); }
  .border { fill: none; stroke: var(--_muted); stroke-width: 1.5; stroke-dasharray: 8 3 2 3; }
  .front { fill: none; stroke: var(--_front); stroke-width: 2.5; stroke-linejoin: round; }
  .route, .trench { fill: none; stroke: var(--_route); stroke-width: 3; stroke-linecap: round; stroke-linejoin: round; }
  .route { stroke-dasharray: 7 5; }
  .trench { stroke-width: 2; }
  .route-halo { fill: none; stroke: var(--_bg); stroke-width: 7; }
  .end { fill: var(--_bg); stroke: var(--_route); stroke-width: 2; }
  .place { fill: var(--_text); }
  .place-label { paint-order: stroke; stroke: var(--_bg); stroke-width: 3px; stroke-linejoin: round; }
  .key { font-weight: 700; }
  .area { font-style: italic; }
  .country { letter-spacing: 0.12em; }
  .halo { fill: var(--_bg); }
  .dot { fill: var(--_route); }
  .glow { fill: none; stroke: var(--_route); stroke-width: 2; }
  .strikes, .strike { fill: var(--_strike); stroke: var(--_bg); }
  .title { font-weight: 700; }
  .ruler line, .dim path, .dim line, .gap path, .scale path { stroke: var(--_muted); fill: none; }
  .emptied .gap text { visibility: hidden; }
  .ground { stroke: var(--_rule); stroke-width: 2; }
  .pipe-inside { fill: var(--_track); }
  .pipe-wall { fill: none; stroke: var(--_pipe); stroke-width: 3; }
  .figure { color: var(--_figure); }
  .standing { color: var(--_muted); }
  .limb { fill: none; stroke: currentColor; stroke-linecap: round; stroke-linejoin: round; }
  .head { fill: currentColor; }
  .timeline { display: flex; align-items: center; gap: 10px; margin-top: 12px; }
  button, select { font: inherit; color: var(--_text); background: var(--_bg); border: 1px solid var(--_rule); border-radius: 4px; cursor: pointer; min-height: 44px; }
  .play { flex: none; width: 44px; }
  .play[aria-pressed='true'] { background: var(--_track); }
  .scrub { position: relative; flex: 1; min-width: 0; height: 44px; }
  input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; background: none; appearance: none; -webkit-appearance: none; cursor: pointer; }
  input::-webkit-slider-thumb { -webkit-appearance: none; width: 18px; height: 18px; border-radius: 50%; background: var(--_text); border: 2px solid var(--_bg); }
  input::-moz-range-thumb { width: 14px; height: 14px; border-radius: 50%; background: var(--_text); border: 2px solid var(--_bg); }
  .band { position: absolute; inset: 18px 9px auto; height: 8px; border-radius: 4px; }
  .tick { position: absolute; top: 12px; width: 2px; height: 20px; margin-left: -1px; background: var(--_text); }
  .speed { flex: none; display: flex; align-items: center; gap: 6px; }
  .compressed, .sources, .accounts { font-size: calc(0.8 * var(--_fs)); color: var(--_muted); }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .moments { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 0; padding: 0; list-style: none; }
  .moments button { padding: 0 12px; font-size: calc(0.85 * var(--_fs)); }
  .moments [aria-current] { background: var(--_text); color: var(--_bg); }
  .caption { margin-top: 10px; font-size: calc(0.95 * var(--_fs)); }
  .wide .caption { margin: 0; }
  .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 10px 20px; margin: 14px 0 0; padding-top: 10px; border-top: 1px solid var(--_rule); font-size: calc(0.85 * var(--_fs)); }
  dt { font-size: calc(0.8 * var(--_fs)); color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em; }
  dd { margin: 0; }
  .big { font-size: calc(1.35 * var(--_fs)); font-weight: 700; color: var(--_accent-text); }
  .storyboard { display: grid; gap: 16px; margin: 0 0 14px; padding: 0; list-style: none; }
  .card { border-top: 3px solid var(--_rule); padding-top: 6px; font-size: calc(0.9 * var(--_fs)); }
  .card[aria-current] { border-top-color: var(--_text); }
  .card .plan { margin-bottom: 6px; }
`;
