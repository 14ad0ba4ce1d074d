/** The step a key press moves to, or null when the key is not a stepping key. Clamped to [0, count - 1]. */
export function stepForKey(key: string, current: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/**
 * A `step` attribute as an index into `count` steps: whole numbers from 0, clamped; anything unusable
 * (absent, NaN, text) means the last step, the state of things as the story is read.
 */
export function clampStep(step: number | null | undefined, count: number): number {
  if (count <= 0) return 0;
  if (step == null || !Number.isFinite(step)) return count - 1;
  return Math.min(count - 1, Math.max(0, Math.round(step)));
}

export interface ScrollStepsOptions {
  /** Where the trigger line sits, as a fraction of the viewport height from the top. */
  offset?: number;
}

/**
 * Scrollytelling: calls `onStep(index)` when a text step crosses a line across the viewport. An
 * IntersectionObserver with a percentage root margin follows resizes, zoom and a mobile address bar
 * changing the viewport, with no scroll listener and no layout reads. Returns a function that stops it.
 */
export function observeSteps(
  steps: readonly Element[],
  onStep: (index: number, element: Element) => void,
  { offset = 0.5 }: ScrollStepsOptions = {},
): () => void {
  if (typeof IntersectionObserver === 'undefined' || steps.length === 0) return () => {};
  const top = -Math.round(offset * 100);
  const bottom = -(100 - Math.round(offset * 100) - 1);
  let active = -1;
  // Every step now in the band, so that two crossing in one callback (after a resize, say) cannot leave the
  // active one stale: the furthest step into the story that is in the band wins.
  const inBand = new Set<number>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const index = steps.indexOf(entry.target);
        if (index === -1) continue;
        if (entry.isIntersecting) inBand.add(index);
        else inBand.delete(index);
      }
      if (inBand.size === 0) return;
      const next = Math.max(...inBand);
      if (next !== active) {
        active = next;
        onStep(next, steps[next]);
      }
    },
    // A 1%-tall band at the trigger line: the step crossing it is the active one.
    { rootMargin: `${top}% 0px ${bottom}% 0px` },
  );
  for (const step of steps) observer.observe(step);
  return () => observer.disconnect();
}
