import { encirclement } from '@salient/kursk-data';
import { afterEach } from 'vitest';
import type { SalientEncirclement } from '../encirclement.js';
import '../define.js';

export const MARCH_6 = encirclement.frames.findIndex((f) => f.id === '2025-03-06');
export const MARCH_13 = encirclement.frames.findIndex((f) => f.id === '2025-03-13');

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** Puts a map in a box of the given width, in the page, and waits for it to render. */
export async function mount(
  attributes: Record<string, string> = {},
  options: { width?: number; data?: unknown; child?: string } = {},
): Promise<SalientEncirclement> {
  const { width = 640, child } = options;
  const data = 'data' in options ? options.data : encirclement;
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const map = document.createElement('salient-encirclement');
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  if (child !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = child;
    map.append(script);
  } else if (data !== undefined) {
    map.data = data as SalientEncirclement['data'];
  }
  box.append(map);
  document.body.append(box);
  mounted.push(box);
  await settle(map);
  return map;
}

/** Waits until the element has rendered what it has and the resize observer has reported. */
export async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  await element.updateComplete;
}

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
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
