import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { territory } from '@salient/kursk-data';
import './define.js';

// render() reads no DOM, so a page can ship the graphic as HTML (declarative shadow DOM) before any script runs.
describe('server rendering', () => {
  it('renders the bar to HTML in Node, with its text and geometry', async () => {
    const step = territory.series.findIndex((point) => point.date === '2025-03-13');
    const markup = await collectResult(
      render(html`<salient-territory-bar headline="Kursk" lang="en-GB" step=${step} .data=${territory}></salient-territory-bar>`),
    );
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toContain('140 km²');
    expect(markup).toContain('13 March 2025');
    expect(markup).toMatch(/<rect[^>]*class="bar"/);
    expect(markup).toContain('On 13 March 2025, Ukraine held about 140 km²');
  });

  it('renders the error state for bad data instead of throwing', async () => {
    const markup = await collectResult(render(html`<salient-territory-bar .data=${{ series: [] }}></salient-territory-bar>`));
    expect(markup).toContain('This graphic could not be shown');
    expect(markup).toContain('series must have at least 1 entry');
  });
});
