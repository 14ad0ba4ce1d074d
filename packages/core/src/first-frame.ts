/**
 * Where elements first sit on the page, read for all of them at once at the top of the next animation frame: one
 * layout for a page of many graphics, and before that frame paints, so a graphic in view draws in the first frame
 * that shows it (an IntersectionObserver reports only after that frame has painted, and a ResizeObserver that
 * re-renders makes the page's "ResizeObserver loop" error).
 */
const waiting = new Map<Element, (rect: DOMRect) => void>();
let frame = 0;

function readAll(): void {
  frame = 0;
  const batch = [...waiting];
  waiting.clear();
  // Every read before any callback: a callback that renders would make the next read lay the page out again.
  const rects = batch.map(([element]) => element.getBoundingClientRect());
  batch.forEach(([, callback], i) => callback(rects[i]));
}

/** Calls `callback` with `element`'s box at the top of the next frame. Returns a function that cancels it. */
export function measureNextFrame(element: Element, callback: (rect: DOMRect) => void): () => void {
  waiting.set(element, callback);
  if (!frame) frame = requestAnimationFrame(readAll);
  return () => {
    if (waiting.get(element) !== callback) return;
    waiting.delete(element);
    if (!waiting.size && frame) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
  };
}

/**
 * Whether a box is shown and within `margin` viewport heights above or below the viewport (and across it): the
 * same test as whenNear's default IntersectionObserver margin, made from a box already read.
 */
export function isNear(rect: DOMRect, margin = 1): boolean {
  if (rect.width === 0 && rect.height === 0) return false;
  const height = window.innerHeight;
  return rect.bottom >= -margin * height && rect.top <= height * (1 + margin) && rect.right >= 0 && rect.left <= window.innerWidth;
}
