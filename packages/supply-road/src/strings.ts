import { pickStrings, type LengthUnit } from '@salient/core';

export interface CoveredParts {
  /** "12 km" */
  length: string;
  /** "52 km" */
  total: string;
  /** "23%" */
  share: string;
  /** Start and end of the covered part, in the unit, without it ("31", "43"). */
  from: string;
  to: string;
  unit: string;
  /** How many separate stretches. */
  stretches: number;
  /** The road's first named place ("Sumy"). */
  start: string;
}

export interface SupplyRoadStrings {
  defaultTitle: string;
  unit(unit: LengthUnit): string;
  approximate: string;
  /** The two sides of the border, in the road's direction, as drawn on the strip. */
  sides: [string, string];
  /** On the drawing, beside the covered stretch: "12 km · 23%". */
  stretch(length: string, share: string): string;
  /** The reading under the drawing. */
  reading(parts: CoveredParts): string;
  /** The sentence for screen readers and the table. */
  covered(parts: CoveredParts): string;
  none: string;
  play: string;
  stillNote: string;
  legend: { stretch: string; range: string; position: string; strike: string; convoy: string };
  stripNote: string;
  squeezed: string;
  sources: string;
  /** "6 km from the road, drones reach 10 km" */
  position(label: string, distance: string, range: string): string;
  columns: [step: string, positions: string, covered: string, summary: string, sources: string];
  noPositions: string;
  strikesTitle: string;
}

const en: SupplyRoadStrings = {
  defaultTitle: 'The supply road under drone range',
  unit: (unit) => (unit === 'mi' ? 'mi' : 'km'),
  approximate: 'approx.',
  sides: ['UKRAINE', 'RUSSIA'],
  stretch: (length, share) => `${length} · ${share}`,
  reading: (p) => `${p.length} of the ${p.total} road within drone range (${p.share})`,
  covered: (p) =>
    p.stretches > 1
      ? `Drones could reach ${p.length} of the ${p.total} road (${p.share}), in ${p.stretches} stretches between ${p.from} and ${p.to} ${p.unit} from ${p.start}.`
      : `Drones could reach ${p.length} of the ${p.total} road (${p.share}), from ${p.from} to ${p.to} ${p.unit} from ${p.start}.`,
  none: 'No part of the road was within the drone ranges shown.',
  play: 'Animate convoys',
  stillNote: 'Still picture: animation is off.',
  legend: {
    stretch: 'Road within drone range',
    range: 'Drone range',
    position: 'Russian position (approx.)',
    strike: 'Reported strike',
    convoy: 'Supply vehicles (an illustration, not a count)',
  },
  stripNote: 'The road straightened; distances along it to scale.',
  squeezed: 'Distances across the road squeezed to fit.',
  sources: 'Sources',
  position: (label, distance, range) => `${label}: ${distance} from the road, drone range ${range}`,
  columns: ['Step', 'Russian positions', 'Road within drone range', 'What happened', 'Sources'],
  noPositions: 'None shown',
  strikesTitle: 'Strikes',
};

/** Ukrainian plural of "stretch" for a count above 1. */
function ukStretches(n: number): string {
  const tens = n % 100;
  const units = n % 10;
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? 'відрізки' : 'відрізків';
}

const uk: SupplyRoadStrings = {
  defaultTitle: 'Дорога постачання в зоні ураження дронами',
  unit: (unit) => (unit === 'mi' ? 'миль' : 'км'),
  approximate: 'приблизно',
  sides: ['УКРАЇНА', 'РОСІЯ'],
  stretch: (length, share) => `${length} · ${share}`,
  reading: (p) => `${p.length} з ${p.total} дороги в зоні ураження дронами (${p.share})`,
  covered: (p) =>
    p.stretches > 1
      ? `Дрони могли уражати ${p.length} з ${p.total} дороги (${p.share}): ${p.stretches} ${ukStretches(p.stretches)} між ${p.from} і ${p.to} ${p.unit} від початку дороги (${p.start}).`
      : `Дрони могли уражати ${p.length} з ${p.total} дороги (${p.share}): від ${p.from} до ${p.to} ${p.unit} від початку дороги (${p.start}).`,
  none: 'Жодна частина дороги не була в показаних зонах ураження дронами.',
  play: 'Анімувати колони',
  stillNote: 'Нерухоме зображення: анімацію вимкнено.',
  legend: {
    stretch: 'Дорога в зоні ураження дронами',
    range: 'Радіус дії дронів',
    position: 'Російська позиція (приблизно)',
    strike: 'Повідомлений удар',
    convoy: 'Машини постачання (ілюстрація, не кількість)',
  },
  stripNote: 'Дорогу випрямлено; відстані вздовж неї в масштабі.',
  squeezed: 'Відстані поперек дороги стиснуто.',
  sources: 'Джерела',
  position: (label, distance, range) => `${label}: ${distance} від дороги, радіус дронів ${range}`,
  columns: ['Етап', 'Російські позиції', 'Дорога в зоні ураження', 'Що сталося', 'Джерела'],
  noPositions: 'Не показано',
  strikesTitle: 'Удари',
};

export function supplyRoadStrings(lang: string): SupplyRoadStrings {
  return pickStrings({ en, uk }, lang);
}
