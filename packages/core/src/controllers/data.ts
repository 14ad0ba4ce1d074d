import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Validator } from '../validate.js';

export type DataState = 'empty' | 'loading' | 'ready' | 'error';

export interface DataControllerOptions<T> {
  validate: Validator<T>;
  /** Milliseconds before a `src` request is given up. Read at each request, so an attribute can set it. */
  timeout: () => number;
  /** Reports a problem (the error event and warning are the host's business). */
  onError: (message: string) => void;
}

const JSON_CHILD = ':scope > script[type="application/json"]';

/** The longest delay setTimeout honours (2^31 - 1 ms, about 24.8 days); a longer one runs at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Takes an element's data from, in order of precedence, its `data` property, its `src` URL, or a child
 * `<script type="application/json">`; validates it; and keeps `state`, `value` and `error` for render().
 * A newer input always wins over an older one still in flight, and fixing the input recovers the element.
 */
export class DataController<T> implements ReactiveController {
  state: DataState = 'empty';
  value?: T;
  error?: string;

  private property: unknown;
  /** Which input the current state came from. */
  private from: 'property' | 'src' | 'child' | 'none' = 'none';
  /** The property object or JSON text last checked, so an unchanged input is not checked (and reported) twice. */
  private accepted: unknown;
  private src = '';
  private loadedSrc = '';
  private request?: AbortController;
  private childObserver?: MutationObserver;
  private childText: string | null = null;
  /** A removed element fetches nothing (Lit still updates it): its `src` is loaded when it is connected again. */
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataControllerOptions<T>,
  ) {
    host.addController(this);
  }

  /** The `data` property changed. Call from willUpdate, so the render in progress sees the result. */
  setProperty(value: unknown): void {
    this.property = value;
    this.resolve();
  }

  /** The `src` attribute changed. */
  setSrc(src: string | null | undefined): void {
    this.src = (src ?? '').trim();
    this.resolve();
  }

  hostConnected(): void {
    this.connected = true;
    if (typeof MutationObserver !== 'undefined') {
      // A CMS may insert or edit the JSON child after the element upgrades.
      this.childObserver = new MutationObserver(() => {
        if (this.readChild()) this.host.requestUpdate();
      });
      this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    if (!this.readChild()) this.resolve();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    this.abort();
  }

  /** Re-reads the JSON child; true when its text changed. */
  private readChild(): boolean {
    const script = this.host.querySelector?.(JSON_CHILD);
    const text = script ? (script.textContent ?? '') : null;
    if (text === this.childText) return false;
    this.childText = text;
    this.resolve();
    return true;
  }

  private resolve(): void {
    if (this.property !== undefined && this.property !== null) {
      if (this.from === 'property' && this.accepted === this.property) return;
      this.abort();
      this.from = 'property';
      this.accepted = this.property;
      this.accept(this.property, 'The data property');
    } else if (this.src) {
      const inFlight = this.request !== undefined && this.loadedSrc === this.src;
      const loaded = this.from === 'src' && this.loadedSrc === this.src && this.state === 'ready';
      if (!inFlight && !loaded && this.connected) this.load(this.src);
    } else if (this.childText !== null) {
      if (this.from === 'child' && this.accepted === this.childText) return;
      this.abort();
      this.from = 'child';
      this.accepted = this.childText;
      this.acceptJson(this.childText, 'The JSON in the <script type="application/json"> child');
    } else {
      this.abort();
      this.from = 'none';
      this.state = 'empty';
      this.value = undefined;
      this.error = undefined;
    }
  }

  private acceptJson(text: string, origin: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.fail(`${origin} is not valid JSON: ${(error as Error).message}`);
      return;
    }
    this.accept(parsed, origin);
  }

  private accept(input: unknown, origin: string): void {
    const result = this.options.validate(input);
    if (result.ok) {
      this.state = 'ready';
      this.value = result.value;
      this.error = undefined;
    } else {
      const [first, ...rest] = result.errors;
      const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
      this.fail(`${origin} is not usable: ${first}${more}`);
    }
  }

  private fail(message: string): void {
    this.state = 'error';
    this.value = undefined;
    this.error = message;
    this.options.onError(message);
  }

  private load(src: string): void {
    this.abort();
    const request = new AbortController();
    this.request = request;
    this.loadedSrc = src;
    this.from = 'src';
    this.state = 'loading';
    this.value = undefined;
    this.error = undefined;
    // A `timeout` too long for setTimeout means "wait", not "give up at once".
    const timeout = Math.min(this.options.timeout(), MAX_TIMEOUT_MS);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, timeout);

    const settle = (apply: () => void) => {
      clearTimeout(timer);
      // Only the newest request may change the state: last one wins.
      if (this.request !== request) return;
      this.request = undefined;
      apply();
      this.host.requestUpdate();
    };

    fetch(src, { signal: request.signal, headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
        const text = await response.text();
        settle(() => this.acceptJson(text, `The data from ${src}`));
      })
      .catch((error: Error) => {
        if (request.signal.aborted && !timedOut) {
          clearTimeout(timer);
          return; // superseded or disconnected: not an error anyone needs to see
        }
        const why = timedOut ? `no answer within ${Math.round(timeout / 100) / 10} s` : error.message;
        settle(() => this.fail(`Could not load data from ${src}: ${why}`));
      });
  }

  private abort(): void {
    if (!this.request) return;
    const request = this.request;
    this.request = undefined;
    // A request cut short must be fetched again if its src still wins later (after a reconnect, say).
    if (this.state === 'loading') this.loadedSrc = '';
    request.abort();
  }
}
