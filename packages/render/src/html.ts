/**
 * Server rendering of any registered graphic with @lit-labs/ssr: the element with its shadow root as declarative
 * shadow DOM (`<template shadowrootmode="open">`), so the graphic shows with no script at all.
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { attributeRules, checkAttribute, defaultAttributes, findGraphic, allGraphics, loadDataset, type Graphic } from '@salient/embed';
import { html } from 'lit';

export interface RenderOptions {
  /** The graphic: a tag (`salient-territory-bar`) or short name (`territory-bar`) from the registry. */
  graphic: string;
  /** The data as an object; wins over `dataset`. */
  data?: unknown;
  /** A dataset name from `@salient/kursk-data` (see the registry); the graphic's own dataset by default. */
  dataset?: string;
  /** Width to lay the graphic out for, in CSS pixels (320 to 2,560). Default 640. */
  width?: number;
  /**
   * Attributes, checked against the registry's allow-list (`headline`, `units`, `theme`, `lang`, `step`, …).
   * The registry's defaults apply unless set; an attribute it does not list, or a value its rule refuses, is an
   * error. `controls` is left out: a still picture has nothing to operate.
   */
  attributes?: Readonly<Record<string, string>>;
  /** Keep Lit's hydration comments (`<!--lit-part …-->`) in the HTML. Default false: a plain static fragment. */
  hydratable?: boolean;
}

export interface Rendered {
  graphic: Graphic;
  width: number;
  /** The attributes the element was rendered with, after the checks and defaults. */
  attributes: Readonly<Record<string, string>>;
  /** The element as HTML with declarative shadow DOM. */
  html: string;
  /** Set when the data was refused: the HTML then shows the graphic's error state. */
  error?: string;
}

export const DEFAULT_WIDTH = 640;
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 2560;

/** What the renderer reaches into on a SalientElement: its size and its data state (see @salient/core). */
interface SalientInternals {
  size: { width: number };
  input: { state: string; error?: string };
}

/** Thrown for options that cannot be rendered (unknown graphic, bad attribute, bad width): a usage error. */
export class RenderOptionsError extends Error {}

/** Checks the options against the registry; throws a RenderOptionsError naming the first problem. */
export function resolveOptions(options: RenderOptions): { graphic: Graphic; width: number; attributes: Record<string, string> } {
  const graphic = findGraphic(options.graphic);
  if (!graphic) {
    throw new RenderOptionsError(
      `Unknown graphic “${options.graphic}”. Registered: ${allGraphics().map((g) => g.name).join(', ')}.`,
    );
  }
  const width = options.width ?? DEFAULT_WIDTH;
  if (!Number.isInteger(width) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new RenderOptionsError(`Width must be a whole number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH}, not ${width}.`);
  }
  const rules = attributeRules(graphic);
  const attributes: Record<string, string> = {};
  const apply = (name: string, raw: string) => {
    const rule = rules[name];
    if (!rule) throw new RenderOptionsError(`${graphic.tag} has no attribute “${name}”. It takes: ${Object.keys(rules).join(', ')}.`);
    const checked = checkAttribute(name, rule, raw);
    if (!checked.ok) throw new RenderOptionsError(checked.message);
    if (checked.value === null) delete attributes[name];
    else attributes[name] = checked.value;
  };
  const lang = options.attributes?.lang;
  const defaultsIn = lang !== undefined && rules.lang && checkAttribute('lang', rules.lang, lang).ok ? lang.trim() : 'en';
  for (const [name, value] of Object.entries(defaultAttributes(graphic, defaultsIn))) apply(name, value);
  for (const [name, value] of Object.entries(options.attributes ?? {})) apply(name, value);
  delete attributes.controls;
  return { graphic, width, attributes };
}

/** Renders a graphic to HTML with declarative shadow DOM. The data is validated by the element itself. */
export async function renderHtml(options: RenderOptions): Promise<Rendered> {
  const { graphic, width, attributes } = resolveOptions(options);
  await graphic.define();
  const data = options.data !== undefined ? options.data : await loadDataset(options.dataset ?? graphic.dataset);

  // The element is built by the SSR renderer; this subclass sets the width it lays out for (a SalientElement
  // otherwise lays out for its ResizeController's fallback width) and keeps the instance to read its state.
  let instance: SalientInternals | undefined;
  class SizedRenderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      const element = this.element as unknown as Partial<SalientInternals>;
      if (tagName === graphic.tag && element.size) {
        element.size.width = width;
        instance ??= element as SalientInternals;
      }
    }
  }

  const result = render(elementTemplate(graphic.tag, attributes, data), { elementRenderers: [SizedRenderer] });
  let markup = await collectResult(result);
  if (!options.hydratable) markup = stripHydrationMarkers(markup);
  const rendered: Rendered = { graphic, width, attributes, html: markup.trim() };
  if (instance?.input.state === 'error') rendered.error = instance.input.error ?? 'The data could not be used';
  return rendered;
}

/**
 * `<tag name="value" … .data=${data}></tag>` for a tag and attribute names known only at run time. Both come
 * from the registry and its allow-list, never from input; the values are ordinary bindings, escaped by Lit.
 */
function elementTemplate(tag: string, attributes: Readonly<Record<string, string>>, data: unknown) {
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]+$/.test(tag)) throw new Error(`Not a custom element name: ${tag}`);
  const names = Object.keys(attributes);
  for (const name of names) if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Not an attribute name: ${name}`);
  const strings: string[] = [];
  let open = `<${tag}`;
  for (const name of names) {
    strings.push(`${open} ${name}="`);
    open = '"';
  }
  strings.push(`${open} .data=`, `></${tag}>`);
  const template = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
  return html(template, ...names.map((name) => attributes[name]), data);
}

/** Removes Lit's hydration comments and placeholders: what is left is plain HTML. */
export function stripHydrationMarkers(markup: string): string {
  return markup.replace(/<!--\/?lit-(?:part|node)[^>]*?-->|<\?>/g, '');
}
