import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import {
  AnimationController,
  formatDate,
  formatNumber,
  formatPercent,
  lengthUnitFor,
  localText,
  SalientElement,
  styleProps,
  type DataTable,
  type LengthUnit,
  type RenderContext,
  type Validation,
} from '@salient/core';
import { convoyPlan, stillSeconds, vehiclesAt, type ConvoyPlan, type VehicleState } from './convoy.js';
import { coveredParts, formatLength, stepWhen, strikesBy, summarize, tabulate } from './describe.js';
import {
  drawingHeight,
  layoutMap,
  layoutStrip,
  roadModel,
  trackAt,
  type DrawingInput,
  type MapLayout,
  type MapPlace,
  type RoadModel,
  type StripLayout,
  type TextLabel,
  type Track,
} from './layout.js';
import { validateSupplyRoad, type SupplyRoadData } from './schema.js';
import { supplyRoadStrings, type SupplyRoadStrings } from './strings.js';
import { supplyRoadStyles } from './supply-road.styles.js';

export type RoadLayout = 'map' | 'strip' | 'auto';

/** Below this width, `layout="auto"` draws the strip. */
export const STRIP_BELOW = 480;

/** The drawing `layout` asks for at a width. */
export function resolveLayout(layout: unknown, width: number): 'map' | 'strip' {
  if (layout === 'map' || layout === 'strip') return layout;
  return width < STRIP_BELOW ? 'strip' : 'map';
}

/** Geometry that depends only on the data, computed once per data object. */
const models = new WeakMap<SupplyRoadData, RoadModel>();
export function modelOf(data: SupplyRoadData): RoadModel {
  let model = models.get(data);
  if (!model) models.set(data, (model = roadModel(data)));
  return model;
}

interface Drawing {
  key: string;
  data: SupplyRoadData;
  layout: StripLayout | MapLayout;
  plan: ConvoyPlan;
}

interface VehicleNodes {
  vehicle: SVGGElement;
  body: SVGGElement;
  flash: SVGCircleElement;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * How Ukraine's forces around Sudzha were cut off without the road being taken: the main road from Sumy through
 * Yunakivka and the border to Sudzha, as a map or (narrow, or `layout="strip"`) straightened into a strip with
 * km markers. Each step shows Russian positions with the reach of their drones; the stretch of road within reach
 * is computed from the geometry, highlighted and labelled with its length and share of the road. Convoys drive
 * along it and are struck where they enter that stretch; dated strikes are marked.
 *
 * Give it data as a `data` property, a child `<script type="application/json">`, or a `src` URL.
 * `step` picks the moment; arrow keys step through when it has focus; `controls` adds a slider. The convoy
 * animation runs only on screen, in a visible tab, and never under reduced motion, which shows a still frame.
 *
 * @summary The supply road under drone fire control, as a map or a strip, with convoys and strikes.
 * @csspart when - The step's name and date.
 * @csspart reading - The covered stretch in words, beside the play button.
 * @csspart play - The play/pause button for the convoys.
 * @csspart summary - The step's summary sentence.
 * @csspart legend - The key to the drawing.
 * @csspart label - Labels on the drawing.
 * @csspart sources - The step's sources.
 * @cssprop --salient-danger - The covered stretch, ranges and positions. Text-safe on the background.
 * @cssprop --salient-range-opacity - How strongly drone ranges tint the map. Default: 0.12.
 * @cssprop --salient-road - The road.
 * @cssprop --salient-vehicle - Convoy vehicles.
 * @cssprop --salient-flash - The flash of a struck vehicle and strike markers.
 * @cssprop --salient-land-ua - Ukrainian land on the map.
 * @cssprop --salient-land-ru - Russian land on the map.
 * @cssprop --salient-water - The map beyond the oblasts.
 */
export class SalientSupplyRoad extends SalientElement<SupplyRoadData> {
  static override styles = [...SalientElement.styles, supplyRoadStyles];
  static override properties: PropertyDeclarations = { layout: {}, autoplay: { type: Boolean } };

  /** `map`, `strip`, or `auto`: the strip below 480 px, the map above. */
  layout: 'map' | 'strip' | 'auto' = 'auto';

  /** Start the convoys moving as soon as the graphic is on screen. */
  autoplay = false;

