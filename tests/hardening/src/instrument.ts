/**
 * Instruments the browser APIs an element can leave running after it is removed: animation frames, timers,
 * idle callbacks, observers, media-query listeners and document/window listeners. `instrument()` wraps them until `restore()`.
 *
 * Only calls made from the packages' own code are counted (their stack passes through `/packages/`): Vitest's
 * runner and this test's own waiting use the same globals, and must not count as the elements' leaks.
 */

type Schedule = (handler: TimerHandler, delay?: number, ...args: unknown[]) => number;
type Clear = (id?: number) => void;

/* eslint-disable @typescript-eslint/unbound-method -- the originals, put back as they were and called with .call() */
const ORIGINAL = {
  requestAnimationFrame: window.requestAnimationFrame,
  cancelAnimationFrame: window.cancelAnimationFrame,
  requestIdleCallback: window.requestIdleCallback,
  cancelIdleCallback: window.cancelIdleCallback,
  setTimeout: window.setTimeout as unknown as Schedule,
  clearTimeout: window.clearTimeout as unknown as Clear,
  setInterval: window.setInterval as unknown as Schedule,
  clearInterval: window.clearInterval as unknown as Clear,
  ResizeObserver: window.ResizeObserver,
  IntersectionObserver: window.IntersectionObserver,
  MutationObserver: window.MutationObserver,
  mqlAdd: MediaQueryList.prototype.addEventListener,
  mqlRemove: MediaQueryList.prototype.removeEventListener,
  mqlAddListener: MediaQueryList.prototype.addListener,
  mqlRemoveListener: MediaQueryList.prototype.removeListener,
  documentAdd: Document.prototype.addEventListener,
  documentRemove: Document.prototype.removeEventListener,
  windowAdd: Window.prototype.addEventListener,
  windowRemove: Window.prototype.removeEventListener,
};
/* eslint-enable @typescript-eslint/unbound-method */

/** Waits for animation frames with the browser's own requestAnimationFrame, which is never counted. */
export async function rawFrames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => ORIGINAL.requestAnimationFrame.call(window, resolve));
}

/** Waits with the browser's own setTimeout, which is never counted. */
export function rawDelay(ms: number): Promise<void> {
  return new Promise((resolve) => ORIGINAL.setTimeout.call(window, resolve, ms));
}

/** Whether the current call comes from the packages' code (elements, core), by its stack. */
function fromPackages(): boolean {
  return (new Error().stack ?? '').includes('/packages/');
}

/** Where a call came from: the first stack line in the packages' code, for readable failures. */
function callSite(): string {
  const lines = (new Error().stack ?? '').split('\n');
  const line = lines.find((l) => l.includes('/packages/')) ?? '';
  return line.replace(/^\s*at\s+/, '').replace(/https?:\/\/[^/]+\/(@fs)?/, '').replace(/\?[^:]*/, '');
}

export interface TimerRecord {
  delay: number;
  site: string;
  callback: () => void;
}

interface ObserverRecord {
  kind: string;
  site: string;
  targets: Set<Node>;
}

interface ListenerRecord {
  target: string;
  type: string;
  site: string;
}

/** What the packages' code has asked for since `instrument()`. */
export interface Instrumentation {
  /** Animation frames requested, and where from (since the last `resetCounts()`). */
  frameRequests: number;
  frameSites: string[];
  /** Animation frames requested but neither run nor cancelled. */
  pendingFrames: Map<number, string>;
  /** requestIdleCallback callbacks neither run nor cancelled. */
  pendingIdle: Map<number, string>;
  /** Every setTimeout / setInterval, and those neither run (timeouts) nor cleared. */
  timers: TimerRecord[];
  pendingTimers: Map<number, TimerRecord>;
  pendingIntervals: Map<number, TimerRecord>;
  /** Observers that still observe something, and what. */
  observers: Set<ObserverRecord>;
  observersCreated: number;
  /** Listeners added and not removed: matchMedia `change`, document and window events. */
  listeners: Map<string, ListenerRecord>;
  listenersAdded: number;
  /** Resets the counters of what was asked for, keeping what is still pending. */
  resetCounts(): void;
  restore(): void;
}

function listenerKey(target: object, type: string, listener: unknown, options?: boolean | EventListenerOptions): string {
  const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
  return `${ids.of(target)}|${type}|${ids.of(listener as object)}|${capture}`;
}

/** Stable ids for objects, for listener keys. */
const ids = {
  map: new WeakMap<object, number>(),
  next: 1,
  of(value: object | null | undefined): number {
    if (!value) return 0;
    let id = this.map.get(value);
    if (!id) this.map.set(value, (id = this.next++));
    return id;
  },
};

