/**
 * Good neighbour: created, attached and removed a thousand times (with data, animation started, attributes
 * changed, reconnected), an element leaves nothing running (no animation frame, timer, observer of a removed node
 * or listener) and the heap comes back to where it was. Here the two elements without autoplay, and the
 * encirclement's step morph off screen; the two with autoplay are in lifecycle-autoplay.browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.js';
import { rawFrames } from './instrument.js';
import { animationOf, cleanUpAfterEach, cyclesTest, instrumentForTest, ON_SCREEN, stage, type Salient } from './lifecycle.js';

cleanUpAfterEach();

describe('create/attach/remove cycles', () => {
  cyclesTest(catalog.filter((entry) => !entry.attributes.includes('autoplay')));
});

describe('off screen', () => {
  it('salient-encirclement far off screen does not morph on a step change: no animation frame', async () => {
    const entry = catalog.find((candidate) => candidate.tag === 'salient-encirclement')!;
    const record = instrumentForTest();
    const element = document.createElement(entry.tag) as Salient;
    element.setAttribute('step', '0');
    element.data = entry.dataset;
    const box = stage(entry.width, 'position:absolute;top:20000px;left:0');
    box.append(element);
    await element.updateComplete;
    await rawFrames(4);

    record.resetCounts();
    element.setAttribute('step', '3');
    await element.updateComplete;
    await rawFrames(10);
    expect(record.frameSites.filter((site) => site.includes('controllers/animation.ts'))).toEqual([]);
    expect(animationOf(element)?.running).toBe(false);

    // On screen the same step change does morph, frame by frame: the count above would have seen it.
    box.style.cssText = `width:${entry.width}px;${ON_SCREEN}`;
    await rawFrames(3);
    element.setAttribute('step', '1');
    await element.updateComplete;
    expect(animationOf(element)?.running).toBe(true);
    await rawFrames(3);
    expect(record.frameSites.filter((site) => site.includes('controllers/animation.ts')).length).toBeGreaterThan(2);
  });
});
