// results/comparison.svg: the territory bar against its peers, bundle size (min + gzip) and first render (median,
// with the min–max range), as two panels of horizontal bars, ours in the accent colour. Plain SVG text, no script.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const W = 760;
const LABEL = 210;
const ROW = 26;
const BAR = 16;
const RIGHT = 110;

function panel({ title, rows, max, format, y0 }) {
  const plot = W - LABEL - RIGHT;
  const x = (v) => LABEL + (plot * v) / max;
  const parts = [`<text x="0" y="${y0 + 14}" class="title">${esc(title)}</text>`];
  rows.forEach((row, i) => {
    const y = y0 + 30 + i * ROW;
    const cls = row.ours ? 'ours' : 'peer';
    parts.push(`<text x="${LABEL - 8}" y="${y + BAR - 3}" text-anchor="end" class="label${row.ours ? ' strong' : ''}">${esc(row.label)}</text>`);
    parts.push(`<rect x="${LABEL}" y="${y}" width="${Math.max(1, x(row.value) - LABEL).toFixed(1)}" height="${BAR}" class="${cls}"/>`);
    let end = x(row.value);
    if (row.min != null) {
      const mid = y + BAR / 2;
      parts.push(`<path d="M${x(row.min).toFixed(1)},${mid}H${x(row.max).toFixed(1)}M${x(row.min).toFixed(1)},${mid - 5}V${mid + 5}M${x(row.max).toFixed(1)},${mid - 5}V${mid + 5}" class="range"/>`);
      end = Math.max(end, x(row.max));
    }
    parts.push(`<text x="${(end + 6).toFixed(1)}" y="${y + BAR - 3}" class="value${row.ours ? ' strong' : ''}">${esc(format(row))}</text>`);
  });
  return { svg: parts.join('\n  '), height: 30 + rows.length * ROW + 16 };
}

/** @param r the run's results (see run.mjs) */
export function comparisonSvg(r) {
  const { contenders, bytes, results } = r.territory;
  const sizeRows = contenders.map((c) => ({ label: c.label, ours: c.ours, value: bytes[c.name].gzip / 1000 })).sort((a, b) => a.value - b.value);
  const renderRows = contenders
    .map((c) => ({ label: c.label, ours: c.ours, value: results[c.name].firstRender.median, min: results[c.name].firstRender.min, max: results[c.name].firstRender.max }))
    .sort((a, b) => a.value - b.value);
  const head = 54;
  const size = panel({
    title: 'Bundle size, min + gzip (kB): less is better',
    rows: sizeRows,
    max: Math.max(...sizeRows.map((row) => row.value)),
    format: (row) => `${row.value.toFixed(1)} kB`,
    y0: head,
  });
  const render = panel({
    title: `First render, ms from navigation start: median of ${r.params.loads} loads, line from min to max`,
    rows: renderRows,
    max: Math.max(...renderRows.map((row) => row.max)),
    format: (row) => `${Math.round(row.value)} ms`,
    y0: head + size.height + 10,
  });
  const height = head + size.height + 10 + render.height + 24;
  const pad = 14;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W + 2 * pad}" height="${height + 2 * pad}" viewBox="${-pad} ${-pad} ${W + 2 * pad} ${height + 2 * pad}" role="img" aria-labelledby="t d">
  <title id="t">The territory bar against peers: bundle size and first render</title>
  <desc id="d">${esc(sizeRows.map((row) => `${row.label} ${row.value.toFixed(1)} kB`).join('; '))}. ${esc(renderRows.map((row) => `${row.label} ${Math.round(row.value)} ms`).join('; '))}.</desc>
  <style>
    text { font: 13px system-ui, -apple-system, "Segoe UI", sans-serif; fill: #1f2328; }
    .title { font-weight: 700; font-size: 14px; }
    .heading { font-weight: 700; font-size: 17px; }
    .note { fill: #57606a; font-size: 12px; }
    .strong { font-weight: 700; }
    .ours { fill: #1d5fb4; }
    .peer { fill: #9aa3ad; }
    .range { stroke: #1f2328; stroke-width: 1.2; fill: none; }
  </style>
  <rect x="${-pad}" y="${-pad}" width="${W + 2 * pad}" height="${height + 2 * pad}" fill="#fff"/>
  <text x="0" y="20" class="heading">The same territory bar, six ways</text>
  <text x="0" y="38" class="note">${esc(`${r.date.slice(0, 10)} · ${r.machine.cpu}, ${r.machine.cores} cores · Chromium ${r.machine.chromium} · load average ${r.machine.loadStart[0]}${r.machine.loadStart[0] > 1.5 ? ' (busy)' : ''}`)}</text>
  ${size.svg}
  ${render.svg}
  <text x="0" y="${height - 8}" class="note">Chart.js and ECharts draw to a canvas: no text in the DOM for a screen reader. npm run bench; bench/README.md.</text>
</svg>
`;
}
