import { checkAttribute } from './attributes.js';
import { attributeRules, datasetNames, defaultAttributes, findGraphic, allGraphics, type Graphic } from './registry.js';

/** Where an embedded graphic's data comes from. */
export type EmbedData =
  /** A dataset of `@salient/kursk-data`, by name. */
  | { readonly from: 'dataset'; readonly name: string }
  /** JSON text from the URL, handed to the element as its JSON child (the element parses and validates it). */
  | { readonly from: 'json'; readonly text: string }
  /** A URL on the embed page's own origin, given to the element as `src`. */
  | { readonly from: 'src'; readonly url: string };

export interface EmbedRequest {
  readonly graphic: Graphic;
  /** Checked attribute values, the registry's defaults filled in; booleans that are on have the value `''`. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly data: EmbedData;
}

export type EmbedParams =
  | { readonly ok: true; readonly request: EmbedRequest; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string; readonly warnings: readonly string[] };

/** URL parameters that are not attributes. */
const RESERVED = new Set(['graphic', 'dataset', 'data', 'src']);
/** Longest `data` parameter accepted (characters of JSON). */
export const MAX_DATA_LENGTH = 100_000;

/**
 * Reads an embed page's URL parameters:
 * `graphic` (tag or short name, required), then the data from `data` (JSON), `src` (a same-origin URL) or
 * `dataset` (a name the registry lists), in that order, defaulting to the graphic's own dataset; every other
 * parameter must be an attribute the graphic accepts, with a value its rule allows. Anything else is dropped with
 * a warning, never passed on. `base` is the page's URL (for `src`).
 */
export function readEmbedParams(params: URLSearchParams, base: string): EmbedParams {
  const warnings: string[] = [];
  const name = params.get('graphic') ?? '';
  const graphic = findGraphic(name);
  if (!graphic) {
    const known = allGraphics().map((entry) => entry.name).join(', ');
    return {
      ok: false,
      error: name ? `There is no graphic called “${name}”. Known graphics: ${known}.` : `No graphic named. Known graphics: ${known}.`,
      warnings,
    };
  }

  const rules = attributeRules(graphic);
  const attributes: Record<string, string> = {};
  const set = (attribute: string, raw: string, origin: string) => {
    const rule = rules[attribute];
    const checked = checkAttribute(attribute, rule, raw);
    if (!checked.ok) warnings.push(`${origin} ignored: ${checked.message}`);
    else if (checked.value === null) delete attributes[attribute];
    else attributes[attribute] = checked.value;
  };
  // Defaults first, in the language asked for if it is a valid one.
  const lang = params.get('lang');
  const defaultsIn = lang !== null && checkAttribute('lang', rules.lang, lang).ok ? lang.trim() : 'en';
  for (const [attribute, value] of Object.entries(defaultAttributes(graphic, defaultsIn))) {
    if (Object.hasOwn(rules, attribute)) set(attribute, value, `Default ${attribute}`);
  }
  for (const [key, value] of params) {
    if (RESERVED.has(key)) continue;
    if (!Object.hasOwn(rules, key)) {
      warnings.push(`Parameter “${key}” ignored: ${graphic.tag} has no such attribute`);
      continue;
    }
    set(key, value, `Parameter ${key}`);
  }

  return { ok: true, request: { graphic, attributes, data: readData(params, graphic, base, warnings) }, warnings };
}

function readData(params: URLSearchParams, graphic: Graphic, base: string, warnings: string[]): EmbedData {
  const json = params.get('data');
  if (json !== null) {
    if (json.length <= MAX_DATA_LENGTH) return { from: 'json', text: json };
    warnings.push(`Parameter data ignored: longer than ${MAX_DATA_LENGTH} characters`);
  }
  const src = params.get('src');
  if (src !== null) {
    const url = sameOriginUrl(src, base);
    if (url) return { from: 'src', url };
    warnings.push('Parameter src ignored: only a URL on this page’s own origin is fetched');
  }
  const dataset = params.get('dataset');
  if (dataset !== null) {
    if (datasetNames().includes(dataset)) return { from: 'dataset', name: dataset };
    warnings.push(`Parameter dataset ignored: must be one of ${datasetNames().join(', ')}`);
  }
  return { from: 'dataset', name: graphic.dataset };
}

/** `src` resolved against the page, if it stays on the page's origin over http(s); otherwise null. */
function sameOriginUrl(src: string, base: string): string | null {
  try {
    const url = new URL(src, base);
    const page = new URL(base);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === page.origin ? url.href : null;
  } catch {
    return null;
  }
}
