import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VisibilityController } from './visibility.js';

export interface AnimationOptions {
  /**
   * Called once per animation frame while running, with the milliseconds since the previous frame (capped, so a
   * tab coming back does not jump the animation). Write transforms or opacity to nodes you keep a reference to;
   * read no layout here.
   */
  onFrame: (elapsed: number, now: number) => void;
  /** Whether animation is allowed at all (false under reduced motion). Read before each start. */
  allowed?: () => boolean;
  /** Called when the loop starts or stops running, e.g. to update a play button. */
  onRunningChange?: (running: boolean) => void;
}

/** The longest step one frame may take, in ms: after a stall the animation resumes instead of leaping ahead. */
export const MAX_FRAME_MS = 100;

/**
 * One requestAnimationFrame loop per element, running only while it should: playing, connected, on screen, in a
 * visible tab and with motion allowed. Off screen it requests no frames at all.
 */
export class AnimationController implements ReactiveController {
  /** What the reader (or `autoplay`) asked for; the loop runs only when this and everything else allow. */
  playing = false;
  /** Frames run since the element was created: for tests and benchmarks. */
  frameCount = 0;
  private frame = 0;
  private last = 0;
  private connected = false;
  private readonly visibility: VisibilityController;

  constructor(
    host: ReactiveControllerHost & Element,
    private readonly options: AnimationOptions,
  ) {
    this.visibility = new VisibilityController(host, () => this.sync());
    host.addController(this);
  }

  /** On screen and in a visible tab. */
  get visible(): boolean {
    return this.visibility.visible;
  }

  /** Whether frames are being requested right now. */
  get running(): boolean {
    return this.frame !== 0;
  }

  play(): void {
    this.playing = true;
    this.sync();
  }

  pause(): void {
    this.playing = false;
    this.sync();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  /** Starts or stops the loop to match the conditions; call after anything they depend on changes. */
  sync(): void {
    const allowed = this.options.allowed?.() ?? true;
    const should = this.playing && this.connected && this.visibility.visible && allowed;
    if (should && !this.frame) {
      this.last = 0;
      this.frame = requestAnimationFrame(this.tick);
      this.options.onRunningChange?.(true);
    } else if (!should && this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.options.onRunningChange?.(false);
    }
  }

  private tick = (now: number): void => {
    const elapsed = this.last ? Math.min(MAX_FRAME_MS, now - this.last) : 0;
    this.last = now;
    this.frameCount++;
    // Requested before the callback, so the callback may pause() and cancel it.
    this.frame = requestAnimationFrame(this.tick);
    this.options.onFrame(elapsed, now);
  };
}
