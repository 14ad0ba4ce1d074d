/**
 * Injection across the four elements (issue #8): every payload in PAYLOADS in every text field of each Kursk
 * dataset (each distinct string path, every instance of it), in every attribute, in the JSON child and in `src`.
 * Nothing may run (a spy on `window.__xss` stays uncalled), nothing may be parsed as markup (no forbidden tag, no
 * `on*` attribute, no `javascript:` URL, no tag the graphic does not draw with; the light DOM and the page keep
 * what they had), and text a reader sees shows the payload literally.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { frames, mountElement, unmountAll } from '@salient/core/testing';
import type { Validation } from '@salient/core';
import { toJson } from './arbitraries.js';
import { catalog } from './catalog.js';
import { CallRegistry, FORBIDDEN_TAGS, PAYLOADS } from './payloads.js';
import { expectValidOrError, expectValidRender, flush, PageWatch, shadowText, type SalientHost } from './render-check.js';
import { stringPaths, stringsIn, updateAt, type Path } from './tree.js';

type Validating = SalientHost & { validate(input: unknown): Validation<unknown> };

const registry = new CallRegistry();
const hits: unknown[] = [];
/** Payloads × fields tried, per element, printed once at the end. */
const tally = new Map<string, { dataFields: number; attributes: number; child: number; src: number; leaves: number }>();

/** Elements anywhere in the page that could run script: counted before and after, outside the graphics. */
const PAGE_ACTIVE = 'script, img, iframe, object, embed, base, meta, link, svg[onload], details, input[autofocus]';

let watch: PageWatch;
let pageActive = 0;

beforeAll(() => {
  (window as unknown as { __xss: (id: unknown) => void }).__xss = (id) => hits.push(id);
});

beforeEach(() => {
  watch = new PageWatch().start();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(window, 'fetch').mockImplementation(() => Promise.resolve(new Response('<html>', { status: 404 })));
  pageActive = document.querySelectorAll(PAGE_ACTIVE).length;
});

afterEach(async () => {
  // Give a payload that slipped through time to fire (an image error, a focus, a load) before looking.
  await frames(2);
  await new Promise((resolve) => setTimeout(resolve, 50));
  unmountAll();
  watch.stop();
  vi.restoreAllMocks();
  expect(hits.map((id) => registry.label(id)), 'payloads that ran').toEqual([]);
  expect(document.querySelectorAll(PAGE_ACTIVE).length, 'active elements in the page').toBe(pageActive);
});

afterAll(() => {
  const lines = [...tally].map(
    ([tag, t]) =>
      `${tag}: ${t.dataFields} payload×text-path (${t.leaves} string leaves), ${t.attributes} payload×attribute, ${t.child} JSON child, ${t.src} src`,
  );
  const total = [...tally.values()].reduce((sum, t) => sum + t.dataFields + t.attributes + t.child + t.src, 0);
  console.log(`injection: ${PAYLOADS.length} payloads, ${total} payload×field cases\n${lines.join('\n')}`);
});

/** Tag names in a shadow root. */
function tagsIn(element: HTMLElement): Set<string> {
  return new Set([...element.shadowRoot!.querySelectorAll('*')].map((node) => node.localName));
}

/**
 * What in a tree could be markup from a payload: a forbidden tag, a tag the graphic does not otherwise draw with,
 * an event-handler attribute, a script URL.
 */
function markupIn(root: ParentNode, baselineTags?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    const name = node.localName;
    if (FORBIDDEN_TAGS.includes(name)) problems.push(`<${name}>`);
    else if (baselineTags && !baselineTags.has(name)) problems.push(`<${name}>, a tag the graphic does not draw with`);
    for (const attribute of node.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`${attribute.name} on <${name}>`);
      if (/^(href|xlink:href|src|action|formaction|data|srcdoc)$/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) {
        problems.push(`${attribute.name}="${attribute.value}" on <${name}>`);
      }
    }
  }
  return problems;
}

/** Nothing parsed as markup in the shadow DOM, and the light DOM as it was. */
function expectNoMarkup(element: HTMLElement, baselineTags: ReadonlySet<string>, lightDom: string): void {
  expect(markupIn(element.shadowRoot!, baselineTags), 'markup in the shadow DOM').toEqual([]);
  expect(element.innerHTML, 'light DOM').toBe(lightDom);
}

