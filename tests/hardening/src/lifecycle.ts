/**
 * The lifecycle suites' machinery: a thousand create/attach/remove cycles of one element, instrumented, with the
 * heap measured through Chrome DevTools Protocol before and after. Shared by lifecycle.browser.test.ts and
 * lifecycle-autoplay.browser.test.ts (two files, so that each stays well inside its time on a busy machine).
 */
import { cdp } from 'vitest/browser';
import { afterEach, expect, it } from 'vitest';
import type { CatalogEntry } from './catalog.js';
import { instrument, leftovers, rawFrames, type Instrumentation } from './instrument.js';

export const CYCLES = 1000;
const WARM_UP = 50;
/** How far the heap may end from where it started, after 1,000 cycles and a full GC. */
const HEAP_TOLERANCE = 0.1;
/** A leaked element keeps its shadow tree, a hundred nodes or more: a couple of them would show. */
const NODE_TOLERANCE = 200;

export const ON_SCREEN = 'position:absolute;top:0;left:0';

const drawn = (element: Element) => (element.shadowRoot?.querySelector('.graphic svg') ?? null) !== null;

export type Salient = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

/** The element's AnimationController, where it has one (private on encirclement, read here at run time). */
export function animationOf(element: Element): { running: boolean; playing: boolean } | undefined {
  return (element as { animation?: { running: boolean; playing: boolean } }).animation;
}

let record: Instrumentation | undefined;
const stages: HTMLElement[] = [];

/** Starts instrumenting (see instrument.ts); undone after the test. */
export function instrumentForTest(): Instrumentation {
  record = instrument();
  return record;
}

/** A box the element fills, on screen unless `style` says otherwise; removed after the test. */
export function stage(width: number, style = ON_SCREEN): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = `width:${width}px;${style}`;
  document.body.append(box);
  stages.push(box);
  return box;
}

/** Registers the clean-up of instrumentation and stages after each test. */
export function cleanUpAfterEach(): void {
  afterEach(() => {
    record?.restore();
    record = undefined;
    for (const box of stages.splice(0)) box.remove();
  });
}

/** A new element with data (as the property or as a pasted JSON child), autoplay where it has it, and a step. */
function create(entry: CatalogEntry, json: string, i: number): Salient {
  const element = document.createElement(entry.tag) as Salient;
  element.setAttribute('headline', `Cycle ${i}`);
  element.setAttribute('step', String(i % 4));
  element.setAttribute('theme', ['light', 'dark', 'auto'][i % 3]);
  if (i % 5 === 4) element.setAttribute('lang', 'uk');
  if (entry.attributes.includes('autoplay')) element.setAttribute('autoplay', '');
  if (i % 16 === 5) element.setAttribute('controls', '');
  if (Math.floor(i / 8) % 2) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    element.append(script);
  } else {
    element.data = entry.dataset;
  }
  return element;
}

interface CycleResult {
  /** The graphic itself was drawn (elements draw it once they come near the viewport, a frame or two in). */
  drew: boolean;
  /** An animation ran during the cycle. */
  started: boolean;
  /** It was still running when the element was removed. */
  removedRunning: boolean;
}

/**
 * One create/attach/remove cycle, in one of eight shapes: removed before its first render (Lit still renders it,
 * disconnected), removed with an update pending after a step change, removed and re-attached, removed after its
 * animation started and a step change (which morphs the encirclement), removed once the graphic is drawn, removed
 * with autoplay running, or simply removed after its first render.
 */
