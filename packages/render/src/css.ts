/**
 * Just enough CSS to style a server-rendered graphic in Node: a stylesheet parser, selector matching inside one
 * shadow root (`:host`, `:host(…)`, type, class, id, attribute, descendant and child combinators, a few structural
 * pseudo-classes), the cascade (origin, `!important`, specificity, order, inline `style`, SVG presentation
 * attributes), inheritance, custom properties with `var()`, and `@media`/`@container` evaluated for a fixed width
 * and a light, motion-allowed reader. Interactive states (`:hover`, `:focus-visible`) never match: the output is a
 * still picture. Anything it does not understand is skipped, so an unknown rule is lost rather than misapplied.
 */
import { classesOf, type ElementNode } from './parse.js';

export interface Declaration {
  name: string;
  value: string;
  important: boolean;
}

interface AttributeTest {
  name: string;
  op: '' | '=' | '~=' | '^=' | '$=' | '*=' | '|=';
  value: string;
}

interface Compound {
  tag: string | null;
  ids: string[];
  classes: string[];
  attributes: AttributeTest[];
  /** `:host` (true) or `:host(<compound>)`. */
  host: Compound | true | null;
  not: Compound[];
  structural: ('first-child' | 'last-child' | 'only-child' | 'empty')[];
  /** A part this engine cannot evaluate (a state, a pseudo-element): the selector never matches. */
  never: boolean;
}

interface Complex {
  /** Right to left: the subject first, then each ancestor/sibling step with the combinator that leads to it. */
  steps: { compound: Compound; combinator: ' ' | '>' | '+' | '~' | null }[];
  specificity: number;
}

export interface Rule {
  selectors: Complex[];
  declarations: Declaration[];
  order: number;
  origin: 'ua' | 'author';
}

/** The environment media and container queries are evaluated in. */
export interface MediaEnvironment {
  /** Viewport width and the host's content width (the same here: the graphic is the whole picture). */
  width: number;
  colorScheme: 'light' | 'dark';
}

/* ------------------------------------------------------------------ parsing */

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Splits on a separator outside parentheses, brackets and quotes. */
export function splitTopLevel(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      out.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** Splits on whitespace outside parentheses and quotes: `repeat(2, minmax(1px, 1fr)) 10px` is two parts. */
export function splitSpaces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const c of text.trim()) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && /\s/.test(c)) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  if (current) out.push(current);
  return out;
}

/** Index of the `}` that closes the block opened at `open`. */
function closingBrace(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

export function parseDeclarations(text: string): Declaration[] {
  const out: Declaration[] = [];
  for (const part of splitTopLevel(text, ';')) {
    const colon = part.indexOf(':');
    if (colon === -1) continue;
    const name = part.slice(0, colon).trim();
    let value = part.slice(colon + 1).trim();
    if (!name || !value) continue;
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    out.push({ name: name.startsWith('--') ? name : name.toLowerCase(), value, important });
  }
  return out;
}

/** Parses a stylesheet; conditional rules are kept or dropped here, for `env`. */
export function parseStylesheet(css: string, env: MediaEnvironment, origin: Rule['origin'] = 'author', start = 0): Rule[] {
  const rules: Rule[] = [];
  let order = start;
  const walk = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open === -1) break;
      const prelude = text.slice(i, open).trim();
      const close = closingBrace(text, open);
      const body = text.slice(open + 1, close);
      i = close + 1;
      if (prelude.startsWith('@')) {
        const [, keyword = '', condition = ''] = /^@([\w-]+)\s*([\s\S]*)$/.exec(prelude) ?? [];
        if ((keyword === 'media' && mediaMatches(condition, env)) || (keyword === 'container' && containerMatches(condition, env))) {
          walk(body);
        } else if (keyword === 'supports' || keyword === 'layer') {
          walk(body);
        }
        // @keyframes, @font-face, @page and the rest: nothing to draw.
        continue;
      }
      const selectors = splitTopLevel(prelude, ',')
        .map((selector) => parseComplex(selector.trim()))
        .filter((selector): selector is Complex => selector !== null);
      if (selectors.length) rules.push({ selectors, declarations: parseDeclarations(body), order: order++, origin });
    }
  };
  walk(stripComments(css));
  return rules;
}

