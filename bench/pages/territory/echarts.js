// Apache ECharts (canvas renderer), tree-shaken through echarts/core: the track and the value as overlapping bars,
// the peak and Kyiv as a markLine with labels, the texts as graphic elements. Animation off, as for everyone.
// Canvas: no DOM text for a reader.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { run } from '../harness.js';
import { HEIGHT, WIDTH, markers, moments, scale, title } from './data.js';

echarts.use([BarChart, GraphicComponent, GridComponent, MarkLineComponent, CanvasRenderer]);

const TRACK = { y: 92, height: 36 };
const fontFamily = 'system-ui, sans-serif';

const texts = (moment) => ({
  graphic: [
    { type: 'text', id: 'title', left: 0, top: 6, style: { text: title, font: `700 18px ${fontFamily}`, fill: '#111' } },
    { type: 'text', id: 'value', left: 0, top: 36, style: { text: moment.label, font: `700 32px ${fontFamily}`, fill: '#1d5fb4' } },
    { type: 'text', id: 'when', left: 0, top: 70, style: { text: moment.when, font: `12px ${fontFamily}`, fill: '#555' } },
  ],
});

const option = (moment) => ({
  animation: false,
  grid: { left: 0, right: 0, top: TRACK.y, height: TRACK.height },
  xAxis: { type: 'value', min: 0, max: scale.max, show: false },
  yAxis: { type: 'category', data: [''], show: false },
  ...texts(moment),
  series: [
    { type: 'bar', data: [scale.max], barWidth: TRACK.height, itemStyle: { color: '#eceef1' }, silent: true },
    {
      type: 'bar', data: [moment.value], barWidth: TRACK.height, barGap: '-100%', itemStyle: { color: '#1d5fb4' }, silent: true,
      markLine: {
        silent: true, symbol: 'none',
        data: markers.map((d, i) => ({
          xAxis: d.value,
          lineStyle: { color: d.kind === 'peak' ? '#5d6673' : '#a3261b', width: 2, type: 'solid' },
          label: {
            // The peak sits at the track's end, so its label reads leftwards; the others rightwards.
            position: 'start', formatter: d.label, color: '#111', fontFamily, fontSize: 12,
            align: d.kind === 'peak' ? 'right' : 'left', offset: [d.kind === 'peak' ? -4 : 4, 18 + i * 16],
          },
        })),
      },
    },
  ],
});

run(moments, {
  mount(container, moment) {
    const box = document.createElement('div');
    box.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px`;
    container.append(box);
    const chart = echarts.init(box, null, { renderer: 'canvas', width: WIDTH, height: HEIGHT });
    chart.setOption(option(moment));
    return chart;
  },
  update(chart, moment) {
    chart.setOption({ ...texts(moment), series: [{}, { data: [moment.value] }] });
  },
});
