import { pickStrings } from '@salient/core';
import type { Phase } from './timeline.js';

export interface SummaryParts {
  moment: string;
  time: string;
  text: string;
  soldiers: string;
  length: string;
  /** The pipe's long name, or its name as a gas pipe ("Urengoy–Pomary–Uzhhorod gas pipeline"). */
  pipe: string;
  diameter: string;
}

export interface PipelineStrings {
  defaultTitle: string;
  /** Unit symbols. */
  unit: { km: string; mi: string; m: string };
  phase: Record<Phase, string>;
  day(n: number): string;
  /** The time zone every time is given in. */
  moscow: string;
  /** "6–7.5 km of 12–15 km" */
  progress(done: string, total: string): string;
  play: string;
  pause: string;
  replay: string;
  time: string;
  speed: string;
  moments: string;
  /** Under the scrubber: the days run faster or slower in places. */
  compressed(days: string, seconds: string): string;
  entry: string;
  /** The entry's label on narrow maps. */
  entryShort: string;
  exit: string;
  /** Either side of the front line, and the country across the border. */
  sides: { entry: string; exit: string; across: string };
  legend: { route: string; column: string; front(date: string): string; strikes: string };
  toScale: string;
  standing: string;
  groups(size: string, spacing: string, source: string): string;
  pipeLength(shown: string): string;
  facts: { distance: string; soldiers: string; pipe: string; when: string };
  /** Said of a figure outside the range shown. */
  outside: string;
  byAccount: string;
  pipeFact(name: string, diameter: string, since: string): string;
  /** "{name} gas pipe", when the data gives no long name. */
  gasPipe(name: string): string;
  when(from: string, to: string): string;
  approximate: string;
  summary(parts: SummaryParts): string;
  columns: [moment: string, time: string, distance: string, what: string, sources: string];
}

const en: PipelineStrings = {
  defaultTitle: 'Key moments of the pipeline operation',
  unit: { km: 'km', mi: 'mi', m: 'm' },
  phase: {
    before: 'Before the entry',
    crawling: 'Crawling',
    waiting: 'Waiting in the pipe',
    emerged: 'Out near Sudzha',
  },
  day: (n) => `Day ${n}`,
  moscow: 'Moscow time (UTC+3)',
  progress: (done, total) => `${done} of ${total}`,
  play: 'Play',
  pause: 'Pause',
  replay: 'Play again',
  time: 'Time',
  speed: 'Speed',
  moments: 'Key moments',
  compressed: (days, seconds) => `${days} days in about ${seconds} s; the waiting runs faster, the emergence slower.`,
  entry: 'Entry: trench from a tree line',
  entryShort: 'Entry (trench)',
  exit: 'Exit (approx.)',
  sides: { entry: 'Russian-held', exit: 'Ukrainian-held', across: 'UKRAINE' },
  legend: {
    route: 'Pipe route (approx.)',
    column: 'Head of the column',
    front: (date) => `Front line, ${date} (approx.)`,
    strikes: 'Ukrainian strikes',
  },
  toScale: 'The pipe and a soldier, to scale',
  standing: 'standing',
  groups: (size, spacing, source) => `Groups of ~${size}, ~${spacing} apart (${source})`,
  pipeLength: (shown) => `${shown} of pipe shown`,
  facts: { distance: 'Distance crawled', soldiers: 'Soldiers', pipe: 'The pipe', when: 'When' },
  outside: 'outside the range shown',
  byAccount: 'by different accounts',
  pipeFact: (name, diameter, since) => `${name}, ${diameter} across${since ? `, empty since ${since}` : ''}`,
  gasPipe: (name) => `${name} gas pipe`,
  when: (from, to) => `${from} to ${to}`,
  approximate: 'approx.',
  summary: (p) =>
    `${p.moment} (${p.time}): ${p.text} By different accounts ${p.soldiers} soldiers crawled ${p.length} through the empty ${p.pipe}, ${p.diameter} across.`,
  columns: ['Moment', 'Date', 'Distance from the entry', 'What happened', 'Sources'],
};

const uk: PipelineStrings = {
  defaultTitle: 'Ключові моменти операції в трубопроводі',
  unit: { km: 'км', mi: 'миль', m: 'м' },
  phase: {
    before: 'До входу',
    crawling: 'Повзуть',
    waiting: 'Чекають у трубі',
    emerged: 'Вийшли біля Суджі',
  },
  day: (n) => `День ${n}`,
  moscow: 'за московським часом (UTC+3)',
  progress: (done, total) => `${done} з ${total}`,
  play: 'Відтворити',
  pause: 'Пауза',
  replay: 'Ще раз',
  time: 'Час',
  speed: 'Швидкість',
  moments: 'Ключові моменти',
  compressed: (days, seconds) => `${days} днів приблизно за ${seconds} с; очікування йде швидше, вихід повільніше.`,
  entry: 'Вхід: траншея від лісосмуги',
  entryShort: 'Вхід (траншея)',
  exit: 'Вихід (приблизно)',
  sides: { entry: 'Під контролем РФ', exit: 'Під контролем ЗСУ', across: 'УКРАЇНА' },
  legend: {
    route: 'Маршрут труби (приблизно)',
    column: 'Голова колони',
    front: (date) => `Лінія фронту, ${date} (приблизно)`,
    strikes: 'Українські удари',
  },
  toScale: 'Труба і солдат у масштабі',
  standing: 'на зріст',
  groups: (size, spacing, source) => `Групи по ~${size}, через ~${spacing} (${source})`,
  pipeLength: (shown) => `показано ${shown} труби`,
  facts: { distance: 'Відстань', soldiers: 'Солдатів', pipe: 'Труба', when: 'Коли' },
  outside: 'поза показаним діапазоном',
  byAccount: 'за різними даними',
  pipeFact: (name, diameter, since) => `${name}, діаметр ${diameter}${since ? `, порожня з ${since}` : ''}`,
  gasPipe: (name) => `газогін ${name}`,
  when: (from, to) => `${from} – ${to}`,
  approximate: 'приблизно',
  summary: (p) =>
    `${p.moment} (${p.time}): ${p.text} За різними даними, ${p.soldiers} солдатів проповзли ${p.length} порожньою трубою (${p.pipe}) діаметром ${p.diameter}.`,
  columns: ['Момент', 'Дата', 'Відстань від входу', 'Що сталося', 'Джерела'],
};

export function pipelineStrings(lang: string): PipelineStrings {
  return pickStrings({ en, uk }, lang);
}
