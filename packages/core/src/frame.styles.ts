import { css } from 'lit';

/** The frame every element shares: headline, graphic box, controls, states, credit. */
export const frameStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--salient-font, inherit);
    color: var(--_text);
    background: var(--_bg);
    padding: var(--salient-padding, 12px 0);
    line-height: 1.35;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  figure {
    position: relative;
    margin: 0;
  }
  .headline {
    margin: 0 0 4px;
    font-size: var(--salient-headline-size, 1.25rem);
    font-weight: 700;
    line-height: 1.2;
  }
  .dek {
    margin: 0 0 8px;
    color: var(--_muted);
    font-size: 0.95rem;
  }
  .graphic {
    position: relative;
    border-radius: 4px;
  }
  .graphic:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: inherit;
  }
  .status {
    margin: 0;
    padding: 16px 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .error {
    padding: 12px 14px;
    border: 1px solid var(--_error-rule);
    border-inline-start-width: 4px;
    border-radius: 4px;
    background: var(--_error-bg);
    color: var(--_error-text);
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  .error-title {
    margin: 0 0 4px;
    font-weight: 700;
  }
  .error-message {
    margin: 0;
  }
  .controls {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-top: 8px;
  }
  .controls input[type='range'] {
    flex: 1;
    min-width: 0;
    accent-color: var(--_accent);
  }
  .controls button {
    font: inherit;
    font-size: 0.85rem;
    min-width: 44px;
    min-height: 44px;
    padding: 0 10px;
    border: 1px solid var(--_rule);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .controls button:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .controls :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .controls {
    flex-wrap: wrap;
  }
  .step-label {
    min-width: 7em;
    font-size: 0.85rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 480px) {
    /* On a phone the label takes its own line above, so the slider keeps its length. */
    .step-label {
      flex-basis: 100%;
      order: -1;
    }
  }
  .credit {
    margin: 8px 0 0;
    color: var(--_muted);
    font-size: 0.8rem;
  }
`;