  /** The convoys' animation loop (core's AnimationController): `running`, `playing`, `frameCount`. */
  readonly animation: AnimationController = this.loop();

  /** Animation time, s. Starts at the still frame's moment so pressing play continues from what is shown. */
  private seconds = -1;
  private drawing?: Drawing;
  private nodes: VehicleNodes[] = [];

  /** Starts the convoys (they move only while on screen and motion is allowed). */
  play(): void {
    this.animation.play();
    this.requestUpdate();
  }

  /** Stops the convoys where they are. */
  pause(): void {
    this.animation.pause();
    this.requestUpdate();
  }

  /** Where the vehicles are now, for tests: distance along the road (km), opacity and whether struck. */
  get vehicles(): VehicleState[] {
    const drawing = this.drawing;
    return drawing ? vehiclesAt(drawing.plan, this.clock(drawing.plan), this.still()) : [];
  }

  protected override validate(input: unknown): Validation<SupplyRoadData> {
    return validateSupplyRoad(input);
  }

  protected override stepCount(data: SupplyRoadData): number {
    return data.steps.length;
  }

  protected override stepLabel(data: SupplyRoadData, step: number, context: RenderContext): string {
    return stepWhen(data.steps[step], context.lang);
  }

  protected override credit(data: SupplyRoadData, context: RenderContext): string {
    return localText(data.source, context.lang);
  }

  protected override summarize(data: SupplyRoadData, context: RenderContext): string {
    return summarize(data, modelOf(data), context.step, lengthUnitFor(context.units), context.lang);
  }

  protected override tabulate(data: SupplyRoadData, context: RenderContext): DataTable {
    return tabulate(data, modelOf(data), context.step, lengthUnitFor(context.units), context.lang);
  }

  protected override reservedHeight(width: number): number {
    // The drawing's height is fixed by layout and width; the text around it (heading, reading and button, summary,
    // key, strikes, sources, credit) was measured from the Kursk data at each width (the median step).
    const kind = resolveLayout(this.layout, width);
    const text = width < 340 ? 460 : width < 480 ? 410 : width < 560 ? 350 : width < 700 ? 310 : width < 900 ? 285 : width < 1100 ? 245 : 210;
    const stripNote = kind === 'strip' && width >= 480 ? 20 : 0;
    // Under reduced motion a one-line note replaces the 44 px play button.
    const still = this.motionReduced ? -24 : 0;
    return drawingHeight(kind, width) + text + stripNote + still;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('autoplay') && this.autoplay) this.animation.playing = true;
    // Reduced motion may have changed (attribute or system setting), or the data become usable: start or stop the
    // loop before rendering, since what is drawn (still frame, button) depends on whether it runs. From updated()
    // it would schedule a second update for every change.
    this.animation.sync();
  }

  protected override updated(): void {
    super.updated();
    // The nodes the loop may move: Lit made them; the loop only writes their transform and opacity.
    this.nodes = [...this.renderRoot.querySelectorAll<SVGGElement>('g.vehicle')].map((vehicle) => ({
      vehicle,
      body: vehicle.querySelector<SVGGElement>('.body')!,
      flash: vehicle.querySelector<SVGCircleElement>('.flash')!,
    }));
  }

  private loop(): AnimationController {
    return new AnimationController(this, {
      onFrame: (elapsed) => this.frame(elapsed),
      allowed: () => this.motionAllowed(),
      onRunningChange: () => this.requestUpdate(),
    });
  }

  private motionAllowed(): boolean {
    return !this.motionReduced && this.input.state === 'ready';
  }

  /** The still frame: under reduced motion, and before the convoys first move. */
  private still(): boolean {
    return !this.motionAllowed() || (this.seconds < 0 && !this.animation.running);
  }

  private clock(plan: ConvoyPlan): number {
    return this.seconds < 0 ? stillSeconds(plan) : this.seconds;
  }

  private frame(elapsed: number): void {
    const drawing = this.drawing;
    if (!drawing) return;
    this.seconds = this.clock(drawing.plan) + elapsed / 1000;
    const states = vehiclesAt(drawing.plan, this.seconds);
    const track = drawing.layout.track;
    for (let i = 0; i < this.nodes.length; i++) {
      const nodes = this.nodes[i];
      const state = states[i];
      if (!state) continue;
      nodes.vehicle.setAttribute('transform', transformAt(track, state.km));
      nodes.body.setAttribute('opacity', String(round2(state.opacity)));
      nodes.flash.setAttribute('opacity', String(round2(state.flash)));
      nodes.flash.setAttribute('transform', `scale(${round2(state.flashScale)})`);
    }
  }