/** `(prefers-color-scheme: dark)`, `(min-width: 40em)`, `screen and (…)`, `not …`, comma lists. */
function mediaMatches(query: string, env: MediaEnvironment): boolean {
  return splitTopLevel(query, ',').some((one) => {
    let text = one.trim().toLowerCase();
    const negate = text.startsWith('not ');
    if (negate) text = text.slice(4);
    const result = text.split(/\s+and\s+/).every((part) => {
      const p = part.trim();
      if (p === 'all' || p === 'screen' || p === 'only screen') return true;
      if (p === 'print') return false;
      return featureMatches(p, env);
    });
    return negate ? !result : result;
  });
}

function containerMatches(condition: string, env: MediaEnvironment): boolean {
  // `@container [name] (feature)`: the graphic's only container is its host, as wide as the picture.
  const feature = condition.replace(/^[a-z][\w-]*\s+(?=\()/i, '');
  return feature.split(/\s+and\s+/).every((part) => featureMatches(part.trim().toLowerCase(), env));
}

function featureMatches(feature: string, env: MediaEnvironment): boolean {
  const match = /^\(\s*([\w-]+)\s*(?::\s*([^)]+))?\)$/.exec(feature);
  if (!match) return false;
  const [, name, value = ''] = match;
  const px = (v: string) => length(v.trim(), 16, 0) ?? NaN;
  switch (name) {
    case 'prefers-color-scheme':
      return value.trim() === env.colorScheme;
    case 'prefers-reduced-motion':
      return value.trim() === 'no-preference';
    case 'min-width':
      return env.width >= px(value);
    case 'max-width':
      return env.width <= px(value);
    case 'hover':
    case 'pointer':
      return value.trim() === 'none';
    default:
      return false;
  }
}

function emptyCompound(): Compound {
  return { tag: null, ids: [], classes: [], attributes: [], host: null, not: [], structural: [], never: false };
}