describe('the injection checks', () => {
  it('see every payload with a tag in it as markup when it is parsed as HTML, so a leak could not pass unseen', () => {
    // Parsed inert (DOMParser runs nothing and loads nothing): what each payload would become through innerHTML.
    const unseen = PAYLOADS.filter((payload) => {
      const parsed = new DOMParser().parseFromString(`<body>${payload.make('__xss(-1)')}</body>`, 'text/html');
      return markupIn(parsed.body, new Set()).length === 0; // no tag allowed at all
    });
    // These aim at other contexts (a URL, an attribute, a template engine) or hide their tag in a comment; the
    // spy and the literal-text checks cover them.
    expect(unseen.map((payload) => payload.name)).toEqual([
      'javascript: URL',
      'javascript: URL, obfuscated',
      'event attribute without tags',
      'template literal',
      'mustache',
      'HTML comment',
      'CDATA',
      'named entities',
      'numeric entities',
      'percent-encoded',
    ]);
  });

  it('see a payload run when one is parsed as HTML in a shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const call = registry.call('control: parsed as HTML on purpose');
    const id = Number(/\d+/.exec(call)![0]);
    try {
      host.attachShadow({ mode: 'open' }).innerHTML = PAYLOADS.find((p) => p.name === 'img onerror')!.make(call);
      await vi.waitFor(() => expect(hits).toContain(id), { timeout: 5_000 });
    } finally {
      host.remove();
      hits.splice(0); // expected here, and only here
    }
  });
});

/** All text a reader or screen reader meets, whitespace removed (wrapped labels split a text over lines). */
const compact = (text: string) => text.replace(/\s+/g, '');

