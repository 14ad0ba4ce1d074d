import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width with a ResizeObserver and re-renders when it changes.
 * `width` starts at `fallbackWidth` so the first render (and a server render) has a size to lay out.
 */
export class ResizeController implements ReactiveController {
  width: number;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    fallbackWidth = 640,
  ) {
    this.width = fallbackWidth;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = entry.contentRect.width;
      // Re-rendering inside the observer callback changes the height it just measured, which the browser
      // reports as a "ResizeObserver loop" error on the page; the next frame is soon enough.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.measured(width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  /** Takes a width measured elsewhere (the host's first box, read before it drew). */
  measured(width: number): void {
    // Sub-pixel jitter from zoom or scrollbars must not re-render the graphic.
    const rounded = Math.round(width);
    if (rounded <= 0 || rounded === this.width) return;
    this.width = rounded;
    this.host.requestUpdate();
  }
}
