import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  AnimationController,
  SalientElement,
  styleProps,
  clampStep,
  formatDate,
  formatNumber,
  lengthUnitFor,
  localText,
  type DataTable,
  type LonLat,
  type Point,
  type RenderContext,
  type Validation,
} from '@salient/core';
import {
  emptySince,
  formatLength,
  formatMetres,
  lengthAccounts,
  pipeName,
  progressText,
  soldierAccounts,
  soldiersText,
  summarize,
  tabulate,
  timelineOf,
} from './describe.js';
import { HEAD_RADIUS_M, LIMB_M, TORSO_M } from './figures.js';
import {
  layoutFrame,
  layoutLegend,
  layoutPlan,
  layoutSection,
  linesFor,
  markerAt,
  storyboardColumns,
  type LegendLayout,
  type PlacedFigure,
  type PlanLayout,
  type SectionLayout,
} from './layout.js';
import { pipelineStyles } from './pipeline.styles.js';
import { borderLines, validatePipeline, type PipelineData } from './schema.js';
import { pipelineStrings } from './strings.js';
import {
  SPEEDS,
  advance,
  clockAt,
  crawlingAt,
  formatMoment,
  momentIndexAt,
  phaseAt,
  progressAt,
  stepTime,
  TICK_MS,
  dayOf,
  formatDay,
  type Timeline,
} from './timeline.js';

/** How fast the figures in the long section crawl on screen, m per ms of playback: slow enough to read as crawling. */
const CRAWL_M_PER_MS = 0.0016;
const HOUR = 3_600_000;
const LEGEND_GAP = 8;

/** Everything that changes with story time, as the loop writes it and as render() first draws it. */
interface FrameState {
  column: string;
  stream: string;
  streamOpacity: number;
  glow: number;
  strikes: number;
}

/** The nodes the animation loop writes to: transforms, opacity and text, nothing else. */
interface Nodes {
  column?: HTMLElement;
  stream?: HTMLElement;
  glow?: SVGElement;
  strikes?: SVGElement;
  day?: Text;
  date?: Text;
  hour?: Text;
  phase?: Text;
  progress?: Text;
  scrubber?: HTMLInputElement;
}

interface Layouts {
  key: string;
  plan: PlanLayout;
  legend: LegendLayout;
  section: SectionLayout;
  mini: PlanLayout;
  wide: boolean;
  columns: number;
  captionHeight: number;
  /** The animated view's parts that depend on the layout alone, made on first use. */
  views: { plan?: TemplateResult; section?: TemplateResult; facts?: TemplateResult };
}

/**
 * The March 2025 pipeline operation: Russian soldiers crawled 12–15 km through an empty gas pipe to come out
 * behind Ukrainian lines near Sudzha. A plan of the route with a marker for the head of the column, a to-scale
 * cross-section of the 1.42 m pipe beside a standing soldier, and groups crawling through a stretch of pipe, all
 * driven by one timeline that compresses the days into about 20 seconds. The soldiers' numbers and the distance
 * are shown as ranges, with each source. Under reduced motion: a storyboard of the key moments instead.
 *
 * `step` jumps to a key moment (entry, halfway, waiting, emergence, strikes); `autoplay` plays the first time the
 * graphic is on screen. The animation runs in one requestAnimationFrame loop, paused off screen, in a hidden tab
 * and when disconnected.
 *
 * @summary The pipeline operation near Sudzha, animated: plan, to-scale cross-section and timeline.
 * @csspart clock - The day and hour of the story shown.
 * @csspart timeline - Play, scrubber and speed.
 * @csspart caption - The current key moment's text and sources.
 * @csspart facts - Distance, soldiers, the pipe, and when: each with its sources.
 * @csspart storyboard - Under reduced motion, the list of key moments that replaces the animation.
 * @cssprop --salient-route - The pipe's route and the column. Default: the reference colour.
 * @cssprop --salient-front - The front line. Default: the text colour.
 * @cssprop --salient-strike - Ukraine's strikes. Default: the accent colour.
 * @cssprop --salient-land - The map's background. Default: the background.
 * @cssprop --salient-figure - The soldier figures. Default: the text colour.
 * @cssprop --salient-pipe - The pipe's wall. Default: the ghost colour.
 * @cssprop --salient-value-size - Size of the day figure. Default: 1.5 × --salient-font-size.
 */
export class SalientPipeline extends SalientElement<PipelineData> {
  static override styles = [...SalientElement.styles, pipelineStyles];
  static override properties: PropertyDeclarations = { autoplay: { type: Boolean }, speed: { type: Number } };

  /** Play the first time the graphic scrolls into view (not under reduced motion). */
  autoplay = false;

  /** Playback speed: 0.5, 1 (the story in about 20 s) or 2. */
  speed = 1;

