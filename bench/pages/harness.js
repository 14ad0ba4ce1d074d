// The part of every contender page that is not the library: mount the chart, mark the first render, and offer
// changes to the runner. Bundled into each contender, so each pays the same few hundred bytes.
import { afterPaint, timeChange } from '../lib/after-paint.js';

/**
 * @param {unknown[]} moments What the chart shows: the first at first render, then change n shows moments[(n + 1) % 2].
 * @param {{ mount: (container: HTMLElement, moment: object) => unknown | Promise<unknown>,
 *           update: (handle: unknown, moment: object) => unknown | Promise<unknown>,
 *           drawn?: (handle: unknown) => boolean }} contender
 *   `mount` draws the first moment into the container and returns a handle (or its promise); `update` redraws the
 *   handle's chart with another moment and returns (or resolves) when the library says it has drawn. `drawn`, for a
 *   contender that may draw in a later frame than the one its `mount` resolved before, says whether it has.
 */
export async function run(moments, contender) {
  const container = document.getElementById('chart');
  const bench = (window.__bench = { ready: false });
  try {
    const handle = await contender.mount(container, moments[0]);
    bench.firstRender = await afterPaint(() => contender.drawn?.(handle) ?? true);
    performance.mark('bench:first-render');
    /** n changes, alternating moments: for each, { work, paint } ms (see timeChange). */
    bench.rerender = async (n) => {
      const times = [];
      for (let i = 0; i < n; i++) times.push(await timeChange(() => contender.update(handle, moments[(i + 1) % 2])));
      return times;
    };
    bench.ready = true;
  } catch (error) {
    bench.error = String(error?.stack ?? error);
  }
}
