import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host is on screen and its tab is visible, so animations can pause when nobody can see them.
 * Calls `onChange` (if given) and re-renders the host whenever that changes.
 */
export class VisibilityController implements ReactiveController {
  /** On screen and in a visible tab. False until the first observation says otherwise. */
  visible = false;
  private intersecting = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange?: (visible: boolean) => void,
    private readonly rootMargin = '0px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        this.intersecting = entry.isIntersecting;
        this.update();
      },
      { rootMargin: this.rootMargin },
    );
    this.observer.observe(this.host);
    document.addEventListener('visibilitychange', this.update);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    document.removeEventListener('visibilitychange', this.update);
    this.intersecting = false;
    this.update();
  }

  private update = (): void => {
    const visible = this.intersecting && document.visibilityState !== 'hidden';
    if (visible === this.visible) return;
    this.visible = visible;
    this.onChange?.(visible);
    this.host.requestUpdate();
  };
}