  /** The one animation loop. `animation.frameCount` counts frames run, for tests and benchmarks. */
  readonly animation: AnimationController;

  private timeline?: Timeline;
  private timelineData?: PipelineData;
  /** The story time shown, epoch ms. Not reactive: the loop changes it every frame. */
  private time = 0;
  /** The last `step` this element set itself (following the playhead), so it is not taken for a jump. */
  private syncedStep?: number;
  /** The key moment the last render showed. */
  private shown = -1;
  private autoplayed = false;
  private nodes: Nodes = {};
  private samples: Point[] = [];
  private lastTick = Number.NaN;
  private layouts?: Layouts;

  constructor() {
    super();
    this.animation = new AnimationController(this, { onFrame: (elapsed) => this.onFrame(elapsed), allowed: () => !this.still });
  }

  /** True under reduced motion (the `reduced-motion` attribute or the reader's setting): a storyboard, no loop. */
  get still(): boolean {
    return this.motionReduced;
  }

  /** The story time shown, epoch ms (for tests and the host page). */
  get currentTime(): number {
    return this.time;
  }

  /** Moves the story to a time (epoch ms), clamped to the timeline; pauses playback. */
  seek(time: number): void {
    if (!this.timeline || !Number.isFinite(time)) return;
    this.animation.pause();
    this.time = Math.min(this.timeline.end, Math.max(this.timeline.start, time));
    this.paint();
    this.followStep(false);
    this.requestUpdate();
  }

  /** Starts playback (from the beginning when at the end). */
  play(): void {
    if (!this.timeline) return;
    if (this.time >= this.timeline.end) this.time = this.timeline.start;
    this.animation.play();
    this.requestUpdate();
  }

  pause(): void {
    this.animation.pause();
    this.requestUpdate();
  }

  protected override validate(input: unknown): Validation<PipelineData> {
    return validatePipeline(input);
  }

  protected override stepCount(data: PipelineData): number {
    return data.timeline.moments.length;
  }

  protected override stepLabel(data: PipelineData, step: number, context: RenderContext): string {
    const time = this.timeline?.moments[step]?.time;
    const label = localText(data.timeline.moments[step].label, context.lang);
    return time === undefined ? label : `${label} · ${formatMoment(time, context.lang)}`;
  }

  protected override credit(data: PipelineData, context: RenderContext): string {
    return localText(data.source, context.lang);
  }

  protected override summarize(data: PipelineData, context: RenderContext): string {
    return summarize(data, this.timeline ?? timelineOf(data), context.step, context.units, context.lang);
  }

  protected override tabulate(data: PipelineData, context: RenderContext): DataTable {
    return tabulate(data, this.timeline ?? timelineOf(data), context.step, context.units, context.lang);
  }

  protected override reservedHeight(width: number): number {
    return reservedHeight(width, this.still);
  }

  /** The step is the key moment the story time is in, so the summary, table and slider follow the playhead. */
  protected override context(data?: PipelineData): RenderContext {
    const context = super.context(data);
    if (data && data === this.timelineData && this.timeline) context.step = momentIndexAt(this.timeline, this.time);
    return context;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.input.state === 'ready' ? this.input.value : undefined;
    if (data !== this.timelineData) {
      this.timelineData = data;
      this.timeline = data ? timelineOf(data) : undefined;
      this.layouts = undefined;
      this.autoplayed = false;
      this.animation.pause();
      if (this.timeline && data) {
        const count = data.timeline.moments.length;
        this.time = this.step == null && this.autoplay ? this.timeline.start : stepTime(this.timeline, clampStep(this.step, count));
        this.syncedStep = this.step;
      }
    } else if (changed.has('step') && this.timeline && data && this.step !== this.syncedStep) {
      // A jump asked for by the page or the reader (keys, slider): go to the moment and hold there.
      this.syncedStep = this.step;
      this.animation.pause();
      this.time = stepTime(this.timeline, clampStep(this.step, data.timeline.moments.length));
    }
    if (this.autoplay && !this.autoplayed && this.timeline && !this.still) {
      // Set before rendering so the button shows it; the loop itself waits until the graphic is on screen.
      this.autoplayed = true;
      this.animation.playing = true;
    }
  }

  protected override updated(): void {
    super.updated();
    this.collectNodes();
    this.lastTick = Number.NaN;
    this.paint();
    this.animation.sync();
  }

  private get rate(): number {
    const speed = Number(this.speed);
    return Number.isFinite(speed) && speed > 0 ? Math.min(4, Math.max(0.25, speed)) : 1;
  }

  private onFrame(elapsed: number): void {
    const timeline = this.timeline;
    if (!timeline) return;
    this.time = advance(timeline, this.time, elapsed, this.rate);
    if (this.time >= timeline.end) {
      this.animation.pause();
      this.requestUpdate();
    }
    this.paint();
    this.followStep(false);
  }

