import { territory } from '@salient/kursk-data';
import { describe, expect, it } from 'vitest';
import { RenderOptionsError, renderHtml, resolveOptions } from './html.ts';

const sudzha = territory.series.findIndex((point) => point.date === '2025-03-13');

describe('renderHtml: a graphic as HTML with declarative shadow DOM', () => {
  it('renders the element with its shadow root as a template, and the value as text', async () => {
    const { html, error, width } = await renderHtml({ graphic: 'territory-bar', attributes: { step: String(sudzha), lang: 'en-GB' } });
    expect(error).toBeUndefined();
    expect(width).toBe(640);
    expect(html).toMatch(/^<salient-territory-bar\b/);
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(html).toMatch(/<\/template><\/salient-territory-bar>$/);
    expect(html).toContain('<span class="value" part="value">140 km²</span>');
    expect(html).toContain('13 March 2025');
    // The registry's default headline, and the summary sentence for screen readers.
    expect(html).toContain('Area of Kursk oblast held by Ukraine');
    expect(html).toContain('On 13 March 2025, Ukraine held about 140 km²');
    // A static fragment: no hydration comments unless asked for.
    expect(html).not.toContain('lit-part');
    expect(html).not.toContain('<?>');
  });

  it('lays the graphic out for the width asked', async () => {
    for (const width of [320, 1000]) {
      const { html } = await renderHtml({ graphic: 'salient-territory-bar', width });
      expect(html).toMatch(new RegExp(`<svg width="${width}" height="\\d+" viewBox="0 0 ${width} \\d+"`));
    }
  });

  it('takes data as an object, and units, theme and language as attributes', async () => {
    const { html } = await renderHtml({
      graphic: 'territory-bar',
      data: { series: [{ date: '2025-01-01', value: 259, source: 'Test' }] },
      attributes: { units: 'mi2', theme: 'dark', lang: 'uk' },
    });
    expect(html).toContain('theme="dark"');
    expect(html).toMatch(/<span class="value" part="value">100\s*кв\. миль<\/span>/);
  });

  it('keeps text from input as text, never markup', async () => {
    const { html } = await renderHtml({
      graphic: 'territory-bar',
      attributes: { headline: '<img src=x onerror=alert(1)> & "quotes"' },
      data: { series: [{ date: '2025-01-01', value: 10, source: '<script>alert(1)</script>' }] },
    });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('reports refused data, with the graphic’s error state in the HTML', async () => {
    const { html, error } = await renderHtml({ graphic: 'territory-bar', data: { series: [{ date: 'soon', value: -5 }] } });
    expect(error).toMatch(/not usable/);
    expect(html).toContain('This graphic could not be shown');
  });

  it('keeps hydration comments when asked', async () => {
    const { html } = await renderHtml({ graphic: 'territory-bar', hydratable: true });
    expect(html).toContain('<!--lit-part');
  });

  it('refuses options the registry does not allow', () => {
    expect(() => resolveOptions({ graphic: 'pie-chart' })).toThrow(RenderOptionsError);
    expect(() => resolveOptions({ graphic: 'territory-bar', attributes: { onclick: 'x' } })).toThrow(/no attribute “onclick”/);
    expect(() => resolveOptions({ graphic: 'territory-bar', attributes: { theme: 'purple' } })).toThrow(/theme must be one of/);
    expect(() => resolveOptions({ graphic: 'territory-bar', attributes: { step: '-1' } })).toThrow(/whole number/);
    expect(() => resolveOptions({ graphic: 'territory-bar', width: 100 })).toThrow(/Width/);
    expect(() => resolveOptions({ graphic: 'territory-bar', width: 640.5 })).toThrow(/Width/);
  });

  it('leaves out controls, and fills in the registry’s defaults', () => {
    const { attributes } = resolveOptions({ graphic: 'territory-bar', attributes: { controls: '', units: 'mi2' } });
    expect(attributes).toEqual({ headline: 'Area of Kursk oblast held by Ukraine', units: 'mi2' });
  });
});
