import { describe, expect, it } from 'vitest';
import { supplyRoad } from '@salient/kursk-data';
import { describeCoverage, formatLength, strikesBy, summarize, tabulate } from './describe.js';
import { roadModel } from './layout.js';
import type { SupplyRoadData } from './schema.js';
import { sample } from './test/data.js';

const kursk: SupplyRoadData = supplyRoad;
const model = roadModel(kursk);
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatLength', () => {
  it('keeps one decimal below 10 and none above, in km or mi', () => {
    expect(formatLength(9.448, 'km', 'en')).toBe('9.4 km');
    expect(formatLength(18.4, 'km', 'en')).toBe('18 km');
    expect(formatLength(18.4, 'mi', 'en')).toBe('11 mi');
    expect(spaces(formatLength(9.448, 'km', 'uk'))).toBe('9,4 км');
  });
});

describe('summary sentence', () => {
  it('says when, what happened and how much of the road drones could reach', () => {
    expect(summarize(kursk, model, 1, 'km', 'en-GB')).toBe(
      '5–7 km from the road · 7 March 2025. Russian positions were 5–7 km from the main road, within drone ' +
        'range (uawire.org). On 6 March the corridor to the border had narrowed to 12–13 km. Drones could reach 9.4 km ' +
        'of the 47 km road (20%), from 33 to 43 km from Sumy.',
    );
  });
  it('is written in Ukrainian for uk', () => {
    expect(spaces(summarize(kursk, model, 3, 'km', 'uk'))).toMatch(
      /Дрони могли уражати 18 км з 47 км дороги \(39%\): від 28 до 47 км від початку дороги \(Суми\)\.$/,
    );
  });
  it('says so when nothing is covered', () => {
    const m = roadModel(sample);
    expect(describeCoverage(sample, m.steps[2].coverage, 'km', 'en')).toBe('No part of the road was within the drone ranges shown.');
  });
});

describe('strikes by step', () => {
  it('shows a strike from its date on', () => {
    expect(strikesBy(kursk, 0)).toEqual([0]);
    expect(strikesBy(kursk, 3)).toEqual([0]);
    const early = { ...kursk, strikes: [{ ...kursk.strikes![0], date: '2025-03-10' }] };
    expect(strikesBy(early, 1)).toEqual([]);
    expect(strikesBy(early, 2)).toEqual([0]);
  });
});

describe('data table', () => {
  it('has a row per step: when, positions, the covered stretch, what happened, sources', () => {
    const table = tabulate(kursk, model, 3, 'km', 'en-GB');
    expect(table.caption).toBe('The road to Sudzha');
    expect(table.columns).toEqual(['Step', 'Russian positions', 'Road within drone range', 'What happened', 'Sources']);
    expect(table.rows).toHaveLength(4);
    expect(table.current).toBe(3);
    const [when, positions, covered, what, sources] = table.rows[3];
    expect(when).toBe('Fire control · 12 March 2025');
    expect(positions).toBe(
      'At the border, north of the checkpoint (approx.): 2.2 km from the road, drone range 7 km; North of the road (approx.): 3.4 km from the road, drone range 7 km; North of Sudzha (approx.): 2.5 km from the road, drone range 7 km',
    );
    expect(covered).toBe('18 km (39%): 28–47 km');
    expect(what).toMatch(/^Russian forces had fire control/);
    expect(sources).toBe('Suspilne via Kyiv Post');
    expect(table.rows[0][2]).toBe('3.5 km (7.5%): 34–37 km');
    // The strike is told with the step it falls in, and only there.
    expect(table.rows[0][3]).toMatch(/Strikes: 25 February 2025: Dozens of vehicles destroyed, 25 February \(Forbes via Kyiv Post; Placed on the road between the border and Sudzha; the report gives no exact place\)\.$/);
    // Notes say how a position or its range was arrived at.
    expect(table.rows[0][1]).toMatch(/^Rubicon drone unit, Sverdlikovo \(position estimated\) \(approx\.\): 15 km from the road, drone range 15 km \(No coordinates were found for Sverdlikovo: .* the sources give no range\)$/);
    expect(table.rows[1][3]).not.toContain('Strikes');
  });
});