  /** When the playhead enters another key moment, the step follows it (one render per moment, not per frame). */
  private followStep(byReader: boolean): void {
    if (!this.timeline) return;
    const index = momentIndexAt(this.timeline, this.time);
    if (index === this.shown) return;
    this.shown = index;
    this.syncedStep = index;
    this.step = index;
    if (byReader) this.dispatchEvent(new CustomEvent('salient-step', { detail: { step: index }, bubbles: true, composed: true }));
  }

  private jumpTo(step: number): void {
    if (!this.timeline) return;
    this.animation.pause();
    this.time = stepTime(this.timeline, step);
    this.shown = -1;
    this.followStep(true);
    this.requestUpdate();
  }

  private onScrub(event: Event): void {
    if (!this.timeline) return;
    const minutes = Number((event.target as HTMLInputElement).value);
    if (!Number.isFinite(minutes)) return;
    if (this.animation.playing) {
      this.animation.pause();
      this.requestUpdate();
    }
    this.time = Math.min(this.timeline.end, this.timeline.start + minutes * 60_000);
    this.paint();
    this.followStep(true);
  }

  private togglePlay(): void {
    if (this.animation.playing) this.pause();
    else this.play();
  }

  private collectNodes(): void {
    const root = this.renderRoot;
    const text = (selector: string) => {
      const element = root.querySelector(selector);
      return element ? ([...element.childNodes].find((node) => node.nodeType === 3) as Text | undefined) : undefined;
    };
    this.nodes = {
      column: root.querySelector<HTMLElement>('.views .column') ?? undefined,
      stream: root.querySelector<HTMLElement>('.views .stream') ?? undefined,
      glow: root.querySelector<SVGElement>('.views .glow') ?? undefined,
      strikes: root.querySelector<SVGElement>('.views .strikes') ?? undefined,
      day: text('.clock .day'),
      date: text('.clock .date'),
      hour: text('.clock .hour'),
      phase: text('.clock .phase-name'),
      progress: text('.clock .km'),
      scrubber: root.querySelector<HTMLInputElement>('.scrub input') ?? undefined,
    };
  }

  /** Story-time state for the nodes the loop owns: pure arithmetic, no DOM. */
  private frameState(time: number, layouts: Layouts | undefined = this.layouts): FrameState {
    const timeline = this.timeline!;
    const [x, y] = markerAt(layouts?.plan.samples ?? this.samples, progressAt(timeline, time));
    const strip = layouts?.section.strip;
    const offset = strip ? ((crawlingAt(timeline, time) * CRAWL_M_PER_MS) % strip.pitchM) * strip.pxPerM : 0;
    const at = (id: string) => timeline.moments.find((moment) => moment.id === id)?.time;
    const ramp = (from: number | undefined, hours: number) =>
      from === undefined ? 0 : Math.min(1, Math.max(0, (time - from) / (hours * HOUR)));
    const emergence = at('emergence');
    const strikes = at('strikes');
    // The strikes came as they emerged: they fade in over the three quarters of an hour up to their moment.
    const strikesFrom = strikes === undefined ? undefined : Math.max(emergence ?? -Infinity, strikes - 0.75 * HOUR);
    return {
      column: `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`,
      stream: `translateX(${offset.toFixed(1)}px)`,
      streamOpacity: 1 - 0.8 * ramp(emergence, 3),
      glow: emergence === undefined ? 0 : time >= emergence ? 1 : 0,
      strikes: strikes === undefined ? 0 : ramp(strikesFrom, Math.max(0.01, (strikes - strikesFrom!) / HOUR)),
    };
  }

  /** Writes the story time to the nodes the loop owns: transforms, opacity, text. No layout is read. */
  private paint(): void {
    const { nodes, timeline, timelineData: data } = this;
    if (!timeline || !data || this.still || !nodes.column) return;
    const time = this.time;
    const state = this.frameState(time);
    // Written only when they change: an unchanged write can still cost a style recalculation.
    const write = (node: HTMLElement | SVGElement | undefined, property: 'transform' | 'opacity', value: string) => {
      if (node && node.style[property] !== value) node.style[property] = value;
    };
    write(nodes.column, 'transform', state.column);
    write(nodes.stream, 'transform', state.stream);
    write(nodes.stream, 'opacity', String(state.streamOpacity));
    // The spacing labels ride on the stream: hidden, not ghosted, once it fades (the soldiers are out).
    nodes.stream?.classList.toggle('emptied', state.streamOpacity < 1);
    write(nodes.glow, 'opacity', String(state.glow));
    write(nodes.strikes, 'opacity', String(state.strikes));
    const tick = Math.floor((time - timeline.start) / TICK_MS) + (time >= timeline.end ? 1 : 0);
    if (tick === this.lastTick) return;
    this.lastTick = tick;
    const { lang, units } = this.context(data);
    const texts = this.texts(data, time, lang, units);
    const set = (node: Text | undefined, value: string) => {
      if (node && node.data !== value) node.data = value;
    };
    set(nodes.day, texts.day);
    set(nodes.date, texts.date);
    set(nodes.hour, texts.hour);
    set(nodes.phase, texts.phase);
    set(nodes.progress, texts.progress);
    if (nodes.scrubber) {
      nodes.scrubber.value = String(texts.minutes);
      nodes.scrubber.setAttribute('aria-valuetext', texts.valuetext);
    }
  }

