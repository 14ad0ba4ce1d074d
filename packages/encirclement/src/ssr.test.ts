import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { encirclement } from '@salient/kursk-data';
import './define.js';

// render() reads no DOM, so a page can ship the map as HTML (declarative shadow DOM) before any script runs.
describe('server rendering', () => {
  it('renders the map to HTML in Node, with its text and geometry', async () => {
    const step = encirclement.frames.findIndex((frame) => frame.id === '2025-03-13');
    const markup = await collectResult(
      render(html`<salient-encirclement headline="Kursk" lang="en-GB" step=${step} .data=${encirclement}></salient-encirclement>`),
    );
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toContain('13 March 2025: Sudzha falls');
    expect(markup).toMatch(/≈ 14\d km² on the map · reported 140 km²/);
    expect(markup).toMatch(/<path[^>]*class="held main"[^>]*d="M/);
    expect(markup).toMatch(/<path[^>]*class="ghost"/);
    expect(markup).toMatch(/<path[^>]*class="region ua"/);
    expect(markup).toContain('Sudzha');
    expect(markup).toContain('Martynovka retaken, about 8 March');
    expect(markup).toContain('the area held by Ukraine measures about');
  });

  it('renders the error state for bad data instead of throwing', async () => {
    const markup = await collectResult(
      render(html`<salient-encirclement .data=${{ frames: [{ id: 'x', date: '2025-03-13', label: 'x', held: { type: 'Polygon', coordinates: [] } }] }}></salient-encirclement>`),
    );
    expect(markup).toContain('This graphic could not be shown');
    expect(markup).toContain('frames[0].held.coordinates has no coordinates');
  });
});