  private drawingFor(data: SupplyRoadData, context: RenderContext, kind: 'map' | 'strip', t: SupplyRoadStrings): Drawing {
    const unit = lengthUnitFor(context.units);
    const key = [kind, context.width, context.step, unit, context.lang].join('|');
    if (this.drawing && this.drawing.data === data && this.drawing.key === key) return this.drawing;
    const model = modelOf(data);
    const step = data.steps[context.step];
    const geometry = model.steps[context.step];
    const strikes = strikesBy(data, context.step);
    const { lang } = context;
    const coverage = geometry.coverage;
    const input: DrawingInput = {
      width: context.width,
      height: drawingHeight(kind, context.width),
      model,
      step: context.step,
      strikes,
      unit,
      labels: {
        places: model.named.map((w) => localText(data.road.waypoints[w.index].name, lang)),
        positions: step.positions.map((p) => localText(p.label, lang)),
        strikes: strikes.map((i) => formatDate(data.strikes![i].date, lang, 'day')),
        stretch: coverage.intervals.length ? t.stretch(formatLength(coverage.lengthKm, unit, lang), formatPercent(coverage.share, lang)) : '',
        sides: t.sides,
        segments: (data.road.segments ?? []).flatMap((segment) =>
          typeof segment.from === 'number' && typeof segment.to === 'number'
            ? [{ text: segment.name, fromKm: model.road.cumulative[segment.from], toKm: model.road.cumulative[segment.to] }]
            : [],
        ),
      },
    };
    const countries = [
      { country: 'ua', text: t.sides[0] },
      { country: 'ru', text: t.sides[1] },
    ];
    const layout = kind === 'strip' ? layoutStrip(input) : layoutMap(input, otherPlaces(data, model, lang), countries);
    this.drawing = { key, data, layout, plan: convoyPlan(coverage) };
    return this.drawing;
  }

  protected override renderGraphic(data: SupplyRoadData, context: RenderContext): TemplateResult {
    const { lang, step: index } = context;
    const t = supplyRoadStrings(lang);
    const unit = lengthUnitFor(context.units);
    const kind = resolveLayout(this.layout, context.width);
    const drawing = this.drawingFor(data, context, kind, t);
    const step = data.steps[index];
    const model = modelOf(data);
    const coverage = model.steps[index].coverage;
    const still = this.still();
    const reduced = !this.motionAllowed();
    const vehicles = vehiclesAt(drawing.plan, this.clock(drawing.plan), still);
    const strikes = strikesBy(data, index).map((i) => data.strikes![i]);
    const layout = drawing.layout;
    const drawn = layout.kind === 'strip' ? renderStrip(layout, lang, unit) : renderMap(layout, lang);
    const box = (className: string, content: unknown) =>
      svg`<svg class=${className} width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true">${content}</svg>`;
    const squeezed = layout.kind === 'strip' && layout.ky < layout.kx * 0.98;

    return html`<div class="road ${layout.kind}${reduced ? ' still' : ''}">
      <p class="when" part="when"><strong>${stepWhen(step, lang)}</strong></p>
      <div class="stage" style=${styleProps({ height: `${layout.height}px` })}>
        ${box('drawing', drawn.base)}
        ${box('layer convoy', vehicles.map((v) => renderVehicle(layout.track, v)))}
        ${box('layer labels', drawn.labels)}
      </div>
      <div class="bar">
        ${reduced
          ? html`<p class="still-note">${t.stillNote}</p>`
          : html`<button
              type="button"
              class="play"
              part="play"
              aria-pressed=${this.animation.playing ? 'true' : 'false'}
              @click=${() => (this.animation.playing ? this.pause() : this.play())}
            >
              <span class="icon" aria-hidden="true">${this.animation.playing ? '❚❚' : '▶'}</span>${t.play}
            </button>`}
        <p class="reading" part="reading">
          <span class="swatch stretch" aria-hidden="true"></span>${coverage.intervals.length
            ? t.reading(coveredParts(data, coverage, unit, lang))
            : t.none}
        </p>
      </div>
      <p class="summary" part="summary">${localText(step.summary, lang)}</p>
      <ul class="legend" part="legend">
        <li><span class="swatch stretch" aria-hidden="true"></span>${t.legend.stretch}</li>
        <li><span class="swatch range" aria-hidden="true"></span>${t.legend.range}</li>
        <li><span class="swatch position" aria-hidden="true"></span>${t.legend.position}</li>
        ${strikes.length ? html`<li><span class="swatch strike" aria-hidden="true"></span>${t.legend.strike}</li>` : nothing}
        <li><span class="swatch vehicle" aria-hidden="true"></span>${t.legend.convoy}</li>
        ${layout.kind === 'strip' ? html`<li class="note">${t.stripNote}${squeezed ? ` ${t.squeezed}` : ''}</li>` : nothing}
      </ul>
      ${strikes.length
        ? html`<ul class="strikes">
            ${strikes.map(
              (s) =>
                html`<li>
                  <span class="swatch strike" aria-hidden="true"></span><strong>${formatDate(s.date, lang)}</strong>:
                  ${localText(s.label, lang)} (${s.source})
                </li>`,
            )}
          </ul>`
        : nothing}
      <p class="sources" part="sources">${t.sources}: ${step.sources.join('; ')}</p>
    </div>`;
  }
}

