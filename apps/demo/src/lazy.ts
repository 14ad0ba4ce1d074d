import { whenNear } from '@salient/core';

/**
 * How far ahead of the reader a graphic's code and data start loading: a screen and a half, so a graphic is
 * drawn before it scrolls in, even on a slow phone, while everything further down costs nothing at page load.
 */
export const LOAD_AHEAD = '150% 0px';

/** Runs `load` once, when `target` first comes within LOAD_AHEAD of the viewport. Returns a function that stops waiting. */
export const whenNearReader = (target: Element, load: () => void): (() => void) => whenNear(target, load, LOAD_AHEAD);
