/**
 * The attributes an embed may set on a graphic, and how each value is checked. Anything that arrives from outside
 * (an iframe's URL, a command line) passes through here and only ever reaches the element through
 * `setAttribute` or a template attribute binding: a value is text, never markup.
 */

export type AttributeRule =
  /** Free text (a headline): control characters removed, whitespace collapsed, at most `max` characters. */
  | { readonly kind: 'text'; readonly max: number }
  /** One of a fixed set of values. */
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  /** A whole number in a range. */
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  /** Present or absent: `''`, `true`, `1`, `yes` and `on` set it; `false`, `0`, `no` and `off` leave it out. */
  | { readonly kind: 'boolean' }
  /** A BCP 47 language tag (`en`, `uk`, `en-GB`). */
  | { readonly kind: 'lang' };

/** The attributes every Salient graphic takes (the element contract in DESIGN.md), with their rules. */
export const commonAttributes = {
  headline: { kind: 'text', max: 200 },
  dek: { kind: 'text', max: 300 },
  source: { kind: 'text', max: 300 },
  units: { kind: 'enum', values: ['km2', 'mi2'] },
  theme: { kind: 'enum', values: ['light', 'dark', 'auto'] },
  lang: { kind: 'lang' },
  step: { kind: 'integer', min: 0, max: 999 },
  controls: { kind: 'boolean' },
  'reduced-motion': { kind: 'boolean' },
} as const satisfies Record<string, AttributeRule>;

/** A checked value: a string to set, `null` for a boolean that is off, or why the input was refused. */
export type Checked = { ok: true; value: string | null } | { ok: false; message: string };

const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;
const TRUE = new Set(['', 'true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

/** Removes control characters and collapses whitespace: what is left is a line of plain text. */
export function plainText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Checks one value against its rule. */
export function checkAttribute(name: string, rule: AttributeRule, raw: string): Checked {
  const value = raw.trim();
  switch (rule.kind) {
    case 'text': {
      const text = plainText(raw);
      return text.length <= rule.max
        ? { ok: true, value: text }
        : { ok: false, message: `${name} is longer than ${rule.max} characters` };
    }
    case 'enum':
      return rule.values.includes(value)
        ? { ok: true, value }
        : { ok: false, message: `${name} must be one of ${rule.values.join(', ')}` };
    case 'integer': {
      const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
      return number >= rule.min && number <= rule.max
        ? { ok: true, value: String(number) }
        : { ok: false, message: `${name} must be a whole number from ${rule.min} to ${rule.max}` };
    }
    case 'boolean':
      if (TRUE.has(value.toLowerCase())) return { ok: true, value: '' };
      if (FALSE.has(value.toLowerCase())) return { ok: true, value: null };
      return { ok: false, message: `${name} must be true or false` };
    case 'lang':
      return LANG.test(value) ? { ok: true, value } : { ok: false, message: `${name} must be a language tag such as en or uk` };
  }
}
