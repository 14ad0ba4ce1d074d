import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether the reader asked for less motion: the OS setting, or a `reduced-motion` attribute the page sets.
 * `reduced` is true when either is on; the host re-renders when the OS setting changes.
 */
export class ReducedMotionController implements ReactiveController {
  private query?: MediaQueryList;
  private prefers = false;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

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
