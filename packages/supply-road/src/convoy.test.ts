import { describe, expect, it } from 'vitest';
import { CONVOY, convoyPlan, isStruck, stillSeconds, vehiclesAt } from './convoy.js';
import { coveredStretch, measureRoad } from './layout.js';

// A 40 km road covered from 30 to 38 km: a range 3 km off at 34 km with a 5 km reach.
const road = measureRoad([
  [0, 0],
  [40, 0],
]);
const covered = coveredStretch(road, [{ centre: [34, 3], radiusKm: 5 }]);
const plan = convoyPlan(covered, { vehicles: 4, cycleSeconds: 20, struckEvery: 2 });
// 40 km in 20 s: 2 km/s. Vehicle i leaves i × 5 s earlier than vehicle 0.

describe('convoyPlan', () => {
  it('strikes vehicles where they enter the first covered stretch', () => {
    expect(plan).toEqual({ lengthKm: 40, entryKm: 30, vehicles: 4, cycleSeconds: 20, struckEvery: 2 });
    expect([0, 1, 2, 3].map((i) => isStruck(plan, i))).toEqual([true, false, true, false]);
  });
  it('strikes nobody when nothing is covered', () => {
    const none = convoyPlan(coveredStretch(road, []));
    expect(none.entryKm).toBeNull();
    expect(vehiclesAt(none, 14).some((v) => v.struck)).toBe(false);
  });
});

describe('vehiclesAt', () => {
  it('moves every vehicle at a steady speed, spaced evenly', () => {
    // At 2 s, vehicle i has driven 2 + 5i seconds: 4, 14, 24 and 34 km (vehicle 3 is not one of those struck).
    const at = vehiclesAt(plan, 2);
    expect(at.map((v) => v.km)).toEqual([4, 14, 24, 34]);
    expect(at.some((v) => v.struck)).toBe(false);
  });

  it('stops a struck vehicle at the entry, flashes it and fades it out', () => {
    // Vehicle 0 reaches 30 km at 15 s.
    const before = vehiclesAt(plan, 14.5)[0];
    expect(before).toMatchObject({ km: 29, struck: false, opacity: 1, flash: 0 });
    const hit = vehiclesAt(plan, 15.3)[0];
    expect(hit.km).toBe(30);
    expect(hit.struck).toBe(true);
    expect(hit.flash).toBeCloseTo(1 - 0.3 / CONVOY.flashSeconds, 9);
    expect(hit.opacity).toBeCloseTo(1 - 0.3 / CONVOY.fadeSeconds, 9);
    const later = vehiclesAt(plan, 18)[0];
    expect(later).toMatchObject({ km: 30, struck: true, opacity: 0, flash: 0 });
  });

  it('lets the others drive through the covered stretch to the end', () => {
    // Vehicle 1 is 5 s ahead of vehicle 0: at 12 s it is at 34 km, inside the stretch, still driving.
    const v = vehiclesAt(plan, 12)[1];
    expect(v).toMatchObject({ km: 34, struck: false, opacity: 1 });
    expect(vehiclesAt(plan, 14)[1].km).toBe(38);
  });

  it('fades vehicles in at the start and out at the end', () => {
    expect(vehiclesAt(plan, 0)[0].opacity).toBe(0);
    expect(vehiclesAt(plan, CONVOY.edgeSeconds / 2)[0].opacity).toBeCloseTo(0.5, 9);
  });

  it('repeats every cycle', () => {
    expect(vehiclesAt(plan, 3.7)).toEqual(vehiclesAt(plan, 23.7));
  });

  it('shows the same facts in the still frame: vehicles on the road, one struck where it was hit', () => {
    // Just after 15 s: vehicle 0 has reached 30 km and lies there, struck but visible; the others are 5, 10 and
    // 15 s behind it on the cycle: at 0, 10 and 20 km.
    const still = vehiclesAt(plan, stillSeconds(plan), true);
    expect(still[0]).toMatchObject({ km: 30, struck: true, opacity: 1, flash: 1 });
    expect(still.slice(1).map((v) => Math.round(v.km))).toEqual([0, 10, 20]);
    expect(still.map((v) => v.opacity)).toEqual([1, 1, 1, 1]);
    // With nothing covered, vehicles spread evenly and none is struck.
    const none = convoyPlan(coveredStretch(road, []), { vehicles: 4, cycleSeconds: 20 });
    expect(vehiclesAt(none, stillSeconds(none), true).map((v) => v.km)).toEqual([5, 15, 25, 35]);
  });
});
