// Plain d3 (d3-selection and d3-scale): the same marks joined into an SVG by hand.
import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { run } from '../harness.js';
import { HEIGHT, WIDTH, markers, moments, scale, title } from './data.js';

const TRACK = { y: 92, height: 36 };

run(moments, {
  mount(container, moment) {
    const x = scaleLinear().domain([0, scale.max]).range([0, WIDTH]).clamp(true);
    const svg = select(container).append('svg').attr('width', WIDTH).attr('height', HEIGHT).attr('role', 'img').attr('aria-label', title)
      .style('font', '12px system-ui, sans-serif');
    svg.append('text').attr('y', 20).style('font-size', '18px').style('font-weight', '700').text(title);
    const value = svg.append('text').attr('class', 'value').attr('y', 60).style('font-size', '32px').style('font-weight', '700').attr('fill', '#1d5fb4');
    const when = svg.append('text').attr('class', 'when').attr('y', 80).attr('fill', '#555');
    svg.append('rect').attr('y', TRACK.y).attr('width', WIDTH).attr('height', TRACK.height).attr('fill', '#eceef1');
    const bar = svg.append('rect').attr('class', 'bar').attr('y', TRACK.y).attr('height', TRACK.height).attr('fill', '#1d5fb4');
    const marker = svg.selectAll('g.marker').data(markers).join('g').attr('class', 'marker')
      .attr('transform', (d) => `translate(${x(d.value)},0)`);
    marker.append('line').attr('y1', TRACK.y - 6).attr('y2', TRACK.y + TRACK.height + 6)
      .attr('stroke', (d) => (d.kind === 'peak' ? '#5d6673' : '#a3261b')).attr('stroke-width', 2);
    marker.append('text').attr('y', (d, i) => TRACK.y + TRACK.height + 18 + i * 16)
      // The peak sits at the track's end, so its label reads leftwards; the others rightwards.
      .attr('text-anchor', (d) => (d.kind === 'peak' ? 'end' : 'start')).attr('dx', (d) => (d.kind === 'peak' ? -4 : 4))
      .text((d) => d.label);
    const handle = { x, value, when, bar };
    draw(handle, moment);
    return handle;
  },
  update: (handle, moment) => draw(handle, moment),
});

function draw({ x, value, when, bar }, moment) {
  value.text(moment.label);
  when.text(moment.when);
  bar.attr('width', x(moment.value));
}
