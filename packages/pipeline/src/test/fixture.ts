import { pipeline } from '@salient/kursk-data';
import { afterEach } from 'vitest';
import { mountElement, unmountAll, type MountOptions } from '@salient/core/testing';
import type { PipelineData } from '../schema.js';
import type { SalientPipeline } from '../pipeline.js';
import '../define.js';

export const kursk = pipeline as PipelineData;

afterEach(unmountAll);

/** Puts the graphic in a box of the given width, in the page, and waits for it to render. */
export function mount(
  attributes: Record<string, string> = {},
  options: MountOptions & { offscreen?: boolean } = {},
): Promise<SalientPipeline> {
  return mountElement<SalientPipeline>('salient-pipeline', kursk, attributes, { width: 1000, style: `font-family:system-ui,sans-serif${options.offscreen ? ';position:absolute;top:-10000px' : ''}`, ...options });
}

export { $, $$, frames, nextFrame, settle, text } from '@salient/core/testing';

/** The translation the loop last wrote to an SVG node, px. */
export function translation(node: Element | null): [number, number] {
  const match = /translate(?:X)?\(([-\d.]+)px(?:,\s*([-\d.]+)px)?\)/.exec((node as SVGElement | null)?.style.transform ?? '');
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : [Number.NaN, Number.NaN];
}