/** Wraps the APIs until `restore()`. Install before the elements under test are created. */
export function instrument(): Instrumentation {
  const record: Instrumentation = {
    frameRequests: 0,
    frameSites: [],
    pendingFrames: new Map(),
    pendingIdle: new Map(),
    timers: [],
    pendingTimers: new Map(),
    pendingIntervals: new Map(),
    observers: new Set(),
    observersCreated: 0,
    listeners: new Map(),
    listenersAdded: 0,
    resetCounts() {
      record.frameRequests = 0;
      record.frameSites = [];
      record.timers = [];
      record.observersCreated = 0;
      record.listenersAdded = 0;
    },
    restore,
  };

  window.requestAnimationFrame = (callback: FrameRequestCallback): number => {
    if (!fromPackages()) return ORIGINAL.requestAnimationFrame.call(window, callback);
    const site = callSite();
    record.frameRequests++;
    record.frameSites.push(site);
    const id = ORIGINAL.requestAnimationFrame.call(window, (now) => {
      record.pendingFrames.delete(id);
      callback(now);
    });
    record.pendingFrames.set(id, site);
    return id;
  };
  window.cancelAnimationFrame = (id: number): void => {
    record.pendingFrames.delete(id);
    ORIGINAL.cancelAnimationFrame.call(window, id);
  };

  window.requestIdleCallback = (callback: IdleRequestCallback, options?: IdleRequestOptions): number => {
    if (!fromPackages()) return ORIGINAL.requestIdleCallback.call(window, callback, options);
    const id = ORIGINAL.requestIdleCallback.call(
      window,
      (deadline) => {
        record.pendingIdle.delete(id);
        callback(deadline);
      },
      options,
    );
    record.pendingIdle.set(id, callSite());
    return id;
  };
  window.cancelIdleCallback = (id: number): void => {
    record.pendingIdle.delete(id);
    ORIGINAL.cancelIdleCallback.call(window, id);
  };

  const wrapTimer =
    (repeat: boolean): Schedule =>
    (handler, delay, ...args) => {
      const schedule = repeat ? ORIGINAL.setInterval : ORIGINAL.setTimeout;
      if (!fromPackages() || typeof handler !== 'function') return schedule.call(window, handler, delay, ...args);
      const run = handler as (...args: unknown[]) => void;
      const timer: TimerRecord = { delay: Number(delay ?? 0), site: callSite(), callback: () => run(...args) };
      record.timers.push(timer);
      const pending = repeat ? record.pendingIntervals : record.pendingTimers;
      const id = schedule.call(
        window,
        () => {
          if (!repeat) pending.delete(id);
          timer.callback();
        },
        delay,
      );
      pending.set(id, timer);
      return id;
    };
  const wrapClear =
    (pending: Map<number, TimerRecord>, clear: Clear): Clear =>
    (id) => {
      if (id !== undefined) pending.delete(id);
      clear.call(window, id);
    };
  window.setTimeout = wrapTimer(false) as unknown as typeof window.setTimeout;
  window.setInterval = wrapTimer(true) as unknown as typeof window.setInterval;
  window.clearTimeout = wrapClear(record.pendingTimers, ORIGINAL.clearTimeout) as typeof window.clearTimeout;
  window.clearInterval = wrapClear(record.pendingIntervals, ORIGINAL.clearInterval) as typeof window.clearInterval;

  window.ResizeObserver = trackObserver(ORIGINAL.ResizeObserver, 'ResizeObserver', record);
  window.IntersectionObserver = trackObserver(ORIGINAL.IntersectionObserver, 'IntersectionObserver', record);
  window.MutationObserver = trackObserver(ORIGINAL.MutationObserver, 'MutationObserver', record);

  const add = (name: string, original: typeof ORIGINAL.documentAdd) =>
    function (this: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
      if (listener && fromPackages()) {
        const key = listenerKey(this, type, listener, options);
        if (!record.listeners.has(key)) record.listenersAdded++;
        record.listeners.set(key, { target: name, type, site: callSite() });
      }
      return original.call(this, type, listener as EventListener, options);
    };
  const remove = (original: typeof ORIGINAL.documentRemove) =>
    function (this: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
      if (listener) record.listeners.delete(listenerKey(this, type, listener, options));
      return original.call(this, type, listener as EventListener, options);
    };
  MediaQueryList.prototype.addEventListener = add('MediaQueryList', ORIGINAL.mqlAdd);
  MediaQueryList.prototype.removeEventListener = remove(ORIGINAL.mqlRemove);
  MediaQueryList.prototype.addListener = function (this: MediaQueryList, listener) {
    add('MediaQueryList', ORIGINAL.mqlAdd).call(this, 'change', listener);
  };
  MediaQueryList.prototype.removeListener = function (this: MediaQueryList, listener) {
    remove(ORIGINAL.mqlRemove).call(this, 'change', listener);
  };
  document.addEventListener = add('document', ORIGINAL.documentAdd);
  document.removeEventListener = remove(ORIGINAL.documentRemove);
  window.addEventListener = add('window', ORIGINAL.windowAdd);
  window.removeEventListener = remove(ORIGINAL.windowRemove);

  function restore(): void {
    window.requestAnimationFrame = ORIGINAL.requestAnimationFrame;
    window.cancelAnimationFrame = ORIGINAL.cancelAnimationFrame;
    window.requestIdleCallback = ORIGINAL.requestIdleCallback;
    window.cancelIdleCallback = ORIGINAL.cancelIdleCallback;
    window.setTimeout = ORIGINAL.setTimeout as unknown as typeof window.setTimeout;
    window.clearTimeout = ORIGINAL.clearTimeout as typeof window.clearTimeout;
    window.setInterval = ORIGINAL.setInterval as unknown as typeof window.setInterval;
    window.clearInterval = ORIGINAL.clearInterval as typeof window.clearInterval;
    window.ResizeObserver = ORIGINAL.ResizeObserver;
    window.IntersectionObserver = ORIGINAL.IntersectionObserver;
    window.MutationObserver = ORIGINAL.MutationObserver;
    MediaQueryList.prototype.addEventListener = ORIGINAL.mqlAdd;
    MediaQueryList.prototype.removeEventListener = ORIGINAL.mqlRemove;
    MediaQueryList.prototype.addListener = ORIGINAL.mqlAddListener;
    MediaQueryList.prototype.removeListener = ORIGINAL.mqlRemoveListener;
    // The own properties set above hide the prototypes' methods; deleting them brings those back.
    delete (document as { addEventListener?: unknown }).addEventListener;
    delete (document as { removeEventListener?: unknown }).removeEventListener;
    delete (window as { addEventListener?: unknown }).addEventListener;
    delete (window as { removeEventListener?: unknown }).removeEventListener;
  }

  return record;
}

