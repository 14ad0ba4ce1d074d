import { describe, expect, it } from 'vitest';
// The raw text of each bundle: what a CMS serves.
import salientSource from '../dist/salient.js?raw';
import territoryBarSource from '../dist/territory-bar.js?raw';

/** Every tag dist/salient.js must register. Add each new element here. */
const TAGS = ['salient-territory-bar', 'salient-encirclement', 'salient-supply-road', 'salient-pipeline'];

const bundles = { 'salient.js': salientSource, 'territory-bar.js': territoryBarSource };

/** Loads a bundle as a page would: by URL, as a module of its own (kept out of Vite's import analysis). */
const here = import.meta.url;
const load = (file: keyof typeof bundles) => import(/* @vite-ignore */ new URL('../dist/' + file, here).href);

describe('dist bundles', () => {
  it.each(Object.entries(bundles))('%s is one self-contained, minified ES module', (_name, source) => {
    expect(source.length).toBeGreaterThan(1000);
    // No static or dynamic imports: Lit and everything else is inside.
    expect(source).not.toMatch(/\bimport\s*["'{*]|\bfrom\s*["']|\bimport\s*\(/);
    // Minified: code packed into long lines (template literals keep their own newlines), no annotations left.
    expect(Math.max(...source.split('\n').map((line) => line.length))).toBeGreaterThan(5000);
    expect(source).not.toContain('@__PURE__');
  });

  it('salient.js registers every element, and a second copy (territory-bar.js) registers nothing twice', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      await load('salient.js');
      for (const tag of TAGS) expect(customElements.get(tag), tag).toBeTypeOf('function');
      const first = customElements.get('salient-territory-bar');
      // The same element from a second bundle on the same page (two embeds, two copies): must not throw.
      await load('territory-bar.js');
      expect(customElements.get('salient-territory-bar')).toBe(first);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).toEqual([]);
  });

  it.each(TAGS)('<%s> from the bundle renders into a shadow root', async (tag) => {
    await load('salient.js');
    const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot).not.toBeNull();
    expect(el.shadowRoot!.childNodes.length).toBeGreaterThan(0);
    el.remove();
  });
});