/** Reads one compound selector from `text` at `i`; returns it and the index after it. */
function readCompound(text: string, start: number): [Compound, number] {
  const compound = emptyCompound();
  let i = start;
  const ident = () => {
    const m = /^-?[_a-zA-Z\u00a0-\uffff][\w\u00a0-\uffff-]*|^\*/.exec(text.slice(i));
    if (!m) return '';
    i += m[0].length;
    return m[0];
  };
  const argument = () => {
    // After `(`: up to the matching `)`.
    let depth = 1;
    const from = i;
    while (i < text.length && depth > 0) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
      i++;
    }
    return text.slice(from, i - 1);
  };
  const first = ident();
  if (first && first !== '*') compound.tag = first.toLowerCase();
  while (i < text.length) {
    const c = text[i];
    if (c === '.') {
      i++;
      compound.classes.push(ident());
    } else if (c === '#') {
      i++;
      compound.ids.push(ident());
    } else if (c === '[') {
      const end = text.indexOf(']', i);
      const body = text.slice(i + 1, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end + 1;
      const m = /^\s*([\w-]+)\s*(?:([~^$*|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*(?:i|s)?)?\s*$/.exec(body);
      if (m) compound.attributes.push({ name: m[1].toLowerCase(), op: (m[2] ?? '') as AttributeTest['op'], value: m[3] ?? m[4] ?? m[5] ?? '' });
      else compound.never = true;
    } else if (c === ':') {
      const pseudoElement = text[i + 1] === ':';
      i += pseudoElement ? 2 : 1;
      const name = ident().toLowerCase();
      const arg = text[i] === '(' ? (i++, argument()) : null;
      if (pseudoElement) compound.never = true;
      else if (name === 'host') {
        if (arg === null) compound.host = true;
        else {
          const [inner] = readCompound(arg.trim(), 0);
          compound.host = inner;
        }
      } else if (name === 'not' && arg !== null) {
        for (const part of splitTopLevel(arg, ',')) compound.not.push(readCompound(part.trim(), 0)[0]);
      } else if (name === 'first-child' || name === 'last-child' || name === 'only-child' || name === 'empty') {
        compound.structural.push(name);
      } else if (name === 'defined' || name === 'root' || name === 'link' || name === 'any-link') {
        // Every element here is defined; the rest cannot occur inside a shadow root or does no harm.
      } else {
        compound.never = true; // :hover, :focus-visible, :is(), :nth-child(), …
      }
    } else break;
  }
  return [compound, i];
}

function compoundSpecificity(compound: Compound): number {
  let a = compound.ids.length;
  let b = compound.classes.length + compound.attributes.length + compound.structural.length;
  let c = compound.tag ? 1 : 0;
  if (compound.host) {
    b += 1;
    if (compound.host !== true) {
      const inner = compoundSpecificity(compound.host);
      a += Math.floor(inner / 10000);
      b += Math.floor(inner / 100) % 100;
      c += inner % 100;
    }
  }
  for (const not of compound.not) {
    const inner = compoundSpecificity(not);
    a += Math.floor(inner / 10000);
    b += Math.floor(inner / 100) % 100;
    c += inner % 100;
  }
  return a * 10000 + b * 100 + c;
}

function parseComplex(text: string): Complex | null {
  if (!text) return null;
  const steps: Complex['steps'] = [];
  let i = 0;
  let combinator: Complex['steps'][number]['combinator'] = null;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const c = text[i];
    if (c === '>' || c === '+' || c === '~') {
      combinator = c;
      i++;
      continue;
    }
    const [compound, next] = readCompound(text, i);
    if (next === i) return null; // Not a selector this engine reads.
    steps.push({ compound, combinator: steps.length ? (combinator ?? ' ') : null });
    combinator = null;
    i = next;
  }
  if (!steps.length) return null;
  // Stored right to left: each step keeps the combinator between it and the next step to its left.
  const reversed: Complex['steps'] = [];
  for (let k = steps.length - 1; k >= 0; k--) reversed.push({ compound: steps[k].compound, combinator: k > 0 ? steps[k].combinator : null });
  return { steps: reversed, specificity: steps.reduce((sum, step) => sum + compoundSpecificity(step.compound), 0) };
}

/* ------------------------------------------------------------------ matching */

/** The tree a stylesheet applies to: the host, and the shadow root's contents as its children. */
export interface StyleScope {
  host: ElementNode;
}

function elementSiblings(node: ElementNode): ElementNode[] {
  return (node.parent?.children ?? []).filter((child): child is ElementNode => child.kind === 'element');
}

function matchesSimple(node: ElementNode, compound: Compound): boolean {
  if (compound.never) return false;
  if (compound.tag && compound.tag !== node.name) return false;
  if (compound.ids.length && !compound.ids.every((id) => node.attributes.get('id') === id)) return false;
  if (compound.classes.length) {
    const classes = classesOf(node);
    if (!compound.classes.every((name) => classes.includes(name))) return false;
  }
  for (const test of compound.attributes) {
    const value = node.attributes.get(test.name);
    if (value === undefined) return false;
    const v = test.value;
    const ok =
      test.op === '' ? true
      : test.op === '=' ? value === v
      : test.op === '~=' ? value.split(/\s+/).includes(v)
      : test.op === '^=' ? v !== '' && value.startsWith(v)
      : test.op === '$=' ? v !== '' && value.endsWith(v)
      : test.op === '*=' ? v !== '' && value.includes(v)
      : value === v || value.startsWith(`${v}-`);
    if (!ok) return false;
  }
  for (const pseudo of compound.structural) {
    const siblings = elementSiblings(node);
    if (pseudo === 'first-child' && siblings[0] !== node) return false;
    if (pseudo === 'last-child' && siblings[siblings.length - 1] !== node) return false;
    if (pseudo === 'only-child' && siblings.length !== 1) return false;
    if (pseudo === 'empty' && node.children.some((child) => child.kind === 'element' || child.text.length > 0)) return false;
  }
  return compound.not.every((not) => !matchesSimple(node, not));
}

function matchesCompound(node: ElementNode, compound: Compound, scope: StyleScope): boolean {
  const isHost = node === scope.host;
  if (compound.host) {
    if (!isHost) return false;
    const hostTest = compound.host === true ? emptyCompound() : compound.host;
    return matchesSimple(node, hostTest) && matchesSimple(node, { ...compound, host: null, tag: compound.tag });
  }
  return !isHost && matchesSimple(node, compound);
}

function matchesFrom(node: ElementNode, selector: Complex, index: number, scope: StyleScope): boolean {
  const step = selector.steps[index];
  if (!matchesCompound(node, step.compound, scope)) return false;
  if (index === selector.steps.length - 1) return true;
  const combinator = selector.steps[index].combinator;
  const up = (n: ElementNode) => (n === scope.host ? null : n.parent);
  if (combinator === '>') {
    const parent = up(node);
    return parent !== null && matchesFrom(parent, selector, index + 1, scope);
  }
  if (combinator === ' ') {
    for (let ancestor = up(node); ancestor; ancestor = up(ancestor)) {
      if (matchesFrom(ancestor, selector, index + 1, scope)) return true;
    }
    return false;
  }
  const siblings = elementSiblings(node);
  const at = siblings.indexOf(node);
  if (combinator === '+') return at > 0 && matchesFrom(siblings[at - 1], selector, index + 1, scope);
  if (combinator === '~') return siblings.slice(0, at).some((sibling) => matchesFrom(sibling, selector, index + 1, scope));
  return false;
}

export function matches(node: ElementNode, selector: Complex, scope: StyleScope): boolean {
  return matchesFrom(node, selector, 0, scope);
}

/* ------------------------------------------------------------------ values */

/** A length in px: px, em (of `fontSize`), rem (16px), %, (of `percentOf`), unitless 0; null if not a length. */
export function length(value: string, fontSize: number, percentOf: number): number | null {
  const v = value.trim();
  if (v === '0') return 0;
  const m = /^(-?[\d.]+(?:e-?\d+)?)(px|em|rem|%|pt|ch|ex|vw|vh)?$/i.exec(v);
  if (!m) {
    const calc = /^calc\((.*)\)$/i.exec(v);
    return calc ? evaluateCalc(calc[1], fontSize, percentOf) : null;
  }
  const n = Number(m[1]);
  switch ((m[2] ?? '').toLowerCase()) {
    case 'px':
      return n;
    case 'em':
      return n * fontSize;
    case 'rem':
      return n * ROOT_FONT_SIZE;
    case '%':
      return (n / 100) * percentOf;
    case 'pt':
      return (n * 4) / 3;
    case 'ch':
      return n * fontSize * 0.55;
    case 'ex':
      return n * fontSize * 0.5;
    case 'vw':
    case 'vh':
      return null;
    default:
      return n === 0 ? 0 : null;
  }
}

/** `a + b`, `a - b`, `a * n`, `a / n` of lengths: what graphics' styles use. */
function evaluateCalc(expression: string, fontSize: number, percentOf: number): number | null {
  const terms = expression.trim().split(/\s+([+-])\s+/);
  let total = 0;
  let sign = 1;
  for (let k = 0; k < terms.length; k++) {
    if (k % 2 === 1) {
      sign = terms[k] === '-' ? -1 : 1;
      continue;
    }
    const parts = terms[k].split(/\s*([*/])\s*/);
    const op = parts[1];
    let [head, , factor] = parts;
    // `n * length` as well as `length * n`: the base-size scale writes `calc(0.85 * var(--_fs))`.
    if (op === '*' && factor !== undefined && /^-?[\d.]+$/.test(head)) [head, factor] = [factor, head];
    let value = length(head, fontSize, percentOf);
    if (value === null) return null;
    if (op && factor !== undefined) value = op === '*' ? value * Number(factor) : value / Number(factor);
    if (!Number.isFinite(value)) return null;
    total += sign * value;
  }
  return total;
}

/** The root element's font size: what `rem` means in the picture. */
export const ROOT_FONT_SIZE = 16;

const FONT_SIZE_KEYWORDS: Record<string, number> = {
  'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32,
};

/* ------------------------------------------------------------------ the cascade */

/** Properties a child takes from its parent unless it sets them. */
const INHERITED = new Set([
  'color', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant', 'font-variant-numeric',
  'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-transform', 'white-space', 'visibility',
  'direction', 'text-anchor', 'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'dominant-baseline', 'paint-order', 'list-style-type',
  'overflow-wrap', 'word-break', 'fill-rule', 'clip-rule', 'font-stretch', 'text-rendering',
]);

/** What an anonymous box inside `parent` gets: the inherited properties and custom properties only. */
export function inheritedStyle(parent: ComputedStyle): ComputedStyle {
  return new Map([...parent].filter(([name]) => name.startsWith('--') || INHERITED.has(name)));
}

/** SVG presentation attributes, read as declarations of the lowest author precedence. */
export const PRESENTATION_ATTRIBUTES = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-size', 'font-family', 'font-weight',
  'font-style', 'text-anchor', 'dominant-baseline', 'visibility', 'display', 'transform', 'paint-order', 'clip-rule',
  'color', 'letter-spacing',
]);

