import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether the reader asked for less motion: the OS setting (`prefersReduced`, kept up to date; the host re-renders
 * when it changes), or a `reduced-motion` attribute the page sets (`reduced` is true when either is on).
 *
 * A host with a `reducedMotion` property that reflects to the attribute should read the property and
 * `prefersReduced`, as SalientElement does: the attribute is reflected only after the host's next render, so
 * `reduced` lags the property by a render.
 */
export class ReducedMotionController implements ReactiveController {
  private query?: MediaQueryList;
  private prefers = false;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The reader's system setting, `prefers-reduced-motion: reduce`. */
  get prefersReduced(): boolean {
    return this.prefers;
  }

  /** The system setting or the host's `reduced-motion` attribute. */
  get reduced(): boolean {
    return this.prefers || this.host.hasAttribute?.('reduced-motion') === true;
  }

  hostConnected(): void {
    if (typeof matchMedia === 'undefined') return;
    this.query = matchMedia(QUERY);
    this.prefers = this.query.matches;
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = undefined;
  }

  private onChange = (event: MediaQueryListEvent): void => {
    this.prefers = event.matches;
    this.host.requestUpdate();
  };
}
