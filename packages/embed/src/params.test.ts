import { describe, expect, it } from 'vitest';
import { checkAttribute, commonAttributes } from './attributes.ts';
import { readEmbedParams } from './params.ts';
import { allGraphics, datasetNames, defaultAttributes, findGraphic, graphics, loadDataset } from './registry.ts';

const BASE = 'https://graphics.example/salient/embed.html';
const read = (query: string) => readEmbedParams(new URLSearchParams(query), BASE);

describe('the registry', () => {
  it('knows each graphic by tag and by short name, with a dataset that exists', async () => {
    expect(findGraphic('territory-bar')?.tag).toBe('salient-territory-bar');
    expect(findGraphic('salient-territory-bar')?.name).toBe('territory-bar');
    expect(findGraphic('nope')).toBeUndefined();
    for (const graphic of allGraphics()) {
      expect(graphic.tag).toMatch(/^salient-[a-z-]+$/);
      expect(graphic.title.length).toBeGreaterThan(5);
      // `data` loads the export `dataset` names.
      const datasets: Record<string, unknown> = await import('@salient/kursk-data');
      expect(datasets[graphic.dataset], graphic.dataset).toBeTypeOf('object');
      expect(await graphic.data()).toBe(datasets[graphic.dataset]);
      expect(await loadDataset(graphic.dataset)).toBe(datasets[graphic.dataset]);
      // Every default attribute passes its own rule, in every language.
      for (const lang of ['en', 'uk']) {
        for (const [name, value] of Object.entries(defaultAttributes(graphic, lang))) {
          const rule = { ...commonAttributes, ...graphic.ownAttributes }[name];
          expect(rule, `${graphic.tag} ${name}`).toBeDefined();
          expect(checkAttribute(name, rule!, value).ok).toBe(true);
        }
      }
    }
    expect(Object.keys(graphics)).toHaveLength(allGraphics().length);
    expect(allGraphics().map((graphic) => graphic.tag)).toEqual([
      'salient-territory-bar',
      'salient-encirclement',
      'salient-supply-road',
      'salient-pipeline',
    ]);
    expect(datasetNames()).toEqual(['territory', 'encirclement', 'supplyRoad', 'pipeline']);
  });

  it('loads only the datasets it names', async () => {
    expect(datasetNames()).toContain('territory');
    await expect(loadDataset('kyivCity')).rejects.toThrow(/No dataset/);
  });
});

describe('readEmbedParams: the embed page’s URL, checked', () => {
  it('reads the graphic, its attributes and a dataset', () => {
    const result = read('graphic=territory-bar&dataset=territory&step=3&units=mi2&theme=dark&lang=uk');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request.graphic.tag).toBe('salient-territory-bar');
    expect(result.request.attributes).toEqual({
      headline: 'Площа Курської області під контролем України',
      step: '3',
      units: 'mi2',
      theme: 'dark',
      lang: 'uk',
    });
    expect(result.request.data).toEqual({ from: 'dataset', name: 'territory' });
    expect(result.warnings).toEqual([]);
  });

  it('gives default texts in the language asked for, English otherwise', () => {
    const uk = read('graphic=territory-bar&lang=uk');
    expect(uk.ok && uk.request.attributes.headline).toBe('Площа Курської області під контролем України');
    const de = read('graphic=territory-bar&lang=de-AT');
    expect(de.ok && de.request.attributes.headline).toBe('Area of Kursk oblast held by Ukraine');
    const set = read('graphic=territory-bar&lang=uk&headline=Курськ');
    expect(set.ok && set.request.attributes.headline).toBe('Курськ');
  });

  it('defaults to the graphic’s own dataset', () => {
    const result = read('graphic=salient-territory-bar');
    expect(result.ok && result.request.data).toEqual({ from: 'dataset', name: 'territory' });
  });

  it('drops what is not on the allow-list, with a warning, and never passes it on', () => {
    const result = read('graphic=territory-bar&onload=alert(1)&style=color:red&theme=<b>&step=-1&units=acres&lang=en"><x&controls=maybe');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request.attributes).toEqual({ headline: 'Area of Kursk oblast held by Ukraine' });
    expect(result.warnings).toHaveLength(7);
    expect(result.warnings.join('\n')).toMatch(/“onload” ignored/);
  });

  it('takes free text as plain text: one line, control characters out, length capped', () => {
    const ok = read(`graphic=territory-bar&headline=${encodeURIComponent('  <b>Bold</b>\n\tclaim\u0000  ')}`);
    expect(ok.ok && ok.request.attributes.headline).toBe('<b>Bold</b> claim');
    const long = read(`graphic=territory-bar&headline=${'x'.repeat(201)}`);
    expect(long.ok && long.request.attributes.headline).toBe('Area of Kursk oblast held by Ukraine');
  });

  it('reads booleans: on, off, and an empty value as on', () => {
    const on = read('graphic=territory-bar&controls&reduced-motion=true');
    expect(on.ok && on.request.attributes).toMatchObject({ controls: '', 'reduced-motion': '' });
    const off = read('graphic=territory-bar&controls=0');
    expect(off.ok && 'controls' in off.request.attributes).toBe(false);
  });

  it('takes data as JSON text, or a src on the page’s own origin only', () => {
    const json = read(`graphic=territory-bar&data=${encodeURIComponent('{"series":[]}')}`);
    expect(json.ok && json.request.data).toEqual({ from: 'json', text: '{"series":[]}' });
    const src = read('graphic=territory-bar&src=data/kursk.json');
    expect(src.ok && src.request.data).toEqual({ from: 'src', url: 'https://graphics.example/salient/data/kursk.json' });
    for (const elsewhere of ['https://evil.example/x.json', 'javascript:alert(1)', '//evil.example/x.json', 'data:application/json,{}']) {
      const result = read(`graphic=territory-bar&src=${encodeURIComponent(elsewhere)}`);
      expect(result.ok && result.request.data, elsewhere).toEqual({ from: 'dataset', name: 'territory' });
      expect(result.warnings.join(), elsewhere).toMatch(/own origin/);
    }
  });

  it('refuses a dataset the registry does not name, and an unknown graphic', () => {
    const result = read('graphic=territory-bar&dataset=kyivCity');
    expect(result.ok && result.request.data).toEqual({ from: 'dataset', name: 'territory' });
    const unknown = read('graphic=<script>');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.error).toMatch(/no graphic called “<script>”.*territory-bar/);
    expect(read('').ok).toBe(false);
  });
});
