import type { Coverage } from './layout.js';

/**
 * The convoy animation as a pure function of time, so a frame is arithmetic and a test can ask where every
 * vehicle is at any moment. Vehicles leave the start of the road one after another at a steady speed; every
 * `struckEvery`-th one is struck where it enters the first covered stretch (it stops, flashes and fades); the
 * others drive on to the end. Illustrative: not a count of real vehicles.
 */
export interface ConvoyPlan {
  lengthKm: number;
  /** Where a vehicle from the start first comes within drone range, km; null when no stretch is covered. */
  entryKm: number | null;
  vehicles: number;
  /** Seconds for a vehicle to drive the whole road. */
  cycleSeconds: number;
  struckEvery: number;
}

export interface VehicleState {
  /** Distance along the road, km. */
  km: number;
  /** The vehicle's opacity, 0–1. */
  opacity: number;
  /** The strike flash's opacity, 0–1 (0 when not struck). */
  flash: number;
  /** The flash's scale: it bursts outwards as it fades. */
  flashScale: number;
  struck: boolean;
}

export const CONVOY = {
  vehicles: 5,
  cycleSeconds: 16,
  struckEvery: 2,
  /** How long the flash lasts and how long a struck vehicle takes to fade, s. */
  flashSeconds: 0.6,
  fadeSeconds: 1.4,
  /** Fade in at the start and out at the end of the road, s. */
  edgeSeconds: 0.4,
} as const;

export function convoyPlan(coverage: Coverage, options: Partial<Omit<ConvoyPlan, 'lengthKm' | 'entryKm'>> = {}): ConvoyPlan {
  return {
    lengthKm: coverage.roadKm,
    entryKm: coverage.intervals[0]?.[0] ?? null,
    vehicles: options.vehicles ?? CONVOY.vehicles,
    cycleSeconds: options.cycleSeconds ?? CONVOY.cycleSeconds,
    struckEvery: options.struckEvery ?? CONVOY.struckEvery,
  };
}

/** Whether vehicle `index` is one of those struck at the entry to the covered stretch. */
export function isStruck(plan: ConvoyPlan, index: number): boolean {
  return plan.entryKm !== null && index % plan.struckEvery === 0;
}

/**
 * The still frame's moment: the first vehicle just struck at the entry to the covered stretch, the others spread
 * along the road behind and beyond it; with nothing covered, vehicles spread evenly, none at the very ends.
 */
export function stillSeconds(plan: ConvoyPlan): number {
  if (plan.entryKm === null) return plan.cycleSeconds / (2 * plan.vehicles);
  return (plan.entryKm / plan.lengthKm) * plan.cycleSeconds + 1e-6;
}

/**
 * Every vehicle at `seconds` of animation time. `still` is the reduced-motion frame: a struck vehicle stays
 * visible where it was hit, with its flash, so the picture says what the animation shows.
 */
export function vehiclesAt(plan: ConvoyPlan, seconds: number, still = false): VehicleState[] {
  const { lengthKm, cycleSeconds, vehicles } = plan;
  const speed = lengthKm / cycleSeconds;
  const states: VehicleState[] = [];
  for (let i = 0; i < vehicles; i++) {
    const local = (((seconds + (i * cycleSeconds) / vehicles) % cycleSeconds) + cycleSeconds) % cycleSeconds;
    const km = local * speed;
    const edge = Math.min(1, local / CONVOY.edgeSeconds, (cycleSeconds - local) / CONVOY.edgeSeconds);
    if (isStruck(plan, i) && km >= plan.entryKm!) {
      const since = (km - plan.entryKm!) / speed;
      const flash = still ? 1 : Math.max(0, 1 - since / CONVOY.flashSeconds);
      states.push({
        km: plan.entryKm!,
        opacity: still ? 1 : Math.max(0, 1 - since / CONVOY.fadeSeconds) * Math.min(1, (cycleSeconds - local) / CONVOY.edgeSeconds),
        flash,
        flashScale: still ? 1 : 0.6 + Math.min(1, since / CONVOY.flashSeconds),
        struck: true,
      });
    } else {
      states.push({ km, opacity: still ? 1 : Math.max(0, edge), flash: 0, flashScale: 1, struck: false });
    }
  }
  return states;
}