export type ComputedStyle = Map<string, string>;

function sides(value: string): [string, string, string, string] {
  const parts = splitSpaces(value);
  const [top = '0', right = top, bottom = top, left = right] = parts;
  return [top, right, bottom, left];
}

/** Longhands of the shorthands graphics use. Unknown shorthands pass through as written. */
function expand(declaration: Declaration): Declaration[] {
  const { name, value, important } = declaration;
  const d = (n: string, v: string): Declaration => ({ name: n, value: v, important });
  const box = (prefix: string, suffix = '') => {
    const [t, r, b, l] = sides(value);
    return [d(`${prefix}-top${suffix}`, t), d(`${prefix}-right${suffix}`, r), d(`${prefix}-bottom${suffix}`, b), d(`${prefix}-left${suffix}`, l)];
  };
  const pair = (a: string, b: string) => {
    const [first = '0', second = first] = value.trim().split(/\s+/);
    return [d(a, first), d(b, second)];
  };
  switch (name) {
    case 'margin':
    case 'padding':
      return box(name);
    case 'inset': {
      const [t, r, b, l] = sides(value);
      return [d('top', t), d('right', r), d('bottom', b), d('left', l)];
    }
    case 'margin-block':
    case 'padding-block':
      return pair(`${name.split('-')[0]}-top`, `${name.split('-')[0]}-bottom`);
    case 'margin-inline':
    case 'padding-inline':
      return pair(`${name.split('-')[0]}-left`, `${name.split('-')[0]}-right`);
    case 'margin-block-start':
    case 'padding-block-start':
      return [d(`${name.split('-')[0]}-top`, value)];
    case 'margin-block-end':
    case 'padding-block-end':
      return [d(`${name.split('-')[0]}-bottom`, value)];
    case 'margin-inline-start':
    case 'padding-inline-start':
      return [d(`${name.split('-')[0]}-left`, value)];
    case 'margin-inline-end':
    case 'padding-inline-end':
      return [d(`${name.split('-')[0]}-right`, value)];
    case 'border':
    case 'border-top':
    case 'border-right':
    case 'border-bottom':
    case 'border-left':
    case 'border-block':
    case 'border-inline':
    case 'border-block-start':
    case 'border-block-end':
    case 'border-inline-start':
    case 'border-inline-end': {
      const targets =
        name === 'border' ? ['top', 'right', 'bottom', 'left']
        : name === 'border-block' ? ['top', 'bottom']
        : name === 'border-inline' ? ['left', 'right']
        : [logicalSide(name.slice('border-'.length))];
      const words = splitSpaces(value);
      const width = words.find((w) => /^(?:[\d.]+[a-z]*|thin|medium|thick)$/i.test(w)) ?? 'medium';
      const style = words.find((w) => /^(?:none|hidden|solid|dashed|dotted|double|groove|ridge|inset|outset)$/i.test(w)) ?? 'none';
      const color = words.find((w) => w !== width && w !== style) ?? 'currentcolor';
      return targets.flatMap((side) => [
        d(`border-${side}-width`, width), d(`border-${side}-style`, style), d(`border-${side}-color`, color),
      ]);
    }
    case 'border-width':
    case 'border-style':
    case 'border-color': {
      const [t, r, b, l] = sides(value);
      const kind = name.slice('border-'.length);
      return [d(`border-top-${kind}`, t), d(`border-right-${kind}`, r), d(`border-bottom-${kind}`, b), d(`border-left-${kind}`, l)];
    }
    case 'background':
      // The colour is what a flat picture can show; images and gradients are dropped.
      return [d('background-color', /gradient|url\(/i.test(value) ? 'transparent' : (splitSpaces(value).pop() ?? 'transparent'))];
    case 'list-style':
      return [d('list-style-type', /\bnone\b/.test(value) ? 'none' : value.trim().split(/\s+/)[0])];
    case 'font': {
      const keyword = value.trim();
      if (/^(inherit|initial|unset|revert)$/.test(keyword)) {
        return ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height'].map((n) => d(n, keyword));
      }
      // [style] [variant] [weight] [stretch] size[/line-height] family
      const words = splitSpaces(keyword);
      const at = words.findIndex((w) => /^([\d.]+(px|em|rem|%|pt)|xx-small|x-small|small|medium|large|x-large|xx-large|smaller|larger)(\/.*)?$/.test(w));
      if (at === -1) return [declaration];
      const [size, slashed] = words[at].split('/');
      let lineHeight = slashed;
      let rest = words.slice(at + 1);
      if (lineHeight === undefined && rest[0]?.startsWith('/')) {
        lineHeight = rest[0].slice(1) || rest[1];
        rest = rest.slice(rest[0] === '/' ? 2 : 1);
      }
      const before = words.slice(0, at);
      const weight = before.find((w) => /^(bold|bolder|lighter|normal|\d{3})$/.test(w) && w !== 'normal') ?? '400';
      const style = before.find((w) => /^(italic|oblique)$/.test(w)) ?? 'normal';
      return [
        d('font-style', style), d('font-weight', weight), d('font-size', size), d('line-height', lineHeight ?? 'normal'),
        ...(rest.length ? [d('font-family', rest.join(' '))] : []),
      ];
    }
    default:
      if (/^border-(?:block|inline)-(?:start|end)-(?:width|style|color)$/.test(name)) {
        const [, logical, kind] = /^border-((?:block|inline)-(?:start|end))-(.*)$/.exec(name)!;
        return [d(`border-${logicalSide(logical)}-${kind}`, value)];
      }
      return [declaration];
  }
}

/** Left-to-right, top-to-bottom: the picture is laid out in horizontal-tb, ltr. */
function logicalSide(side: string): string {
  return ({ 'block-start': 'top', 'block-end': 'bottom', 'inline-start': 'left', 'inline-end': 'right' } as Record<string, string>)[side] ?? side;
}

/** Replaces every `var(--x, fallback)`; null when one has neither a value nor a fallback (invalid at computed time). */
export function substituteVars(value: string, lookup: (name: string) => string | undefined, depth = 0): string | null {
  if (depth > 20) return null;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('var(', i);
    if (at === -1) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, at);
    let depthParen = 1;
    let j = at + 4;
    while (j < value.length && depthParen > 0) {
      if (value[j] === '(') depthParen++;
      else if (value[j] === ')') depthParen--;
      j++;
    }
    const inner = value.slice(at + 4, j - 1);
    const comma = splitTopLevel(inner, ',');
    const name = comma[0].trim();
    const fallback = comma.length > 1 ? comma.slice(1).join(',').trim() : undefined;
    const found = lookup(name);
    const replacement = found !== undefined ? found : fallback !== undefined ? substituteVars(fallback, lookup, depth + 1) : null;
    if (replacement === null) return null;
    out += replacement;
    i = j;
  }
  return out;
}

