import { Issues, parseIsoDate, type LocalText, type Validation } from '@salient/core';

/** Another source's figure for the same moment; together they make the whiskers. */
export interface TerritoryEstimate {
  value: number;
  source: string;
  /** What sets it apart from the source's other figures ("with grey zone"). */
  label?: LocalText;
  /** Where it was read. */
  via?: string;
  date?: string;
  note?: LocalText;
}

/** One step: the area held at a moment, in km², with who said so. */
export interface TerritoryPoint {
  /** Calendar date of the figure, yyyy-mm-dd (or yyyy-mm). */
  date: string;
  /** A short name for the moment, shown before the date ("Peak"). */
  label?: LocalText;
  /** Area in km²: the figure the bar shows. */
  value: number;
  /** Who gave the figure. */
  source: string;
  /** Where it was read. */
  via?: string;
  /** The date or figure is approximate. */
  approximate?: boolean;
  /** Other sources' figures for about the same moment: the whiskers span all of them and `value`. */
  estimates?: TerritoryEstimate[];
  note?: LocalText;
}

/** A fixed area to compare with (a city, the whole region). */
export interface TerritoryReference {
  label: LocalText;
  value: number;
  source?: string;
}

export interface TerritoryData {
  /** What is measured, for the table caption ("Area held by Ukraine in Kursk oblast"). */
  title?: LocalText;
  /** How the summary sentence names who held the ground, with its verb ("Ukraine held"). */
  held?: LocalText;
  /** The steps, oldest first. */
  series: TerritoryPoint[];
  references?: TerritoryReference[];
  /** Credit line for the whole graphic. */
  source?: LocalText;
}

/** Larger than any land area on Earth: a figure beyond this is a typing error, not a territory. */
export const MAX_AREA_KM2 = 150_000_000;

function area(issues: Issues, value: unknown, path: string): void {
  issues.number(value, path, { min: 0, max: MAX_AREA_KM2 });
}

function point(issues: Issues, value: unknown, path: string): void {
  if (!issues.object(value, path)) return;
  issues.date(value.date, `${path}.date`);
  area(issues, value.value, `${path}.value`);
  issues.string(value.source, `${path}.source`);
  issues.string(value.via, `${path}.via`, { optional: true });
  issues.text(value.label, `${path}.label`, { optional: true });
  issues.text(value.note, `${path}.note`, { optional: true });
  issues.flag(value.approximate, `${path}.approximate`);
  if (value.estimates === undefined) return;
  if (!issues.array(value.estimates, `${path}.estimates`)) return;
  value.estimates.forEach((estimate, i) => {
    const at = `${path}.estimates[${i}]`;
    if (!issues.object(estimate, at)) return;
    area(issues, estimate.value, `${at}.value`);
    issues.string(estimate.source, `${at}.source`);
    issues.string(estimate.via, `${at}.via`, { optional: true });
    issues.date(estimate.date, `${at}.date`, { optional: true });
    issues.text(estimate.note, `${at}.note`, { optional: true });
    issues.text(estimate.label, `${at}.label`, { optional: true });
  });
}

/** Checks untrusted territory data (from a CMS, a URL or a script) and says what is wrong with it. */
export function validateTerritory(input: unknown): Validation<TerritoryData> {
  const issues = new Issues();
  if (!issues.object(input, 'The data')) return issues.result(input as TerritoryData);
  if (issues.array(input.series, 'series', { min: 1 })) {
    input.series.forEach((p, i) => point(issues, p, `series[${i}]`));
  }
  if (input.references !== undefined && issues.array(input.references, 'references')) {
    input.references.forEach((reference, i) => {
      const at = `references[${i}]`;
      if (!issues.object(reference, at)) return;
      issues.text(reference.label, `${at}.label`);
      area(issues, reference.value, `${at}.value`);
      issues.string(reference.source, `${at}.source`, { optional: true });
    });
  }
  issues.text(input.title, 'title', { optional: true });
  issues.text(input.held, 'held', { optional: true });
  issues.text(input.source, 'source', { optional: true });
  // Order is checked only once every date parses; equal dates are allowed.
  if (issues.ok) {
    const series = input.series as TerritoryPoint[];
    const late = series.findIndex((p, i) => i > 0 && parseIsoDate(p.date) < parseIsoDate(series[i - 1].date));
    if (late !== -1) issues.add(`series[${late}].date`, `comes before the step ahead of it: list the steps oldest first`);
  }
  return issues.result(input as unknown as TerritoryData);
}
