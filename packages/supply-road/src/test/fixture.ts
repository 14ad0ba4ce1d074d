import { supplyRoad } from '@salient/kursk-data';
import { afterEach } from 'vitest';
import type { SupplyRoadData } from '../schema.js';
import type { SalientSupplyRoad } from '../supply-road.js';
import '../define.js';

/** The Kursk dataset, typed as the element reads it. */
export const kursk: SupplyRoadData = supplyRoad;
export const MARCH_12 = kursk.steps.findIndex((s) => s.id === 'march-12');

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** Puts a graphic in a box of the given width, in the page, and waits for it to render. */
export async function mount(
  attributes: Record<string, string> = {},
  options: { width?: number; data?: unknown; child?: string } = {},
): Promise<SalientSupplyRoad> {
  const { width = 800, child } = options;
  const data = 'data' in options ? options.data : kursk;
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const element = document.createElement('salient-supply-road');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (child !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = child;
    element.append(script);
  } else if (data !== undefined) {
    element.data = data as SupplyRoadData;
  }
  box.append(element);
  document.body.append(box);
  mounted.push(box);
  await settle(element);
  return element;
}

/** Waits until the element has rendered what it has and the resize observer has reported. */
export async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  await element.updateComplete;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

export function $(element: HTMLElement, selector: string): Element | null {
  return element.shadowRoot!.querySelector(selector);
}

export function $$(element: HTMLElement, selector: string): Element[] {
  return [...element.shadowRoot!.querySelectorAll(selector)];
}

export function text(element: HTMLElement, selector: string): string {
  return ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The translate() of a vehicle's transform attribute. */
export function translateOf(node: Element): [number, number] {
  const match = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(node.getAttribute('transform') ?? '');
  return match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
}