export interface CascadeInput {
  rules: readonly Rule[];
  scope: StyleScope;
}

interface Weighted extends Declaration {
  rank: number;
}

/** Declarations that apply to `node`, highest precedence last. */
function cascaded(node: ElementNode, { rules, scope }: CascadeInput, svg: boolean): Declaration[] {
  const found: Weighted[] = [];
  // Ranks: UA < presentation attributes < author (by specificity, then order) < inline; !important reverses origins.
  if (svg) {
    for (const [name, value] of node.attributes) {
      if (PRESENTATION_ATTRIBUTES.has(name)) found.push({ name, value, important: false, rank: 1e9 });
    }
  }
  for (const rule of rules) {
    let best = -1;
    for (const selector of rule.selectors) {
      if (selector.specificity > best && matches(node, selector, scope)) best = selector.specificity;
    }
    if (best < 0) continue;
    const base = rule.origin === 'ua' ? 0 : 2e9;
    for (const declaration of rule.declarations) found.push({ ...declaration, rank: base + best * 1e4 + rule.order });
  }
  const inline = node.attributes.get('style');
  if (inline) {
    for (const declaration of parseDeclarations(inline)) found.push({ ...declaration, rank: 9e9 });
  }
  const weight = (d: Weighted) => (d.important ? (d.rank < 2e9 ? 4e10 - d.rank : 2e10 + d.rank) : d.rank);
  return found.sort((a, b) => weight(a) - weight(b));
}

