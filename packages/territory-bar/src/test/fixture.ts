import { territory } from '@salient/kursk-data';
import { afterEach } from 'vitest';
import { mountElement, unmountAll, type MountOptions } from '@salient/core/testing';
import type { SalientTerritoryBar } from '../territory-bar.js';
import '../define.js';

export const MARCH_13 = territory.series.findIndex((p) => p.date === '2025-03-13');

afterEach(unmountAll);

/** Puts the graphic in a box of the given width, in the page, and waits for it to render. */
export function mount(
  attributes: Record<string, string> = {},
  options: MountOptions = {},
): Promise<SalientTerritoryBar> {
  return mountElement<SalientTerritoryBar>('salient-territory-bar', territory, attributes, { width: 640, style: '', ...options });
}

export { $, $$, frames, nextFrame, settle, text } from '@salient/core/testing';
