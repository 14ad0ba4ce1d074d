import { css } from 'lit';

/** The frame every element shares: headline, graphic box, controls, states, credit. */
export const frameStyles = css`
  /*
   * A host page's rules beat :host rules (\`* { line-height: 3 }\` matches the element itself), so the host keeps
   * only its box; the figure inside, where no page rule reaches, resets every property (\`all: initial\`; custom
   * properties, the theme's tokens, still inherit) and sets its own typography, so nothing of the page's leaks
   * in. Text is sized from one base in px, not rem: a page's \`html { font-size: 62.5% }\` must not shrink the
   * graphic, and label layout is computed for known sizes. The typeface alone follows the page (--salient-font).
   */
  :host {
    --_fs: var(--salient-font-size, 16px);
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    background: var(--_bg);
    padding: var(--salient-padding, 12px 0);
  }
  /* A page's \`*::before, *::after { content }\` matches the host itself; !important here beats even the page's. */
  :host::before,
  :host::after {
    content: none !important;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  figure {
    all: initial;
    display: block;
    position: relative;
    margin: 0;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--salient-font, inherit);
    font-size: var(--_fs);
    line-height: 1.35;
  }
  .headline {
    margin: 0 0 4px;
    font-size: var(--salient-headline-size, calc(1.25 * var(--_fs)));
    font-weight: 700;
    line-height: 1.2;
  }
  .dek {
    margin: 0 0 8px;
    color: var(--_muted);
    font-size: calc(0.95 * var(--_fs));
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
    font-size: calc(0.9 * var(--_fs));
  }
  .error {
    padding: 12px 14px;
    border: 1px solid var(--_error-rule);
    border-inline-start-width: 4px;
    border-radius: 4px;
    background: var(--_error-bg);
    color: var(--_error-text);
    font-size: calc(0.9 * var(--_fs));
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
    font-size: calc(0.85 * var(--_fs));
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
    font-size: calc(0.85 * var(--_fs));
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
    font-size: calc(0.8 * var(--_fs));
  }
`;
