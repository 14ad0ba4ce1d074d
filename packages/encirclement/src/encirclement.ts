import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { easeCubicInOut } from 'd3-ease';
import {
  AnimationController,
  localText,
  ringPath,
  SalientElement,
  styleProps,
  type DataTable,
  type RenderContext,
  type Validation,
} from '@salient/core';
import { describeArea, describeWhen, summarize, tabulate } from './describe.js';
import {
  BADGE_RADIUS,
  graphicHeight,
  LEGEND_SWATCH,
  TEXT,
  textBlockLines,
  typicalLines,
  layoutFrame,
  layoutLegend,
  layoutMap,
  layoutRegionLabels,
  type FrameLayout,
  type TextLines,
  type LegendEntry,
  type LegendKind,
  type MapBase,
  type PlacedLegendEntry,
  type RegionLabel,
} from './layout.js';
import { interpolateRing, pairRings, type RingPair } from './morph.js';
import { validateEncirclement, type EncirclementData } from './schema.js';
import { encirclementStrings, type EncirclementStrings } from './strings.js';
import { encirclementStyles } from './encirclement.styles.js';

/** How long the held area takes to morph from one frame to the next, ms. */
export const MORPH_MS = 700;

interface Morph {
  pair: RingPair;
  /** The previous frame's other polygons, fading out; the new frame's, fading in. */
  fadeOut: string;
  fadeIn: string;
  elapsed: number;
  step: number;
  width: number;
}

interface View {
  base: MapBase;
  regions: RegionLabel[];
  frame: FrameLayout;
  legend: { items: PlacedLegendEntry[]; height: number };
  /** The frame's name and date, and its area line. */
  when: string;
  area: string;
  /** Lines each text block needs for the frame that needs most, so stepping never changes their height. */
  lines: TextLines;
  credit: string;
}

/**
 * The salient closing in, on a map: the ground held at each date as a shape that morphs from frame to frame, the
 * previous frame's outline as a dashed ghost, Russian advances drawn in as arrows, the supply corridor as a band
 * whose width is to scale, settlements labelled without overlapping, a scale bar and a legend. Above the map, the
 * frame's name and date and its area computed from the outline beside the figures sources reported.
 *
 * Give it data as a `data` property, a child `<script type="application/json">`, or a `src` URL.
 * `step` picks the frame; arrow keys step through when it has focus; `controls` adds a slider.
 *
 * @summary A map of a shrinking salient: held area per date, advances, the corridor out.
 * @csspart when - The frame's name and date.
 * @csspart value - The computed and the reported area.
 * @csspart label - Labels on the map: places, regions, the corridor.
 * @csspart key - The numbered list that says what each arrow is.
 * @csspart legend - The legend under the map.
 * @cssprop --salient-land - Ground on the neutral side (Russia). Default: #f3f3f1.
 * @cssprop --salient-ukraine - Ukraine's side, lightly tinted. Default: #ece3c0.
 * @cssprop --salient-outline - Region outlines. Default: #b4b8bf.
 * @cssprop --salient-border - The state border. Default: #2f333a.
 * @cssprop --salient-held - The held area. Default: #1d5fb4.
 * @cssprop --salient-corridor - The corridor band. Default: #f2c14e.
 * @cssprop --salient-corridor-ink - The corridor's line, dimension and label. Default: #7a4d00.
 * @cssprop --salient-advance - Advance arrows. Default: #a3261b.
 */
export class SalientEncirclement extends SalientElement<EncirclementData> {
  static override styles = [...SalientElement.styles, encirclementStyles];

  private readonly animation = new AnimationController(this, {
    onFrame: (elapsed) => this.tick(elapsed),
    allowed: () => !this.context().reducedMotion,
  });
  private morph?: Morph;
  /** What was last shown, to tell a step change (which morphs) from new data (which does not). */
  private shown?: { data: EncirclementData; step: number; width: number };
  private cache?: { data: EncirclementData; width: number; lang: string; units: string; step: number; source: string; view: View };
  private baseCache?: { data: EncirclementData; width: number; base: MapBase; lang?: string; regions?: RegionLabel[] };

  protected override validate(input: unknown): Validation<EncirclementData> {
    return validateEncirclement(input);
  }

