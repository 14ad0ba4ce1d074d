import { commonAttributes, type AttributeRule } from './attributes.js';

/** One graphic that can be embedded by iframe, rendered on the server, or exported as SVG or PNG. */
export interface GraphicEntry {
  /** The npm package that defines the element. */
  readonly package: string;
  /**
   * Registers the element: the package's `define` module. Written out as a literal `import()` so bundlers (the
   * demo's embed page) split each graphic into its own chunk, and Node resolves it to the package's built `dist`.
   */
  readonly define: () => Promise<unknown>;
  /** The export of `@salient/kursk-data` that is this element's dataset, assignable as-is to its `data`. */
  readonly dataset: string;
  /**
   * Loads that dataset: `import('@salient/kursk-data').then((data) => data.<dataset>)`, written out so that a
   * bundle keeps only the datasets it uses (a lookup by name would pull in every one, maps included).
   */
  readonly data: () => Promise<unknown>;
  /** What the graphic shows: the embed page's title, and the iframe's `title` a host page should give it. */
  readonly title: string;
  /**
   * Attributes it gets unless the embed sets them (checked like any other value). A value may be one text per
   * language, `{ en, uk }`, picked by the embed's `lang` (English when there is none for it).
   */
  readonly attributes: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  /** Attributes of its own, beyond the common ones every graphic takes, and how to check their values. */
  readonly ownAttributes?: Readonly<Record<string, AttributeRule>>;
}

/**
 * Every graphic the embedding paths know, by tag. The embed page (`embed.html?graphic=…`), `salient-render`, the
 * CMS sandbox test and the docs read this one table: adding an element is one entry here, plus its package in
 * this package's `dependencies` (so the build order and the imports resolve).
 *
 * `define` and `data` are functions around literal `import()`s, not names looked up at run time: bundlers see
 * them, split each graphic and its data into chunks of their own, and keep only what the page uses.
 */
export const graphics = {
  'salient-territory-bar': {
    package: '@salient/territory-bar',
    define: () => import('@salient/territory-bar/define'),
    dataset: 'territory',
    data: () => import('@salient/kursk-data').then((data) => data.territory),
    title: 'Area of Kursk oblast held by Ukraine',
    attributes: {
      headline: { en: 'Area of Kursk oblast held by Ukraine', uk: 'Площа Курської області під контролем України' },
    },
  },
  'salient-encirclement': {
    package: '@salient/encirclement',
    define: () => import('@salient/encirclement/define'),
    dataset: 'encirclement',
    data: () => import('@salient/kursk-data').then((data) => data.encirclement),
    title: 'How the Kursk salient shrank',
    attributes: {
      headline: { en: 'How the Kursk salient shrank', uk: 'Як зменшувався курський виступ' },
    },
  },
  'salient-supply-road': {
    package: '@salient/supply-road',
    define: () => import('@salient/supply-road/define'),
    dataset: 'supplyRoad',
    data: () => import('@salient/kursk-data').then((data) => data.supplyRoad),
    title: 'The road to Sudzha under drone fire',
    attributes: {
      headline: { en: 'The road to Sudzha under drone fire', uk: 'Дорога на Суджу під вогнем дронів' },
    },
    ownAttributes: { autoplay: { kind: 'boolean' }, layout: { kind: 'enum', values: ['auto', 'map', 'strip'] } },
  },
  'salient-pipeline': {
    package: '@salient/pipeline',
    define: () => import('@salient/pipeline/define'),
    dataset: 'pipeline',
    data: () => import('@salient/kursk-data').then((data) => data.pipeline),
    title: 'Through the gas pipe to Sudzha',
    attributes: {
      headline: { en: 'Through the gas pipe to Sudzha', uk: 'Газовою трубою до Суджі' },
    },
    ownAttributes: { autoplay: { kind: 'boolean' } },
  },
} as const satisfies Record<`salient-${string}`, GraphicEntry>;

export type GraphicTag = keyof typeof graphics;

/** A registry entry with its tag and short name (`territory-bar`). */
export type Graphic = GraphicEntry & { readonly tag: GraphicTag; readonly name: string };

const entries: readonly Graphic[] = Object.entries(graphics).map(([tag, entry]) => ({
  ...(entry as GraphicEntry),
  tag: tag as GraphicTag,
  name: tag.replace(/^salient-/, ''),
}));

/** Every registered graphic, in registry order. */
export function allGraphics(): readonly Graphic[] {
  return entries;
}

/** A graphic by tag (`salient-territory-bar`) or short name (`territory-bar`); `undefined` if none. */
export function findGraphic(name: string): Graphic | undefined {
  const key = name.trim().toLowerCase();
  return entries.find((entry) => entry.tag === key || entry.name === key);
}

/** A graphic's default attributes in a language (`uk`, `en-GB`): each text in that language, else in English. */
export function defaultAttributes(graphic: Graphic, lang = 'en'): Record<string, string> {
  const primary = lang.toLowerCase().split('-')[0];
  return Object.fromEntries(
    Object.entries(graphic.attributes).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : (value[primary] ?? value.en ?? Object.values(value)[0] ?? ''),
    ]),
  );
}

/** The attributes a graphic accepts, with their rules: the common ones and its own. */
export function attributeRules(graphic: Graphic): Readonly<Record<string, AttributeRule>> {
  return { ...commonAttributes, ...graphic.ownAttributes };
}

/** The dataset names an embed may ask for: those the registry names, and nothing else from the data package. */
export function datasetNames(): readonly string[] {
  return [...new Set(entries.map((entry) => entry.dataset))];
}

/** Loads a dataset by name: only one the registry names, through the entry that names it. */
export async function loadDataset(name: string): Promise<unknown> {
  const entry = entries.find((graphic) => graphic.dataset === name);
  if (!entry) throw new Error(`No dataset named "${name}"`);
  return entry.data();
}
