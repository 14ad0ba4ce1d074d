import { css } from 'lit';

const light = css`
  --_land: var(--salient-land, #f3f3f1);
  --_ukraine: var(--salient-ukraine, #ece3c0);
  --_outline: var(--salient-outline, #b4b8bf);
  --_border: var(--salient-border, #2f333a);
  --_held: var(--salient-held, #1d5fb4);
  --_corridor: var(--salient-corridor, #f2c14e);
  --_corridor-ink: var(--salient-corridor-ink, #7a4d00);
  --_advance: var(--salient-advance, #a3261b);
`;

const dark = css`
  --_land: var(--salient-land, #1c1f24);
  --_ukraine: var(--salient-ukraine, #2e2b1d);
  --_outline: var(--salient-outline, #4b515b);
  --_border: var(--salient-border, #d8dce2);
  --_held: var(--salient-held, #5a9ae8);
  --_corridor: var(--salient-corridor, #b88418);
  --_corridor-ink: var(--salient-corridor-ink, #f6cd6e);
  --_advance: var(--salient-advance, #f08a7e);
`;

export const encirclementStyles = css`
  :host {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  .head {
    margin: 0 0 6px;
  }
  .when {
    margin: 0;
    font-size: 15px;
    line-height: 20px;
    font-weight: 600;
  }
  .reading {
    margin: 0;
    font-size: 14px;
    line-height: 20px;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .reading strong {
    color: var(--_accent-text);
    font-weight: 700;
  }
  svg.map {
    overflow: hidden;
    border-radius: 3px;
  }
  .land {
    fill: var(--_land);
  }
  .region {
    fill: var(--_land);
    stroke: var(--_outline);
    stroke-width: 0.8;
  }
  .region.ua {
    fill: var(--_ukraine);
  }
  .border {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1.6;
    stroke-dasharray: 7 3 2 3;
    stroke-linejoin: round;
  }
  .held {
    fill: var(--_held);
    fill-opacity: 0.4;
    stroke: var(--_held);
    stroke-width: 1.6;
    stroke-linejoin: round;
  }
  .ghost {
    fill: none;
    stroke: var(--_text);
    stroke-opacity: 0.75;
    stroke-width: 1.4;
    stroke-dasharray: 4 3;
    stroke-linejoin: round;
  }
  .corridor-band {
    fill: none;
    stroke: var(--_corridor);
    stroke-opacity: 0.8;
    stroke-linecap: butt;
    stroke-linejoin: round;
  }
  .corridor-line {
    fill: none;
    stroke: var(--_corridor-ink);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .dimension {
    fill: none;
    stroke: var(--_corridor-ink);
    stroke-width: 1.5;
  }
  .dimension.halo {
    stroke: var(--_bg);
    stroke-width: 4;
    stroke-opacity: 0.85;
  }
  .corridor-label {
    fill: var(--_corridor-ink);
    font-size: 12px;
    font-weight: 700;
  }
  .advance .halo,
  .advance .shaft {
    fill: none;
    stroke-linecap: round;
    /* Drawn in: the dash is the whole path (pathLength="1"), offset from nothing to nothing left. */
    stroke-dasharray: 1 1;
    stroke-dashoffset: 0;
    animation: draw 800ms cubic-bezier(0.33, 0, 0.2, 1) both;
    animation-delay: var(--delay, 0ms);
  }
  .advance .halo {
    stroke: var(--_bg);
    stroke-width: 6;
    stroke-opacity: 0.8;
  }
  .advance .shaft {
    stroke: var(--_advance);
    stroke-width: 3;
  }
  .advance .head {
    fill: var(--_advance);
    stroke: var(--_bg);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .advance .head {
    animation: appear 250ms ease-out both;
    animation-delay: calc(var(--delay, 0ms) + 650ms);
  }
  /* The legend's arrow is a still sample. (A rule, not a style attribute: a strict CSP blocks those.) */
  .legend .advance .shaft,
  .legend .advance .head {
    animation: none;
  }
  .advance .badge,
  .advance .badge-number {
    animation: appear 200ms ease-out both;
    animation-delay: var(--delay, 0ms);
  }
  .advance .badge {
    fill: var(--_advance);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .advance .badge-number {
    fill: var(--_bg);
    stroke: none;
    font-size: 11px;
    font-weight: 700;
  }
  .key {
    list-style: none;
    margin: 6px 0 0;
    padding: 0;
    font-size: 13px;
    line-height: 18px;
  }
  .key li {
    display: flex;
    gap: 6px;
    align-items: flex-start;
  }
  .key .badge {
    flex: none;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--_advance);
    color: var(--_bg);
    font-size: 11px;
    font-weight: 700;
    line-height: 18px;
    text-align: center;
  }
  @keyframes draw {
    from {
      stroke-dashoffset: 1;
    }
    to {
      stroke-dashoffset: 0;
    }
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
    to {
      opacity: 1;
    }
  }
  .still .advance *,
  .still .held {
    animation: none;
    transition: none;
  }
  .paused .advance * {
    animation-play-state: paused;
  }
  .place {
    fill: var(--_text);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .place.approximate {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 1.2;
  }
  text {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .place-label {
    fill: var(--_text);
    font-size: 12px;
  }
  .place-label.rank-1 {
    font-size: 13px;
    font-weight: 700;
  }
  .place-label.rank-3 {
    font-size: 11px;
  }
  .place-label.off-map {
    fill: var(--_muted);
    font-size: 12px;
    font-weight: 600;
  }
  .region-label {
    fill: var(--_muted);
    font-size: 11px;
  }
  .region-label .country {
    letter-spacing: 0.1em;
    font-weight: 600;
  }
  .scale line {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .scale text {
    fill: var(--_text);
    font-size: 11px;
  }
  svg.legend {
    margin-top: 8px;
  }
  .legend text {
    fill: var(--_text);
    font-size: 12px;
    stroke: none;
  }
  .legend .held {
    fill-opacity: 0.4;
  }
  .data-credit {
    margin: 8px 0 0;
    color: var(--_muted);
    font-size: 13px;
    line-height: 17px;
  }
`;
