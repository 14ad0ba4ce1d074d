/**
 * Fuzzing across the four elements (issue #8): mutated Kursk datasets, random values, JSON child texts, `src`
 * answers and attribute combinations, on a reused element and on fresh mounts. After every input the element shows
 * a valid render or the visible error state (never a blank box, a thrown error or a "NaN"), and good data brings
 * it back. Seeded, so a failure replays; the counterexample names the mutations, not the whole dataset.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { mountElement, unmountAll } from '@salient/core/testing';
import { attributeSet, childText, childTextOf, DatasetShape, fuzzParameters, toJson } from './arbitraries.js';
import { catalog } from './catalog.js';
import { expectValidOrError, expectValidRender, flush, PageWatch, type Outcome, type SalientHost } from './render-check.js';
import { stringsIn } from './tree.js';

/** Fixed, so a run replays; VITE_FUZZ_SEED=<n> explores others (a failure prints the seed and path to replay). */
const SEED = Number(import.meta.env.VITE_FUZZ_SEED) || 20_250_313;

/** Runs per property and element: 1,000 inputs per element in all. */
const RUNS = { mutated: 400, random: 130, child: 220, src: 40, attributes: 170, fresh: 40 };

/** Inputs tried and outcomes seen, per element, printed once at the end. */
const tally = new Map<string, Record<Outcome | 'cases', number>>();

function count(tag: string, outcome: Outcome): void {
  const row = tally.get(tag) ?? { cases: 0, valid: 0, error: 0, waiting: 0 };
  row.cases++;
  row[outcome]++;
  tally.set(tag, row);
}

/** Any value a script could assign to `data`, JSON or not. */
const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const widths = fc.constantFrom(320, 375, 480, 640, 800, 1_000, 1_280);

const textOf = (value: unknown) => stringsIn(value);

/** The strings in a JSON text, or the text itself when it is not JSON. */
function textOfJson(text: string): string[] {
  try {
    return [text, ...stringsIn(JSON.parse(text))];
  } catch {
    return [text];
  }
}

const polluted = () => ({}) as Record<string, unknown>;

let watch: PageWatch;
let warn: MockInstance<typeof console.warn>;
let fetchSpy: MockInstance<typeof fetch>;
/** What the stubbed fetch answers next. */
let answer: () => Promise<Response> = () => Promise.resolve(new Response('', { status: 404 }));

beforeEach(() => {
  watch = new PageWatch().start();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  // Nothing leaves the machine: every `src` the fuzzer sets is answered here.
  fetchSpy = vi.spyOn(window, 'fetch').mockImplementation(() => answer());
});

afterEach(() => {
  unmountAll();
  watch.stop();
  vi.restoreAllMocks();
  expect(polluted().polluted, 'Object.prototype polluted').toBeUndefined();
});

afterAll(() => {
  const lines = [...tally].map(
    ([tag, row]) => `${tag}: ${row.cases} cases (${row.valid} valid, ${row.error} error, ${row.waiting} waiting)`,
  );
  console.log(`fuzz cases per element\n${lines.join('\n')}`);
});

