/**
 * The `src` attribute, over real HTTP (the dev server's /__hardening/ endpoints, src/http-fixtures.ts): the
 * timeout (10 s by default, configurable), aborting on disconnect and on a new `src`, the last `src` winning,
 * unusable answers as a visible error, recovery; and the promise that at run time no request goes anywhere but an
 * explicit `src`.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { catalog } from './catalog.js';
import { instrument, rawDelay, rawFrames, type Instrumentation } from './instrument.js';

type Salient = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown; src: string };

/** The browser's own fetch, for talking to the fixtures' log without going through the spies below. */
const rawFetch = window.fetch.bind(window);

let sequence = 0;
/** A URL on the fixture server, tagged with a fresh id so its log can be read. */
function fixture(path: string, params: Record<string, string | number> = {}): { url: string; id: string } {
  const id = `src-${++sequence}`;
  const query = new URLSearchParams({ ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])), id });
  return { url: `/__hardening${path}?${query}`, id };
}

const dataset = (tag: string) => `/data/${tag.replace(/^salient-/, '')}.json`;

/** What the server did with the requests that carried this id: received, answered, aborted. */
async function serverLog(id: string): Promise<string[]> {
  return (await (await rawFetch(`/__hardening/log?id=${id}`)).json()) as string[];
}

/** Polls until `condition` holds (at most about ten seconds), without asserting anything about time. */
async function until(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await condition()) return;
    await rawDelay(25);
  }
  throw new Error(`Gave up waiting until ${what}`);
}

const boxes: HTMLElement[] = [];
let warn: MockInstance<typeof console.warn>;
let record: Instrumentation | undefined;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  record?.restore();
  record = undefined;
  for (const box of boxes.splice(0)) box.remove();
  vi.restoreAllMocks();
});

interface Mounted {
  element: Salient;
  /** `detail.message` of every `salient-error` it dispatched. */
  errors: string[];
}

/** Creates `<tag>` with these attributes, listens for its errors, and puts it in the page (unless `attach` is false). */
function mount(tag: string, attributes: Record<string, string>, attach = true): Mounted {
  const element = document.createElement(tag) as Salient;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const errors: string[] = [];
  element.addEventListener('salient-error', (event) => errors.push(event.detail.message));
  const box = document.createElement('div');
  box.style.cssText = 'width:640px;position:absolute;top:0;left:0';
  box.append(element);
  if (attach) document.body.append(box);
  boxes.push(box);
  return { element, errors };
}

const shadow = (element: Element) => element.shadowRoot!;
/** The URL a fetch was called with, whichever form it took. */
const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : String(input));
const drawn = (element: Element) => shadow(element).querySelector('.graphic svg') !== null;
const errorBox = (element: Element) => shadow(element).querySelector<HTMLElement>('.error[role="alert"]');
const errorText = (element: Element) => (errorBox(element)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const creditText = (element: Element) =>
  [...shadow(element).querySelectorAll('.credit')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ');

/** Warnings logged by this element. */
const warningsFor = (tag: string) => warn.mock.calls.filter(([message]) => String(message).startsWith(`<${tag}>`));

/** The signal of each fetch the page makes, by URL (fetch still goes to the network). */
function watchFetch(): Map<string, AbortSignal | undefined> {
  const signals = new Map<string, AbortSignal | undefined>();
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    signals.set(urlOf(input), init?.signal ?? undefined);
    return rawFetch(input, init);
  });
  return signals;
}

/**
 * Asserts the element shows one readable error naming `src` and the reason, dispatched once and warned once, and
 * nothing else.
 */
async function expectVisibleError({ element, errors }: Mounted, src: string, reason: RegExp): Promise<void> {
  await until('the error shows', () => errorBox(element) !== null);
  const box = errorBox(element)!;
  expect(box.getBoundingClientRect().height).toBeGreaterThan(0);
  expect(drawn(element)).toBe(false);
  expect(errorText(element)).toContain('This graphic could not be shown');
  const message = shadow(element).querySelector('.error-message')!.textContent ?? '';
  expect(message).toContain(src);
  expect(message).toMatch(reason);
  expect(errors).toEqual([message]);
  expect(warningsFor(element.localName)).toEqual([[`<${element.localName}>: ${message}`]]);
}