  private texts(data: PipelineData, time: number, lang: string, units: RenderContext['units']) {
    const timeline = this.timeline!;
    const t = pipelineStrings(lang);
    const clock = clockAt(time, timeline.start, lang);
    const phase = t.phase[phaseAt(timeline, time)];
    const day = t.day(clock.day);
    return {
      day,
      date: clock.date,
      hour: clock.hour,
      phase,
      progress: progressText(data, timeline, time, units, lang),
      minutes: Math.round((time - timeline.start) / 60_000),
      valuetext: `${day}, ${clock.date}, ${clock.hour} ${t.moscow}: ${phase}`,
    };
  }

  private layoutFor(data: PipelineData, context: RenderContext): Layouts {
    const { width, lang, units } = context;
    const key = `${width}|${lang}|${units}`;
    if (this.layouts?.key === key) return this.layouts;
    const t = pipelineStrings(lang);
    const frame = layoutFrame(width);
    const places = (data.places ?? []).map((place) => ({
      name: localText(place.name, lang) + (place.approximate ? ` (${t.approximate})` : ''),
      lonLat: [place.lon, place.lat] as LonLat,
      priority: place.rank ?? 3,
    }));
    const border = borderLines(data.border);
    const unit = lengthUnitFor(units);
    const base = { route: data.route.line, trenchKm: data.route.entryTrenchKm, frontLine: data.frontLine.line, border, unit };
    const plan = layoutPlan({ ...base, ...frame.plan, places, ends: { entry: frame.plan.width < 480 ? t.entryShort : t.entry, exit: t.exit }, sides: t.sides });
    const hasStrikes = data.timeline.moments.some((moment) => moment.id === 'strikes');
    const legend = layoutLegend(
      [
        { kind: 'route', text: t.legend.route },
        { kind: 'column', text: t.legend.column },
        { kind: 'front', text: localText(data.frontLine.label, lang) || t.legend.front(formatDate(data.frontLine.date, lang, 'day')) },
        ...(hasStrikes ? [{ kind: 'strike', text: t.legend.strikes }] : []),
      ],
      frame.plan.width,
    );
    const section = layoutSection({
      width: frame.section.width,
      diameterM: data.pipe.diameterM,
      groupSize: data.group.size,
      spacingM: data.group.spacingM,
    });
    const columns = storyboardColumns(width);
    const card = Math.floor((width - 16 * (columns - 1)) / columns);
    const mini = layoutPlan({
      ...base,
      width: card,
      height: Math.round(card * 0.6),
      places: places.filter((place) => place.priority <= 1),
    });
    // The caption is as tall as the longest moment needs (name and date, text, sources, each wrapped), so stepping
    // never moves what is below it. Sizes are the caption's: 0.85, 0.95 and 0.8 of the base size, line height 1.35.
    const captionWidth = frame.wide ? frame.section.width : width;
    const timeline = this.timeline ?? timelineOf(data);
    const captionHeight = Math.max(
      ...data.timeline.moments.map((moment, i) => {
        const time = timeline.moments[i].time;
        const when = `${localText(moment.label, lang)} · ${t.day(dayOf(time, timeline.start))} · ${formatMoment(time, lang)}`;
        const lines = (text: string, size: number) => linesFor(text, captionWidth, size) * size * 1.35;
        return lines(when, 13.6) + lines(localText(moment.text, lang), 15.2) + lines(`${context.t.source}: ${moment.sources.join(', ')}`, 12.8);
      }),
    );
    this.samples = plan.samples;
    this.layouts = { key, plan, legend, section, mini, wide: frame.wide, columns, captionHeight: Math.ceil(captionHeight), views: {} };
    return this.layouts;
  }

  /**
   * The plan, the section and the facts change only with the layout (width, language, units, data): their templates
   * are made once per layout and handed to Lit again on the renders that follow the playhead from moment to moment,
   * so those renders cost little; the loop moves what moves.
   */
  protected override renderGraphic(data: PipelineData, context: RenderContext): TemplateResult {
    const layouts = this.layoutFor(data, context);
    this.shown = context.step;
    return this.still ? this.renderStoryboard(data, context, layouts) : this.renderAnimated(data, context, layouts);
  }

