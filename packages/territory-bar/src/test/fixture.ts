import { territory } from '@salient/kursk-data';
import { afterEach } from 'vitest';
import type { SalientTerritoryBar } from '../territory-bar.js';
import '../define.js';

export const MARCH_13 = territory.series.findIndex((p) => p.date === '2025-03-13');

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** Puts a bar in a box of the given width, in the page, and waits for it to render. */
export async function mount(
  attributes: Record<string, string> = {},
  options: { width?: number; data?: unknown; child?: string } = {},
): Promise<SalientTerritoryBar> {
  const { width = 640, child } = options;
  const data = 'data' in options ? options.data : territory;
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const bar = document.createElement('salient-territory-bar');
  for (const [name, value] of Object.entries(attributes)) bar.setAttribute(name, value);
  if (child !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = child;
    bar.append(script);
  } else if (data !== undefined) {
    bar.data = data as SalientTerritoryBar['data'];
  }
  box.append(bar);
  document.body.append(box);
  mounted.push(box);
  await settle(bar);
  return bar;
}

/** Waits until the element has rendered what it has and the resize observer has reported. */
export async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  // The resize controller applies a new width on the frame after the observer reports it.
  for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

export function shadow(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

export function $(element: HTMLElement, selector: string): Element | null {
  return element.shadowRoot!.querySelector(selector);
}

export function text(element: HTMLElement, selector: string): string {
  return ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