  protected override stepCount(data: EncirclementData): number {
    return data.frames.length;
  }

  protected override stepLabel(data: EncirclementData, step: number, context: RenderContext): string {
    return describeWhen(data.frames[step], context.lang);
  }

  /** The data's credit is drawn by renderGraphic, in a block of known height, so the base frame shows none. */
  protected override credit(): string {
    return '';
  }

  protected override summarize(data: EncirclementData, context: RenderContext): string {
    return summarize(data, context.step, context.units, context.lang);
  }

  protected override tabulate(data: EncirclementData, context: RenderContext): DataTable {
    return tabulate(data, context.step, context.units, context.lang);
  }

  /**
   * The map's shape is fixed per width and every text block gets a height worked out from its texts, so the graphic's
   * height is known from the data before it draws; before data arrives, from typical texts (the Kursk dataset's).
   */
  protected override reservedHeight(width: number): number {
    const t = encirclementStrings(this.context().lang);
    const lines = typicalLines(width);
    return graphicHeight(width, legendEntries(t), this.source ? { ...lines, credit: 0 } : lines);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.morph = undefined;
    this.shown = undefined;
    this.animation.pause();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.input.state === 'ready' ? this.input.value : undefined;
    if (!data) {
      this.shown = undefined;
      this.stop();
      return;
    }
    const { step, width, reducedMotion } = this.context(data);
    const previous = this.shown;
    this.shown = { data, step, width };
    if (!previous || previous.data !== data || previous.width !== width) {
      this.stop();
      return;
    }
    if (previous.step === step) return;
    if (reducedMotion || !this.animation.visible) {
      this.stop();
      return;
    }
    this.startMorph(data, previous.step, step, width);
  }

  private startMorph(data: EncirclementData, from: number, to: number, width: number): void {
    const base = this.base(data, width);
    const current = this.morph ? this.morphRing(this.morph) : base.frames[from].main;
    this.morph = {
      pair: pairRings(current, base.frames[to].main),
      fadeOut: this.morph ? '' : base.frames[from].rest,
      fadeIn: base.frames[to].rest,
      elapsed: 0,
      step: to,
      width,
    };
    this.animation.play();
  }

  private stop(): void {
    this.morph = undefined;
    if (this.animation.playing) this.animation.pause();
  }

  private tick(elapsed: number): void {
    const morph = this.morph;
    if (!morph || this.context().reducedMotion) {
      this.stop();
    } else {
      morph.elapsed += elapsed;
      if (morph.elapsed >= MORPH_MS) this.stop();
    }
    this.requestUpdate();
  }

  private progress(morph: Morph): number {
    return easeCubicInOut(Math.min(1, morph.elapsed / MORPH_MS));
  }

  private morphRing(morph: Morph) {
    return interpolateRing(morph.pair.from, morph.pair.to, this.progress(morph));
  }

  /** The map for this data and width, and its region labels for a language: computed once, not per frame. */
  private base(data: EncirclementData, width: number): MapBase {
    if (this.baseCache?.data !== data || this.baseCache.width !== width) {
      this.baseCache = { data, width, base: layoutMap(data, width) };
    }
    return this.baseCache.base;
  }

  private view(data: EncirclementData, context: RenderContext): View {
    const { width, lang, units, step } = context;
    const cached = this.cache;
    const same = cached && cached.data === data && cached.width === width && cached.lang === lang;
    if (same && cached.units === units && cached.step === step && cached.source === this.source) {
      return cached.view;
    }
    const base = this.base(data, width);
    const baseCache = this.baseCache!;
    if (baseCache.lang !== lang || !baseCache.regions) {
      const { country } = encirclementStrings(lang);
      baseCache.lang = lang;
      baseCache.regions = layoutRegionLabels(base, data, lang, (ukraine) => (ukraine ? country.UA : country.RU));
    }
    const regions = baseCache.regions;
    const frame = layoutFrame(base, data, step, { lang, units, obstacles: regions.map((label) => label.box) });
    const dateStyle = width < 480 ? 'short' : 'long';
    // The credit line is the data's, unless the page gave one (which the base frame shows below everything).
    const credit = this.source ? '' : localText(data.source, lang);
    const lines = textBlockLines(width, {
      when: data.frames.map((f) => describeWhen(f, lang, dateStyle)),
      area: data.frames.map((_, i) => describeArea(data, i, units, lang)),
      keys: data.frames.map((f) => (f.advances ?? []).map((advance) => localText(advance.label, lang))),
      credit: credit ? `${context.t.source}: ${credit}` : '',
    });
    const t = encirclementStrings(lang);
    const view = {
      base,
      regions,
      frame,
      legend: layoutLegend(legendEntries(t, data), width),
      when: describeWhen(data.frames[step], lang, dateStyle),
      area: describeArea(data, step, units, lang),
      lines,
      credit,
    };
    this.cache = { data, width, lang, units, step, source: this.source, view };
    return view;
  }

