import { convertArea, type AreaUnit } from './units.js';
import { strings } from './strings.js';

// Intl constructors are slow enough to matter in a render loop; formats are reused per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(safeLocale(lang), options)));
  return format;
}

export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(lang, options).format(value);
}

/** An area for a reader, in whole units (one decimal below 10, where whole units would hide the change). */
export function formatArea(km2: number, unit: AreaUnit, lang: string): string {
  const value = convertArea(km2, unit);
  const number = formatNumber(value, lang, { maximumFractionDigits: value < 10 && value > 0 ? 1 : 0 });
  return strings(lang).area(number, unit);
}

export function formatPercent(ratio: number, lang: string): string {
  // One decimal below 10%, where whole percents would round 4.6% up to 5%.
  return formatNumber(ratio, lang, { style: 'percent', maximumFractionDigits: ratio < 0.1 && ratio > 0 ? 1 : 0 });
}

/** Parses a calendar date (yyyy-mm-dd, or yyyy-mm) as UTC midnight, or returns NaN. */
export function parseIsoDate(iso: string): number {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return NaN;
  const [, y, m, d = '01'] = match;
  const time = Date.UTC(+y, +m - 1, +d);
  const date = new Date(time);
  // Date.UTC rolls 2025-02-30 over to March; a real calendar date round-trips.
  return date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d ? time : NaN;
}

export type DateStyle = 'long' | 'short' | 'month' | 'day';

const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
};

/** A date format for the reader's language, in UTC (give times already shifted to the zone they are told in). */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(safeLocale(lang), { ...options, timeZone: 'UTC' })));
  return format;
}

/** Formats a calendar date in the reader's language; calendar dates have no time zone, so UTC is used. */
export function formatDate(iso: string, lang: string, style: DateStyle = 'long'): string {
  const time = parseIsoDate(iso);
  return Number.isNaN(time) ? iso : dateFormat(lang, dateOptions[style]).format(time);
}

/** A locale tag Intl accepts; an invalid `lang` attribute must not throw a RangeError out of render(). */
export function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
