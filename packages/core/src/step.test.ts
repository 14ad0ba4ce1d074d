import { describe, expect, it } from 'vitest';
import { clampStep, stepForKey } from './step.js';

describe('steps', () => {
  it('moves with arrow keys and clamps at the ends', () => {
    expect(stepForKey('ArrowRight', 2, 5)).toBe(3);
    expect(stepForKey('ArrowRight', 4, 5)).toBe(4);
    expect(stepForKey('ArrowLeft', 0, 5)).toBe(0);
    expect(stepForKey('ArrowLeft', 3, 5)).toBe(2);
    expect(stepForKey('Home', 3, 5)).toBe(0);
    expect(stepForKey('End', 0, 5)).toBe(4);
    expect(stepForKey('a', 0, 5)).toBeNull();
  });
  it('reads a step attribute as a clamped whole index, defaulting to the last step', () => {
    expect(clampStep(2, 5)).toBe(2);
    expect(clampStep(2.6, 5)).toBe(3);
    expect(clampStep(-1, 5)).toBe(0);
    expect(clampStep(99, 5)).toBe(4);
    expect(clampStep(undefined, 5)).toBe(4);
    expect(clampStep(Number.NaN, 5)).toBe(4);
    expect(clampStep(3, 0)).toBe(0);
  });
});
