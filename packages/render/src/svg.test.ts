import { describe, expect, it } from 'vitest';
import { computeStyle, parseStylesheet, resolveColorMix, type ComputedStyle } from './css.ts';
import { renderHtml } from './html.ts';
import { parseHtml, type ElementNode } from './parse.ts';
import { escapeXml, gridColumns, htmlToSvg, svgTransform } from './svg.ts';
import { parseXml, text, walk, type XmlElement } from './test/xml.ts';

async function svgOf(width: number, attributes: Record<string, string> = {}) {
  const { html } = await renderHtml({ graphic: 'territory-bar', width, attributes });
  return htmlToSvg(html, { width });
}

const byName = (root: XmlElement, name: string) => [...walk(root)].filter((element) => element.name === name);

describe('htmlToSvg: a standalone SVG made in Node', () => {
  it('is well-formed XML: one <svg> root in the SVG namespace, at the width asked, as tall as its content', async () => {
    for (const width of [320, 640, 1280]) {
      const { svg, height } = await svgOf(width, { step: '7', units: 'mi2' });
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      const root = parseXml(svg);
      expect(root.name).toBe('svg');
      expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(root.attributes.width).toBe(String(width));
      expect(root.attributes.height).toBe(String(height));
      expect(root.attributes.viewBox).toBe(`0 0 ${width} ${height}`);
      expect(height).toBeGreaterThan(150);
      expect(height).toBeLessThan(600);
      // Nothing is drawn below the bottom edge.
      for (const element of byName(root, 'text').filter((t) => t.attributes.y !== undefined)) {
        expect(Number(element.attributes.y)).toBeLessThan(height);
      }
    }
  });

  it('sets the headline, the value, the date, the notes and the credit as SVG text', async () => {
    const { svg } = await svgOf(640, { step: '7', lang: 'en-GB' });
    const root = parseXml(svg);
    const texts = byName(root, 'text').map(text);
    expect(texts).toContain('Area of Kursk oblast held by Ukraine');
    expect(texts).toContain('140 km²');
    expect(texts).toContain('54 sq mi');
    expect(texts.join(' ')).toContain('13 March 2025');
    expect(texts.join(' ')).toMatch(/Source: DeepState, ISW/);
    // The marker labels of the graphic's own drawing are there too.
    expect(texts.some((t) => /^Peak 1,376 km²$/.test(t))).toBe(true);
    // Title and description for assistive technology; the visually hidden table is not drawn.
    expect(text(byName(root, 'title')[0])).toBe('Area of Kursk oblast held by Ukraine');
    expect(text(byName(root, 'desc')[0])).toContain('On 13 March 2025, Ukraine held about 140 km²');
    expect(texts.join(' ')).not.toContain('Other estimates');
    expect(root.attributes['xml:lang']).toBe('en-GB');
  });

  it('keeps the graphic’s own drawing, its CSS turned into attributes: the bar in proportion, in the accent colour', async () => {
    const { svg } = await svgOf(640, { step: '2' });
    const root = parseXml(svg);
    const inner = byName(root, 'svg')[1];
    expect(inner.attributes.width).toBe('640');
    const rects = byName(inner, 'rect');
    const track = rects[0];
    const bar = rects[1];
    expect(track.attributes.fill).toBe('#eceef1');
    expect(bar.attributes.fill).toBe('#1d5fb4');
    // Step 2 is the peak: the bar spans the whole track.
    const [, scale] = /scale\(([\d.]+) 1\)/.exec(bar.attributes.transform ?? '') ?? [];
    expect(Number(scale)).toBeCloseTo(1, 5);
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('class=');
  });

  it('draws the dark theme in its colours', async () => {
    const { svg } = await svgOf(480, { theme: 'dark' });
    const root = parseXml(svg);
    expect(byName(root, 'rect')[0].attributes.fill).toBe('#15171b');
    expect(byName(root, 'text')[0].attributes.fill).toBe('#eef0f3');
  });

  it('escapes text from the data and attributes', async () => {
    const { html } = await renderHtml({
      graphic: 'territory-bar',
      attributes: { headline: 'Fish & <chips> "quoted"' },
      data: { series: [{ date: '2025-01-01', value: 10, source: 'A & B <c>' }] },
    });
    const { svg } = htmlToSvg(html, { width: 640 });
    const root = parseXml(svg);
    expect(byName(root, 'text').map(text)).toContain('Fish & <chips> "quoted"');
    expect(svg).toContain('Fish &amp; &lt;chips&gt; &quot;quoted&quot;');
  });

  it('wraps long text at the width', async () => {
    const narrow = parseXml((await svgOf(320, { step: '7' })).svg);
    const wide = parseXml((await svgOf(1000, { step: '7' })).svg);
    expect(byName(narrow, 'text').length).toBeGreaterThan(byName(wide, 'text').length);
  });
});

