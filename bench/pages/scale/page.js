// A long article page with 100 graphics, 25 of each element, in one 640 px column, interleaved, all given their data
// at once from salient.js-like imports. window.__bench.allRendered: ms from navigation start until every one has
// rendered (those near the reader drawn) and the frame showing them has painted; allDrawn: until the rest have
// drawn too, in idle time. Autoplaying animations start only on screen.
import '@salient/territory-bar/define';
import '@salient/encirclement/define';
import '@salient/supply-road/define';
import '@salient/pipeline/define';
import { encirclement, pipeline, supplyRoad, territory } from '@salient/kursk-data';
import { afterPaint } from '../../lib/after-paint.js';

export const EACH = 25;
const kinds = [
  { tag: 'salient-territory-bar', data: territory, attributes: {} },
  { tag: 'salient-encirclement', data: encirclement, attributes: {} },
  { tag: 'salient-supply-road', data: supplyRoad, attributes: { autoplay: '', step: '3' } },
  { tag: 'salient-pipeline', data: pipeline, attributes: { autoplay: '' } },
];

async function settled(el) {
  while (!(await el.updateComplete));
}

const bench = (window.__bench = { ready: false });
try {
  const start = performance.now();
  const column = document.getElementById('chart');
  const elements = [];
  for (let i = 0; i < EACH; i++) {
    for (const kind of kinds) {
      const el = document.createElement(kind.tag);
      for (const [name, value] of Object.entries(kind.attributes)) el.setAttribute(name, value);
      el.setAttribute('headline', `Graphic ${elements.length + 1}`);
      el.data = kind.data;
      elements.push(el);
    }
  }
  column.append(...elements);
  await Promise.all(elements.map(settled));
  // Every graphic has rendered: the ones near the reader (within a screen of the viewport) drawn, the others in
  // their reserved boxes, to be drawn when the reader comes near or the page is idle (core's SalientElement).
  const isDrawn = (el) => Boolean(el.shadowRoot?.querySelector('.graphic svg'));
  const nearReader = (el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return bottom >= -innerHeight && top <= 2 * innerHeight;
  };
  bench.allRendered = await afterPaint(() => elements.filter(nearReader).every(isDrawn));
  bench.scriptStart = start;
  bench.count = elements.length;
  const drawn = () => elements.filter(isDrawn).length;
  bench.drawnAtFirst = drawn();
  const deadline = performance.now() + 30_000;
  while (drawn() < elements.length && performance.now() < deadline) await new Promise(requestAnimationFrame);
  bench.allDrawn = performance.now();
  bench.drawn = drawn();
  bench.ready = true;
} catch (error) {
  bench.error = String(error?.stack ?? error);
}