describe('timeout', () => {
  it('is 10 s unless set, and a timeout names it', async () => {
    record = instrument();
    const slow = fixture(dataset('salient-territory-bar'), { delay: 60_000 });
    const mounted = mount('salient-territory-bar', { src: slow.url });
    await until('the server has the request', async () => (await serverLog(slow.id)).includes('received'));
    const timers = record.timers.filter((timer) => timer.site.includes('controllers/data.ts'));
    expect(timers.map((timer) => timer.delay)).toEqual([10_000]);
    expect(shadow(mounted.element).querySelector('.status')!.textContent).toBe('Loading data…');

    // Ten seconds on: run the element's own timer now rather than wait for it.
    timers[0].callback();
    await expectVisibleError(mounted, slow.url, /^Could not load data from .*: no answer within 10 s$/);
    await until('the server sees the request given up', async () => (await serverLog(slow.id)).includes('aborted'));
    expect(record.pendingTimers.size).toBe(0);
  });

  it.each(['abc', '0', '-5', ''])('is 10 s for timeout="%s"', async (timeout) => {
    record = instrument();
    const slow = fixture(dataset('salient-territory-bar'), { delay: 60_000 });
    mount('salient-territory-bar', { src: slow.url, timeout });
    await until('the request is made', () => record!.timers.length > 0);
    expect(record.timers.map((timer) => timer.delay)).toEqual([10_000]);
  });

  it.each(catalog)('$tag: timeout="200" against a slow server shows an error naming the timeout', async ({ tag }) => {
    const slow = fixture(dataset(tag), { delay: 5_000 });
    const mounted = mount(tag, { src: slow.url, timeout: '200' });
    await expectVisibleError(mounted, slow.url, /^Could not load data from .*: no answer within 0\.2 s$/);
    await until('the server sees the request given up', async () => (await serverLog(slow.id)).includes('aborted'));
  });

  it('takes a timeout longer than setTimeout can count without giving up at once', async () => {
    // Browsers run a setTimeout longer than 2^31 - 1 ms at once; the element must not report that as a timeout.
    const slow = fixture(dataset('salient-territory-bar'), { delay: 300 });
    const { element, errors } = mount('salient-territory-bar', { src: slow.url, timeout: '3000000000' });
    await until('the data is drawn or an error shows', () => drawn(element) || errorBox(element) !== null);
    expect(errors).toEqual([]);
    expect(drawn(element)).toBe(true);
  });
});

