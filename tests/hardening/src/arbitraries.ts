/**
 * fast-check arbitraries for the fuzz suite: mutations of a real dataset (small, printable recipes applied inside the
 * property, so a counterexample reads "replace series[*].value #3 with NaN", not 50 KB of GeoJSON), hostile values,
 * JSON child texts and attribute values.
 */
import fc from 'fast-check';
import { defineOwn, getAt, indexNodes, REMOVE, updateAt, type Path } from './tree.js';

/** A value too big to print: made when the mutation is applied. */
type Recipe = { recipe: 'long-text' | 'deep-nest' | 'sparse-list' };
export type Nasty = { value: unknown } | Recipe;

/** Where a mutation lands: a pattern of the dataset (by index into a list of patterns of one kind) and an instance. */
interface Target {
  pattern: number;
  instance: number;
}

export type Mutation =
  | { kind: 'replace'; at: Target; with: Nasty }
  | { kind: 'remove'; at: Target }
  | { kind: 'retype'; at: Target }
  | { kind: 'resize'; at: Target; length: number }
  | { kind: 'reverse'; at: Target }
  | { kind: 'add-key'; at: Target; key: string; with: Nasty }
  | { kind: 'scale'; at: Target; factor: number }
  | { kind: 'scale-all'; at: Target; factor: number }
  | { kind: 'set-all'; at: Target; value: number };

/** Numbers on the edge of what validation lets through: the poles, the antimeridian, nothing, the largest area. */
const EDGE_NUMBERS = [0, -0, 5e-324, 1e-9, 89.99999, 90, -90, 180, -180, 1, 49, 50, 51, 100, 150_000_000, Number.MAX_SAFE_INTEGER];

/** Bad numbers, not-dates, wrong GeoJSON, wrong LocalText, prototype-pollution shapes and values no JSON has. */
const NASTY_CONSTANTS: readonly unknown[] = [
  NaN, Infinity, -Infinity, -0, 0, -1, 0.5, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2, 1e21,
  null, undefined, true, false,
  '', ' ', '\n\t', '\u0000', '\u202e', 'NaN', 'undefined', 'Infinity', 'null', '140', '-0',
  '2025-02-30', '2025-13-01', '0000-00-00', '2025-1-1', '13/03/2025', '2025-03-13T99:99', '+275760-09-13', 'yesterday',
  '2025-03-08T25:00:00+03:00', '2025-03-08T05:30', '1e3', '0x10',
  [], [[]], [null], {}, [35], [35, 51, 0, 0], [181, 91], ['35', '51'], [NaN, 51],
  { type: 'Polygon', coordinates: [[[0, 0]]] },
  { type: 'Polygon', coordinates: [] },
  { type: 'Polygon', coordinates: [[[35, 51], [35.1, 51], [35.1, 51.1], [35, 51.2]]] },
  { type: 'MultiPolygon', coordinates: [[[[200, 100], [0, 0], [0, 1], [200, 100]]]] },
  { type: 'MultiPolygon', coordinates: [] },
  { type: 'LineString', coordinates: [[NaN, 1], [1, 1]] },
  { type: 'LineString', coordinates: [[35, 51]] },
  { type: 'Point', coordinates: [35, 51] },
  { type: 'Feature', geometry: null, properties: null },
  { type: 'FeatureCollection', features: [{}] },
  { type: 'FeatureCollection', features: null },
  { type: 'GeometryCollection', geometries: [] },
  { en: '' }, { uk: 'лише українською' }, { en: 5 }, { en: 'x', uk: null }, { en: ['x'] },
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"en": "x", "__proto__": "y", "constructor": "z", "toString": "w"}'),
  Object.create(null),
  new Date(Number.NaN),
  new Date(0),
  /regexp/,
  () => 'a function',
  Symbol('symbol'),
  10n,
  new Map([['en', 'x']]),
  new Set(['x']),
  new Float64Array([NaN, Infinity]),
  Object('boxed string'),
];

function materialize(nasty: Nasty): unknown {
  if ('value' in nasty) return nasty.value;
  switch (nasty.recipe) {
    case 'long-text':
      return 'Кursk '.repeat(20_000);
    case 'deep-nest': {
      let value: unknown = [35, 51];
      for (let i = 0; i < 1_000; i++) value = [value];
      return value;
    }
    case 'sparse-list':
      // Holes, not undefineds: `in` and forEach skip them.
      return new Array<unknown>(10);
  }
}

