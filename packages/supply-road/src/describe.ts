import {
  convertLength,
  formatDate,
  formatNumber,
  formatPercent,
  localText,
  parseIsoDate,
  type DataTable,
  type LengthUnit,
} from '@salient/core';
import type { Coverage, RoadModel } from './layout.js';
import type { SupplyRoadData, SupplyRoadStep } from './schema.js';
import { supplyRoadStrings, type CoveredParts } from './strings.js';

/** A number of km (or mi) for a reader: one decimal below 10, whole above. */
export function formatLength(km: number, unit: LengthUnit, lang: string): string {
  const value = convertLength(km, unit);
  const digits = value < 10 && value > 0 ? 1 : 0;
  return `${formatNumber(value, lang, { maximumFractionDigits: digits })} ${supplyRoadStrings(lang).unit(unit)}`;
}

/** A distance along the road without its unit, for "from 31 to 43 km". */
function formatAlong(km: number, unit: LengthUnit, lang: string): string {
  const value = convertLength(km, unit);
  return formatNumber(value, lang, { maximumFractionDigits: value < 10 && value > 0 ? 1 : 0 });
}

/** "Road of death · 25 February 2025" */
export function stepWhen(step: SupplyRoadStep, lang: string): string {
  const label = localText(step.label, lang);
  const date = formatDate(step.date, lang);
  return label ? `${label} · ${date}` : date;
}

/** The strikes dated on or before the step's date, by index: a strike stays on the road once it happened. */
export function strikesBy(data: SupplyRoadData, step: number): number[] {
  const until = parseIsoDate(data.steps[step].date);
  return (data.strikes ?? []).flatMap((strike, i) => (parseIsoDate(strike.date) <= until ? [i] : []));
}

/** The road's first named place, or its name. */
export function startName(data: SupplyRoadData, lang: string): string {
  const first = data.road.waypoints[0]?.name;
  return localText(first ?? data.road.name, lang);
}

export function coveredParts(data: SupplyRoadData, coverage: Coverage, unit: LengthUnit, lang: string): CoveredParts {
  const { intervals } = coverage;
  return {
    length: formatLength(coverage.lengthKm, unit, lang),
    total: formatLength(coverage.roadKm, unit, lang),
    share: formatPercent(coverage.share, lang),
    from: intervals.length ? formatAlong(intervals[0][0], unit, lang) : '',
    to: intervals.length ? formatAlong(intervals[intervals.length - 1][1], unit, lang) : '',
    unit: supplyRoadStrings(lang).unit(unit),
    stretches: intervals.length,
    start: startName(data, lang),
  };
}

/** "Drones could reach 12 km of the 52 km road (23%), from 31 to 43 km from Sumy." */
export function describeCoverage(data: SupplyRoadData, coverage: Coverage, unit: LengthUnit, lang: string): string {
  const t = supplyRoadStrings(lang);
  return coverage.intervals.length ? t.covered(coveredParts(data, coverage, unit, lang)) : t.none;
}

/** The sentence a screen reader hears for a step: when, what happened, and what the geometry says. */
export function summarize(data: SupplyRoadData, model: RoadModel, step: number, unit: LengthUnit, lang: string): string {
  const s = data.steps[step];
  return `${stepWhen(s, lang)}. ${localText(s.summary, lang)} ${describeCoverage(data, model.steps[step].coverage, unit, lang)}`;
}

/** Every step as a row: when, the positions and their reach, the covered stretch, what happened, who said so. */
export function tabulate(data: SupplyRoadData, model: RoadModel, current: number, unit: LengthUnit, lang: string): DataTable {
  const t = supplyRoadStrings(lang);
  return {
    caption: localText(data.title, lang) || t.defaultTitle,
    columns: t.columns,
    current,
    rows: data.steps.map((step, i) => {
      const geometry = model.steps[i];
      const positions = step.positions.length
        ? step.positions
            .map((p, j) => {
              const line = t.position(
                localText(p.label, lang) + (p.approximate ? ` (${t.approximate})` : ''),
                formatLength(Math.abs(geometry.positions[j].offsetKm), unit, lang),
                formatLength(p.rangeKm, unit, lang),
              );
              // How the position or its range was arrived at, when the data says.
              const note = localText(p.note, lang);
              return note ? `${line} (${note.replace(/\.$/, '')})` : line;
            })
            .join('; ')
        : t.noPositions;
      const coverage = geometry.coverage;
      const covered = coverage.intervals.length
        ? `${formatLength(coverage.lengthKm, unit, lang)} (${formatPercent(coverage.share, lang)}): ${coverage.intervals
            .map(([a, b]) => `${formatAlong(a, unit, lang)}–${formatAlong(b, unit, lang)} ${t.unit(unit)}`)
            .join(', ')}`
        : formatLength(0, unit, lang);
      // Strikes since the step before (from the start, for the first step) go with this step's account.
      const from = i > 0 ? parseIsoDate(data.steps[i - 1].date) : -Infinity;
      const until = parseIsoDate(step.date);
      const strikes = (data.strikes ?? [])
        .filter((strike) => parseIsoDate(strike.date) > from && parseIsoDate(strike.date) <= until)
        .map((strike) => {
          const note = localText(strike.note, lang);
          return `${formatDate(strike.date, lang)}: ${localText(strike.label, lang)} (${strike.source}${note ? `; ${note.replace(/\.$/, '')}` : ''})`;
        });
      const what = [localText(step.summary, lang), strikes.length ? `${t.strikesTitle}: ${strikes.join('; ')}.` : ''].filter(Boolean).join(' ');
      return [stepWhen(step, lang), positions, covered, what, step.sources.join('; ')];
    }),
  };
}
