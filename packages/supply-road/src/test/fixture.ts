import { supplyRoad } from '@salient/kursk-data';
import { afterEach } from 'vitest';
import { mountElement, unmountAll, type MountOptions } from '@salient/core/testing';
import type { SupplyRoadData } from '../schema.js';
import type { SalientSupplyRoad } from '../supply-road.js';
import '../define.js';

/** The Kursk dataset, typed as the element reads it. */
export const kursk: SupplyRoadData = supplyRoad;
export const MARCH_12 = kursk.steps.findIndex((s) => s.id === 'march-12');

afterEach(unmountAll);

/** Puts the graphic in a box of the given width, in the page, and waits for it to render. */
export function mount(
  attributes: Record<string, string> = {},
  options: MountOptions = {},
): Promise<SalientSupplyRoad> {
  return mountElement<SalientSupplyRoad>('salient-supply-road', kursk, attributes, { width: 800, style: '', ...options });
}

export { $, $$, frames, nextFrame, settle, text } from '@salient/core/testing';

/** The translate() of a vehicle's transform attribute. */
export function translateOf(node: Element): [number, number] {
  const match = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(node.getAttribute('transform') ?? '');
  return match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
}