describe.each(catalog)('$tag under fuzzing', ({ tag, dataset, attributes, width }) => {
  const shape = new DatasetShape(dataset);
  const pristine = toJson(dataset);
  const datasetText = stringsIn(dataset);

  /** Good data again, and the valid render it must bring back (after an error: after a valid render it is moot). */
  async function recover(element: SalientHost, attributeText: readonly string[] = []): Promise<void> {
    element.data = dataset;
    // No frame: the render is what is checked here, and frames are the suite's main cost.
    expect(await flush(element, { frame: false })).toBeUndefined();
    expectValidRender(element, [...datasetText, ...attributeText]);
  }

  /** One case's checks, after the input is in: no throw, no pollution, a valid render or the error state. */
  async function check(element: SalientHost, input: { text: readonly string[]; expectEvent?: boolean; allowWaiting?: boolean }) {
    expect(await flush(element)).toBeUndefined();
    expect(polluted().polluted, 'Object.prototype polluted').toBeUndefined();
    const { text: inputText, expectEvent, allowWaiting } = input;
    const outcome = expectValidOrError(element, watch, { inputText, expectEvent, allowWaiting });
    // One warning per problem at most: a page that re-renders must not flood the console.
    // (Lit's own dev-mode notices are not the element's warnings.)
    const warnings = warn.mock.calls.filter(([message]) => String(message).startsWith(`<${tag}>`));
    expect(warnings.length, `warnings ${JSON.stringify(warnings)}`).toBeLessThanOrEqual(watch.salientErrors.length);
    count(tag, outcome);
    return outcome;
  }

  function reset(): void {
    watch.reset();
    warn.mockClear();
  }

  it('shows mutated Kursk data or an error, and recovers', async () => {
    const element = await mountElement<SalientHost>(tag, dataset, {}, { width });
    await fc.assert(
      fc.asyncProperty(shape.mutations(), async (mutations) => {
        reset();
        const input = shape.apply(mutations);
        element.data = input;
        if ((await check(element, { text: textOf(input), allowWaiting: input == null })) !== 'valid') await recover(element);
      }),
      fuzzParameters(SEED, RUNS.mutated),
    );
    expect(toJson(dataset), 'the dataset given to the element is unchanged').toBe(pristine);
  });

  it('shows any value given as data as an error, and recovers', async () => {
    const element = await mountElement<SalientHost>(tag, dataset, {}, { width });
    await fc.assert(
      fc.asyncProperty(anyValue, async (input) => {
        reset();
        element.data = input;
        if ((await check(element, { text: textOf(input), allowWaiting: input == null })) !== 'valid') await recover(element);
      }),
      fuzzParameters(SEED, RUNS.random),
    );
  });

  it('shows a pasted JSON child or an error, and recovers when it is fixed', async () => {
    const good = toJson(dataset);
    const element = await mountElement<SalientHost>(tag, undefined, {}, { width, child: good });
    const script = element.querySelector('script')!;
    let previous = good;
    await fc.assert(
      fc.asyncProperty(childText(shape), async (spec) => {
        reset();
        const text = childTextOf(shape, spec);
        script.textContent = text;
        await Promise.resolve(); // the element hears of the edit from a MutationObserver, a microtask later
        const changed = text !== previous; // an unchanged text is not checked (nor reported) again
        previous = text;
        if ((await check(element, { text: textOfJson(text), expectEvent: changed })) === 'valid') return;
        script.textContent = good;
        await Promise.resolve();
        expect(await flush(element, { frame: false })).toBeUndefined();
        expectValidRender(element, datasetText);
        previous = good;
      }),
      fuzzParameters(SEED, RUNS.child),
    );
  });

  it('shows what a src answers, or an error', async () => {
    const element = await mountElement<SalientHost>(tag, undefined, {}, { width, data: undefined });
    const answers = fc.oneof(
      fc.record({ kind: fc.constant('json' as const), child: childText(shape) }),
      fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom(204, 301, 403, 404, 500, 503) }),
      fc.record({ kind: fc.constant('network' as const), message: fc.string({ maxLength: 30 }) }),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(answers, fc.string({ maxLength: 20 }), async (spec, name) => {
        reset();
        const body = spec.kind === 'json' ? childTextOf(shape, spec.child) : '';
        answer = () => {
          if (spec.kind === 'network') return Promise.reject(new TypeError(spec.message));
          const status = spec.kind === 'json' ? 200 : spec.status;
          return Promise.resolve(new Response(spec.kind === 'json' ? body : null, { status }));
        };
        const src = `/__fuzz/${n++}/${encodeURIComponent(name)}.json`;
        element.src = src;
        // Once fetched, the loading note shows until the answer is in.
        await vi.waitFor(
          () => {
            expect(fetchSpy.mock.calls.at(-1)?.[0]).toBe(src);
            expect(element.shadowRoot!.querySelector('.graphic > .status')).toBeNull();
          },
          { interval: 5 },
        );
        await check(element, { text: [...textOfJson(body), src, spec.kind === 'network' ? spec.message : ''] });
      }),
      fuzzParameters(SEED, RUNS.src),
    );
    answer = () => Promise.resolve(new Response('', { status: 404 }));
  });

  it('renders good data under any attributes, showing texts as given', async () => {
    const element = await mountElement<SalientHost>(tag, dataset, {}, { width });
    let set: string[] = [];
    await fc.assert(
      fc.asyncProperty(attributeSet(attributes), async (pairs) => {
        reset();
        for (const name of set) element.removeAttribute(name);
        set = pairs.map(([name]) => name);
        for (const [name, value] of pairs) element.setAttribute(name, value);
        const outcome = await check(element, { text: [...datasetText, ...pairs.map(([, value]) => value)] });
        expect(outcome, 'attributes never stop good data from rendering').toBe('valid');
        const root = element.shadowRoot!;
        for (const [name, value] of pairs) {
          if (!value) continue;
          if (name === 'headline' || name === 'dek') expect(root.querySelector(`.${name}`)?.textContent).toBe(value);
          if (name === 'source') expect([...root.querySelectorAll('.credit')].at(-1)?.textContent?.endsWith(`: ${value}`)).toBe(true);
        }
        // The data property wins over src: nothing is fetched.
        expect(fetchSpy).not.toHaveBeenCalled();
      }),
      fuzzParameters(SEED, RUNS.attributes),
    );
  });

  it('mounts fresh with random attributes and data, child or nothing', async () => {
    const input = fc.oneof(
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('data' as const), mutations: shape.mutations() }) },
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('child' as const), child: childText(shape) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('none' as const) }) },
    );
    const attributeNames = attributes.filter((name) => name !== 'src');
    await fc.assert(
      fc.asyncProperty(input, attributeSet(attributeNames, 0), widths, async (spec, pairs, boxWidth) => {
        reset();
        const attrs = Object.fromEntries(pairs);
        const data = spec.kind === 'data' ? shape.apply(spec.mutations) : undefined;
        const child = spec.kind === 'child' ? childTextOf(shape, spec.child) : undefined;
        const element = await mountElement<SalientHost>(tag, undefined, attrs, { width: boxWidth, data, child });
        const text = [...textOf(data), ...textOfJson(child ?? ''), ...Object.values(attrs)];
        await check(element, { text, allowWaiting: spec.kind === 'none' || (spec.kind === 'data' && data == null) });
        await recover(element, Object.values(attrs));
        unmountAll();
      }),
      fuzzParameters(SEED, RUNS.fresh),
    );
  });
});