  private renderAnimated(data: PipelineData, context: RenderContext, layouts: Layouts): TemplateResult {
    const { lang, units, step } = context;
    const t = pipelineStrings(lang);
    const timeline = this.timeline!;
    const time = this.time;
    const texts = this.texts(data, time, lang, units);
    const state = this.frameState(time, layouts);
    const total = Math.round((timeline.end - timeline.start) / 60_000);
    const span = timeline.end - timeline.start;
    const at = (ms: number) => `calc(9px + (100% - 18px) * ${((ms - timeline.start) / span).toFixed(4)})`;
    const playing = this.animation.playing;
    const speeds: number[] = SPEEDS.includes(this.rate as (typeof SPEEDS)[number]) ? [...SPEEDS] : [...SPEEDS, this.rate].sort((a, b) => a - b);
    const stop = (event: Event) => event.stopPropagation();
    const days = formatNumber(span / (24 * HOUR), lang, { maximumFractionDigits: 1 });
    const seconds = formatNumber(timeline.duration / this.rate / 1000, lang, { maximumFractionDigits: 0 });
    const caption = html`<div class="caption" part="caption" style=${styleProps({ minHeight: `${layouts.captionHeight}px` })}>
      ${this.renderMoment(data, context, step)}
    </div>`;

    return html`<div class="pipeline ${layouts.wide ? 'wide' : 'narrow'}">
      <div class="clock" part="clock" aria-hidden="true">
        <div>
          <p class="when"><span class="day">${texts.day}</span> <span class="hour">${texts.hour}</span> <span class="date">${texts.date}</span></p>
          <p class="tz">${t.moscow}, ${t.approximate}</p>
        </div>
        <p class="status"><span class="phase-name">${texts.phase}</span> · <span class="km">${texts.progress}</span></p>
      </div>
      <div class="views">
        ${(layouts.views.plan ??= this.renderPlan(context, layouts.plan, state, layouts.legend))}
        <div class="side">
          ${(layouts.views.section ??= this.renderSection(data, context, layouts.section, state))} ${layouts.wide ? caption : nothing}
        </div>
      </div>
      <div class="controls-area" @keydown=${stop}>
        <div class="timeline" part="timeline">
          <button type="button" class="play" aria-pressed=${playing ? 'true' : 'false'} @click=${() => this.togglePlay()}>
            <span aria-hidden="true">${playing ? '❚❚' : time >= timeline.end ? '↺' : '▶'}</span><span class="sr-only">${t.play}</span>
          </button>
          <div class="scrub">
            <div class="band" style=${styleProps({ background: this.phaseGradient() })}></div>
            ${timeline.moments.map((m) => html`<span class="tick" style=${styleProps({ left: at(m.time) })}></span>`)}
            <input
              type="range"
              min="0"
              max=${total}
              step="30"
              value=${texts.minutes}
              aria-label=${t.time}
              aria-valuetext=${texts.valuetext}
              @input=${(event: Event) => this.onScrub(event)}
            />
          </div>
          <label class="speed"
            ><span class=${layouts.wide ? '' : 'sr-only'}>${t.speed}</span>
            <select @change=${(event: Event) => (this.speed = Number((event.target as HTMLSelectElement).value))}>
              ${speeds.map((speed) => html`<option value=${String(speed)} ?selected=${speed === this.rate}>${formatNumber(speed, lang)}×</option>`)}
            </select>
          </label>
        </div>
        <p class="compressed">${t.compressed(days, seconds)}</p>
        <ul class="moments" aria-label=${t.moments}>
          ${data.timeline.moments.map(
            (m, i) =>
              html`<li>
                <button type="button" aria-current=${ifDefined(i === step ? 'step' : undefined)} @click=${() => this.jumpTo(i)}>
                  ${localText(m.label, lang)}
                </button>
              </li>`,
          )}
        </ul>
      </div>
      ${layouts.wide ? nothing : caption}
      ${(layouts.views.facts ??= this.renderFacts(data, context))}
    </div>`;
  }

  /** A key moment's name, day and date, what happened, and who said so. */
  private renderMoment(data: PipelineData, context: RenderContext, index: number): TemplateResult {
    const { lang } = context;
    const moment = data.timeline.moments[index];
    const time = this.timeline!.moments[index].time;
    const t = pipelineStrings(lang);
    return html`<p class="moment-when">
        <strong>${localText(moment.label, lang)}</strong> · ${t.day(dayOf(time, this.timeline!.start))} · ${formatMoment(time, lang)}
      </p>
      <p class="moment-text">${localText(moment.text, lang)}</p>
      <p class="sources">${context.t.source}: ${moment.sources.join(', ')}</p>`;
  }

