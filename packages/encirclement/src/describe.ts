import {
  convertArea,
  convertLength,
  formatArea,
  formatDate,
  formatNumber,
  localText,
  numberFormat,
  strings,
  type AreaUnit,
  type DataTable,
  type DateStyle,
  type LengthUnit,
} from '@salient/core';
import { containsPlace, heldAreaKm2 } from './geometry.js';
import type { EncirclementData, EncirclementFrame, EncirclementPlace } from './schema.js';
import { encirclementStrings } from './strings.js';

export function otherUnit(unit: AreaUnit): AreaUnit {
  return unit === 'km2' ? 'mi2' : 'km2';
}

/**
 * "Peak · 27 August 2024". A label that names the year already says when ("Peak, late August 2024",
 * "13 March 2025: Sudzha falls") and stands alone: the date is not repeated, nor made more precise than the label.
 */
export function describeWhen(frame: EncirclementFrame, lang: string, style: DateStyle = 'long'): string {
  const label = localText(frame.label, lang);
  if (label.includes(frame.date.slice(0, 4))) return label;
  const date = formatDate(frame.date, lang, style);
  return label ? `${label} · ${date}` : date;
}

/** "1,150–1,376 km²", or one figure when low and high agree. */
export function formatAreaRange(low: number, high: number, unit: AreaUnit, lang: string): string {
  const number = (km2: number) => formatNumber(convertArea(km2, unit), lang, { maximumFractionDigits: 0 });
  return strings(lang).area(low === high ? number(low) : `${number(low)}–${number(high)}`, unit);
}

type RangeFormat = Intl.NumberFormat & { formatRange(start: number, end: number): string };

/** A length or a range of lengths given in km, shown in km or mi and worded by Intl ("12–13 km", "7,5–8,1 милі"). */
export function formatLength(km: number | readonly number[], unit: LengthUnit, lang: string): string {
  const [low, high] = typeof km === 'number' ? [km, km] : [km[0], km[1] ?? km[0]];
  return formatInUnit(convertLength(low, unit), convertLength(high, unit), unit, lang);
}

/** A length already in `unit` (a scale bar's round 5 mi), or a range of them. */
export function formatInUnit(low: number, high: number, unit: LengthUnit, lang: string): string {
  const format = numberFormat(lang, {
    style: 'unit',
    unit: unit === 'mi' ? 'mile' : 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: high < 10 ? 1 : 0,
  }) as RangeFormat;
  return Math.abs(low - high) < 1e-9 || typeof format.formatRange !== 'function' ? format.format(low) : format.formatRange(low, high);
}

/** Each frame's held area computed from its outline, km². */
export function frameAreas(data: EncirclementData): number[] {
  return data.frames.map((frame) => heldAreaKm2(frame.held));
}

/** Rank-1 places inside the held area in at least one frame: the ones the summary says were held or lost. */
export function keyPlaces(data: EncirclementData): EncirclementPlace[] {
  return (data.places ?? []).filter(
    (place) => place.rank === 1 && data.frames.some((frame) => containsPlace(frame.held, [place.lon, place.lat])),
  );
}

/** Whether a place was inside the held area at a frame, or had been and was lost. */
export function placeState(data: EncirclementData, place: EncirclementPlace, step: number): 'inside' | 'lost' | 'outside' {
  const inside = (frame: EncirclementFrame) => containsPlace(frame.held, [place.lon, place.lat]);
  if (inside(data.frames[step])) return 'inside';
  return data.frames.slice(0, step).some(inside) ? 'lost' : 'outside';
}

/** "≈ 1,240 km² on the map · reported 1,150–1,376 km²" */
export function describeArea(data: EncirclementData, step: number, unit: AreaUnit, lang: string): string {
  const t = encirclementStrings(lang);
  const frame = data.frames[step];
  const onMap = t.onMap(formatArea(heldAreaKm2(frame.held), unit, lang));
  const reported = frame.reported;
  return reported ? `${onMap} · ${t.reported(formatAreaRange(reported.low, reported.high, unit, lang))}` : onMap;
}

/** The corridor's reported width in the length unit that goes with `unit`, or '' when none was reported. */
export function corridorWidth(frame: EncirclementFrame, unit: AreaUnit, lang: string): string {
  const width = frame.corridor?.widthKm;
  return width ? formatLength(width, unit === 'mi2' ? 'mi' : 'km', lang) : '';
}

/** What a screen reader hears for a frame, built from the data and the computed area. */
export function summarize(data: EncirclementData, step: number, unit: AreaUnit, lang: string): string {
  const t = encirclementStrings(lang);
  const frame = data.frames[step];
  const area = heldAreaKm2(frame.held);
  const reported = frame.reported;
  const sentences = [
    t.summary({
      when: describeWhen(frame, lang),
      area: formatArea(area, unit, lang),
      alt: formatArea(area, otherUnit(unit), lang),
      reported: reported ? formatAreaRange(reported.low, reported.high, unit, lang) : '',
      reportedBy: reported ? t.list(reported.sources) : '',
    }),
    ...keyPlaces(data).map((place) => t.place(localText(place.name, lang), placeState(data, place, step))),
  ];
  const width = corridorWidth(frame, unit, lang);
  if (frame.corridor && width) {
    const label = localText(frame.corridor.label, lang);
    sentences.push(t.corridor(label, label.includes(width) ? '' : width, frame.corridor.source ?? ''));
  }
  const note = localText(frame.note, lang);
  if (note) sentences.push(note);
  return sentences.join(' ');
}

/** Every frame as a table row: the computed area beside the reported figures and their sources. */
export function tabulate(data: EncirclementData, current: number, unit: AreaUnit, lang: string): DataTable {
  const t = encirclementStrings(lang);
  return {
    caption: localText(data.title, lang) || t.defaultTitle,
    columns: t.columns,
    current,
    rows: data.frames.map((frame) => [
      describeWhen(frame, lang),
      formatArea(heldAreaKm2(frame.held), unit, lang),
      frame.reported ? formatAreaRange(frame.reported.low, frame.reported.high, unit, lang) : '',
      frame.reported ? frame.reported.sources.join(', ') : '',
      (frame.sources ?? []).join(', '),
      corridorWidth(frame, unit, lang),
      (frame.advances ?? []).map((advance) => localText(advance.label, lang)).join('; '),
    ]),
  };
}
