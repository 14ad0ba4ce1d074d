// Plain d3-geo and d3-selection drawing the same frame of the encirclement data: the oblasts, the state border, the
// held area, the previous frame's outline dashed, the advances as arrows, the places with their names, and the
// frame's name. What it leaves out and <salient-encirclement> draws: label collision avoidance, the corridor, the
// scale bar, the legend, the arrows' key, the reported-area line, the accessible summary and table.
import { geoMercator, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { encirclement } from '@salient/kursk-data';
import { run } from '../harness.js';
import { frames } from './frames.js';

const WIDTH = 640;
const HEIGHT = 435; // what <salient-encirclement> gives its map at 640 px
const M = 24;
const en = (text) => (typeof text === 'string' ? text : text.en);

run(frames, {
  mount(container) {
    const extent = { type: 'GeometryCollection', geometries: encirclement.frames.map((frame) => frame.held) };
    const projection = geoMercator().fitExtent([[M, M], [WIDTH - M, HEIGHT - M - 16]], extent);
    const path = geoPath(projection);
    const title = select(container).append('p').style('font', '700 16px system-ui, sans-serif').style('margin', '0 0 8px');
    const svg = select(container).append('svg').attr('width', WIDTH).attr('height', HEIGHT).attr('role', 'img')
      .style('font', '12px system-ui, sans-serif');
    svg.append('defs').append('marker').attr('id', 'head').attr('viewBox', '0 0 10 10').attr('refX', 8).attr('refY', 5)
      .attr('markerWidth', 6).attr('markerHeight', 6).attr('orient', 'auto')
      .append('path').attr('d', 'M0,0L10,5L0,10Z').attr('fill', '#a3261b');
    svg.append('rect').attr('width', WIDTH).attr('height', HEIGHT).attr('fill', '#f3f3f1');
    svg.append('g').selectAll('path').data(encirclement.oblasts.features).join('path').attr('d', path)
      .attr('fill', (d) => (d.properties.country === 'UA' ? '#ece3c0' : '#f3f3f1')).attr('stroke', '#b4b8bf');
    svg.append('path').datum(encirclement.border).attr('d', path).attr('fill', 'none').attr('stroke', '#2f333a').attr('stroke-width', 1.5);
    const held = svg.append('path').attr('fill', '#1d5fb4').attr('fill-opacity', 0.85);
    const ghost = svg.append('path').attr('fill', 'none').attr('stroke', '#1d5fb4').attr('stroke-dasharray', '4 3');
    const advances = svg.append('g');
    const [[x0, y0], [x1, y1]] = [[0, 0], [WIDTH, HEIGHT]];
    const inView = encirclement.places.map((p) => ({ p, at: projection([p.lon, p.lat]) }))
      .filter(({ at: [x, y] }) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
    const place = svg.append('g').selectAll('g').data(inView).join('g').attr('transform', ({ at }) => `translate(${at[0]},${at[1]})`);
    place.append('circle').attr('r', 3).attr('fill', '#2f333a');
    place.append('text').attr('x', 5).attr('y', 4).text(({ p }) => en(p.name));
    const handle = { path, projection, title, held, ghost, advances };
    draw(handle, frames[0]);
    return handle;
  },
  update: (handle, step) => draw(handle, step),
});

function draw({ path, projection, title, held, ghost, advances }, step) {
  const frame = encirclement.frames[step];
  title.text(`${en(frame.label)} · ${frame.date}`);
  held.attr('d', path(frame.held));
  ghost.attr('d', step > 0 ? path(encirclement.frames[step - 1].held) : null);
  advances.selectAll('line').data(frame.advances ?? []).join('line')
    .attr('x1', (d) => projection(d.from)[0]).attr('y1', (d) => projection(d.from)[1])
    .attr('x2', (d) => projection(d.to)[0]).attr('y2', (d) => projection(d.to)[1])
    .attr('stroke', '#a3261b').attr('stroke-width', 2.5).attr('marker-end', 'url(#head)');
}
