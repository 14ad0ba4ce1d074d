import {
  convertLength,
  formatDate,
  formatNumber,
  lengthUnitFor,
  localText,
  type AreaUnit,
  type DataTable,
  type LengthUnit,
} from '@salient/core';
import type { PipelineData, SoldierEstimate } from './schema.js';
import { pipelineStrings } from './strings.js';
import { createTimeline, formatMoment, parseTime, progressAt, type Timeline } from './timeline.js';

/** The data's timeline with its times parsed. */
export function timelineOf(data: PipelineData): Timeline {
  return createTimeline({
    start: parseTime(data.timeline.start),
    end: parseTime(data.timeline.end),
    moments: data.timeline.moments.map((moment) => ({ id: moment.id, time: parseTime(moment.time) })),
  });
}

/** "12–15", or "12" when both ends agree. */
export function formatSpan(low: number, high: number | undefined, lang: string, digits = 0): string {
  const f = (n: number) => formatNumber(n, lang, { maximumFractionDigits: digits });
  return high === undefined || f(high) === f(low) ? f(low) : `${f(low)}–${f(high)}`;
}

/** A distance range in the reader's unit: "12–15 km", "7.5–9.3 mi". */
export function formatLength(lowKm: number, highKm: number | undefined, unit: LengthUnit, lang: string): string {
  const t = pipelineStrings(lang);
  const digits = unit === 'mi' ? 1 : lowKm < 10 && lowKm > 0 ? 1 : 0;
  const high = highKm === undefined ? undefined : convertLength(highKm, unit);
  return `${formatSpan(convertLength(lowKm, unit), high, lang, digits)} ${t.unit[unit]}`;
}

/** "1.42 m" */
export function formatMetres(m: number, lang: string): string {
  return `${formatNumber(m, lang, { maximumFractionDigits: 2 })} ${pipelineStrings(lang).unit.m}`;
}

/** How far the head of the column has come at a story time, as a range over the disputed length. */
export function progressText(data: PipelineData, timeline: Timeline, time: number, units: AreaUnit, lang: string): string {
  const unit = lengthUnitFor(units);
  const t = pipelineStrings(lang);
  const p = progressAt(timeline, time);
  // Half a unit is as fine as an estimated position deserves.
  const half = (km: number) => Math.round(convertLength(p * km, unit) * 2) / 2;
  const total = formatLength(data.lengthKm.low, data.lengthKm.high, unit, lang);
  const done = formatSpan(half(data.lengthKm.low), half(data.lengthKm.high), lang, 1);
  return p >= 1 ? total : t.progress(done, total);
}

/** Each account of the distance: "Le Monde: 12–15 km". */
export function lengthAccounts(data: PipelineData, units: AreaUnit, lang: string): string[] {
  const unit = lengthUnitFor(units);
  return data.lengthKm.estimates.map((e) => `${e.source}: ${localText(e.text, lang) || formatLength(e.low, e.high, unit, lang)}`);
}

function inRange(e: SoldierEstimate, low: number, high: number): boolean {
  if (e.outlier) return false;
  const figures = [e.value, e.low, e.high].filter((n): n is number => n !== undefined);
  return figures.every((n) => n >= low && n <= high);
}

/** Each account of the numbers, split into those inside the range shown and those outside it. */
export function soldierAccounts(data: PipelineData, lang: string): { inside: string[]; outside: string[] } {
  const t = pipelineStrings(lang);
  const { low, high, estimates } = data.soldiers;
  const inside = estimates.filter((e) => inRange(e, low, high)).map((e) => `${e.source}: ${localText(e.text, lang)}`);
  const outside = estimates.filter((e) => !inRange(e, low, high)).map((e) => `${e.source}: ${localText(e.text, lang)} (${t.outside})`);
  return { inside, outside };
}

/** "100–800" */
export function soldiersText(data: PipelineData, lang: string): string {
  return formatSpan(data.soldiers.low, data.soldiers.high, lang);
}

/** The sentence a screen reader hears for a moment, built from the data. */
export function summarize(data: PipelineData, timeline: Timeline, step: number, units: AreaUnit, lang: string): string {
  const t = pipelineStrings(lang);
  const moment = data.timeline.moments[step];
  return t.summary({
    moment: localText(moment.label, lang),
    time: formatMoment(timeline.moments[step].time, lang),
    text: localText(moment.text, lang),
    soldiers: soldiersText(data, lang),
    length: formatLength(data.lengthKm.low, data.lengthKm.high, lengthUnitFor(units), lang),
    pipe: pipeName(data, lang),
    diameter: formatMetres(data.pipe.diameterM, lang),
  });
}

/** Every key moment as a table row: moment, time, distance from the entry, what happened, sources. */
export function tabulate(data: PipelineData, timeline: Timeline, current: number, units: AreaUnit, lang: string): DataTable {
  const t = pipelineStrings(lang);
  return {
    caption: localText(data.title, lang) || t.defaultTitle,
    columns: t.columns,
    current,
    rows: data.timeline.moments.map((moment, i) => [
      localText(moment.label, lang),
      formatMoment(timeline.moments[i].time, lang),
      progressText(data, timeline, timeline.moments[i].time, units, lang),
      localText(moment.text, lang),
      moment.sources.join(', '),
    ]),
  };
}

/** The pipe's long name ("Urengoy–Pomary–Uzhhorod gas pipeline"), or its name as a gas pipe. */
export function pipeName(data: PipelineData, lang: string): string {
  return localText(data.pipe.label, lang) || pipelineStrings(lang).gasPipe(localText(data.pipe.name, lang));
}

/** "1 January 2025" for the pipe's empty-since date; '' when the data has none. */
export function emptySince(data: PipelineData, lang: string): string {
  return data.pipe.emptySince ? formatDate(data.pipe.emptySince, lang) : '';
}