/** Initial values of the properties the layout reads. */
const INITIAL: Record<string, string> = {
  color: '#000000', 'font-size': '16px', 'font-weight': '400', 'font-style': 'normal', 'line-height': 'normal',
  'text-align': 'start', 'white-space': 'normal', visibility: 'visible', fill: '#000000', stroke: 'none',
  'text-anchor': 'start', 'list-style-type': 'disc', 'text-transform': 'none', 'letter-spacing': 'normal',
  display: 'inline', position: 'static', 'background-color': 'transparent', opacity: '1',
};

/**
 * Computes `node`'s style from its parent's: the cascade, `inherit`/`initial`/`unset`, custom properties and
 * `var()`, `currentColor`, and `font-size` in px. Other values stay as declared (lengths are resolved by the
 * layout, which knows the containing width).
 */
export function computeStyle(node: ElementNode, parent: ComputedStyle, input: CascadeInput, svg: boolean): ComputedStyle {
  // Shorthands are expanded after var() substitution: `padding: var(--x, 12px 0)` has four sides only then.
  const list = cascaded(node, input, svg);
  const declared = new Map<string, string>();
  for (const declaration of list) if (declaration.name.startsWith('--')) declared.set(declaration.name, declaration.value);

  const style: ComputedStyle = new Map();
  // Custom properties first: they inherit, and may refer to each other.
  for (const [name, value] of parent) if (name.startsWith('--')) style.set(name, value);
  const resolving = new Set<string>();
  const customs = new Map<string, string | null>();
  const custom = (name: string): string | undefined => {
    if (customs.has(name)) return customs.get(name) ?? undefined;
    const raw = declared.get(name);
    if (raw === undefined) return parent.get(name);
    if (raw.trim() === 'initial') return undefined;
    if (raw.trim() === 'inherit' || raw.trim() === 'unset') return parent.get(name);
    if (resolving.has(name)) return undefined; // A cycle: invalid.
    resolving.add(name);
    const value = substituteVars(raw, custom);
    resolving.delete(name);
    customs.set(name, value);
    return value ?? undefined;
  };
  for (const name of declared.keys()) {
    const value = custom(name);
    if (value === undefined) style.delete(name);
    else style.set(name, value);
  }
  for (const declaration of list) {
    if (declaration.name.startsWith('--')) continue;
    const value = declaration.value.includes('var(') ? (substituteVars(declaration.value, custom) ?? 'unset') : declaration.value;
    for (const longhand of expand({ ...declaration, value })) declared.set(longhand.name, longhand.value);
  }

  const resolve = (name: string, raw: string | undefined): string | undefined => {
    if (raw === undefined) return INHERITED.has(name) ? parent.get(name) : INITIAL[name];
    let value = raw.includes('var(') ? substituteVars(raw, custom) : raw;
    if (value === null) value = 'unset';
    const keyword = value.trim().toLowerCase();
    if (keyword === 'inherit') return parent.get(name) ?? INITIAL[name];
    if (keyword === 'initial') return INITIAL[name];
    if (keyword === 'unset' || keyword === 'revert' || keyword === 'revert-layer') {
      return INHERITED.has(name) ? (parent.get(name) ?? INITIAL[name]) : INITIAL[name];
    }
    return value.trim();
  };

  // Inherited properties carry over; the declared ones override.
  for (const name of INHERITED) {
    const value = resolve(name, declared.get(name));
    if (value !== undefined) style.set(name, value);
  }
  for (const [name, raw] of declared) {
    if (name.startsWith('--') || INHERITED.has(name)) continue;
    const value = resolve(name, raw);
    if (value !== undefined) style.set(name, value);
  }

  // font-size in px.
  const parentSize = parseFloat(parent.get('font-size') ?? '16') || 16;
  const size = style.get('font-size') ?? `${parentSize}px`;
  const keyword = FONT_SIZE_KEYWORDS[size];
  const px =
    keyword ?? (size === 'smaller' ? parentSize / 1.2 : size === 'larger' ? parentSize * 1.2 : length(size, parentSize, parentSize));
  style.set('font-size', `${px ?? parentSize}px`);

  // font-weight as a number.
  const weight = style.get('font-weight') ?? '400';
  const parentWeight = Number(parent.get('font-weight') ?? 400) || 400;
  style.set(
    'font-weight',
    weight === 'bold' ? '700'
    : weight === 'normal' ? '400'
    : weight === 'bolder' ? String(Math.max(700, parentWeight))
    : weight === 'lighter' ? '300'
    : weight,
  );

  // currentColor and color-mix(), for everything that takes a colour.
  const mixed = style.get('color');
  if (mixed?.includes('color-mix(')) style.set('color', resolveColorMix(mixed, parent.get('color') ?? '#000000'));
  const color = style.get('color') ?? '#000000';
  for (const name of COLOR_PROPERTIES) {
    const value = style.get(name);
    if (!value) continue;
    if (/^currentcolor$/i.test(value)) style.set(name, color);
    else if (value.includes('color-mix(')) style.set(name, resolveColorMix(value, color));
  }
  return style;
}