describe('aborting', () => {
  it('aborts on disconnect: the request is cancelled, no error, no warning, and it loads again when put back', async () => {
    record = instrument();
    const signals = watchFetch();
    const slow = fixture(dataset('salient-supply-road'), { delay: 400 });
    const { element, errors } = mount('salient-supply-road', { src: slow.url });
    await until('the server has the request', async () => (await serverLog(slow.id)).includes('received'));
    expect(signals.get(slow.url)?.aborted).toBe(false);

    element.parentElement!.remove();
    expect(signals.get(slow.url)?.aborted).toBe(true);
    await until('the server sees the request cancelled', async () => (await serverLog(slow.id)).includes('aborted'));
    await rawDelay(500); // past the moment the answer would have come
    await rawFrames(2);
    expect(record.pendingTimers.size).toBe(0);
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(errorBox(element)).toBeNull();

    document.body.append(element.parentElement!);
    await until('the data is drawn again', () => drawn(element));
    expect(await serverLog(slow.id)).toEqual(['received', 'aborted', 'received', 'answered']);
    expect(errors).toEqual([]);
  });

  it('leaves no timer, error or warning after 40 elements are removed mid-request', async () => {
    record = instrument();
    const signals = watchFetch();
    const errors: string[] = [];
    for (let i = 0; i < 40; i++) {
      const { tag } = catalog[i % catalog.length];
      const slow = fixture(dataset(tag), { delay: 2_000 });
      const mounted = mount(tag, { src: slow.url });
      await mounted.element.updateComplete;
      if (i % 2) await rawFrames(1);
      mounted.element.parentElement!.remove();
      errors.push(...mounted.errors);
    }
    expect(signals.size).toBe(40);
    expect([...signals.values()].every((signal) => signal?.aborted)).toBe(true);
    await rawFrames(2);
    expect(record.pendingTimers.size).toBe(0);
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('aborts on a new src, and draws the new one', async () => {
    const signals = watchFetch();
    const first = fixture(dataset('salient-territory-bar'), { delay: 5_000, label: 'First answer' });
    const second = fixture(dataset('salient-territory-bar'), { label: 'Second answer' });
    const { element, errors } = mount('salient-territory-bar', { src: first.url });
    await until('the server has the first request', async () => (await serverLog(first.id)).includes('received'));

    element.setAttribute('src', second.url);
    await element.updateComplete;
    expect(signals.get(first.url)?.aborted).toBe(true);
    await until('the second is drawn', () => drawn(element));
    expect(creditText(element)).toContain('Second answer');
    await until('the server sees the first cancelled', async () => (await serverLog(first.id)).includes('aborted'));
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not fetch a src set after the element was removed, until it is put back', async () => {
    // A framework may update an element's attributes after taking it out of the page (Lit still renders it).
    record = instrument();
    const signals = watchFetch();
    const source = fixture(dataset('salient-territory-bar'), { delay: 200 });
    const { element, errors } = mount('salient-territory-bar', {});
    await element.updateComplete;
    const box = element.parentElement!;
    box.remove();
    element.setAttribute('src', source.url);
    await element.updateComplete;
    await rawFrames(2);
    expect([...signals.keys()]).toEqual([]);
    expect(record.pendingTimers.size).toBe(0);

    document.body.append(box);
    await until('it is drawn', () => drawn(element));
    expect([...signals.keys()]).toEqual([source.url]);
    expect(errors).toEqual([]);
  });

  it('aborts when src is removed, and waits for data without an error', async () => {
    const signals = watchFetch();
    const slow = fixture(dataset('salient-encirclement'), { delay: 5_000 });
    const { element, errors } = mount('salient-encirclement', { src: slow.url });
    await until('the server has the request', async () => (await serverLog(slow.id)).includes('received'));
    element.removeAttribute('src');
    await element.updateComplete;
    expect(signals.get(slow.url)?.aborted).toBe(true);
    expect(shadow(element).querySelector('.status')?.textContent).toBe('Waiting for data');
    await until('the server sees the request cancelled', async () => (await serverLog(slow.id)).includes('aborted'));
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not fetch again when a loaded element is moved in the page', async () => {
    const source = fixture(dataset('salient-pipeline'));
    const { element } = mount('salient-pipeline', { src: source.url });
    await until('it is drawn', () => drawn(element));
    const home = element.parentElement!;
    const other = document.createElement('div');
    document.body.append(other);
    boxes.push(other);
    for (let i = 0; i < 3; i++) {
      other.append(element);
      await element.updateComplete;
      home.append(element);
      await element.updateComplete;
    }
    await rawFrames(2);
    expect(drawn(element)).toBe(true);
    expect(await serverLog(source.id)).toEqual(['received', 'answered']);
  });

  it('lets the last src win even when an older answer arrives after it', async () => {
    // The first request is not allowed to be cancelled, so its answer does arrive, after the second's; the flag
    // says when its body has been handed to the element.
    let firstDelivered = false;
    vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
      if (!urlOf(input).includes('label=Slow')) return rawFetch(input, init);
      const response = await rawFetch(input, { ...init, signal: undefined });
      const body = await response.text();
      firstDelivered = true;
      return new Response(body, { status: response.status, headers: response.headers });
    });
    const first = fixture(dataset('salient-territory-bar'), { delay: 600, label: 'Slow first' });
    const second = fixture(dataset('salient-territory-bar'), { label: 'Fast second' });
    const { element, errors } = mount('salient-territory-bar', { src: first.url });
    await until('the server has the first request', async () => (await serverLog(first.id)).includes('received'));
    element.setAttribute('src', second.url);
    await until('the second is drawn', () => drawn(element));
    expect(creditText(element)).toContain('Fast second');
    expect(firstDelivered).toBe(false);

    await until('the first answer reaches the page', () => firstDelivered);
    await rawFrames(2);
    await element.updateComplete;
    expect(creditText(element)).toContain('Fast second');
    expect(creditText(element)).not.toContain('Slow first');
    expect(errors).toEqual([]);
  });
});

const unusable = [
  { what: 'a body that is not JSON', path: '/not-json', reason: /^The data from .* is not valid JSON: / },
  { what: 'HTTP 404', path: '/status/404', reason: /^Could not load data from .*: HTTP 404 Not Found$/ },
  { what: 'HTTP 500', path: '/status/500', reason: /^Could not load data from .*: HTTP 500 Internal Server Error$/ },
];

describe('unusable answers', () => {
  for (const { tag } of catalog) {
    it.each(unusable)(`${tag}: $what shows a visible error, and fixing src recovers`, async ({ path, reason }) => {
      const bad = fixture(path);
      const mounted = mount(tag, { src: bad.url });
      await expectVisibleError(mounted, bad.url, reason);

      const good = fixture(dataset(tag));
      mounted.element.src = good.url;
      await until('the data is drawn', () => drawn(mounted.element));
      expect(errorBox(mounted.element)).toBeNull();
      expect(mounted.errors).toHaveLength(1);
      expect(warningsFor(tag)).toHaveLength(1);
    });
  }
});

