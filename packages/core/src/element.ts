import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderDataTable, srOnlyStyles, type DataTable } from './a11y.js';
import { DataController } from './controllers/data.js';
import { ReducedMotionController } from './controllers/reduced-motion.js';
import { ResizeController } from './controllers/resize.js';
import { frameStyles } from './frame.styles.js';
import { isNear, measureSoon } from './first-look.js';
import { whenIdle } from './idle.js';
import { whenNear } from './near.js';
import { strings, type CoreStrings } from './strings.js';
import { clampStep, stepForKey } from './step.js';
import { styleProps } from './style-props.js';
import { themeStyles, toTheme, type Theme } from './theme.js';
import { toAreaUnit, type AreaUnit } from './units.js';
import type { Validation } from './validate.js';

/** What a render needs to know besides the data: all of it resolved, none of it read from the DOM. */
export interface RenderContext {
  lang: string;
  units: AreaUnit;
  width: number;
  reducedMotion: boolean;
  /** The current step, clamped to the data's steps. */
  step: number;
  t: CoreStrings;
}

export interface SalientErrorDetail {
  message: string;
}

export interface SalientStepDetail {
  step: number;
}

declare global {
  interface HTMLElementEventMap {
    'salient-error': CustomEvent<SalientErrorDetail>;
    'salient-step': CustomEvent<SalientStepDetail>;
  }
}

/**
 * The frame and contract every Salient graphic shares: data by property, JSON child or `src`, validated, with a
 * visible error state; headline, dek and credit; size, language, units, theme, reduced motion; steps driven by
 * attribute, keyboard and an optional slider; and the accessible summary and data table.
 * A graphic supplies only what is particular to it.
 *
 * @fires salient-error - The input could not be used. `detail.message` says why; the graphic shows the same message.
 * @fires salient-step - The reader changed the step from the keyboard or the slider. `detail.step` is the new step.
 * @csspart headline - The headline.
 * @csspart dek - The line under the headline.
 * @csspart graphic - The box that holds the drawing, the loading note or the error.
 * @csspart error - The error message box.
 * @csspart controls - The step slider and its buttons.
 * @csspart source - The credit line.
 * @csspart table - The data table (visually hidden).
 * @cssprop --salient-font - Font family. Default: the page's.
 * @cssprop --salient-font-size - Base text size, px; every text size is a multiple of it. Default: 16px (never the page's root size).
 * @cssprop --salient-bg - Background.
 * @cssprop --salient-text - Main text colour.
 * @cssprop --salient-muted - Secondary text colour (dates, credits).
 * @cssprop --salient-rule - Lines and borders.
 * @cssprop --salient-accent - The main data colour.
 * @cssprop --salient-accent-text - Text in the main data colour.
 * @cssprop --salient-focus - Keyboard focus ring.
 * @cssprop --salient-error-bg - Error box background.
 * @cssprop --salient-error-text - Error box text.
 */
export abstract class SalientElement<T> extends LitElement {
  static override styles = [themeStyles, srOnlyStyles, frameStyles];

  /** The reactive properties below, and the attributes that set them (Lit's `static properties`). */
  static override properties: PropertyDeclarations = {
    headline: {},
    dek: {},
    source: {},
    units: {},
    theme: { reflect: true },
    lang: {},
    step: { type: Number },
    controls: { type: Boolean },
    reducedMotion: { type: Boolean, attribute: 'reduced-motion', reflect: true },
    data: { attribute: false },
    src: {},
    timeout: { type: Number },
  };

  /** Headline shown above the graphic. Plain text. */
  headline = '';

  /** A line under the headline. Plain text. */
  dek = '';

  /** Credit line, always shown when set; otherwise the data's own credit is shown. */
  source = '';

  /** Area units: `km2` or `mi2`. Anything else is read as `km2`. */
  units: AreaUnit = 'km2';

  /** Colour theme: `light`, `dark`, or `auto` (follows the reader's system setting). */
  theme: Theme = 'light';

  /** Language (`en`, `uk`, or any BCP 47 tag for number and date formats). Falls back to the page's. */
  override lang!: string;

  /** Which step of the data to show, from 0. Absent or out of range: the last step. */
  step?: number;

  /** Show a keyboard-usable step slider under the graphic. */
  controls = false;

  /** Turn animation off, whatever the reader's system setting. */
  reducedMotion = false;

  /** The data, as an object. Wins over `src` and a JSON child. */
  data?: T | null;

  /** URL of the data as JSON. Fetched only when no `data` property is set. */
  src = '';

  /** Milliseconds to wait for `src` before showing an error. */
  timeout = 10_000;

  protected readonly size = new ResizeController(this);
  protected readonly motion = new ReducedMotionController(this);
  protected readonly input = new DataController<T>(this, {
    validate: (input) => this.validate(input),
    timeout: () => (Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 10_000),
    onError: (message) => this.reportError(message),
  });