describe('the CSS it understands', () => {
  const host = (markup: string) => {
    const root = parseHtml(markup);
    return root.children.find((n): n is ElementNode => n.kind === 'element')!;
  };
  const styleFor = (css: string, markup: string, path: number[]) => {
    const h = host(markup);
    const rules = parseStylesheet(css, { width: 640, colorScheme: 'light' });
    const input = { rules, scope: { host: h } };
    let style: ComputedStyle = computeStyle(h, new Map([['font-size', '16px'], ['color', '#000']]), input, false);
    let node = h;
    for (const index of path) {
      node = node.children.filter((n): n is ElementNode => n.kind === 'element')[index]!;
      style = computeStyle(node, style, input, false);
    }
    return style;
  };

  it('resolves var() with fallbacks, custom properties set on :host, and :host([attr])', () => {
    const css = `:host { --_a: var(--public-a, red); color: var(--_a) } :host([theme='dark']) { --_a: blue } p { color: var(--missing, green) } .x { color: var(--_a) }`;
    expect(styleFor(css, '<x-el><p></p></x-el>', []).get('color')).toBe('red');
    expect(styleFor(css, '<x-el theme="dark"><p class="x"></p></x-el>', [0]).get('color')).toBe('blue');
    expect(styleFor(css, '<x-el><p></p></x-el>', [0]).get('color')).toBe('green');
  });

  it('expands shorthands after var(), and matches descendant and child selectors', () => {
    const css = `:host { padding: var(--pad, 12px 0) } .a .b { font-size: 2rem } .a > .c { font-size: 10px } .c { font-size: 20px }`;
    const hostStyle = styleFor(css, '<x-el><div class="a"><p><span class="b"></span></p><span class="c"></span></div></x-el>', []);
    expect([hostStyle.get('padding-top'), hostStyle.get('padding-left')]).toEqual(['12px', '0']);
    const markup = '<x-el><div class="a"><p><span class="b"></span></p><span class="c"></span></div></x-el>';
    expect(styleFor(css, markup, [0, 0, 0]).get('font-size')).toBe('32px');
    expect(styleFor(css, markup, [0, 1]).get('font-size')).toBe('10px');
  });

  it('sizes text as multiples of a base size in a custom property, either way round', () => {
    const css = `:host { --_fs: var(--size, 16px) } p { font-size: calc(1.25 * var(--_fs)) } span { font-size: calc(var(--_fs) * 0.75) }`;
    expect(styleFor(css, '<x-el><p></p></x-el>', [0]).get('font-size')).toBe('20px');
    expect(styleFor(css, '<x-el><span></span></x-el>', [0]).get('font-size')).toBe('12px');
  });

  it('never matches interactive states, and keeps the host out of plain selectors', () => {
    const css = `* { color: red } p:hover { color: blue } :host { color: black }`;
    expect(styleFor(css, '<x-el><p></p></x-el>', []).get('color')).toBe('black');
    expect(styleFor(css, '<x-el><p></p></x-el>', [0]).get('color')).toBe('red');
  });

  it('turns CSS transforms into SVG transform lists', () => {
    expect(svgTransform('scaleX(0.5)')).toBe('scale(0.5 1)');
    expect(svgTransform('translateX(12.5px) scaleX(3)')).toBe('translate(12.5 0) scale(3 1)');
    expect(svgTransform('rotate(0.25turn)')).toBe('rotate(90)');
    expect(svgTransform('perspective(10px)')).toBeNull();
  });

  it('escapes the five XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'\u0001</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});

describe('the layouts the other graphics use', () => {
  /** A made-up graphic: a host with a declarative shadow root holding `css` and `body`. */
  const picture = (css: string, body: string, width = 400) =>
    htmlToSvg(`<x-graphic><template shadowrootmode="open"><style>:host { display: block } ${css}</style>${body}</template></x-graphic>`, { width });
  const numbers = (element: XmlElement, name: string) => Number(element.attributes[name]);
  /** Where an element's x and y attributes put it on the page: the translate() of every group around it added. */
  const placed = (root: XmlElement, target: XmlElement): [number, number] => {
    const walkTo = (node: XmlElement, dx: number, dy: number): [number, number] | null => {
      const moved = /^translate\(([\d.-]+) ([\d.-]+)\)$/.exec(node.attributes.transform ?? '');
      const [x, y] = node.name === 'g' && moved ? [dx + Number(moved[1]), dy + Number(moved[2])] : [dx, dy];
      if (node === target) return [x + (Number(node.attributes.x) || 0), y + (Number(node.attributes.y) || 0)];
      for (const child of node.children) {
        if (typeof child === 'string') continue;
        const found = walkTo(child, x, y);
        if (found) return found;
      }
      return null;
    };
    return walkTo(root, 0, 0)!;
  };

  it('draws absolutely positioned layers (a label layer over a map) at their place, out of the flow', () => {
    const { svg, height } = picture(
      '.stage { position: relative; height: 100px } .layer { position: absolute; left: 0; top: 0 } p { margin: 0; font: 16px/20px sans-serif }',
      '<div class="stage"><svg width="200" height="100"><rect width="10" height="10"></rect></svg><svg class="layer" width="200" height="100"><text x="5" y="20">Label</text></svg></div><p>After</p>',
    );
    const root = parseXml(svg);
    const [map, labels] = byName(root, 'svg').slice(1);
    expect(placed(root, labels)).toEqual(placed(root, map));
    expect(text(labels)).toBe('Label');
    const after = byName(root, 'text').find((t) => text(t) === 'After')!;
    expect(numbers(after, 'y')).toBeGreaterThan(100);
    expect(height).toBe(120);
  });

  it('grows flex items into the free space, and sets inline-block swatches in the line before their text', () => {
    const { svg } = picture(
      '.row { display: flex; gap: 10px } .fixed { flex: none; width: 100px; height: 20px } .grow { flex: 1 1 0 } ' +
        '.swatch { display: inline-block; width: 16px; height: 10px; margin-right: 4px; background: #ff0000 } p { margin: 0 }',
      '<div class="row"><div class="fixed"></div><div class="grow"><svg width="100%" height="30" viewBox="0 0 10 1"></svg></div></div><p><span class="swatch"></span>Legend</p>',
    );
    const root = parseXml(svg);
    const drawing = byName(root, 'svg')[1];
    expect(numbers(drawing, 'width')).toBeCloseTo(400 - 100 - 10, 5);
    const swatch = byName(root, 'rect').find((r) => r.attributes.fill === '#ff0000')!;
    expect(numbers(swatch, 'width')).toBe(16);
    const legend = byName(root, 'text').find((t) => text(t) === 'Legend')!;
    expect(placed(root, legend)[0]).toBe(20);
    expect(placed(root, swatch)[0]).toBe(0);
  });

  it('places grid items in columns from grid-template-columns, row by row', () => {
    expect(gridColumns('repeat(auto-fit, minmax(200px, 1fr))', 640, 20)).toEqual([200, 200, 200]);
    expect(gridColumns('1fr 2fr', 300, 0)).toEqual([100, 200]);
    expect(gridColumns('100px 1fr', 300, 10)).toEqual([100, 190]);
    const { svg } = picture(
      '.facts { display: grid; grid-template-columns: 1fr 1fr; gap: 0 20px } p { margin: 0; font: 16px/20px sans-serif }',
      '<div class="facts"><p>One</p><p>Two</p><p>Three</p></div>',
    );
    const root = parseXml(svg);
    const at = (label: string) => placed(root, byName(root, 'text').find((t) => text(t) === label)!);
    expect(at('One')[0]).toBe(0);
    expect(at('Two')).toEqual([210, at('One')[1]]);
    expect(at('Three')[0]).toBe(0);
    expect(at('Three')[1]).toBe(at('One')[1] + 20);
  });

  it('leaves out form controls and the chrome marked as controls', () => {
    const { svg } = picture('', '<div part="controls"><button>Play</button><span>Speed</span></div><div class="controls-area">x</div><p>Kept</p>');
    const texts = byName(parseXml(svg), 'text').map(text);
    expect(texts).toEqual(['Kept']);
  });

  it('mixes colours as color-mix() does', () => {
    expect(resolveColorMix('color-mix(in srgb, #ff0000 50%, transparent)', '#000')).toBe('rgba(255, 0, 0, 0.5)');
    expect(resolveColorMix('color-mix(in srgb, #a3261b calc(0.12 * 100%), transparent)', '#000')).toBe('rgba(163, 38, 27, 0.12)');
    expect(resolveColorMix('color-mix(in srgb, white, black)', '#000')).toBe('rgb(128, 128, 128)');
  });
});
