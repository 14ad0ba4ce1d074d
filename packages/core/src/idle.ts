/**
 * Work that can wait for the browser's idle time, done one piece per idle period, oldest first: a page of many
 * graphics draws the ones far from the reader without ever blocking a frame for all of them at once.
 */
type Idle = (callback: () => void) => number;

const requestIdle: Idle =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 2000 })
    : (callback) => setTimeout(callback, 50) as unknown as number;
const cancelIdle = (handle: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle);

const waiting = new Set<() => void>();
let pending: number | undefined;

function schedule(): void {
  if (pending === undefined && waiting.size) pending = requestIdle(runOne);
}

function runOne(): void {
  pending = undefined;
  const [next] = waiting;
  if (next) {
    waiting.delete(next);
    next();
  }
  schedule();
}

/** Runs `work` in a later idle period. Returns a function that takes it off the list (nothing left pending). */
export function whenIdle(work: () => void): () => void {
  waiting.add(work);
  schedule();
  return () => {
    waiting.delete(work);
    if (!waiting.size && pending !== undefined) {
      cancelIdle(pending);
      pending = undefined;
    }
  };
}
