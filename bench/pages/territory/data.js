// The one chart every contender draws, worked out once from the Kursk territory series so no library gets a
// different picture: a 640 px track scaled to the largest figure, the value bar, the peak and Kyiv (city) as
// markers with labels, the value as a label, and the title. Two moments: the first render shows 13 March 2025
// (140 km², the step in the README's picture; the series' last point is 0 km², an empty bar), and each data change
// switches between it and 1 April 2025 (80 km²).
import { territory } from '@salient/kursk-data';

export const WIDTH = 640;
export const HEIGHT = 220;

const en = (text) => (typeof text === 'string' ? text : text.en);
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const km2 = (value) => `${number.format(value)} km²`;
const day = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const series = territory.series;
const max = Math.max(...series.flatMap((p) => [p.value, ...(p.estimates ?? []).map((e) => e.value)]));
const peak = series.reduce((best, p) => (p.value > best.value ? p : best));
const kyiv = territory.references.find((r) => en(r.label).startsWith('Kyiv'));

export const title = en(territory.title);
export const scale = { max };
/** The two markers, peak first. */
export const markers = [
  { kind: 'peak', value: peak.value, label: `Peak ${km2(peak.value)}` },
  { kind: 'kyiv', value: kyiv.value, label: `${en(kyiv.label)} ${km2(kyiv.value)}` },
];

function moment(date) {
  const index = series.findIndex((p) => p.date === date);
  const point = series[index];
  return {
    index,
    value: point.value,
    label: km2(point.value),
    when: `${day.format(new Date(`${point.date}T00:00:00Z`))} · ${point.source}`,
    /** The dataset cut at this moment: what a Salient element is given (it shows the last point). */
    data: { ...territory, series: series.slice(0, index + 1) },
  };
}

/** [first render, the other moment]; data change n shows moments[(n + 1) % 2]. */
export const moments = [moment('2025-03-13'), moment('2025-04-01')];