/**
 * The drawing comes in three stacked layers: what stays still, the vehicles, and the labels. The vehicles' layer is
 * composited on its own, so a frame repaints a few small shapes, not the map under them.
 */
interface Drawn {
  base: SVGTemplateResult;
  labels: SVGTemplateResult;
}

function renderStrip(layout: StripLayout, lang: string, unit: LengthUnit): Drawn {
    const { roadY, x0, x1, plot } = layout;
    const base = svg`<defs>
        <clipPath id="plot"><rect x=${plot.x} y=${plot.y} width=${plot.width} height=${plot.height}></rect></clipPath>
      </defs>
      <rect class="area" x=${plot.x} y=${plot.y} width=${plot.width} height=${plot.height} rx="4"></rect>
      <g clip-path="url(#plot)">
        ${rangeGroups(layout.ranges.map((r) => svg`<ellipse cx=${round(r.cx)} cy=${round(r.cy)} rx=${round(r.rx)} ry=${round(r.ry)}></ellipse>`))}
      </g>
      ${layout.border
        ? svg`<line class="border" x1=${round(layout.border.x)} x2=${round(layout.border.x)} y1=${layout.border.y1} y2=${layout.border.y2}></line>`
        : nothing}
      <g class="ruler">
        <line x1=${x0} x2=${x1} y1=${layout.ruler.y} y2=${layout.ruler.y}></line>
        ${layout.ruler.ticks.map(
          (tick) => svg`<line x1=${round(tick.x)} x2=${round(tick.x)} y1=${layout.ruler.y} y2=${layout.ruler.y + 5}></line>`,
        )}
      </g>
      <line class="road-casing" x1=${x0} x2=${x1} y1=${roadY} y2=${roadY}></line>
      <line class="road-line" x1=${x0} x2=${x1} y1=${roadY} y2=${roadY}></line>
      ${layout.bands.map((b) => svg`<rect class="stretch" x=${round(b.x)} y=${roadY - 4} width=${round(b.width)} height="8"></rect>`)}
      ${layout.waypoints.map((w) => svg`<circle class="waypoint" cx=${round(w.x)} cy=${roadY} r="3.5"></circle>`)}
      ${layout.strikes.map((s) => strikeMark(s.x, s.y))}
      ${layout.positions.map((p) => positionMark(p.x, p.y))}
      ${renderTicks(layout, lang, unit)}`;
    return { base, labels: renderLabels(layout.labels) };
  }

function renderTicks(layout: StripLayout, lang: string, unit: LengthUnit) {
    const t = supplyRoadStrings(lang);
    const ticks = layout.ruler.ticks;
    return svg`<g class="ticks">${ticks.map((tick, i) => {
      const last = i === ticks.length - 1;
      const text = formatNumber(tick.value, lang) + (last ? ` ${t.unit(unit)}` : '');
      const anchor = i === 0 ? 'start' : last && tick.x > layout.width - 30 ? 'end' : 'middle';
      return svg`<text x=${round(i === 0 ? tick.x - 3 : tick.x)} y=${layout.ruler.y + 17} text-anchor=${anchor}>${text}</text>`;
    })}</g>`;
  }