/* ------------------------------------------------------------------ colours */

const COLOR_PROPERTIES = ['fill', 'stroke', 'background-color', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'stop-color'];

const NAMED_COLORS: Record<string, [number, number, number]> = {
  black: [0, 0, 0], white: [255, 255, 255], red: [255, 0, 0], green: [0, 128, 0], blue: [0, 0, 255], gray: [128, 128, 128],
  grey: [128, 128, 128], yellow: [255, 255, 0], orange: [255, 165, 0], hotpink: [255, 105, 180], lime: [0, 255, 0],
};

/** A colour as [r, g, b, a] (0–255, alpha 0–1), for hex, rgb()/rgba(), a few names and transparent; null otherwise. */
export function parseColor(value: string, current = '#000000'): [number, number, number, number] | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return [0, 0, 0, 0];
  if (v === 'currentcolor') return parseColor(current);
  const named = NAMED_COLORS[v];
  if (named) return [...named, 1];
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1];
  }
  const rgb = /^rgba?\(([^)]*)\)$/.exec(v)?.[1];
  if (rgb) {
    const parts = rgb.split(/[\s,/]+/).filter(Boolean);
    const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
    const a = parts[3];
    const alpha = a === undefined ? 1 : a.endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
    const [r = NaN, g = NaN, b = NaN] = parts.slice(0, 3).map(channel);
    if ([r, g, b, alpha].every((x) => Number.isFinite(x))) return [r, g, b, alpha];
  }
  return null;
}