export const nasty: fc.Arbitrary<Nasty> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_CONSTANTS).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.constantFrom<Recipe['recipe']>('long-text', 'deep-nest', 'sparse-list').map((recipe) => ({ recipe })) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.double().map((value) => ({ value })) },
);

/** Keys that must never reach a prototype, plus some that shadow what the code may look up. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'en', 'uk', 'length', 'then'];

type Kind = 'any' | 'object' | 'array' | 'number';

/** The patterns of one dataset, by what their nodes are, for mutations that only make sense on some kinds. */
export class DatasetShape {
  private readonly byKind: Record<Kind, string[]> = { any: [], object: [], array: [], number: [] };
  private readonly paths: Map<string, Path[]>;

  constructor(readonly dataset: unknown) {
    const index = indexNodes(dataset);
    this.paths = index.paths;
    for (const pattern of index.patterns) {
      const sample = getAt(dataset, index.paths.get(pattern)![0]);
      this.byKind.any.push(pattern);
      if (Array.isArray(sample)) this.byKind.array.push(pattern);
      else if (sample && typeof sample === 'object') this.byKind.object.push(pattern);
      else if (typeof sample === 'number') this.byKind.number.push(pattern);
    }
  }

  private target(kind: Kind): fc.Arbitrary<Target> {
    return fc.record({ pattern: fc.nat({ max: this.byKind[kind].length - 1 }), instance: fc.nat({ max: 1_000_000 }) });
  }

  private resolve(kind: Kind, { pattern, instance }: Target): { pattern: string; path: Path; all: Path[] } {
    const name = this.byKind[kind][pattern];
    const all = this.paths.get(name)!;
    return { pattern: name, path: all[instance % all.length], all };
  }

  /** One mutation anywhere in the dataset. */
  mutation(): fc.Arbitrary<Mutation> {
    const any = this.target('any');
    return fc.oneof(
      { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: any, with: nasty }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: any }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('retype' as const), at: any }) },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('resize' as const),
          at: this.target('array'),
          length: fc.constantFrom(0, 1, 2, 3, 51, 101, 501, 5_001),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('reverse' as const), at: this.target('array') }) },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('add-key' as const),
          at: this.target('object'),
          key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
          with: nasty,
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('scale' as const),
          at: this.target('number'),
          factor: fc.constantFrom(-1, 0, 1e-9, 0.5, 1.000001, 2, 1e3, 1e9),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({ kind: fc.constant('set-all' as const), at: this.target('number'), value: fc.constantFrom(...EDGE_NUMBERS) }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('scale-all' as const),
          at: this.target('number'),
          factor: fc.constantFrom(0, 1e-9, 0.999, 1.001, 3, 1e6),
        }),
      },
    );
  }

  /** One to four mutations, applied in turn. */
  mutations(): fc.Arbitrary<Mutation[]> {
    return fc.array(this.mutation(), { minLength: 1, maxLength: 4 });
  }

  /** A copy of the dataset with the mutations applied; the dataset itself is never changed. */
  apply(mutations: readonly Mutation[]): unknown {
    let data = this.dataset;
    for (const mutation of mutations) data = this.applyOne(data, mutation);
    return data;
  }

  private applyOne(data: unknown, mutation: Mutation): unknown {
    switch (mutation.kind) {
      case 'replace':
        return updateAt(data, this.resolve('any', mutation.at).path, () => materialize(mutation.with));
      case 'remove': {
        const { path } = this.resolve('any', mutation.at);
        return path.length ? updateAt(data, path, () => REMOVE) : undefined;
      }
      case 'retype':
        return updateAt(data, this.resolve('any', mutation.at).path, retype);
      case 'resize':
        return updateAt(data, this.resolve('array', mutation.at).path, (node) => resize(node, mutation.length));
      case 'reverse':
        return updateAt(data, this.resolve('array', mutation.at).path, (node) => (Array.isArray(node) ? [...(node as unknown[])].reverse() : node));
      case 'add-key':
        return updateAt(data, this.resolve('object', mutation.at).path, (node) => {
          if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
          const copy = { ...node } as Record<string, unknown>;
          defineOwn(copy, mutation.key, materialize(mutation.with));
          return copy;
        });
      case 'scale':
        return updateAt(data, this.resolve('number', mutation.at).path, (node) => (typeof node === 'number' ? node * mutation.factor : node));
      case 'scale-all':
      case 'set-all': {
        const { all } = this.resolve('number', mutation.at);
        const edit = (node: unknown) =>
          typeof node !== 'number' ? node : mutation.kind === 'set-all' ? mutation.value : node * mutation.factor;
        return all.reduce((copy, path) => updateAt(copy, path, edit), data);
      }
    }
  }
}