type ObserverClass = typeof ResizeObserver | typeof IntersectionObserver | typeof MutationObserver;

/** A subclass of an observer that records what it observes, until it disconnects or unobserves. */
function trackObserver<C extends ObserverClass>(Original: C, kind: string, record: Instrumentation): C {
  const Base = Original as unknown as new (...args: unknown[]) => {
    observe(target: Node, options?: unknown): void;
    disconnect(): void;
    unobserve?(target: Node): void;
  };
  class Tracked extends Base {
    private readonly tracked?: ObserverRecord;
    constructor(...args: unknown[]) {
      super(...args);
      if (fromPackages()) {
        this.tracked = { kind, site: callSite(), targets: new Set() };
        record.observersCreated++;
      }
    }
    override observe(target: Node, options?: unknown): void {
      if (this.tracked) {
        this.tracked.targets.add(target);
        record.observers.add(this.tracked);
      }
      super.observe(target, options);
    }
    override unobserve(target: Node): void {
      if (this.tracked) {
        this.tracked.targets.delete(target);
        if (this.tracked.targets.size === 0) record.observers.delete(this.tracked);
      }
      super.unobserve?.(target);
    }
    override disconnect(): void {
      if (this.tracked) {
        this.tracked.targets.clear();
        record.observers.delete(this.tracked);
      }
      super.disconnect();
    }
  }
  return Tracked as unknown as C;
}

/**
 * What is left over, as readable lines with how many times each occurs (none when nothing leaked). A node in the
 * shadow root of a removed element is not `isConnected`, so an observer of it counts.
 */
export function leftovers(record: Instrumentation): string[] {
  const out: string[] = [];
  for (const site of record.pendingFrames.values()) out.push(`animation frame pending from ${site}`);
  for (const site of record.pendingIdle.values()) out.push(`idle callback pending from ${site}`);
  for (const timer of record.pendingTimers.values()) out.push(`setTimeout(${timer.delay}) pending from ${timer.site}`);
  for (const timer of record.pendingIntervals.values()) out.push(`setInterval(${timer.delay}) running from ${timer.site}`);
  for (const observer of record.observers) {
    const removed = [...observer.targets].filter((target) => !target.isConnected).length;
    if (removed) out.push(`${observer.kind} from ${observer.site} still observes ${removed} removed node(s)`);
  }
  for (const listener of record.listeners.values()) {
    out.push(`${listener.target} '${listener.type}' listener left by ${listener.site}`);
  }
  const counts = new Map<string, number>();
  for (const line of out) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, n]) => (n > 1 ? `${n} × ${line}` : line));
}