/** A percentage: `40%`, or `calc(0.12 * 100%)` as variables leave it. */
function percentage(text: string): number | null {
  const t = text.trim();
  const plain = /^(-?[\d.]+)%$/.exec(t);
  if (plain) return Number(plain[1]);
  const product = /^calc\(\s*(-?[\d.]+)\s*\*\s*(-?[\d.]+)%\s*\)$/.exec(t) ?? /^calc\(\s*(-?[\d.]+)%\s*\*\s*(-?[\d.]+)\s*\)$/.exec(t);
  return product ? Number(product[1]) * Number(product[2]) : null;
}

/** Evaluates `color-mix(in srgb, A [p%], B [q%])` to rgb()/rgba(); anything else is left as written. */
export function resolveColorMix(value: string, current: string): string {
  const match = /^color-mix\(\s*in\s+srgb\s*,(.*)\)$/i.exec(value.trim());
  if (!match) return value;
  const [first = '', second = ''] = splitTopLevel(match[1], ',').map((part) => part.trim());
  const read = (part: string) => {
    const pieces = splitSpaces(part);
    const share = pieces.length > 1 ? percentage(pieces[pieces.length - 1]) : null;
    return { color: parseColor(share !== null ? pieces.slice(0, -1).join(' ') : part, current), share };
  };
  const a = read(first);
  const b = read(second);
  if (!a.color || !b.color) return value;
  const p = a.share ?? (b.share !== null ? 100 - b.share : 50);
  const q = b.share ?? 100 - p;
  const total = p + q;
  if (total <= 0) return 'transparent';
  const [wa, wb] = [p / total, q / total];
  // Premultiplied by alpha, as CSS mixes.
  const [ca, cb] = [a.color, b.color];
  const alpha = ca[3] * wa + cb[3] * wb;
  const channel = (i: 0 | 1 | 2) => (alpha === 0 ? 0 : (ca[i] * ca[3] * wa + cb[i] * cb[3] * wb) / alpha);
  const scaled = alpha * Math.min(1, total / 100);
  const rgb = ([0, 1, 2] as const).map((i) => Math.round(channel(i))).join(', ');
  return scaled >= 1 ? `rgb(${rgb})` : `rgba(${rgb}, ${Math.round(scaled * 1000) / 1000})`;
}