describe('no request but an explicit src', () => {
  /** Everything the page fetches, by any route: resource timing plus the script APIs that make requests. */
  function watchRequests() {
    performance.clearResourceTimings();
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    const spies = {
      fetch: vi.spyOn(window, 'fetch'),
      xhr: vi.spyOn(XMLHttpRequest.prototype, 'open'),
      beacon: vi.spyOn(navigator, 'sendBeacon'),
      image: vi.spyOn(HTMLImageElement.prototype, 'src', 'set'),
      script: vi.spyOn(HTMLScriptElement.prototype, 'src', 'set'),
    };
    return {
      spies,
      /** URLs requested, from the observer and the resource timeline, once each. */
      async requests(): Promise<string[]> {
        await rawFrames(2);
        seen.push(...observer.takeRecords().map((entry) => entry.name));
        observer.disconnect();
        return [...new Set([...seen, ...performance.getEntriesByType('resource').map((entry) => entry.name)])];
      },
    };
  }

  it('with data (property and JSON child), the four elements request nothing at all', async () => {
    const watch = watchRequests();
    const mounted: Salient[] = [];
    for (const { tag, dataset: data } of catalog) {
      const byProperty = mount(tag, { autoplay: '', step: '1' }).element;
      byProperty.data = data;
      const byChild = mount(tag, { autoplay: '', controls: '' }, false).element;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(data);
      byChild.append(script);
      document.body.append(byChild.parentElement!);
      mounted.push(byProperty, byChild);
    }
    await until('all are drawn', () => mounted.every(drawn));
    // Run what they do once shown: animations, a step change (the encirclement morphs), a resize.
    await rawFrames(5);
    for (const element of mounted) element.setAttribute('step', '2');
    for (const element of mounted) element.parentElement!.style.width = '420px';
    await rawFrames(10);

    expect(await watch.requests()).toEqual([]);
    for (const spy of Object.values(watch.spies)) expect(spy).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(catalog)('$tag with src requests that URL and nothing else', async ({ tag }) => {
    const watch = watchRequests();
    const source = fixture(dataset(tag));
    const { element, errors } = mount(tag, { src: source.url, autoplay: '' });
    await until('it is drawn', () => drawn(element));
    await rawFrames(10);

    expect(await watch.requests()).toEqual([new URL(source.url, location.href).href]);
    expect(watch.spies.fetch).toHaveBeenCalledTimes(1);
    expect(urlOf(watch.spies.fetch.mock.calls[0][0])).toBe(source.url);
    for (const spy of [watch.spies.xhr, watch.spies.beacon, watch.spies.image, watch.spies.script]) {
      expect(spy).not.toHaveBeenCalled();
    }
    expect(errors).toEqual([]);
  });

  it('with both a data property and src, fetches nothing', async () => {
    const watch = watchRequests();
    const source = fixture(dataset('salient-pipeline'));
    const { element } = mount('salient-pipeline', { src: source.url }, false);
    element.data = catalog.find((entry) => entry.tag === 'salient-pipeline')!.dataset;
    document.body.append(element.parentElement!);
    await until('it is drawn', () => drawn(element));
    await rawFrames(5);
    expect(await watch.requests()).toEqual([]);
    expect(watch.spies.fetch).not.toHaveBeenCalled();
  });

  it('the sources hold no other way to make a request', () => {
    // What the run-time checks above cannot reach (a code path the Kursk data does not take): one fetch, in the
    // data controller, and no other request API, dynamic import, external CSS or resource-loading tag.
    const sources = import.meta.glob<string>(
      [
        '../../../packages/{core,territory-bar,encirclement,supply-road,pipeline,kursk-data}/src/**/*.ts',
        '!**/*.test.ts',
        '!**/*.stories.ts',
        '!**/src/test/**',
        '!**/testing.ts',
      ],
      { query: '?raw', import: 'default', eager: true },
    );
    const forbidden = [
      /\bfetch\s*\(/,
      /\bimport\s*\(/,
      /XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|\bnew\s+(Image|Worker|SharedWorker)\b/,
      /url\(\s*['"]?(?!#)/,
      /@import\b/,
      /<(img|image|link|iframe|object|embed|video|audio|source|use)\b[^>]*\b(x?link:)?(src|href|data)=(?!["']?#)/,
    ];
    const found: string[] = [];
    for (const [path, text] of Object.entries(sources)) {
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const pattern of forbidden) if (pattern.test(code)) found.push(`${path.replace(/^(\.\.\/)+/, '')}: ${pattern}`);
    }
    expect(Object.keys(sources).length).toBeGreaterThan(40);
    expect(found).toEqual(['packages/core/src/controllers/data.ts: /\\bfetch\\s*\\(/']);
  });
});
