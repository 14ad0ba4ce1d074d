/**
 * How far ahead of the reader a graphic's code and data start loading: a screen and a half, so a graphic is
 * drawn before it scrolls in, even on a slow phone, while everything further down costs nothing at page load.
 */
export const LOAD_AHEAD = '150% 0px';

/**
 * Runs `load` once, when `target` first comes within `margin` of the viewport (at once if it already is).
 * Returns a function that stops waiting.
 */
export function whenNear(target: Element, load: () => void, margin = LOAD_AHEAD): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: margin },
  );
  observer.observe(target);
  return () => observer.disconnect();
}
