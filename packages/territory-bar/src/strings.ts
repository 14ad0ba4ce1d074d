import { pickStrings } from '@salient/core';

export interface SummaryParts {
  date: string;
  held: string;
  value: string;
  /** The same area in the other unit. */
  alt: string;
  share: string;
  peak: string;
  source: string;
  atPeak: boolean;
  zero: boolean;
}

export interface TerritoryStrings {
  defaultTitle: string;
  defaultHeld: string;
  peak: string;
  approximate: string;
  summary(parts: SummaryParts): string;
  /** "Sources differ: 77–140 km² (DeepState 140, …)." with the figures by source when given. */
  sourcesDiffer(range: string, figures?: string): string;
  offScale(label: string, area: string, share: string): string;
  columns: [date: string, area: string, source: string, estimates: string];
}

const en: TerritoryStrings = {
  defaultTitle: 'Area held',
  defaultHeld: 'the area held was',
  peak: 'Peak',
  approximate: 'approx.',
  summary: (p) =>
    p.zero
      ? `On ${p.date}, ${p.held} ${p.value}, per ${p.source}.`
      : p.atPeak
        ? `On ${p.date}, ${p.held} about ${p.value} (${p.alt}), the peak, per ${p.source}.`
        : `On ${p.date}, ${p.held} about ${p.value} (${p.alt}), about ${p.share} of the ${p.peak} peak, per ${p.source}.`,
  sourcesDiffer: (range, figures) => `Sources differ: ${range}${figures ? ` (${figures})` : ''}.`,
  offScale: (label, area, share) => `${label}: ${area}. The peak was ${share} of it.`,
  columns: ['Date', 'Area', 'Source', 'Other estimates'],
};

const uk: TerritoryStrings = {
  defaultTitle: 'Утримувана площа',
  defaultHeld: 'утримувана площа становила',
  peak: 'Пік',
  approximate: 'приблизно',
  summary: (p) =>
    p.zero
      ? `${p.date}: ${p.held} ${p.value}, за даними ${p.source}.`
      : p.atPeak
        ? `${p.date}: ${p.held} близько ${p.value} (${p.alt}), це пік, за даними ${p.source}.`
        : `${p.date}: ${p.held} близько ${p.value} (${p.alt}), приблизно ${p.share} від пікових ${p.peak}, за даними ${p.source}.`,
  sourcesDiffer: (range, figures) => `Джерела розходяться: ${range}${figures ? ` (${figures})` : ''}.`,
  offScale: (label, area, share) => `${label}: ${area}. Пік становив ${share} від цієї площі.`,
  columns: ['Дата', 'Площа', 'Джерело', 'Інші оцінки'],
};

export function territoryStrings(lang: string): TerritoryStrings {
  return pickStrings({ en, uk }, lang);
}
