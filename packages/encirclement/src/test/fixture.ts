import { encirclement } from '@salient/kursk-data';
import { afterEach } from 'vitest';
import { mountElement, unmountAll, type MountOptions } from '@salient/core/testing';
import type { SalientEncirclement } from '../encirclement.js';
import '../define.js';

export const MARCH_6 = encirclement.frames.findIndex((f) => f.id === '2025-03-06');
export const MARCH_13 = encirclement.frames.findIndex((f) => f.id === '2025-03-13');

afterEach(unmountAll);

/** Puts the graphic in a box of the given width, in the page, and waits for it to render. */
export function mount(
  attributes: Record<string, string> = {},
  options: MountOptions = {},
): Promise<SalientEncirclement> {
  return mountElement<SalientEncirclement>('salient-encirclement', encirclement, attributes, { width: 640, style: '', ...options });
}

export { $, $$, frames, nextFrame, settle, text } from '@salient/core/testing';