  private pageLang = '';
  private warned = '';
  /** The tallest the drawing has been at this width with this data: stepping back never shrinks the box. */
  private tallest = { height: 0, width: 0, data: undefined as T | undefined };
  private graphicObserver?: ResizeObserver;
  /**
   * Whether the graphic may draw: once it has come within a screen of the viewport (seen as soon as its frame has
   * rendered, before the browser's next frame, or later as the reader scrolls), or in a later idle period,
   * whichever is first. Until then it shows its frame and its reserved height; its drawing, summary and table
   * (which take most of the work: layout, labels, text) come with the drawing. Loading a page of many graphics
   * costs the ones near the reader, the rest draw when the page has nothing else to do, and a graphic never draws
   * at a guessed width. On the server, and without IntersectionObserver, at once.
   */
  private near = isServer || typeof IntersectionObserver === 'undefined';
  private stopWaitingNear?: () => void;
  private cancelIdleDraw?: () => void;
  private cancelFirstLook?: () => void;

  /** Checks untrusted input and returns typed data or the problems found. */
  protected abstract validate(input: unknown): Validation<T>;
  /** The drawing itself. */
  protected abstract renderGraphic(data: T, context: RenderContext): TemplateResult;
  /** One or two sentences that say what the graphic shows at this step. */
  protected abstract summarize(data: T, context: RenderContext): string;
  /** The numbers behind the graphic. */
  protected abstract tabulate(data: T, context: RenderContext): DataTable;
  /** Height the graphic is expected to need at a width, reserved before data arrives so the page does not shift. */
  protected abstract reservedHeight(width: number): number;
  /** How many steps the data has (1 for a graphic without steps). */
  protected stepCount(_data: T): number {
    return 1;
  }
  /** A step's name for the slider and screen readers. */
  protected stepLabel(_data: T, step: number, context: RenderContext): string {
    return context.t.step(step + 1, 1);
  }
  /** The credit the data carries, shown when no `source` attribute is set. */
  protected credit(_data: T, _context: RenderContext): string {
    return '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '';
    if (!this.near && !this.stopWaitingNear) {
      this.stopWaitingNear = whenNear(this, () => this.draw());
      this.cancelIdleDraw = whenIdle(() => this.draw());
      // Attached again after rendering: its frame is there to be measured. The first time, see firstUpdated().
      if (this.hasUpdated) this.lookSoon();
    }
  }

  protected override firstUpdated(): void {
    if (this.isConnected && this.stopWaitingNear) this.lookSoon();
  }

  /** Reads where the rendered frame sits, with any others attached with it, and draws now if it is near. */
  private lookSoon(): void {
    this.cancelFirstLook = measureSoon(this, (rect) => {
      this.cancelFirstLook = undefined;
      // Draws at the width it has, not the fallback one, before the frame that first shows it.
      if (rect.width > 0) this.size.measured(rect.width);
      if (isNear(rect)) this.draw();
    });
  }

  /** Lets the graphic draw from now on. */
  private draw(): void {
    this.stopWaitingToDraw();
    this.near = true;
    this.requestUpdate();
  }

  private stopWaitingToDraw(): void {
    this.cancelFirstLook?.();
    this.cancelFirstLook = undefined;
    this.stopWaitingNear?.();
    this.stopWaitingNear = undefined;
    this.cancelIdleDraw?.();
    this.cancelIdleDraw = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.graphicObserver?.disconnect();
    this.graphicObserver = undefined;
    this.stopWaitingToDraw();
  }

  protected override updated(): void {
    // Lit also updates a removed element (taken out with an update pending, or re-rendered as its animation stops):
    // observing its graphic then would leave an observer on a removed node. Reconnecting requests an update.
    if (this.graphicObserver || !this.isConnected || typeof ResizeObserver === 'undefined') return;
    const graphic = this.renderRoot.querySelector('.graphic');
    if (!graphic) return;
    // Remembers the height each step needed, so a step change never moves the slider under the reader's
    // finger or the text below. Read here, never in render().
    this.graphicObserver = new ResizeObserver(([entry]) => {
      const value = this.input.state === 'ready' ? this.input.value : undefined;
      // Only what the drawn graphic needed counts, never the box reserved before it drew.
      if (!entry || value === undefined || !this.near) return;
      const tallest = this.tallest;
      if (tallest.width !== this.size.width || tallest.data !== value) {
        this.tallest = { height: 0, width: this.size.width, data: value };
      }
      this.tallest.height = Math.max(this.tallest.height, entry.borderBoxSize[0]?.blockSize ?? 0);
    });
    this.graphicObserver.observe(graphic);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.input.setProperty(this.data);
    if (changed.has('src')) this.input.setSrc(this.src);
  }

  /**
   * Whether animation is off: the `reducedMotion` property or the reader's system setting. Read from the property,
   * not the attribute it reflects to, which changes only after the next render.
   */
  protected get motionReduced(): boolean {
    return this.reducedMotion || this.motion.prefersReduced;
  }