  /** The scrubber's track: each phase in its colour, on a linear scale of story time. */
  private phaseGradient(): string {
    const timeline = this.timeline!;
    const span = timeline.end - timeline.start;
    const colours = { before: 'var(--_rule)', crawling: 'var(--_route)', waiting: 'var(--_ghost)', emerged: 'var(--_strike)' };
    const stops = timeline.segments
      .filter((segment) => segment.to > segment.from)
      .map((segment) => {
        const a = (((segment.from - timeline.start) / span) * 100).toFixed(2);
        const b = (((segment.to - timeline.start) / span) * 100).toFixed(2);
        return `${colours[segment.phase]} ${a}% ${b}%`;
      });
    return `linear-gradient(to right, ${stops.join(', ')})`;
  }

  private renderPlan(
    context: RenderContext,
    plan: PlanLayout,
    state: FrameState,
    legend?: LegendLayout,
    mini = false,
  ): TemplateResult {
    const height = plan.height + (legend ? legend.height + LEGEND_GAP : 0);
    const scale = plan.scale;
    const unit = pipelineStrings(context.lang).unit;
    const [ex, ey] = plan.exit;
    // The column is an HTML layer over the SVG: moving it is a compositor transform, with no repaint of the map.
    return html`<div class="plan${mini ? ' mini' : ''}" style=${styleProps({ width: `${plan.width}px`, height: `${height}px` })}>
      <svg width=${plan.width} height=${height} viewBox="0 0 ${plan.width} ${height}" aria-hidden="true">
      <svg class="map" width=${plan.width} height=${plan.height} viewBox="0 0 ${plan.width} ${plan.height}">
        <rect class="land" x="0.5" y="0.5" width=${plan.width - 1} height=${plan.height - 1} rx="4"></rect>
        ${plan.border.map((d) => svg`<path class="border" d=${d}></path>`)}
        <path class="front" d=${plan.front}></path>
        <path class="route-halo" d=${plan.pipe}></path>
        ${plan.trench ? svg`<path class="trench" d=${plan.trench}></path>` : nothing}
        <path class="route" d=${plan.pipe}></path>
        ${plan.places.map((p) => svg`<circle class="place" cx=${p.x} cy=${p.y} r=${p.priority <= 1 ? 4 : 2.5}></circle>`)}
        <circle class="end" cx=${plan.entry[0]} cy=${plan.entry[1]} r="4.5"></circle>
        <circle class="end" cx=${ex} cy=${ey} r="4.5"></circle>
        <g class="glow" style=${styleProps({ opacity: state.glow })}><circle cx=${ex} cy=${ey} r="11"></circle></g>
        <g class="strikes" style=${styleProps({ opacity: state.strikes })}>
          ${plan.strikes.map(([x, y]) => svg`<path d=${burst(x, y, 8)}></path>`)}
        </g>
        ${plan.labels.map(
          (label) =>
            svg`<text class="place-label ${labelClass(label.id)}" x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.text}</text>`,
        )}
        ${scale
          ? svg`<g class="scale">
              <path d="M${scale.x},${scale.y - 4}v4h${scale.px}v-4"></path>
              <text x=${scale.x + scale.px / 2} y=${scale.y - 6} text-anchor="middle">${formatNumber(scale.length, context.lang)} ${unit[scale.unit]}</text>
            </g>`
          : nothing}
      </svg>
      ${legend ? this.renderLegend(legend, plan.height + LEGEND_GAP) : nothing}
      </svg>
      <div class="column" style=${styleProps({ transform: state.column })}>
        <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true"><circle class="halo" r="8"></circle><circle class="dot" r="5.5"></circle></svg>
      </div>
    </div>`;
  }

  private renderLegend(legend: LegendLayout, top: number) {
    return svg`<g class="legend" transform="translate(0, ${top})">
      ${legend.items.map((item) => {
        const y = item.y;
        const glyph =
          item.kind === 'route'
            ? svg`<line class="route" x1="2" x2="22" y1=${y} y2=${y}></line>`
            : item.kind === 'column'
              ? svg`<circle class="dot" cx="12" cy=${y} r="5.5"></circle>`
              : item.kind === 'front'
                ? svg`<line class="front" x1="2" x2="22" y1=${y} y2=${y}></line>`
                : svg`<path class="strike" d=${burst(12, y, 6)}></path>`;
        return svg`<g transform="translate(${item.x}, 0)">${glyph}<text x="26" y=${y + 4}>${item.text}</text></g>`;
      })}
    </g>`;
  }

  private renderSection(data: PipelineData, context: RenderContext, section: SectionLayout, state: FrameState): TemplateResult {
    const { lang } = context;
    const t = pipelineStrings(lang);
    const { view, strip } = section;
    const { pipe } = view;
    const metres = (m: number) => formatMetres(m, lang);
    const last = view.ruler.ticks[view.ruler.ticks.length - 1];
    // The section is drawn in metres, as its ruler is, whatever the reader's unit for distances on the map.
    const spacing = metres(data.group.spacingM);
    const pitch = strip.pitchM * strip.pxPerM;
    return html`<div class="section" style=${styleProps({ width: `${section.width}px`, height: `${section.height}px` })}>
      <svg width=${section.width} height=${section.height} viewBox="0 0 ${section.width} ${section.height}" aria-hidden="true">
      <text class="title" x="0" y="13">${t.toScale}</text>
      <g class="ruler">
        <line x1=${view.ruler.x} x2=${view.ruler.x} y1=${last.y} y2=${view.ground}></line>
        ${view.ruler.ticks.map(
          (tick) => svg`<line x1=${view.ruler.x - 4} x2=${view.ruler.x} y1=${tick.y} y2=${tick.y}></line>
            <text class="muted" x=${view.ruler.x - 6} y=${tick.y + 4} text-anchor="end">${formatNumber(tick.m, lang)}</text>`,
        )}
        <text class="muted" x=${view.ruler.x - 6} y=${last.y - 10} text-anchor="end">${t.unit.m}</text>
      </g>
      <line class="ground" x1=${view.ruler.x} x2=${section.width} y1=${view.ground} y2=${view.ground}></line>
      ${renderFigure(view.standing, 'standing')}
      <g class="dim">
        <line x1=${view.ruler.x} x2=${view.stature.x} y1=${view.stature.y1} y2=${view.stature.y1} stroke-dasharray="2 3"></line>
        <text x=${view.stature.x + 4} y=${view.stature.y1 + 4}>${metres(1.75)}</text>
      </g>
      <circle class="pipe-inside" cx=${pipe.cx} cy=${pipe.cy} r=${pipe.r}></circle>
      ${renderFigure(view.crouching, 'crouching')}
      <circle class="pipe-wall" cx=${pipe.cx} cy=${pipe.cy} r=${pipe.r}></circle>
      <g class="dim">
        <path d="M${view.diameter.x1},${pipe.cy - pipe.r - 12}v8m0,-4H${view.diameter.x2}m0,-4v8"></path>
        <text x=${pipe.cx} y=${pipe.cy - pipe.r - 14} text-anchor="middle">${metres(data.pipe.diameterM)}</text>
      </g>
      <text class="muted" x="0" y=${strip.top - 8}>${t.groups(formatNumber(data.group.size, lang), spacing, data.group.source)}</text>
      <rect class="pipe-inside" x="0" y=${strip.y} width=${strip.width} height=${strip.height}></rect>
      <line class="pipe-wall" x1="0" x2=${strip.width} y1=${strip.y} y2=${strip.y}></line>
      <line class="pipe-wall" x1="0" x2=${strip.width} y1=${strip.y + strip.height} y2=${strip.y + strip.height}></line>
      <text class="muted" x="0" y=${strip.y + strip.height + 16}>${t.pipeLength(metres(Math.round(strip.windowM)))}</text>
      </svg>
      <div class="strip" style=${styleProps({ top: `${strip.y}px`, width: `${strip.width}px`, height: `${strip.height}px` })}>
        <div class="stream" style=${styleProps({ transform: state.stream, opacity: state.streamOpacity })}>
          <svg width=${strip.width + 2 * pitch} height=${strip.height} style=${styleProps({ marginLeft: `${-pitch}px` })} aria-hidden="true">
            <g transform="translate(${pitch}, 0)">
              ${strip.soldiers.map((s) =>
                renderFigure({ shape: strip.crawler, x: (s.x - strip.crawler.left) * strip.pxPerM, y: strip.height, scale: strip.pxPerM }, 'crawling'),
              )}
              ${strip.gaps.map(({ x1, x2 }) => {
                const [a, b] = [x1 * strip.pxPerM + 3, x2 * strip.pxPerM - 3];
                return svg`<g class="gap">
                  <path d="M${a},4v8m0,-4H${b}m0,-4v8"></path>
                  <text x=${(a + b) / 2} y="22" text-anchor="middle">${spacing}</text>
                </g>`;
              })}
            </g>
          </svg>
        </div>
      </div>
    </div>`;
  }

  private renderFacts(data: PipelineData, context: RenderContext): TemplateResult {
    const { lang, units } = context;
    const t = pipelineStrings(lang);
    const soldiers = soldierAccounts(data, lang);
    const first = this.timeline!.moments[0].time;
    const emerged = this.timeline!.moments.find((m) => m.id === 'emergence')?.time ?? this.timeline!.end;
    const since = emptySince(data, lang);
    return html`<dl class="facts" part="facts">
      <div>
        <dt>${t.facts.distance}</dt>
        <dd class="big">${formatLength(data.lengthKm.low, data.lengthKm.high, lengthUnitFor(units), lang)}</dd>
        <dd class="accounts">${lengthAccounts(data, units, lang).join(' · ')}</dd>
      </div>
      <div>
        <dt>${t.facts.soldiers}</dt>
        <dd class="big">${soldiersText(data, lang)}</dd>
        <dd class="accounts">${t.byAccount}: ${[...soldiers.inside, ...soldiers.outside].join(' · ')}</dd>
      </div>
      <div>
        <dt>${t.facts.pipe}</dt>
        <dd>${t.pipeFact(pipeName(data, lang), formatMetres(data.pipe.diameterM, lang), since)}</dd>
        <dd class="accounts">${data.pipe.source}</dd>
        ${data.group.label ? html`<dd class="accounts">${localText(data.group.label, lang)} (${data.group.source})</dd>` : nothing}
      </div>
      <div>
        <dt>${t.facts.when}</dt>
        <dd>${t.when(formatDay(first, lang), formatMoment(emerged, lang))}</dd>
        <dd class="accounts">${t.moscow}</dd>
      </div>
    </dl>`;
  }

  private renderStoryboard(data: PipelineData, context: RenderContext, layouts: Layouts): TemplateResult {
    const { lang, step } = context;
    const t = pipelineStrings(lang);
    const timeline = this.timeline!;
    return html`<div class="pipeline still ${layouts.wide ? 'wide' : 'narrow'}">
      <ol class="storyboard" part="storyboard" aria-label=${t.moments} style=${styleProps({ gridTemplateColumns: `repeat(${layouts.columns}, 1fr)` })}>
        ${data.timeline.moments.map((_, i) => {
          const time = timeline.moments[i].time;
          return html`<li class="card" aria-current=${ifDefined(i === step ? 'step' : undefined)}>
            ${this.renderPlan(context, layouts.mini, this.frameState(time, { ...layouts, plan: layouts.mini }), undefined, true)}
            ${this.renderMoment(data, context, i)}
          </li>`;
        })}
      </ol>
      <div class="views">
        ${this.renderSection(data, context, layouts.section, this.frameState(timeline.moments[0].time))} ${this.renderFacts(data, context)}
      </div>
    </div>`;
  }
}

