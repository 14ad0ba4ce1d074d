/**
 * Good neighbour, for the elements that animate on their own (`autoplay`): a thousand create/attach/remove cycles
 * leave nothing running (see lifecycle.ts), and off screen or in a hidden tab they request no animation frames at
 * all, resuming when seen again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, type CatalogEntry } from './catalog.js';
import { rawFrames } from './instrument.js';
import { animationOf, cleanUpAfterEach, cyclesTest, instrumentForTest, ON_SCREEN, stage, type Salient } from './lifecycle.js';

const autoplaying = catalog.filter((entry) => entry.attributes.includes('autoplay'));

cleanUpAfterEach();
afterEach(() => visibility.restore());

describe('create/attach/remove cycles', () => {
  cyclesTest(autoplaying);
});

/** `document.visibilityState` as the page sees it, overridable to simulate a hidden tab. */
const visibility = {
  set(state: DocumentVisibilityState): void {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  },
  restore(): void {
    if (!Object.getOwnPropertyDescriptor(document, 'visibilityState')) return;
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
  },
};

/** Mounts the element with autoplay and lets it settle: rendered, observed, and playing if it can be seen. */
async function mountAutoplaying(entry: CatalogEntry, style: string): Promise<Salient> {
  const element = document.createElement(entry.tag) as Salient;
  element.setAttribute('autoplay', '');
  element.data = entry.dataset;
  stage(entry.width, style).append(element);
  await element.updateComplete;
  await rawFrames(4);
  await element.updateComplete;
  return element;
}

describe('off screen', () => {
  it.each(autoplaying)('$tag far off screen with autoplay requests no animation frames', async (entry) => {
    const record = instrumentForTest();
    const element = await mountAutoplaying(entry, 'position:absolute;top:20000px;left:0');
    // Far from the reader the graphic is drawn in idle time, if at all; its loop must stay off either way.
    for (let frame = 0; frame < 180 && !element.shadowRoot!.querySelector('.graphic svg'); frame++) await rawFrames(1);
    await element.updateComplete;
    expect(animationOf(element)).toMatchObject({ playing: true, running: false });
    record.resetCounts();
    await rawFrames(10);
    expect(record.frameRequests).toBe(0);
    expect(record.pendingFrames.size).toBe(0);

    // Brought on screen, the same element does animate: the count above would have seen its frames.
    element.parentElement!.style.cssText = `width:${entry.width}px;${ON_SCREEN}`;
    await rawFrames(4);
    expect(animationOf(element)?.running).toBe(true);
    expect(record.frameRequests).toBeGreaterThan(0);
  });

  it.each(autoplaying)('$tag in a hidden tab requests no animation frames, and resumes when shown', async (entry) => {
    const record = instrumentForTest();
    const element = await mountAutoplaying(entry, ON_SCREEN);
    expect(animationOf(element)?.running).toBe(true);

    visibility.set('hidden');
    expect(animationOf(element)?.running).toBe(false);
    record.resetCounts();
    await rawFrames(10);
    expect(record.frameRequests).toBe(0);
    expect(record.pendingFrames.size).toBe(0);

    visibility.set('visible');
    await rawFrames(3);
    expect(animationOf(element)?.running).toBe(true);
    expect(record.frameRequests).toBeGreaterThan(0);
  });
});