function renderMap(layout: MapLayout, lang: string): Drawn {
    const t = supplyRoadStrings(lang);
    const base = svg`<rect class="water" width=${layout.width} height=${layout.height}></rect>
      ${layout.areas.map((a) => svg`<path class="area ${a.country.startsWith('ru') ? 'ru' : a.country.startsWith('u') ? 'ua' : ''}" d=${a.d}></path>`)}
      ${layout.border ? svg`<path class="border" d=${layout.border}></path>` : nothing}
      ${rangeGroups(layout.ranges.map((d) => svg`<path d=${d}></path>`))}
      <path class="road-casing" d=${layout.road}></path>
      <path class="road-line" d=${layout.road}></path>
      ${layout.highlight.map((d) => svg`<path class="stretch" d=${d}></path>`)}
      ${layout.places.map((p) => svg`<circle class=${p.onRoad ? 'waypoint' : 'place'} cx=${round(p.x)} cy=${round(p.y)} r=${p.onRoad ? 3.5 : 2.5}></circle>`)}
      ${layout.strikes.map((s) => strikeMark(s.x, s.y))}
      ${layout.positions.map((p) => positionMark(p.x, p.y))}
      <g class="scale" transform="translate(${layout.scale.x} ${layout.scale.y})">
        <rect x="0" y="-3" width=${round(layout.scale.px)} height="3"></rect>
        <text x=${round(layout.scale.px + 6)} y="1">${formatNumber(layout.scale.length, lang)} ${t.unit(layout.scale.unit)}</text>
      </g>`;
    return { base, labels: renderLabels(layout.labels) };
  }

/**
 * Ranges drawn twice: fills in one translucent group, so where ranges overlap the tint does not darken (the
 * union is what matters), then their dashed edges.
 */
function rangeGroups(shapes: readonly unknown[]) {
  return svg`<g class="range-fill">${shapes}</g><g class="range-edge">${shapes}</g>`;
}

/** Places from the data that are not already waypoints of the road. */
function otherPlaces(data: SupplyRoadData, model: RoadModel, lang: string): MapPlace[] {
  const named = new Set(model.named.map((w) => localText(data.road.waypoints[w.index].name, 'en').toLowerCase()));
  return (data.places ?? [])
    .filter((p) => !named.has(localText(p.name, 'en').toLowerCase()))
    .map((p) => ({ text: localText(p.name, lang), lonLat: [p.lon, p.lat], rank: p.rank }));
}

function labelClass(id: string): string {
  return `label ${id.split(':')[0]}`;
}

function renderLabels(labels: readonly TextLabel[]): SVGTemplateResult {
  return svg`${labels.map(
    (l) => svg`<text part="label" class=${labelClass(l.id)} x=${round(l.x)} y=${round(l.y)} text-anchor=${l.anchor}>${l.text}</text>`,
  )}`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function transformAt(track: Track, km: number): string {
  const { x, y, angle } = trackAt(track, km);
  return `translate(${round(x)} ${round(y)}) rotate(${round(angle)})`;
}

function renderVehicle(track: Track, state: VehicleState) {
  return svg`<g class="vehicle" transform=${transformAt(track, state.km)}>
    <g class="body" opacity=${round2(state.opacity)}>
      <rect x="-6.5" y="-3.5" width="13" height="7" rx="1.5"></rect>
      <rect class="cab" x="3" y="-3.5" width="3.5" height="7" rx="1"></rect>
    </g>
    <circle class="flash" r="8" opacity=${round2(state.flash)} transform="scale(${round2(state.flashScale)})"></circle>
  </g>`;
}

function positionMark(x: number, y: number) {
  return svg`<path class="position" d="M${round(x)},${round(y - 6)}l5.5,9.5h-11z"></path>`;
}

function strikeMark(x: number, y: number) {
  const r = (n: number) => round(n);
  return svg`<g class="strike"><path d="M${r(x - 4.5)},${r(y - 4.5)}L${r(x + 4.5)},${r(y + 4.5)}M${r(x + 4.5)},${r(y - 4.5)}L${r(x - 4.5)},${r(y + 4.5)}"></path></g>`;
}