/** How a plan label is set: route ends and the key places bold, areas of control in italics, countries in capitals. */
function labelClass(id: string): string {
  return id === 'entry' || id === 'exit' || id.startsWith('key') ? 'key' : id === 'across' ? 'country' : id.startsWith('side') ? 'area' : '';
}

/** A four-pointed burst centred on (x, y): a strike, drawn without flames or gore. */
function burst(x: number, y: number, r: number): string {
  const q = r * 0.32;
  const p = (dx: number, dy: number) => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`;
  return `M${p(0, -r)}L${p(q, -q)}L${p(r, 0)}L${p(q, q)}L${p(0, r)}L${p(-q, q)}L${p(-r, 0)}L${p(-q, -q)}Z`;
}

function renderFigure(placed: PlacedFigure, pose: string) {
  const { shape, x, y, scale } = placed;
  return svg`<g class="figure ${pose}" transform="translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${scale.toFixed(3)})">
    <path class="limb" d=${shape.limbs} stroke-width=${LIMB_M}></path>
    <path class="limb" d=${shape.torso} stroke-width=${TORSO_M}></path>
    <circle class="head" cx=${shape.head.x} cy=${shape.head.y} r=${HEAD_RADIUS_M}></circle>
    <path class="head" d=${shape.helmet}></path>
    ${shape.pack ? svg`<path class="head" d=${shape.pack}></path>` : nothing}
  </g>`;
}

/**
 * Height of the graphic box at a width, measured from the Kursk dataset in Chromium (width, px): animated, and
 * the reduced-motion storyboard. The views change layout at 640 px (side by side) and the storyboard's columns at
 * 540 and 900 px, hence the pairs of widths a pixel apart.
 */
const MEASURED: Record<'animated' | 'still', [number, number][]> = {
  animated: [[320, 1676], [400, 1743], [540, 1699], [639, 1613], [640, 944], [720, 913], [900, 907], [1140, 976], [1280, 957]],
  still: [[320, 2410], [400, 2619], [520, 2854], [539, 2909], [540, 1707], [639, 1686], [640, 1424], [720, 1479], [899, 1501], [900, 986], [1140, 1118], [1280, 1138]],
};

/**
 * The height the graphic needs at a width, reserved before data arrives so the page does not shift when it does:
 * interpolated between the measured widths.
 */
export function reservedHeight(width: number, still: boolean): number {
  const points = MEASURED[still ? 'still' : 'animated'];
  const w = Math.min(points[points.length - 1][0], Math.max(points[0][0], width));
  const i = Math.max(1, points.findIndex(([x]) => x >= w));
  const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
  return Math.round(y0 + ((y1 - y0) * (w - x0)) / (x1 - x0 || 1));
}
