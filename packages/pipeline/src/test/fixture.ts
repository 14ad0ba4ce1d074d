import { pipeline } from '@salient/kursk-data';
import { afterEach } from 'vitest';
import type { PipelineData } from '../schema.js';
import type { SalientPipeline } from '../pipeline.js';
import '../define.js';

export const kursk = pipeline as PipelineData;

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** Puts a pipeline graphic in a box of the given width, in the page, and waits for it to render. */
export async function mount(
  attributes: Record<string, string> = {},
  options: { width?: number; data?: unknown; child?: string; offscreen?: boolean } = {},
): Promise<SalientPipeline> {
  const { width = 1000, child } = options;
  const data = 'data' in options ? options.data : kursk;
  const box = document.createElement('div');
  // A news page's sans-serif: the face reservedHeight() was measured with.
  box.style.cssText = `width:${width}px;font-family:system-ui,sans-serif`;
  if (options.offscreen) box.style.cssText += 'position:absolute;top:-10000px';
  const element = document.createElement('salient-pipeline');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (child !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = child;
    element.append(script);
  } else if (data !== undefined) {
    element.data = data as PipelineData;
  }
  box.append(element);
  document.body.append(box);
  mounted.push(box);
  await settle(element);
  return element;
}

export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await frame();
}

/** Waits until the element has rendered what it has and the resize observer has reported. */
export async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await frames(3);
  await element.updateComplete;
}

export function $<E extends Element = Element>(element: HTMLElement, selector: string): E | null {
  return element.shadowRoot!.querySelector<E>(selector);
}

export function text(element: HTMLElement, selector: string): string {
  return ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The translation the loop last wrote to an SVG node, px. */
export function translation(node: Element | null): [number, number] {
  const match = /translate(?:X)?\(([-\d.]+)px(?:,\s*([-\d.]+)px)?\)/.exec((node as SVGElement | null)?.style.transform ?? '');
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : [Number.NaN, Number.NaN];
}
