import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { pipeline } from '@salient/kursk-data';
import './define.js';

// render() reads no DOM, so a page can ship the graphic as HTML (declarative shadow DOM) before any script runs.
describe('server rendering', () => {
  it('renders the plan, the cross-section, the controls and the facts to HTML in Node', async () => {
    const markup = await collectResult(
      render(html`<salient-pipeline headline="Through the pipe" lang="en-GB" step="3" .data=${pipeline}></salient-pipeline>`),
    );
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toMatch(/<div class="plan"/);
    expect(markup).toMatch(/<circle class="pipe-inside"/);
    expect(markup).toMatch(/<input[^>]*type="range"/);
    expect(markup).toContain('12–15 km');
    expect(markup).toContain('100–800');
    expect(markup).toContain('Day 7');
    expect(markup).toContain('05:30');
    // The column already stands where the step puts it: at the exit.
    expect(markup).toMatch(/class="column" style="transform:translate\([\d.]+px, [\d.]+px\);?"/);
    expect(markup).toContain('7–8 March: out (8 March 2025): They came out near Sudzha');
  });

  it('renders the storyboard under reduced motion', async () => {
    const markup = await collectResult(render(html`<salient-pipeline reduced-motion .data=${pipeline}></salient-pipeline>`));
    expect(markup).toMatch(/<ol class="storyboard"/);
    expect(markup.match(/<li class="card"/g)).toHaveLength(5);
    expect(markup).not.toMatch(/type="range"/);
  });

  it('renders the error state for bad data instead of throwing', async () => {
    const markup = await collectResult(render(html`<salient-pipeline .data=${{ pipe: {} }}></salient-pipeline>`));
    expect(markup).toContain('This graphic could not be shown');
    expect(markup).toContain('pipe.name must be a non-empty text');
  });
});
