import {
  convertArea,
  formatArea,
  formatDate,
  formatNumber,
  formatPercent,
  localText,
  strings,
  type AreaUnit,
  type DataTable,
} from '@salient/core';
import type { TerritoryData, TerritoryPoint } from './schema.js';
import { territoryStrings } from './strings.js';

/** The step with the largest figure: what the ghost outline shows. */
export function peakOf(data: TerritoryData): TerritoryPoint {
  return data.series.reduce((peak, point) => (point.value > peak.value ? point : peak));
}

/** The largest figure anywhere in the series, estimates included: the track's full length. */
export function maxOf(data: TerritoryData): number {
  let max = 0;
  for (const point of data.series) {
    max = Math.max(max, point.value, ...(point.estimates ?? []).map((estimate) => estimate.value));
  }
  return max;
}

/** Low and high of all figures for a step, when sources give more than one. */
export function rangeOf(point: TerritoryPoint): [number, number] | undefined {
  if (!point.estimates?.length) return undefined;
  const values = [point.value, ...point.estimates.map((estimate) => estimate.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  return high > low ? [low, high] : undefined;
}

export function otherUnit(unit: AreaUnit): AreaUnit {
  return unit === 'km2' ? 'mi2' : 'km2';
}

/** "13 March 2025", or "Peak · 27 August 2024 (approx.)" where the step has a name or a fuzzy date. */
export function describeWhen(point: TerritoryPoint, lang: string): string {
  const t = territoryStrings(lang);
  const date = formatDate(point.date, lang) + (point.approximate ? ` (${t.approximate})` : '');
  const label = localText(point.label, lang);
  return label ? `${label} · ${date}` : date;
}

/** "77–140 km²" */
export function formatRange([low, high]: [number, number], unit: AreaUnit, lang: string): string {
  const number = (km2: number) => formatNumber(convertArea(km2, unit), lang, { maximumFractionDigits: 0 });
  return strings(lang).area(`${number(low)}–${number(high)}`, unit);
}

/** The sentence a screen reader hears for a step, built from the data. */
export function summarize(data: TerritoryData, index: number, unit: AreaUnit, lang: string): string {
  const t = territoryStrings(lang);
  const point = data.series[index];
  const peak = peakOf(data);
  const sentence = t.summary({
    date: formatDate(point.date, lang),
    held: localText(data.held, lang) || t.defaultHeld,
    value: formatArea(point.value, unit, lang),
    alt: formatArea(point.value, otherUnit(unit), lang),
    share: formatPercent(peak.value > 0 ? point.value / peak.value : 0, lang),
    peak: formatArea(peak.value, unit, lang),
    source: point.source,
    atPeak: point === peak,
    zero: point.value === 0,
  });
  const range = rangeOf(point);
  const note = localText(point.note, lang);
  return [sentence, range ? t.sourcesDiffer(formatRange(range, unit, lang)) : '', note].filter(Boolean).join(' ');
}

/** Every step as a table row: date, area, source, other estimates. */
export function tabulate(data: TerritoryData, current: number, unit: AreaUnit, lang: string): DataTable {
  const t = territoryStrings(lang);
  return {
    caption: localText(data.title, lang) || t.defaultTitle,
    columns: t.columns,
    current,
    rows: data.series.map((point) => [
      describeWhen(point, lang),
      formatArea(point.value, unit, lang),
      point.via ? `${point.source} (${point.via})` : point.source,
      (point.estimates ?? [])
        .map((e) => `${formatArea(e.value, unit, lang)}: ${[e.source, localText(e.label, lang)].filter(Boolean).join(' ')}`)
        .join('; '),
    ]),
  };
}
