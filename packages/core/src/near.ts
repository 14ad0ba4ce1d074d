/**
 * Runs `work` once, when `target` first comes within `margin` of the viewport (at once if it already is).
 * Returns a function that stops waiting. Used by SalientElement to draw on demand, and by pages that load a
 * graphic's code as the reader nears it.
 */
export function whenNear(target: Element, work: () => void, margin = '100% 0px'): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      work();
    },
    { rootMargin: margin },
  );
  observer.observe(target);
  return () => observer.disconnect();
}
