import { css, unsafeCSS } from 'lit';

export type Theme = 'light' | 'dark' | 'auto';

export function toTheme(value: unknown): Theme {
  return value === 'dark' || value === 'auto' ? value : 'light';
}

/**
 * Design tokens as [light, dark]. Each becomes the public custom property `--salient-<name>`, resolved on the
 * host into a private `--_<name>` that the styles use. Text colours keep at least 4.5:1 on the background.
 */
export const tokens = {
  bg: ['#ffffff', '#15171b'],
  text: ['#1b1d21', '#eef0f3'],
  muted: ['#545861', '#a9afb9'],
  rule: ['#d5d7dc', '#3a3f47'],
  track: ['#eceef1', '#2a2e35'],
  accent: ['#1d5fb4', '#5a9ae8'],
  'accent-text': ['#1a55a1', '#8dbaf2'],
  ghost: ['#6f7a88', '#8d97a5'],
  range: ['#1b1d21', '#eef0f3'],
  reference: ['#a3261b', '#f08a7e'],
  focus: ['#1d5fb4', '#8dbaf2'],
  'error-bg': ['#fdf0ee', '#3a1714'],
  'error-text': ['#8a1c12', '#ffc9c1'],
  'error-rule': ['#d9786e', '#b4483c'],
} as const satisfies Record<string, readonly [string, string]>;

function declarations(mode: 0 | 1): string {
  return Object.entries(tokens)
    .map(([name, values]) => `--_${name}: var(--salient-${name}, ${values[mode]});`)
    .join('\n');
}

// Built from the constant table above, never from input.
const light = unsafeCSS(declarations(0));
const dark = unsafeCSS(declarations(1));

/** Light by default; dark with `theme="dark"`, or with `theme="auto"` on a dark OS setting. */
export const themeStyles = css`
  :host {
    ${light}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark;
    }
  }
`;
