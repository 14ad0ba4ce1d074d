export type AreaUnit = 'km2' | 'mi2';
export type LengthUnit = 'km' | 'mi';

/** Square kilometres in one square mile. */
export const KM2_PER_MI2 = 2.589988;
/** Kilometres in one mile. */
export const KM_PER_MI = 1.609344;

export const AREA_UNITS: readonly AreaUnit[] = ['km2', 'mi2'];

export function isAreaUnit(value: unknown): value is AreaUnit {
  return value === 'km2' || value === 'mi2';
}

/** Coerces an attribute value to a unit, falling back to km² for anything unknown. */
export function toAreaUnit(value: unknown): AreaUnit {
  return isAreaUnit(value) ? value : 'km2';
}

export function convertArea(km2: number, unit: AreaUnit): number {
  return unit === 'mi2' ? km2 / KM2_PER_MI2 : km2;
}

export function convertLength(km: number, unit: LengthUnit): number {
  return unit === 'mi' ? km / KM_PER_MI : km;
}

/** The length unit that goes with an area unit (a map in mi² gets a scale bar in mi). */
export function lengthUnitFor(unit: AreaUnit): LengthUnit {
  return unit === 'mi2' ? 'mi' : 'km';
}