/** The same content as another type: a number as text, text as a number, an object as a list, a list as an object. */
function retype(node: unknown): unknown {
  if (typeof node === 'number') return String(node);
  if (typeof node === 'string') return node.trim() !== '' && !Number.isNaN(Number(node)) ? Number(node) : [node];
  if (typeof node === 'boolean') return node ? 'true' : 0;
  if (Array.isArray(node)) return { ...node };
  if (node && typeof node === 'object') return Object.values(node);
  return node === null ? 'null' : null;
}

/** A list grown by repeating its entries (or shrunk), to hit the limits on list lengths. */
function resize(node: unknown, length: number): unknown {
  if (!Array.isArray(node)) return node;
  if (node.length === 0) return Array.from({ length }, () => 0);
  return Array.from({ length }, (_, i) => node[i % node.length] as unknown);
}

/** What a CMS editor might paste into the JSON child. */
export type ChildText =
  | { kind: 'mutated'; mutations: Mutation[] }
  | { kind: 'truncated'; at: number }
  | { kind: 'text'; text: string };

const BROKEN_JSON = [
  '', ' ', '{', '}', '[', 'null', 'undefined', 'NaN', 'Infinity', '[]', '{}', '""', '0', 'true', '-',
  '{"series": [', "{'series': []}", '{"series": [],}', '{"a": 1} // a comment', '/* */ {}', '<!-- -->',
  '<script>{}</script>', '\uFEFF{}', '{"__proto__": {"polluted": "yes"}}', '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"series": [{"date": "2025-03-13", "value": 1e999, "source": "x"}]}', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
];

export function childText(shape: DatasetShape): fc.Arbitrary<ChildText> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('mutated' as const), mutations: shape.mutations() }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncated' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.constantFrom(...BROKEN_JSON) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.json({ maxDepth: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 60 }) }) },
  );
}

/** JSON text without throwing on values JSON has no form for (a bigint becomes text). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? String(item) : item)) ?? 'undefined';
}

export function childTextOf(shape: DatasetShape, spec: ChildText): string {
  if (spec.kind === 'text') return spec.text;
  if (spec.kind === 'mutated') return toJson(shape.apply(spec.mutations));
  const json = toJson(shape.dataset);
  return json.slice(0, Math.floor(spec.at * (json.length - 1)));
}

/** Attribute values: the odd numbers, locales, words, empty, whitespace, very long and random text. */
export const attributeValue: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '', ' ', 'NaN', 'Infinity', '-Infinity', '-0', '0', '-1', '1', '2', '3', '4', '7', '99', '1e309', '0.5', '1.5', '99999999999',
      'true', 'false', 'null', 'undefined', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf',
      'km2', 'mi2', 'KM2', 'light', 'dark', 'auto', 'en', 'uk', 'uk-UA', 'en-GB', 'ar', 'he', 'zh-Hant', 'de-CH-1996', 'x-klingon',
      'en-u-nu-arab', 'und', 'i-default', 'map', 'strip', 'both', '0.25', '4', '1000', '-5', '50',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.nat({ max: 40_000 }).map((n) => 'Суджа '.repeat(n).slice(0, n) || 'x') },
);

/** A set of attributes and their values (each attribute at most once). */
export function attributeSet(names: readonly string[], minLength = 1): fc.Arbitrary<[string, string][]> {
  return fc
    .uniqueArray(fc.tuple(fc.constantFrom(...names), attributeValue), {
      minLength,
      maxLength: Math.min(6, names.length),
      selector: ([name]) => name,
    });
}

/**
 * fc.assert parameters for a browser fuzz run: seeded, and with a failure report whose long repetitive values
 * ("Суджа Суджа …" forty thousand times) are folded, so the counterexample stays readable.
 */
export function fuzzParameters<Ts>(seed: number, numRuns: number): fc.Parameters<Ts> {
  return {
    seed,
    numRuns,
    asyncReporter: (details) => {
      if (!details.failed) return Promise.resolve();
      const message = (fc.defaultReportMessage(details) ?? 'failed')
        .replace(/(.{1,12}?)\1{8,}/gsu, (run, unit: string) => `${unit}…(×${Math.round(run.length / unit.length)})`);
      throw new Error(message.length > 6_000 ? `${message.slice(0, 6_000)}…` : message, { cause: details.errorInstance });
    },
  };
}
