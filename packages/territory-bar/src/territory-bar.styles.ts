import { css } from 'lit';

export const territoryBarStyles = css`
  .reading {
    margin: 0 0 2px;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 8px;
  }
  .value {
    font-size: var(--salient-value-size, calc(2 * var(--_fs)));
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent-text);
    font-variant-numeric: tabular-nums;
  }
  .alt {
    color: var(--_muted);
    font-size: calc(0.95 * var(--_fs));
  }
  .when {
    margin: 0 0 6px;
    font-size: calc(0.9 * var(--_fs));
    color: var(--_muted);
  }
  .when strong {
    color: var(--_text);
    font-weight: 600;
  }
  .track {
    fill: var(--_track);
  }
  .ghost {
    fill: none;
    stroke: var(--_ghost);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .bar,
  .range rect {
    transform-box: view-box;
    transform-origin: 0 0;
    transition: transform var(--salient-duration, 600ms) cubic-bezier(0.65, 0, 0.35, 1);
  }
  .still .bar,
  .still .range rect {
    transition: none;
  }
  .bar {
    fill: var(--_accent);
  }
  .range .ink rect {
    fill: var(--_range);
  }
  .range .halo rect {
    fill: var(--_bg);
  }
  .marker line {
    stroke: var(--_reference);
    stroke-width: 1.5;
  }
  .marker.peak line {
    stroke: var(--_ghost);
  }
  .marker text {
    fill: var(--_text);
    font-size: 12px;
  }
  .notes {
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
    font-size: calc(0.85 * var(--_fs));
    color: var(--_muted);
  }
  .notes li + li {
    margin-top: 2px;
  }
`;