  protected override renderGraphic(data: EncirclementData, context: RenderContext): TemplateResult {
    const { lang, step, width, reducedMotion } = context;
    const t = encirclementStrings(lang);
    const { base, regions, frame: layout, legend, when, area, lines, credit } = this.view(data, context);
    const frame = data.frames[step];
    const { height } = base;

    const morph = this.morph && !reducedMotion && this.morph.step === step && this.morph.width === width ? this.morph : undefined;
    const p = morph ? this.progress(morph) : 1;
    const main = morph ? ringPath(this.morphRing(morph)) : layout.held;
    const paused = typeof IntersectionObserver !== 'undefined' && !this.animation.visible;

    return html`<div class=${[reducedMotion ? 'still' : '', paused ? 'paused' : ''].join(' ').trim()}>
      <div class="head" style=${styleProps({ minHeight: `${lines.head * TEXT.when.line}px` })}>
        <p class="when" part="when">${when}</p>
        <p class="reading" part="value">${area}</p>
      </div>
      <svg class="map" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
        <rect class="land" width=${width} height=${height}></rect>
        ${base.regions.map((region) => svg`<path class=${region.ukraine ? 'region ua' : 'region'} d=${region.d}></path>`)}
        ${base.border ? svg`<path class="border" d=${base.border}></path>` : nothing}
        <path class="held main" d=${main}></path>
        ${morph?.fadeOut ? svg`<path class="held" d=${morph.fadeOut} style=${styleProps({ opacity: String(1 - p) })}></path>` : nothing}
        ${morph?.fadeIn ? svg`<path class="held" d=${morph.fadeIn} style=${styleProps({ opacity: String(p) })}></path>` : nothing}
        ${layout.corridor
          ? svg`<clipPath id="held-clip"><path d=${main}></path></clipPath>
              <path class="corridor-band" d=${layout.corridor.d} stroke-width=${layout.corridor.band} clip-path="url(#held-clip)"></path>
              <path class="corridor-line" d=${layout.corridor.d}></path>`
          : nothing}
        ${layout.ghost ? svg`<path class="ghost" d=${layout.ghost}></path>` : nothing}
        ${layout.corridor ? this.renderCorridorLabel(layout) : nothing}
        ${keyed(frame.id, svg`<g class="advances">${layout.arrows.map(
          (a, i) => svg`<g class="advance" style=${styleProps({ '--delay': `${i * 150}ms` })}>
            <path class="halo" d=${a.shaft} pathLength="1"></path>
            <path class="shaft" d=${a.shaft} pathLength="1"></path>
            <polygon class="head" points=${a.head}></polygon>
            <circle class="badge" cx=${a.from[0]} cy=${a.from[1]} r=${BADGE_RADIUS}></circle>
            <text class="badge-number" x=${a.from[0]} y=${a.from[1] + 4} text-anchor="middle">${a.n}</text>
          </g>`,
        )}</g>`)}
        ${layout.places.map(
          (place) => svg`<circle class=${place.approximate ? 'place approximate' : 'place'} cx=${place.x} cy=${place.y} r=${place.r}></circle>
            <text class="place-label rank-${place.rank}" part="label" x=${place.label.x} y=${place.label.y} text-anchor=${place.label.anchor}>${place.label.text}</text>`,
        )}
        ${layout.offMap.map(
          (place) => svg`<text class="place-label off-map" part="label" x=${place.x} y=${place.y} text-anchor=${place.anchor}>${place.text}</text>`,
        )}
        ${regions.map(
          (label) => svg`<text class="region-label" part="label" x=${label.x} y=${label.y} text-anchor="middle">
            <tspan class="country">${label.lines[0]}</tspan><tspan x=${label.x} dy="14">${label.lines[1]}</tspan>
          </text>`,
        )}
        <g class="scale">
          <line x1=${layout.scale.x} x2=${layout.scale.x + layout.scale.px} y1=${layout.scale.y} y2=${layout.scale.y}></line>
          <line x1=${layout.scale.x} x2=${layout.scale.x} y1=${layout.scale.y - 4} y2=${layout.scale.y + 1}></line>
          <line x1=${layout.scale.x + layout.scale.px} x2=${layout.scale.x + layout.scale.px} y1=${layout.scale.y - 4} y2=${layout.scale.y + 1}></line>
          <text x=${layout.scale.x} y=${layout.scale.y - 6}>${layout.scale.text}</text>
        </g>
      </svg>
      <ol class="key" part="key" aria-label=${t.key} style=${styleProps({ minHeight: `${lines.key * TEXT.key.line}px` })}>
        ${layout.arrows.map((a) => html`<li><span class="badge" aria-hidden="true">${a.n}</span> ${a.text}</li>`)}
      </ol>
      ${legend.height
        ? html`<svg class="legend" part="legend" width=${width} height=${legend.height} viewBox="0 0 ${width} ${legend.height}" aria-hidden="true">
            ${legend.items.map((item) => svg`<g transform="translate(${item.x} ${item.y})">${swatch(item.kind)}<text x=${LEGEND_SWATCH + 6} y="4">${item.text}</text></g>`)}
          </svg>`
        : nothing}
      ${credit
        ? html`<p class="data-credit" part="source" style=${styleProps({ minHeight: `${lines.credit * TEXT.credit.line}px` })}>
            ${context.t.source}: ${credit}
          </p>`
        : nothing}
    </div>`;
  }

