/**
 * What every graphic's Storybook stories share (`@salient/core/stories`): the args for the attributes all elements
 * have, their controls, and a render that puts the element on the canvas with its data given as a property, a JSON
 * child or a `src`, in a box of the chosen width. Re-rendering with new args updates the same element, so a
 * designer sees a step change or a theme switch as a reader would.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

export interface GraphicArgs {
  headline: string;
  dek: string;
  source?: string;
  units: 'km2' | 'mi2';
  theme: 'light' | 'dark' | 'auto';
  lang?: string;
  step?: number;
  /** Only for elements with a step slider. */
  controls?: boolean;
  reducedMotion: boolean;
  /** The data as a property: used when neither `json` nor `src` is given. */
  data?: unknown;
  src?: string;
  /** The data as the text of a `<script type="application/json">` child. */
  json?: string;
  /** The box's width, px; absent: the canvas's. */
  width?: number;
}

/** An element's own attributes: `true` as present and empty, `false` or `undefined` as absent. */
export type OwnAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

class OwnAttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('ownAttributes() belongs inside an element tag');
  }

  render(_attributes: OwnAttributes): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [attributes]: [OwnAttributes]): typeof nothing {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value === undefined) part.element.removeAttribute(name);
      else part.element.setAttribute(name, value === true ? '' : String(value));
    }
    return nothing;
  }
}

const ownAttributes = directive(OwnAttributesDirective);

/** `<tag>` with the shared args as attributes, `own` as its own ones, and its data from the args. */
export function renderGraphic(tag: string, args: GraphicArgs, own: OwnAttributes = {}): TemplateResult {
  const name = unsafeStatic(tag);
  const element = staticHtml`<${name}
    headline=${args.headline || nothing}
    dek=${args.dek || nothing}
    source=${ifDefined(args.source)}
    units=${args.units}
    theme=${args.theme}
    lang=${ifDefined(args.lang)}
    step=${ifDefined(args.step)}
    ?controls=${args.controls ?? false}
    ?reduced-motion=${args.reducedMotion}
    src=${ifDefined(args.src)}
    .data=${args.json === undefined && args.src === undefined ? args.data : undefined}
    ${ownAttributes(own)}
    >${args.json === undefined ? nothing : html`<script type="application/json">${args.json}</script>`}</${name}
  >`;
  return args.width ? html`<div style="width:${args.width}px;max-width:100%">${element}</div>` : element;
}

/** Controls for the shared args; `steps` is how many steps the story's data has. */
export function graphicArgTypes(steps: number) {
  return {
    units: { control: 'inline-radio', options: ['km2', 'mi2'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'en-GB', 'uk'] },
    step: { control: { type: 'range', min: 0, max: Math.max(0, steps - 1), step: 1 } },
    data: { control: 'object' },
    json: { control: false },
    width: { control: { type: 'range', min: 320, max: 1280, step: 10 } },
  } as const;
}

/** The first `tag` element on a story's canvas. */
export function graphicOn<T extends HTMLElement>(canvas: HTMLElement, tag: string): T {
  const element = canvas.querySelector<T>(tag);
  if (!element) throw new Error(`no <${tag}> on the canvas`);
  return element;
}

/** The text a reader sees in the element's shadow root at `selector`, whitespace collapsed; '' when absent. */
export { text as shadowText } from './testing.js';
