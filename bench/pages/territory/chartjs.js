// Chart.js (canvas): the track and the value as two overlapping horizontal bars, tree-shaken to the parts used.
// It has no marker or free-text mark without the annotation plugin, so a small inline plugin draws the markers and
// texts onto the canvas, as its documentation suggests for custom drawing. Canvas: no DOM text for a reader.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { run } from '../harness.js';
import { HEIGHT, WIDTH, markers, moments, scale, title } from './data.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const TRACK = { y: 92, height: 36 };
const font = (size, weight = 400) => `${weight} ${size}px system-ui, sans-serif`;

/** The moment shown: one chart per page, and the plugin draws during the constructor already. */
let shown;

/** Title, value, date line, markers and their labels, drawn after the bars. */
const marks = {
  id: 'benchMarks',
  afterDraw(chart) {
    const { ctx, chartArea } = chart;
    const moment = shown;
    const x = (value) => chart.scales.x.getPixelForValue(value);
    ctx.save();
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    ctx.fillStyle = '#111';
    ctx.font = font(18, 700);
    ctx.fillText(title, 0, 6);
    ctx.fillStyle = '#1d5fb4';
    ctx.font = font(32, 700);
    ctx.fillText(moment.label, 0, 36);
    ctx.fillStyle = '#555';
    ctx.font = font(12);
    ctx.fillText(moment.when, 0, 70);
    ctx.textBaseline = 'alphabetic';
    markers.forEach((d, i) => {
      const mx = Math.min(x(d.value), chartArea.right - 1);
      ctx.strokeStyle = d.kind === 'peak' ? '#5d6673' : '#a3261b';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(mx, TRACK.y - 6);
      ctx.lineTo(mx, TRACK.y + TRACK.height + 6);
      ctx.stroke();
      // The peak sits at the track's end, so its label reads leftwards; the others rightwards.
      const peak = d.kind === 'peak';
      ctx.textAlign = peak ? 'right' : 'left';
      ctx.fillStyle = '#111';
      ctx.fillText(d.label, mx + (peak ? -4 : 4), TRACK.y + TRACK.height + 18 + i * 16);
    });
    ctx.restore();
  },
};

run(moments, {
  mount(container, moment) {
    shown = moment;
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = HEIGHT;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', title);
    container.append(canvas);
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: [''],
        datasets: [
          { data: [scale.max], backgroundColor: '#eceef1', order: 2 },
          { data: [moment.value], backgroundColor: '#1d5fb4', order: 1 },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: false,
        animation: false,
        events: [],
        layout: { padding: { top: TRACK.y, bottom: HEIGHT - TRACK.y - TRACK.height, left: 0, right: 0 } },
        datasets: { bar: { grouped: false, barPercentage: 1, categoryPercentage: 1 } },
        scales: { x: { min: 0, max: scale.max, display: false }, y: { display: false } },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
      plugins: [marks],
    });
    return chart;
  },
  update(chart, moment) {
    shown = moment;
    chart.data.datasets[1].data = [moment.value];
    chart.update('none');
  },
});
