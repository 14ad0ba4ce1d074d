import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { supplyRoad } from '@salient/kursk-data';
import './define.js';

// render() reads no DOM, so a page can ship the graphic as HTML (declarative shadow DOM) before any script runs.
describe('server rendering', () => {
  it('renders the map to HTML in Node, with its text, geometry and the still frame of the convoys', async () => {
    const markup = await collectResult(
      render(html`<salient-supply-road headline="The road to Sudzha" lang="en-GB" step="3" .data=${supplyRoad}></salient-supply-road>`),
    );
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toContain('18 km of the 47 km road within drone range (39%)');
    expect(markup).toContain('Fire control · 12 March 2025');
    expect(markup).toMatch(/<path[^>]*class="stretch"/);
    expect(markup).toMatch(/<path[^>]*class="area ru"/);
    expect(markup.match(/class="vehicle"/g)).toHaveLength(5);
    expect(markup).toContain('Drones could reach 18 km of the 47 km road (39%), from 28 to 47 km from Sumy.');
  });

  it('renders the strip', async () => {
    const markup = await collectResult(render(html`<salient-supply-road layout="strip" step="1" .data=${supplyRoad}></salient-supply-road>`));
    expect(markup).toMatch(/<rect[^>]*class="stretch"/);
    expect(markup).toContain('9.4 km · 20%');
  });

  it('renders the error state for bad data instead of throwing', async () => {
    const markup = await collectResult(render(html`<salient-supply-road .data=${{ road: {}, steps: [] }}></salient-supply-road>`));
    expect(markup).toContain('This graphic could not be shown');
    expect(markup).toContain('road.name must be a non-empty text');
  });
});