  private renderCorridorLabel(layout: FrameLayout) {
    const corridor = layout.corridor!;
    const { label, dimension } = corridor;
    const d = dimension ? `M${dimension.x1},${dimension.y1}L${dimension.x2},${dimension.y2}${dimension.ticks}` : '';
    return svg`${dimension ? svg`<path class="dimension halo" d=${d}></path><path class="dimension" d=${d}></path>` : nothing}
      <text class="corridor-label" part="label" x=${label.x} y=${label.y} text-anchor=${label.anchor}>
        ${label.lines.map((line, i) => svg`<tspan x=${label.x} dy=${i === 0 ? 0 : 15}>${line}</tspan>`)}
      </text>`;
  }
}

function swatch(kind: LegendKind) {
  const w = LEGEND_SWATCH;
  switch (kind) {
    case 'held':
      return svg`<rect class="held" x="1" y="-6" width=${w - 2} height="12" rx="2"></rect>`;
    case 'ghost':
      return svg`<rect class="ghost" x="1" y="-6" width=${w - 2} height="12" rx="2"></rect>`;
    case 'advance':
      return svg`<g class="advance"><path class="shaft" d="M1,0L${w - 8},0"></path><polygon class="head" points="${w},0 ${w - 9},-5 ${w - 9},5"></polygon></g>`;
    case 'corridor':
      return svg`<path class="corridor-band" d="M3,0L${w - 3},0" stroke-width="10"></path><path class="corridor-line" d="M1,0L${w - 1},0"></path>`;
    case 'border':
      return svg`<path class="border" d="M0,0L${w},0"></path>`;
  }
}

/** The legend: what the data has, named in the reader's language. */
export function legendEntries(t: EncirclementStrings, data?: EncirclementData): LegendEntry[] {
  const has = {
    held: true,
    ghost: !data || data.frames.length > 1,
    advance: !data || data.frames.some((frame) => frame.advances?.length),
    corridor: !data || data.frames.some((frame) => frame.corridor),
    border: !data || data.border !== undefined,
  };
  return (Object.keys(has) as LegendKind[]).filter((kind) => has[kind]).map((kind) => ({ kind, text: t.legend[kind] }));
}