  /** The render context: everything resolved from attributes, the page and the data. */
  protected context(data?: T): RenderContext {
    const lang = this.lang || this.pageLang || 'en';
    return {
      lang,
      units: toAreaUnit(this.units),
      width: this.size.width,
      reducedMotion: this.motionReduced,
      step: data ? clampStep(this.step, this.stepCount(data)) : 0,
      t: strings(lang),
    };
  }

  protected override render(): TemplateResult {
    const { state, value, error } = this.input;
    const context = this.context(value);
    const ready = state === 'ready' && value !== undefined;
    const drawn = ready && this.near;
    const count = ready ? this.stepCount(value) : 0;
    // The data's own credit sits inside the reserved box, so it arriving with the data moves nothing below.
    const dataCredit = ready && !this.source ? this.credit(value, context) : '';
    const summary = drawn ? this.summarize(value, context) : '';
    const stepping = count > 1;
    const theme = toTheme(this.theme);

    return html`<figure lang=${context.lang} dir="ltr" data-theme=${theme}>
      ${this.headline || this.dek
        ? html`<figcaption>
            ${this.headline ? html`<p class="headline" part="headline">${this.headline}</p>` : nothing}
            ${this.dek ? html`<p class="dek" part="dek">${this.dek}</p>` : nothing}
          </figcaption>`
        : nothing}
      <div
        class="graphic"
        part="graphic"
        style=${styleProps({ minHeight: `${this.minHeight(drawn, context.width)}px` })}
        role=${ifDefined(drawn ? 'group' : undefined)}
        aria-label=${ifDefined(drawn ? summary : undefined)}
        aria-roledescription=${ifDefined(stepping ? 'stepped graphic' : undefined)}
        tabindex=${ifDefined(stepping ? 0 : undefined)}
        @keydown=${stepping ? (event: KeyboardEvent) => this.onKey(event, context.step, count) : nothing}
      >
        ${drawn
          ? html`${this.renderGraphic(value, context)}
            ${dataCredit ? html`<p class="credit" part="source">${context.t.source}: ${dataCredit}</p>` : nothing}`
          : state === 'error'
            ? html`<div class="error" role="alert" part="error">
                <p class="error-title">${context.t.errorTitle}</p>
                <p class="error-message">${error}</p>
              </div>`
            : ready
              ? nothing
              : html`<p class="status" role="status">${state === 'loading' ? context.t.loading : context.t.waiting}</p>`}
      </div>
      ${drawn && stepping && this.controls ? this.renderControls(value, context, count) : nothing}
      ${drawn
        ? html`<p class="sr-only" aria-live="polite">${summary}</p>
            ${renderDataTable(this.tabulate(value, context))}`
        : nothing}
      ${this.source ? html`<p class="credit" part="source">${context.t.source}: ${this.source}</p>` : nothing}
    </figure>`;
  }

  /**
   * Before data: the height the graphic is expected to need, so its arrival moves nothing. After: the tallest it
   * has been for this data at this width.
   */
  private minHeight(ready: boolean, width: number): number {
    if (!ready) return this.reservedHeight(width);
    const { height, width: at, data } = this.tallest;
    return at === width && data === this.input.value ? height : 0;
  }

  private renderControls(data: T, context: RenderContext, count: number): TemplateResult {
    const label = this.stepLabel(data, context.step, context);
    return html`<div class="controls" part="controls">
      <button type="button" ?disabled=${context.step === 0} @click=${() => this.goTo(context.step - 1, count)}>
        <span aria-hidden="true">←</span><span class="sr-only">${context.t.previous}</span>
      </button>
      <input
        type="range"
        min="0"
        max=${count - 1}
        step="1"
        .value=${String(context.step)}
        aria-label=${context.t.step(context.step + 1, count)}
        aria-valuetext=${label}
        @input=${(event: Event) => this.goTo(Number((event.target as HTMLInputElement).value), count)}
      />
      <button type="button" ?disabled=${context.step === count - 1} @click=${() => this.goTo(context.step + 1, count)}>
        <span aria-hidden="true">→</span><span class="sr-only">${context.t.next}</span>
      </button>
      <span class="step-label" aria-hidden="true">${label}</span>
    </div>`;
  }

  private onKey(event: KeyboardEvent, current: number, count: number): void {
    const next = stepForKey(event.key, current, count);
    if (next === null) return;
    event.preventDefault();
    this.goTo(next, count);
  }

  /** Moves to a step on the reader's behalf and tells the page. */
  private goTo(step: number, count: number): void {
    const next = clampStep(step, count);
    if (next === clampStep(this.step, count)) return;
    this.step = next;
    this.dispatchEvent(new CustomEvent('salient-step', { detail: { step: next }, bubbles: true, composed: true }));
  }

  private reportError(message: string): void {
    // One warning per distinct problem: a page that re-renders must not flood the console.
    if (message !== this.warned) {
      this.warned = message;
      console.warn(`<${this.localName}>: ${message}`);
    }
    this.dispatchEvent(new CustomEvent('salient-error', { detail: { message }, bubbles: true, composed: true }));
  }
}