describe.each(catalog)('$tag against injection', ({ tag, dataset, attributes, width }) => {
  const strings = stringPaths(dataset);
  const counts = { dataFields: 0, attributes: 0, child: 0, src: 0, leaves: 0 };
  tally.set(tag, counts);

  /** The dataset with every instance of each pattern set to `make(label)`. */
  function fill(patterns: Iterable<string>, make: (label: string) => string) {
    let data = dataset;
    const byPattern = new Map<string, string[]>();
    for (const pattern of patterns) {
      const texts = strings.get(pattern)!.map((path: Path, i) => {
        const text = make(`${pattern}[#${i}]`);
        data = updateAt(data, path, () => text);
        return text;
      });
      byPattern.set(pattern, texts);
    }
    return { data, byPattern, texts: [...byPattern.values()].flat() };
  }

  /** The dataset with every instance of each pattern set to the payload around its own call. */
  function inject(patterns: Iterable<string>, payload: (typeof PAYLOADS)[number], index: number) {
    return fill(patterns, (field) => payload.make(registry.call(`${tag} ${field} payload ${index} (${payload.name})`)));
  }

  /**
   * The graphic with every part it can show (headline, dek, credit, controls), and the tags it draws with, in
   * motion and still (a still pipeline is a storyboard list).
   */
  async function baseline() {
    const attrs = { controls: '', headline: 'Headline', dek: 'Dek', source: 'Source' };
    const still = await mountElement<Validating>(tag, dataset, { ...attrs, 'reduced-motion': '', autoplay: '' }, { width });
    const tags = tagsIn(still);
    const element = await mountElement<Validating>(tag, dataset, attrs, { width });
    expectValidRender(element, stringsIn(dataset));
    for (const name of tagsIn(element)) tags.add(name);
    return { element, tags, lightDom: element.innerHTML };
  }

  it('shows each payload in every text field of the data as text, and runs none', async () => {
    const { element, tags, lightDom } = await baseline();
    // Which fields this graphic shows a reader, in English and in Ukrainian: a harmless marker in each tells.
    let n = 0;
    const marked = fill(
      [...strings.keys()].filter((pattern) => element.validate(fill([pattern], () => 'Qx0Qx').data).ok),
      () => `Qx${n++}Qx`,
    );
    const shownFields = new Map<string, string[]>();
    for (const lang of ['en', 'uk']) {
      element.lang = lang;
      element.data = marked.data;
      expect(await flush(element)).toBeUndefined();
      const markedText = compact(shadowText(element));
      const fields = [...marked.byPattern].filter(([, texts]) => texts.some((text) => markedText.includes(text)));
      shownFields.set(lang, fields.map(([pattern]) => pattern));
      expect(fields.length, `fields shown in ${lang}`).toBeGreaterThan(5);
    }
    for (const [index, payload] of PAYLOADS.entries()) {
      const lang = index % 2 ? 'uk' : 'en'; // half the payloads in each language, so `uk` texts are shown too
      element.lang = lang;
      // Fields that take any text go in together; the rest (dates, ids, GeoJSON types) one at a time, each making an error.
      const free: string[] = [];
      for (const pattern of strings.keys()) {
        const { data, texts } = inject([pattern], payload, index);
        counts.dataFields++;
        counts.leaves += texts.length;
        if (element.validate(data).ok) {
          free.push(pattern);
          continue;
        }
        watch.reset();
        element.data = data;
        expect(await flush(element, { frame: false })).toBeUndefined();
        expect(expectValidOrError(element, watch), `${pattern} with ${payload.name}`).toBe('error');
        expect(element.shadowRoot!.querySelector('.error-message')!.childElementCount, 'error message is plain text').toBe(0);
        expectNoMarkup(element, tags, lightDom);
      }
      const { data, texts, byPattern } = inject(free, payload, index);
      expect(element.validate(data), `${payload.name} in every free field`).toMatchObject({ ok: true });
      watch.reset();
      element.data = data;
      expect(await flush(element)).toBeUndefined();
      expectValidRender(element, [...stringsIn(dataset), ...texts]);
      expectNoMarkup(element, tags, lightDom);
      // The payloads are text: a field a reader sees shows its payload literally, or (a label the layout had no
      // room for) not at all; never in part, which is what text broken up into markup would look like.
      const shown = compact(shadowText(element));
      let literal = 0;
      for (const pattern of shownFields.get(lang)!) {
        for (const text of byPattern.get(pattern)!) {
          if (shown.includes(compact(text))) literal++;
          else expect(shown, `${pattern} shows part of ${payload.name}`).not.toContain(/__xss\(\d+\)/.exec(text)![0]);
        }
      }
      expect(literal, `fields showing ${payload.name} as text`).toBeGreaterThan(0);
    }
    expect(counts.dataFields, 'every payload in every string path').toBe(PAYLOADS.length * strings.size);
  });

  it('shows each payload in every attribute as text, and runs none', async () => {
    const { element, tags, lightDom } = await baseline();
    const textAttributes = ['headline', 'dek', 'source'];
    for (const name of textAttributes) element.removeAttribute(name);
    for (const [index, payload] of PAYLOADS.entries()) {
      const values = Object.fromEntries(
        attributes.map((name) => [name, payload.make(registry.call(`${tag} [${name}] payload ${index} (${payload.name})`))]),
      );
      for (const [name, value] of Object.entries(values)) element.setAttribute(name, value);
      counts.attributes += attributes.length;
      watch.reset();
      expect(await flush(element)).toBeUndefined();
      // `data` wins over `src`, so the graphic still draws; the other attributes fall back to their defaults.
      expectValidRender(element, [...stringsIn(dataset), ...Object.values(values)]);
      expectNoMarkup(element, tags, lightDom);
      const root = element.shadowRoot!;
      expect(root.querySelector('.headline')?.textContent, 'headline').toBe(values.headline);
      expect(root.querySelector('.dek')?.textContent, 'dek').toBe(values.dek);
      expect([...root.querySelectorAll('.credit')].at(-1)?.textContent?.endsWith(`: ${values.source}`), 'credit line').toBe(true);
      expect(root.querySelector('figure')!.getAttribute('lang'), 'lang, as an attribute value').toBe(values.lang);
      for (const name of textAttributes) expect(root.querySelector(`[part="${name}"]`)!.childElementCount, name).toBe(0);
      for (const name of attributes) element.removeAttribute(name);
    }
    expect(await flush(element)).toBeUndefined();
    expectValidRender(element, stringsIn(dataset));
  });

  it('shows payloads in a pasted JSON child as text, and runs none', async () => {
    const good = toJson(dataset);
    const element = await mountElement<Validating>(tag, undefined, { controls: '' }, { width, child: good });
    expectValidRender(element, stringsIn(dataset));
    const tags = tagsIn(element);
    const script = element.querySelector('script')!;
    const free = [...strings.keys()].filter((pattern) => element.validate(inject([pattern], PAYLOADS[0], 0).data).ok);
    for (const [index, payload] of PAYLOADS.entries()) {
      // The data with payloads in its text, as JSON; then the payload instead of JSON.
      const { data, texts } = inject(free, payload, index);
      for (const [text, valid] of [
        [toJson(data), true],
        [payload.make(registry.call(`${tag} JSON child payload ${index} (${payload.name})`)), false],
      ] as const) {
        watch.reset();
        script.textContent = text;
        await Promise.resolve();
        expect(await flush(element)).toBeUndefined();
        counts.child++;
        expect(expectValidOrError(element, watch, { inputText: [...stringsIn(dataset), ...texts] })).toBe(valid ? 'valid' : 'error');
        // A script element's text is serialised as it is: the light DOM is that one child, holding the text.
        expectNoMarkup(element, tags, `<script type="application/json">${text}</script>`);
        if (valid) expect(texts.some((t) => compact(shadowText(element)).includes(compact(t))), `${payload.name} shown as text`).toBe(true);
      }
    }
  });

  it('shows a payload as src in the error message as text, and runs none', async () => {
    const element = await mountElement<Validating>(tag, undefined, {}, { width, data: undefined });
    const tags = new Set([...(await baseline()).tags]);
    const lightDom = element.innerHTML;
    for (const [index, payload] of PAYLOADS.entries()) {
      const src = payload.make(registry.call(`${tag} [src] payload ${index} (${payload.name})`));
      watch.reset();
      element.src = src;
      counts.src++;
      await element.updateComplete; // the loading note, so the last payload's error is not taken for this one's
      const message = () => element.shadowRoot!.querySelector('.error-message')?.textContent;
      await vi.waitFor(() => expect(message()).toContain(src.trim()), { interval: 5 });
      expect(expectValidOrError(element, watch)).toBe('error');
      expectNoMarkup(element, tags, lightDom);
      expect(element.shadowRoot!.querySelector('.error-message')!.childElementCount, 'error message is plain text').toBe(0);
      expect(message(), 'the src, literally').toContain(src.trim());
    }
    // What src is fetched with: the string as given, never markup.
    expect(vi.mocked(window.fetch).mock.calls.every(([url]) => typeof url === 'string')).toBe(true);
  });
});
