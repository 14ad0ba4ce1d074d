import { pickStrings } from './locale.js';
import type { AreaUnit } from './units.js';

/** The strings every element's frame shows. Elements keep their own strings beside them the same way. */
export interface CoreStrings {
  area(number: string, unit: AreaUnit): string;
  unitName(unit: AreaUnit): string;
  errorTitle: string;
  loading: string;
  waiting: string;
  source: string;
  data: string;
  previous: string;
  next: string;
  step(current: number, count: number): string;
}

const en: CoreStrings = {
  area: (n, unit) => (unit === 'mi2' ? `${n} sq mi` : `${n} km²`),
  unitName: (unit) => (unit === 'mi2' ? 'square miles' : 'square kilometres'),
  errorTitle: 'This graphic could not be shown',
  loading: 'Loading data…',
  waiting: 'Waiting for data',
  source: 'Source',
  data: 'Data',
  previous: 'Previous',
  next: 'Next',
  step: (current, count) => `Step ${current} of ${count}`,
};

const uk: CoreStrings = {
  area: (n, unit) => (unit === 'mi2' ? `${n} кв. миль` : `${n} км²`),
  unitName: (unit) => (unit === 'mi2' ? 'квадратних миль' : 'квадратних кілометрів'),
  errorTitle: 'Не вдалося показати графіку',
  loading: 'Завантаження даних…',
  waiting: 'Очікуємо дані',
  source: 'Джерело',
  data: 'Дані',
  previous: 'Назад',
  next: 'Далі',
  step: (current, count) => `Крок ${current} з ${count}`,
};

export function strings(lang: string): CoreStrings {
  return pickStrings({ en, uk }, lang);
}
