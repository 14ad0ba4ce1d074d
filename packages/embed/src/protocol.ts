/*
 * The iframe resize protocol, shared by the embedded page (child.ts) and the host page's script (resize.ts).
 *
 *   child → parent   { type: 'salient:resize', height }   the embedded document's content height, in CSS pixels
 *   parent → child   { type: 'salient:resize?' }          "tell me your height" (for frames that loaded first)
 *
 * The parent only acts on a message whose source is the window of an iframe it marked with the MARK attribute
 * and whose origin is that iframe's origin; the height is a finite number in range or the message is ignored.
 */

/** The type of a height message (namespaced: other scripts on a page post messages too). */
export const RESIZE = 'salient:resize';
/** The type of a request for a height message. */
export const REQUEST = 'salient:resize?';
/**
 * Marks an iframe for the resizer. Its value is empty (expect messages from the origin of the iframe's `src`) or
 * the origin to expect, for an iframe whose `src` redirects.
 */
export const MARK = 'data-salient-embed';
/** No graphic is taller than this: anything above is a broken or hostile message. */
export const MAX_HEIGHT = 50_000;

export interface ResizeMessage {
  type: typeof RESIZE;
  height: number;
}

/** The height in a resize message, rounded up to whole pixels; null if it is not a well-formed one. */
export function readHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== RESIZE) return null;
  const height = (data as { height?: unknown }).height;
  return typeof height === 'number' && height >= 0 && height <= MAX_HEIGHT ? Math.ceil(height) : null;
}
