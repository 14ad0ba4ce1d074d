/**
 * Test helpers for Salient elements, for browser tests (`@salient/core/testing`): mount an element in a box of a
 * given width with its data given as a property or a pasted JSON child, wait until it has settled, read its
 * shadow DOM as a reader sees it. Side-effect free; call `unmountAll()` after each test.
 */

type Renderable = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

export interface MountOptions {
  /** Width of the box the element fills, px. */
  width?: number;
  /** The `data` property; pass `undefined` explicitly for no data. Defaults to the fixture's dataset. */
  data?: unknown;
  /** A `<script type="application/json">` child with this text, instead of the property. */
  child?: string;
  /** Extra CSS on the box (a font, a position off screen). */
  style?: string;
}

const mounted: HTMLElement[] = [];

export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrame();
}

/** Waits until the element has rendered what it has; the resize controller applies a width a frame late. */
export async function settle(element: { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await frames(3);
  await element.updateComplete;
}

/** Puts `<tag>` in a box of the given width in the page, gives it data, and waits for it to render. */
export async function mountElement<E extends Renderable>(
  tag: string,
  dataset: unknown,
  attributes: Record<string, string> = {},
  options: MountOptions = {},
): Promise<E> {
  const { width = 640, child, style = '' } = options;
  const data = 'data' in options ? options.data : dataset;
  const box = document.createElement('div');
  box.style.cssText = `width:${width}px;${style}`;
  const element = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (child !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = child;
    element.append(script);
  } else if (data !== undefined) {
    element.data = data;
  }
  box.append(element);
  document.body.append(box);
  mounted.push(box);
  // In view, as a reader would have it: graphics far from the viewport wait for idle time to draw.
  box.scrollIntoView({ block: 'nearest' });
  await settle(element);
  return element;
}

/** Removes everything mountElement() put in the page. */
export function unmountAll(): void {
  for (const box of mounted.splice(0)) box.remove();
}

export function $<E extends Element = Element>(element: HTMLElement, selector: string): E | null {
  return element.shadowRoot!.querySelector<E>(selector);
}

export function $$(element: HTMLElement, selector: string): Element[] {
  return [...element.shadowRoot!.querySelectorAll(selector)];
}

/** The text a reader sees in the first match, whitespace folded. */
export function text(element: HTMLElement, selector: string): string {
  return ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
