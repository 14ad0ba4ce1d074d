import { pickStrings } from '@salient/core';

export interface SummaryParts {
  /** "Peak · 27 August 2024", or the label alone when it gives the date. */
  when: string;
  /** The area computed from the outline, in the chosen unit, and in the other. */
  area: string;
  alt: string;
  /** "1,150–1,376 km²", or "" when no figure was reported. */
  reported: string;
  reportedBy: string;
}

export interface EncirclementStrings {
  defaultTitle: string;
  approximate: string;
  /** "≈ 1,240 km² on the map" */
  onMap(area: string): string;
  /** "reported 1,150–1,376 km²" */
  reported(range: string): string;
  legend: { held: string; ghost: string; advance: string; corridor: string; border: string };
  /** Heading of the numbered key to the advance arrows, for screen readers. */
  key: string;
  country: { RU: string; UA: string };
  summary(p: SummaryParts): string;
  /** Whether a key place lay inside the held area at this frame. */
  place(name: string, state: 'inside' | 'lost' | 'outside'): string;
  /** "Corridor: about 12–13 km wide, per ISW." (`width` is '' when the label already gives it.) */
  corridor(label: string, width: string, source: string): string;
  columns: [frame: string, area: string, reported: string, reportedBy: string, outline: string, corridor: string, advances: string];
  /** Joins a list: "A, B and C". */
  list(items: string[]): string;
}

const en: EncirclementStrings = {
  defaultTitle: 'Area held, frame by frame',
  approximate: 'approx.',
  onMap: (area) => `≈ ${area} on the map`,
  reported: (range) => `reported ${range}`,
  legend: {
    held: 'Held by Ukraine',
    ghost: 'Held at the previous date',
    advance: 'Russian advance',
    corridor: 'Corridor, width to scale',
    border: 'State border',
  },
  key: 'Russian advances on the map',
  country: { RU: 'Russia', UA: 'Ukraine' },
  summary: (p) =>
    `${p.when}: the area held by Ukraine measures about ${p.area} (${p.alt}) on this map` +
    (p.reported ? `; sources reported ${p.reported}${p.reportedBy ? ` (${p.reportedBy})` : ''}.` : '.'),
  place: (name, state) =>
    state === 'inside' ? `${name} was inside it.` : state === 'lost' ? `${name} was no longer inside it.` : `${name} was outside it.`,
  corridor: (label, width, source) => `${label}${width ? `: about ${width} wide` : ''}${source ? `, per ${source}` : ''}.`,
  columns: ['Frame', 'Area on the map', 'Reported', 'Reported by', 'Outline from', 'Corridor width', 'Russian advances'],
  list: (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
};

const uk: EncirclementStrings = {
  defaultTitle: 'Утримувана площа, кадр за кадром',
  approximate: 'приблизно',
  onMap: (area) => `≈ ${area} на мапі`,
  reported: (range) => `за повідомленнями ${range}`,
  legend: {
    held: 'Під контролем України',
    ghost: 'На попередню дату',
    advance: 'Російський наступ',
    corridor: 'Коридор, ширина в масштабі',
    border: 'Державний кордон',
  },
  key: 'Російський наступ на мапі',
  country: { RU: 'Росія', UA: 'Україна' },
  summary: (p) =>
    `${p.when}: площа під контролем України на цій мапі — близько ${p.area} (${p.alt})` +
    (p.reported ? `; джерела повідомляли ${p.reported}${p.reportedBy ? ` (${p.reportedBy})` : ''}.` : '.'),
  place: (name, state) =>
    state === 'inside' ? `${name} — у її межах.` : state === 'lost' ? `${name} — вже поза її межами.` : `${name} — поза її межами.`,
  corridor: (label, width, source) => `${label}${width ? `: близько ${width} завширшки` : ''}${source ? `, за даними ${source}` : ''}.`,
  columns: ['Кадр', 'Площа на мапі', 'Повідомлена площа', 'Джерела площі', 'Контур за', 'Ширина коридору', 'Російський наступ'],
  list: (items) => new Intl.ListFormat('uk', { type: 'conjunction' }).format(items),
};

export function encirclementStrings(lang: string): EncirclementStrings {
  return pickStrings({ en, uk }, lang);
}
