/**
 * What the hardening suites expect of an element after any input: a valid render or the visible error state, never
 * anything in between; and what they watch while it happens (uncaught errors, `salient-error` events).
 */
import { expect } from 'vitest';
import { nextFrame } from '@salient/core/testing';

export type SalientHost = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown; src?: string };

/** Text that means a value went wrong on its way to the page, unless the input itself contained it. */
const BROKEN_TEXT = ['NaN', 'undefined', 'Infinity', '[object Object]', '[native code]', 'null'];

/** Uncaught errors and unhandled rejections in the page, and every `salient-error` event. */
export class PageWatch {
  readonly uncaught: string[] = [];
  readonly salientErrors: string[] = [];

  private readonly onError = (event: ErrorEvent) =>
    this.uncaught.push(`error: ${event.error instanceof Error ? (event.error.stack ?? event.message) : event.message}`);
  private readonly onRejection = (event: PromiseRejectionEvent) =>
    this.uncaught.push(`unhandled rejection: ${event.reason instanceof Error ? (event.reason.stack ?? event.reason.message) : String(event.reason)}`);
  private readonly onSalientError = (event: Event) => this.salientErrors.push((event as CustomEvent<{ message: string }>).detail.message);

  start(): this {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    document.addEventListener('salient-error', this.onSalientError);
    return this;
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    document.removeEventListener('salient-error', this.onSalientError);
  }

  /** Forgets what was seen, at the start of a case. */
  reset(): void {
    this.uncaught.length = 0;
    this.salientErrors.length = 0;
  }
}

/**
 * Waits for the element to render what it was given: the update (whose rejection is what a render that throws
 * looks like, and is returned as a problem), then, unless `frame` is false, a frame when it drew something
 * (animations, resize and step work run in frames), else a task.
 */
export async function flush(element: SalientHost, { frame = true } = {}): Promise<string | undefined> {
  try {
    await element.updateComplete;
    if (!frame) return undefined;
    if (element.shadowRoot?.querySelector('.graphic svg')) {
      await nextFrame();
      await element.updateComplete;
    } else {
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
    }
  } catch (error) {
    return `render threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  return undefined;
}

/** Every text node and attribute value in the shadow DOM: what a reader or a screen reader could come across. */
export function shadowText(element: HTMLElement): string {
  const root = element.shadowRoot!;
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    else for (const attribute of (node as Element).attributes) parts.push(attribute.value);
  }
  return parts.join('\n');
}

export type Outcome = 'valid' | 'error' | 'waiting';

/**
 * Asserts the element shows either a valid render or the visible error state, and says which.
 * @param inputText every string the input held (data, attributes, child text): a broken-value word inside one of
 *   them ("with undefined area") may legitimately be shown as part of it.
 * @param expectEvent whether a new `salient-error` must have fired if the element shows an error (false when the
 *   input did not change, so nothing was checked again).
 */
export function expectValidOrError(
  element: HTMLElement,
  watch: PageWatch,
  { inputText = [] as readonly string[], expectEvent = true, allowWaiting = false } = {},
): Outcome {
  expect(watch.uncaught.join('\n'), 'uncaught errors').toBe('');
  const root = element.shadowRoot!;
  const error = root.querySelector('.error');
  if (error) {
    const title = root.querySelector('.error-title')?.textContent?.trim() ?? '';
    const message = root.querySelector('.error-message')?.textContent?.trim() ?? '';
    expect(title, 'error title').not.toBe('');
    expect(message.length, 'error message').toBeGreaterThan(10);
    expect(error.getAttribute('role')).toBe('alert');
    expect(root.querySelector('.graphic svg'), 'no drawing beside the error').toBeNull();
    if (expectEvent) expect(watch.salientErrors.at(-1)?.trim(), 'salient-error with the message shown').toBe(message);
    return 'error';
  }
  const status = root.querySelector('.graphic > .status');
  if (status && allowWaiting) {
    expect(status.textContent?.trim()).not.toBe('');
    return 'waiting';
  }
  expectValidRender(element, inputText);
  return 'valid';
}

/** The graphic drawn, with its summary and table, and no broken value anywhere in the shadow DOM. */
export function expectValidRender(element: HTMLElement, inputText: readonly string[] = []): void {
  const root = element.shadowRoot!;
  expect(root.querySelector('.error'), 'error box').toBeNull();
  const svg = root.querySelector('.graphic svg');
  expect(svg, 'the drawing').not.toBeNull();
  const box = svg!.getBoundingClientRect();
  expect(box.width * box.height, 'drawing size').toBeGreaterThan(0);
  expect(svg!.childElementCount, 'drawing content').toBeGreaterThan(0);
  const summary = root.querySelector('p.sr-only[aria-live]')?.textContent?.trim() ?? '';
  expect(summary, 'summary').not.toBe('');
  expect(root.querySelector('.graphic')!.getAttribute('aria-label')?.trim(), 'graphic label').toBeTruthy();
  expect(root.querySelectorAll('table[part="table"] tbody tr').length, 'table rows').toBeGreaterThan(0);
  let shown = shadowText(element);
  for (const text of inputText) {
    if (BROKEN_TEXT.some((word) => text.includes(word))) shown = shown.split(text).join('');
  }
  for (const word of BROKEN_TEXT) expect(shown, `"${word}" shown`).not.toContain(word);
}
