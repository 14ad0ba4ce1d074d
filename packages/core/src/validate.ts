import { parseIsoDate } from './format.js';
import { isLocalText } from './locale.js';

/** The outcome of checking untrusted input: the typed value, or every problem found, worded for an editor. */
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };
export type Validator<T> = (input: unknown) => Validation<T>;

/**
 * Collects problems while walking untrusted data, each prefixed with where it was found
 * (`series[3].value must be a finite number, got "12a"`), so an editor can find and fix it.
 */
export class Issues {
  readonly list: string[] = [];

  add(path: string, problem: string): void {
    this.list.push(path ? `${path} ${problem}` : problem);
  }

  get ok(): boolean {
    return this.list.length === 0;
  }

  /** Finishes a check: the value when nothing was found, the problems otherwise. */
  result<T>(value: T): Validation<T> {
    return this.ok ? { ok: true, value } : { ok: false, errors: this.list };
  }

  object(value: unknown, path: string): value is Record<string, unknown> {
    if (value && typeof value === 'object' && !Array.isArray(value)) return true;
    this.add(path, `must be an object, got ${describe(value)}`);
    return false;
  }

  /** A list of at least `min` and at most `max` entries (a cap that keeps a huge paste from hanging the page). */
  array(value: unknown, path: string, { min = 0, max = Infinity } = {}): value is unknown[] {
    if (!Array.isArray(value)) {
      this.add(path, `must be a list, got ${describe(value)}`);
      return false;
    }
    if (value.length < min) {
      this.add(path, `must have at least ${min} ${min === 1 ? 'entry' : 'entries'}, got ${value.length}`);
      return false;
    }
    if (value.length > max) {
      this.add(path, `must have at most ${max} entries, got ${value.length}`);
      return false;
    }
    // A list with holes (`new Array(3)` or `[a, , b]` from a script): forEach and every skip holes, so they would
    // pass every check below unseen and reach the drawing as undefined.
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) {
        this.add(path, `has an empty slot at [${i}]: every entry must be given`);
        return false;
      }
    }
    return true;
  }

  string(value: unknown, path: string, { optional = false } = {}): value is string {
    if (optional && value === undefined) return true;
    if (typeof value === 'string' && value.trim() !== '') return true;
    this.add(path, `must be ${optional ? 'a non-empty text or left out' : 'a non-empty text'}, got ${describe(value)}`);
    return false;
  }

  /** Text in data (LocalText): a non-empty string, or an object of strings by language with at least `en`. */
  text(value: unknown, path: string, { optional = false, max = Infinity } = {}): boolean {
    if (optional && value === undefined) return true;
    if (!isLocalText(value) || (typeof value === 'string' && value.trim() === '')) {
      this.add(path, 'must be a non-empty text, or an object of texts by language with at least "en"');
      return false;
    }
    if ((typeof value === 'string' ? [value] : Object.values(value)).some((text) => text.length > max)) {
      this.add(path, `must be at most ${max} characters long`);
      return false;
    }
    return true;
  }

  /** A calendar date written yyyy-mm-dd (or yyyy-mm). */
  date(value: unknown, path: string, { optional = false } = {}): boolean {
    if ((optional && value === undefined) || (typeof value === 'string' && !Number.isNaN(parseIsoDate(value)))) return true;
    this.add(path, `must be a date written yyyy-mm-dd, got ${describe(value)}`);
    return false;
  }

  /** true, false, or left out. */
  flag(value: unknown, path: string): boolean {
    if (value === undefined || typeof value === 'boolean') return true;
    this.add(path, 'must be true or false');
    return false;
  }

  /** A finite number within [min, max]: NaN, Infinity, negatives (by default) and absurd magnitudes are refused. */
  number(value: unknown, path: string, { min = 0, max = Number.MAX_SAFE_INTEGER, optional = false } = {}): value is number {
    if (optional && value === undefined) return true;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(path, `must be a finite number, got ${describe(value)}`);
      return false;
    }
    if (value < min || value > max) {
      this.add(path, `must be between ${min} and ${max}, got ${value}`);
      return false;
    }
    return true;
  }
}

/** A short, safe description of a bad value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}
