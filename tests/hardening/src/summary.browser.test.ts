/**
 * The screen-reader summary says what is drawn. For every element and every step, the numbers in the summary
 * sentence (areas, percentages, distances, counts, dates) are parsed and compared with the numbers parsed from the
 * labels a sighted reader sees at that step, with the data, and (where the drawing carries the number) with the
 * drawing's own geometry; and the hidden data table has one row per step with the same values.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encirclement, pipeline, supplyRoad, territory } from '@salient/kursk-data';
import { mountElement, text, unmountAll, $, $$ } from '@salient/core/testing';
import { catalog } from './catalog.js';

type Stepped = HTMLElement & { step?: number; updateComplete: Promise<boolean> };

/** Every number in a text, in order: "1,376", "5.8", "77–140" (two numbers). */
function numbers(value: string): number[] {
  return [...value.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => Number(match[0].replace(/,/g, '')));
}

/** The first match of a pattern's groups, or a failure that shows the text. */
function parse(value: string, pattern: RegExp): string[] {
  const match = pattern.exec(value);
  if (!match) throw new Error(`${pattern} not found in: ${value}`);
  return match.slice(1);
}

const summaryOf = (element: HTMLElement) => text(element, '.sr-only[aria-live]');

function tableRows(element: HTMLElement): string[][] {
  return $$(element, 'tbody tr').map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** One row per step, the current one marked, and that row. */
function currentRow(element: HTMLElement, steps: number, step: number): string[] {
  const rows = $$(element, 'tbody tr');
  expect(rows).toHaveLength(steps);
  expect(rows.map((row) => row.getAttribute('aria-current'))).toEqual(rows.map((_, i) => (i === step ? 'true' : null)));
  return tableRows(element)[step];
}

/** Half the last printed digit: 3.5 → 0.05, 47 → 0.5. */
const halfUnit = (printed: number) => (Number.isInteger(printed) ? 0.5 : 0.05);

/**
 * A percentage as printed (whole, or one decimal below 10) is the share of two printed numbers, each as exact as its
 * printed digits allow (`exact` when the numbers are the data's own, unrounded).
 */
function expectShare(printed: number, part: number, whole: number, what: string, exact = false): void {
  const [dp, dw] = exact ? [0, 0] : [halfUnit(part), halfUnit(whole)];
  const low = (100 * Math.max(0, part - dp)) / (whole + dw) - halfUnit(printed);
  const high = (100 * (part + dp)) / (whole - dw) + halfUnit(printed);
  expect(printed, `${what}: ${printed}% for ${part} of ${whole}`).toBeGreaterThanOrEqual(low - 1e-9);
  expect(printed, `${what}: ${printed}% for ${part} of ${whole}`).toBeLessThanOrEqual(high + 1e-9);
}

async function eachStep(tag: string, attributes: Record<string, string>, count: number, check: (element: Stepped, step: number) => void | Promise<void>) {
  const { dataset, width } = catalog.find((entry) => entry.tag === tag)!;
  const element = await mountElement<Stepped>(tag, dataset, { lang: 'en', 'reduced-motion': '', step: '0', ...attributes }, { width });
  for (let step = 0; step < count; step++) {
    element.step = step;
    await element.updateComplete;
    await check(element, step);
  }
}

afterEach(unmountAll);

describe('salient-territory-bar: the summary says what the bar shows', () => {
  const series = territory.series as { value: number; date: string }[];
  it('area, other unit, share of the peak, peak, date and disputed range, at every step', async () => {
    const peak = Math.max(...series.map((point) => point.value));
    await eachStep('salient-territory-bar', {}, series.length, (element, step) => {
      const summary = summaryOf(element);
      const [value] = numbers(text(element, '.value'));
      const [alt] = numbers(text(element, '.alt'));
      const peakLabel = $$(element, '.marker.peak text')[0].textContent ?? '';
      const [drawnPeak] = numbers(peakLabel);
      const when = text(element, '.when strong');

      expect(value, 'the big figure is the data').toBe(series[step].value);
      expect(drawnPeak).toBe(peak);
      expect(alt).toBe(Math.round(value / 2.589988));
      const [date] = parse(summary, /^On (\w+ \d{1,2}, \d{4}),/);
      expect(when, 'the date said is the date shown').toContain(date);
      expect(new Date(`${date} UTC`).toISOString().slice(0, 10)).toBe(series[step].date);

      if (value === 0) {
        expect(summary).toMatch(/ held 0 km²,/);
      } else {
        const said = parse(summary, /about ([\d,.]+) km² \(([\d,.]+) sq mi\)/).map((n) => numbers(n)[0]);
        expect(said).toEqual([value, alt]);
        if (value === peak) {
          expect(summary).toContain(', the peak,');
        } else {
          const [share, ofPeak] = parse(summary, /about ([\d.]+)% of the ([\d,]+) km² peak/);
          expectShare(Number(share), value, drawnPeak, 'share of the peak', true);
          expect(numbers(ofPeak)).toEqual([drawnPeak]);
        }
      }
      // "Sources differ: 77–140 km²" in both.
      const saidRange = parse(summary, /Sources differ: ([\d,]+–[\d,]+) km²/)[0];
      const shownRange = parse(text(element, '.notes'), /Sources differ: ([\d,]+–[\d,]+) km²/)[0];
      expect(numbers(saidRange)).toEqual(numbers(shownRange));

      const row = currentRow(element, series.length, step);
      expect(row[0]).toBe(when);
      expect(row[1]).toBe(text(element, '.value'));
    });
  });
});

describe('salient-encirclement: the summary says what the map shows', () => {
  const frames = encirclement.frames as { reported?: { low: number; high: number } }[];
  it('area on the map, reported range, key places inside or not, corridor width, at every step', async () => {
    const checked = { places: 0, corridors: 0 };
    await eachStep('salient-encirclement', {}, frames.length, (element, step) => {
      const summary = summaryOf(element);
      const when = text(element, '.when');
      const reading = text(element, '.reading');
      expect(summary.startsWith(`${when}:`), `summary starts with "${when}"`).toBe(true);

      const [onMap] = numbers(parse(reading, /≈ ([\d,]+) km² on the map/)[0]);
      const [said, saidAlt] = parse(summary, /measures about ([\d,]+) km² \(([\d,]+) sq mi\) on this map/).map((n) => numbers(n)[0]);
      expect(said).toBe(onMap);
      expect(saidAlt).toBe(Math.round(onMap / 2.589988));

      const reported = frames[step].reported;
      if (reported) {
        const shown = numbers(parse(reading, /reported ([\d,–]+) km²/)[0]);
        const told = numbers(parse(summary, /sources reported ([\d,–]+) km²/)[0]);
        expect(told).toEqual(shown);
        expect(told).toEqual(reported.low === reported.high ? [reported.low] : [reported.low, reported.high]);
      }

      // "Sudzha was inside it": the place's dot is inside the held shape as drawn.
      const held = $<SVGPathElement>(element, 'path.held.main')!;
      for (const [, name, state] of summary.matchAll(/(\p{Lu}[\p{L} -]+?) was (inside|no longer inside|outside) it\./gu)) {
        const label = $$(element, 'text.place-label').find((node) => node.textContent === name);
        expect(label, `${name} is labelled`).toBeDefined();
        const dot = label!.previousElementSibling as SVGCircleElement;
        expect(dot.localName).toBe('circle');
        const inside = held.isPointInFill(new DOMPoint(dot.cx.baseVal.value, dot.cy.baseVal.value));
        expect(inside, `${name} said to be ${state} it`).toBe(state === 'inside');
        checked.places++;
      }

      const width = /about ([\d,]+–[\d,]+|[\d,.]+) km wide/.exec(summary);
      if (width) {
        const label = text(element, '.corridor-label');
        expect(numbers(label), `corridor label "${label}"`).toEqual(numbers(width[1]));
        checked.corridors++;
      }

      const row = currentRow(element, frames.length, step);
      expect(row[0]).toBe(when);
      expect(numbers(row[1])).toEqual([onMap]);
      if (reported) expect(numbers(row[2])).toEqual(numbers(parse(reading, /reported ([\d,–]+) km²/)[0]));
      expect(row[6].split('; ').filter(Boolean)).toHaveLength($$(element, '.key li').length);
    });
    // Every frame names at least one key place, and the Kursk data has a corridor width to check.
    expect(checked.places).toBeGreaterThanOrEqual(frames.length);
    expect(checked.corridors).toBeGreaterThan(0);
  });
});

describe('salient-supply-road: the summary says what the road shows', () => {
  const steps = supplyRoad.steps;
  it('covered length, road length, share, where the stretch lies, at every step; the drawn stretch agrees', async () => {
    await eachStep('salient-supply-road', { layout: 'map' }, steps.length, (element, step) => {
      const summary = summaryOf(element);
      const when = text(element, '.when');
      expect(summary.startsWith(`${when}. `), `summary starts with "${when}"`).toBe(true);
      expect(summary).toContain(text(element, '.summary'));

      const reading = text(element, '.reading');
      const [length, total, share] = parse(reading, /^([\d.,]+) km of the ([\d.,]+) km road within drone range \(([\d.]+)%\)$/).map(Number);
      const [sLength, sTotal, sShare, from, to] = parse(
        summary,
        /Drones could reach ([\d.,]+) km of the ([\d.,]+) km road \(([\d.]+)%\), from ([\d.,]+) to ([\d.,]+) km from /,
      ).map(Number);
      expect([sLength, sTotal, sShare]).toEqual([length, total, share]);
      expectShare(share, length, total, 'share of the road');
      expect(Math.abs(to - from - length), `${from}–${to} km is ${length} km`).toBeLessThanOrEqual(1);

      const label = $$(element, '.label.stretch')[0].textContent ?? '';
      expect(numbers(label)).toEqual([length, share]);

      // The highlighted stretch, measured along the drawn road, is the share said.
      const drawn = $$(element, 'path.stretch').reduce((sum, path) => sum + (path as SVGPathElement).getTotalLength(), 0);
      const road = $<SVGPathElement>(element, 'path.road-line')!.getTotalLength();
      expect(Math.abs(drawn / road - share / 100), `drawn ${(drawn / road * 100).toFixed(1)}% vs said ${share}%`).toBeLessThan(0.02);

      const row = currentRow(element, steps.length, step);
      expect(row[0]).toBe(when);
      expect(numbers(row[2])).toEqual([length, share, from, to]);
      expect(row[4]).toBe(steps[step].sources.join('; '));
    });
  });
});

describe('salient-pipeline: the summary says what the timeline shows', () => {
  const moments = pipeline.timeline.moments;
  const en = (value: string | { en: string }) => (typeof value === 'string' ? value : value.en);
  it('moment, date, soldiers, distance and diameter, at every key moment (animated view)', async () => {
    const { dataset, width } = catalog.find((entry) => entry.tag === 'salient-pipeline')!;
    const element = await mountElement<Stepped>('salient-pipeline', dataset, { lang: 'en', step: '0' }, { width });
    for (let step = 0; step < moments.length; step++) {
      element.step = step;
      await element.updateComplete;
      const summary = summaryOf(element);
      const caption = text(element, '.caption .moment-when');
      const [label, day, date] = caption.split(' · ');
      expect(label).toBe(en(moments[step].label));
      expect(day).toMatch(/^Day \d+$/);
      expect(summary.startsWith(`${label} (${date}): ${text(element, '.caption .moment-text')}`), summary).toBe(true);

      const [soldiers, distance, diameter] = parse(summary, /By different accounts ([\d,–]+) soldiers crawled ([\d.,–]+) km through .+, ([\d.]+) m across\./);
      const facts = $$(element, '.facts .big').map((node) => (node.textContent ?? '').trim());
      expect(numbers(soldiers)).toEqual(numbers(facts[1]));
      expect(numbers(soldiers)).toEqual([pipeline.soldiers.low, pipeline.soldiers.high]);
      expect(numbers(distance)).toEqual(numbers(facts[0]));
      expect(numbers(distance)).toEqual([pipeline.lengthKm.low, pipeline.lengthKm.high]);
      const drawnDiameter = $$(element, '.section .dim text').map((node) => node.textContent ?? '').find((value) => value === `${diameter} m`);
      expect(drawnDiameter, 'the cross-section is labelled with the diameter said').toBeDefined();
      expect(Number(diameter)).toBe(pipeline.pipe.diameterM);

      const row = currentRow(element, moments.length, step);
      expect(row[0]).toBe(label);
      expect(row[1]).toBe(date);
      // How far the column had come at the moment: as the clock shows it.
      expect(row[2]).toBe(text(element, '.clock .km'));
      expect(row[3]).toBe(en(moments[step].text));
    }
  });
});
