// Who races whom. `name` is the page module in pages/<group>/, `label` the name in the tables, `output` how it draws.

export const territoryContenders = [
  { name: 'salient', label: '<salient-territory-bar>', output: 'SVG + DOM text', ours: true },
  { name: 'd3', label: 'plain d3 (selection + scale)', output: 'SVG' },
  { name: 'plot', label: 'Observable Plot', output: 'SVG' },
  { name: 'vega-lite', label: 'Vega-Lite (vega-embed)', output: 'SVG' },
  { name: 'chartjs', label: 'Chart.js', output: 'canvas: no DOM text' },
  { name: 'echarts', label: 'ECharts', output: 'canvas: no DOM text' },
];

export const mapContenders = [
  { name: 'salient', label: '<salient-encirclement>', output: 'SVG + DOM text', ours: true },
  { name: 'd3-geo', label: 'plain d3-geo (+ selection)', output: 'SVG' },
];
