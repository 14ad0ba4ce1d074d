// Vega-Lite through vega-embed (SVG renderer, so its text is DOM text like ours). A data change replaces the
// named dataset through the Vega view and waits for runAsync, Vega's documented way to stream new data.
import embed from 'vega-embed';
import { run } from '../harness.js';
import { HEIGHT, WIDTH, markers, moments, scale, title } from './data.js';

const TRACK = { y: 92, height: 36 };
const font = 'system-ui, sans-serif';
const row = (moment) => [{ start: 0, value: moment.value, label: moment.label, when: moment.when }];
const px = (value) => ({ value });

const spec = (moment) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: WIDTH,
  height: HEIGHT,
  padding: 0,
  autosize: 'none',
  config: { view: { stroke: null }, font },
  resolve: { scale: { x: 'shared' } },
  layer: [
    { data: { values: [{ text: title }] }, mark: { type: 'text', align: 'left', baseline: 'top', fontSize: 18, fontWeight: 700, font },
      encoding: { x: px(0), y: px(6), text: { field: 'text' } } },
    { data: { values: [{ start: 0, max: scale.max }] }, mark: { type: 'rect', fill: '#eceef1' },
      encoding: { x: { field: 'start', type: 'quantitative', scale: { domain: [0, scale.max], range: [0, WIDTH], clamp: true }, axis: null },
        x2: { field: 'max' }, y: px(TRACK.y), y2: px(TRACK.y + TRACK.height) } },
    { data: { name: 'moment', values: row(moment) }, layer: [
      { mark: { type: 'rect', fill: '#1d5fb4' }, encoding: { x: { field: 'start', type: 'quantitative' }, x2: { field: 'value' }, y: px(TRACK.y), y2: px(TRACK.y + TRACK.height) } },
      { mark: { type: 'text', align: 'left', baseline: 'top', fontSize: 32, fontWeight: 700, fill: '#1d5fb4', font },
        encoding: { x: px(0), y: px(36), text: { field: 'label' } } },
      { mark: { type: 'text', align: 'left', baseline: 'top', fill: '#555', font, fontSize: 12 },
        encoding: { x: px(0), y: px(70), text: { field: 'when' } } },
    ] },
    { data: { values: markers.map((d, i) => ({ ...d, y: TRACK.y + TRACK.height + 18 + i * 16 })) }, layer: [
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { field: 'value', type: 'quantitative' }, y: px(TRACK.y - 6), y2: px(TRACK.y + TRACK.height + 6),
        color: { field: 'kind', scale: { domain: ['peak', 'kyiv'], range: ['#5d6673', '#a3261b'] }, legend: null } } },
      // The peak sits at the track's end, so its label reads leftwards; the others rightwards.
      { transform: [{ filter: "datum.kind === 'peak'" }], mark: { type: 'text', align: 'right', baseline: 'alphabetic', dx: -4, font, fontSize: 12 },
        encoding: { x: { field: 'value', type: 'quantitative' }, y: { field: 'y', type: 'quantitative', scale: null }, text: { field: 'label' } } },
      { transform: [{ filter: "datum.kind !== 'peak'" }], mark: { type: 'text', align: 'left', baseline: 'alphabetic', dx: 4, font, fontSize: 12 },
        encoding: { x: { field: 'value', type: 'quantitative' }, y: { field: 'y', type: 'quantitative', scale: null }, text: { field: 'label' } } },
    ] },
  ],
});

run(moments, {
  async mount(container, moment) {
    const result = await embed(container, spec(moment), { renderer: 'svg', actions: false });
    return result.view;
  },
  async update(view, moment) {
    await view.data('moment', row(moment)).runAsync();
  },
});
