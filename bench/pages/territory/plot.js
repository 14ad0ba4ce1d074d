// Observable Plot: the chart is a pure function of the data, so a data change draws a new SVG and swaps it in
// (Plot has no update API; this is how its documentation redraws).
import * as Plot from '@observablehq/plot';
import { run } from '../harness.js';
import { HEIGHT, WIDTH, markers, moments, scale, title } from './data.js';

const TRACK = { y: 92, height: 36 };
const labelY = (d) => TRACK.y + TRACK.height + 18 + markers.indexOf(d) * 16;

function chart(moment) {
  return Plot.plot({
    width: WIDTH,
    height: HEIGHT,
    margin: 0,
    style: { fontFamily: 'system-ui, sans-serif', fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, scale.max], range: [0, WIDTH], axis: null, clamp: true },
    y: { domain: [0, HEIGHT], range: [0, HEIGHT], axis: null },
    marks: [
      Plot.text([title], { frameAnchor: 'top-left', dy: 6, fontSize: 18, fontWeight: 700, text: (d) => d }),
      Plot.text([moment.label], { frameAnchor: 'top-left', dy: 36, fontSize: 32, fontWeight: 700, fill: '#1d5fb4', text: (d) => d }),
      Plot.text([moment.when], { frameAnchor: 'top-left', dy: 70, fill: '#555', text: (d) => d }),
      Plot.rectX([scale.max], { x1: 0, x2: (d) => d, y1: TRACK.y, y2: TRACK.y + TRACK.height, fill: '#eceef1' }),
      Plot.rectX([moment.value], { x1: 0, x2: (d) => d, y1: TRACK.y, y2: TRACK.y + TRACK.height, fill: '#1d5fb4' }),
      Plot.ruleX(markers, { x: 'value', y1: TRACK.y - 6, y2: TRACK.y + TRACK.height + 6, strokeWidth: 2,
        stroke: (d) => (d.kind === 'peak' ? '#5d6673' : '#a3261b') }),
      // The peak sits at the track's end, so its label reads leftwards; the others rightwards.
      ...['end', 'start'].map((anchor) =>
        Plot.text(markers.filter((d) => (d.kind === 'peak') === (anchor === 'end')), {
          x: 'value', y: (d) => labelY(d), text: 'label', textAnchor: anchor, dx: anchor === 'end' ? -4 : 4,
        })),
    ],
  });
}

run(moments, {
  mount(container, moment) {
    const svg = chart(moment);
    container.append(svg);
    return { container, svg };
  },
  update(handle, moment) {
    const svg = chart(moment);
    handle.svg.replaceWith(svg);
    handle.svg = svg;
  },
});