async function cycle(entry: CatalogEntry, json: string, box: HTMLElement, i: number): Promise<CycleResult> {
  const element = create(entry, json, i);
  const running = () => animationOf(element)?.running ?? false;
  box.append(element);
  let started = false;
  switch (i % 8) {
    case 0:
      break;
    case 1:
      await element.updateComplete;
      element.setAttribute('step', String((i + 1) % 4));
      element.toggleAttribute('reduced-motion');
      break;
    case 2:
      await element.updateComplete;
      element.remove();
      box.append(element);
      await element.updateComplete;
      break;
    case 3:
      await element.updateComplete;
      // The IntersectionObserver reports it on screen after a frame; then autoplay runs, and a step change morphs.
      await rawFrames(2);
      started = running();
      element.setAttribute('step', String((i + 2) % 4));
      await element.updateComplete;
      started ||= running();
      break;
    case 4:
    case 5:
      await element.updateComplete;
      for (let frame = 0; frame < 6 && !drawn(element); frame++) await rawFrames(1);
      await element.updateComplete;
      break;
    case 7:
      await element.updateComplete;
      if (entry.attributes.includes('autoplay')) {
        await rawFrames(2);
        started = running();
      }
      break;
    default:
      await element.updateComplete;
  }
  const removedRunning = running();
  const drew = drawn(element);
  element.remove();
  return { drew, started, removedRunning };
}

async function heapUsage(): Promise<{ bytes: number; nodes: number; listeners: number }> {
  const session = cdp();
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
  const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  const dom = (await session.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  return { bytes: heap.usedSize + (heap.embedderHeapUsedSize ?? 0), nodes: dom.nodes, listeners: dom.jsEventListeners };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;

/**
 * The test: warm up (50 cycles, so lazily built caches and JIT code are in the baseline), GC and measure, then
 * 1,000 instrumented cycles and five frames: nothing pending, nothing asked for since, and after a GC the heap
 * within 10 % of the baseline and the DOM node count back.
 */
export function cyclesTest(entries: readonly CatalogEntry[]): void {
  it.each(entries)(`$tag: ${CYCLES} cycles leave nothing running and give the memory back`, async (entry) => {
    const json = JSON.stringify(entry.dataset);
    const box = stage(entry.width);
    const animates = animationOf(document.createElement(entry.tag)) !== undefined;
    for (let i = 0; i < WARM_UP; i++) await cycle(entry, json, box, i);
    await rawFrames(3);
    const before = await heapUsage();

    const record = instrumentForTest();
    let drew = 0;
    let started = 0;
    let removedRunning = 0;
    for (let i = 0; i < CYCLES; i++) {
      const result = await cycle(entry, json, box, i);
      if (result.drew) drew++;
      if (result.started) started++;
      if (result.removedRunning) removedRunning++;
    }
    const created = record.observersCreated;
    const listened = record.listenersAdded;
    record.resetCounts();
    await rawFrames(5);
    const left = leftovers(record);
    const framesAfter = record.frameRequests;
    const timersAfter = record.timers.length;
    // The record holds what the observers observed; it must not be what keeps the elements in memory.
    record.observers.clear();
    record.restore();

    const after = await heapUsage();
    const growth = (after.bytes - before.bytes) / before.bytes;
    console.log(
      `${entry.tag}: ${CYCLES} cycles, drawn in ${drew}, animation started in ${started}, ` +
        `removed running in ${removedRunning}; ` +
        `heap ${mb(before.bytes)} -> ${mb(after.bytes)} (${(growth * 100).toFixed(1)}%), ` +
        `DOM nodes ${before.nodes} -> ${after.nodes}, JS listeners ${before.listeners} -> ${after.listeners}`,
    );

    expect(left).toEqual([]);
    expect(framesAfter).toBe(0);
    expect(timersAfter).toBe(0);
    expect(box.childElementCount).toBe(0);
    // The elements did their work, and the instrument saw it: graphics drawn, observers made, listeners added
    // (matchMedia at least), and animations run where there are any.
    expect(created).toBeGreaterThan(CYCLES);
    expect(drew).toBeGreaterThanOrEqual(CYCLES / 4);
    expect(listened).toBeGreaterThanOrEqual(CYCLES);
    if (animates) expect(started).toBeGreaterThan(CYCLES / 16);
    if (entry.attributes.includes('autoplay')) expect(removedRunning).toBeGreaterThan(CYCLES / 16);

    expect(Math.abs(growth)).toBeLessThan(HEAP_TOLERANCE);
    expect(after.nodes - before.nodes).toBeLessThan(NODE_TOLERANCE);
    expect(after.listeners - before.listeners).toBeLessThan(10);
  });
}
