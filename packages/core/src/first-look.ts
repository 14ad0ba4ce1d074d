/**
 * Where elements first sit on the page, read for all of them at once: one layout for a page of many graphics, as
 * soon as the elements attached together have rendered their frames, in the same task. A graphic in view then draws
 * before the browser's next frame, so that frame shows it (an IntersectionObserver reports only after a frame has
 * painted, and a ResizeObserver that re-renders makes the page's "ResizeObserver loop" error); and its drawing runs
 * while the browser waits for that frame, not inside it.
 */
const waiting = new Map<Element, (rect: DOMRect) => void>();
let queued = false;

function readAll(): void {
  queued = false;
  const batch = [...waiting];
  waiting.clear();
  // Every read before any callback: a callback that renders would make the next read lay the page out again.
  const rects = batch.map(([element]) => element.getBoundingClientRect());
  batch.forEach(([, callback], i) => callback(rects[i]));
}

/**
 * Calls `callback` with `element`'s box once the work queued so far has run: call it once the element has
 * rendered. Elements attached together are updated by Lit in queued microtasks, so one read comes after all of
 * their first renders. Returns a function that cancels the call.
 */
export function measureSoon(element: Element, callback: (rect: DOMRect) => void): () => void {
  waiting.set(element, callback);
  if (!queued) {
    queued = true;
    queueMicrotask(readAll);
  }
  return () => {
    if (waiting.get(element) === callback) waiting.delete(element);
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
