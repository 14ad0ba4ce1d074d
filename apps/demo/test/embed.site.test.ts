import { allGraphics } from '@salient/embed';
import type { Browser, BrowserContext, Frame } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { distDir, serve } from '../scripts/serve.mjs';
import { launch, openPage } from './browser.ts';

/*
 * The iframe path with the built files across two origins, as in production: a news page on one origin frames
 * dist/embed.html from the graphics server (`embedOrigin`, see site.setup.ts) and loads that server's
 * salient-resize.js. The news site is a server of its own here, serving made-up host pages.
 */

let browser: Browser;
let context: BrowserContext;
let news: Awaited<ReturnType<typeof serve>>;
const hostPages = new Map<string, string>();
const site = () => news.origin;
const embed = () => inject('embedOrigin');

beforeAll(async () => {
  browser = await launch();
  news = await serve(distDir, { pages: hostPages });
});
afterAll(async () => {
  await browser?.close();
  await news?.close();
});
afterEach(async () => {
  await context?.close();
});

/** Opens a host page on the news origin with `body`; `{embed}` in it stands for the graphics origin. */
async function host(body: string, viewport = { width: 1000, height: 800 }) {
  context = await browser.newContext({ viewport });
  const page = await openPage(context);
  const path = `/host-${hostPages.size}.html`;
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <style>body { margin: 0; font: 16px/1.5 Georgia, serif } iframe { display: block; border: 0 }</style></head>
    <body>${body.replaceAll('{embed}', embed())}</body></html>`,
  );
  await page.goto(`${site()}${path}`);
  return page;
}

/** The frame showing embed.html inside an iframe, by the iframe's id. */
async function frameOf(page: Awaited<ReturnType<typeof host>>, id: string): Promise<Frame> {
  const handle = await page.$(`#${id}`);
  const frame = await handle!.contentFrame();
  await frame!.waitForFunction(() => {
    const graphic = document.querySelector<HTMLElement>('#graphic > *');
    const drawn = graphic?.shadowRoot?.querySelector('[part~="value"], [part~="error"]');
    return (!!drawn && getComputedStyle(graphic!).visibility === 'visible') || !!document.querySelector('.problem');
  });
  return frame!;
}

const iframeHeight = (page: Awaited<ReturnType<typeof host>>, id: string) =>
  page.$eval(`#${id}`, (iframe) => iframe.getBoundingClientRect().height);

/** The embedded document's true height, and whether it scrolls. */
const inside = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.documentElement;
    const style = getComputedStyle(root);
    return {
      height: Math.ceil(root.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom)),
      scrolls: root.scrollHeight > root.clientHeight,
      bodyOffset: document.body.offsetHeight,
      graphicBottom: document.querySelector('#graphic > *')!.getBoundingClientRect().bottom,
    };
  });

/**
 * Waits until the iframe is exactly as tall as its document and shows it all, and has stayed so for a few
 * frames (a graphic re-renders a frame after its width changes, so a passing moment is not the end).
 */
async function fitted(page: Awaited<ReturnType<typeof host>>, id: string, frame: Frame): Promise<number> {
  let last = '';
  let same = 0;
  await expect
    .poll(
      async () => {
        const [outer, inner] = await Promise.all([iframeHeight(page, id), inside(frame)]);
        const state = outer === inner.height && !inner.scrolls ? `fits at ${outer}` : `iframe ${outer} px, document ${inner.height} px, scrolls: ${inner.scrolls}`;
        same = state === last ? same + 1 : 0;
        last = state;
        return state.startsWith('fits') && same >= 3 ? 'fits, settled' : state;
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe('fits, settled');
  return iframeHeight(page, id);
}

const IFRAME = (id: string, query: string, width = '100%', extra = '') =>
  `<iframe id="${id}" data-salient-embed ${extra} title="Area of Kursk oblast held by Ukraine" src="{embed}/embed.html?${query}"
     style="width:${width};height:150px"></iframe>`;
const RESIZER = '<script src="{embed}/salient-resize.js" async></script>';

describe('iframe + salient-resize.js across origins (built files)', () => {
  it('grows the iframe to the graphic, grows it when narrower, and shrinks it back when wider', async () => {
    const page = await host(`<h1>Story</h1>${IFRAME('a', 'graphic=territory-bar&step=3', '900px')}<p id="after">After the graphic.</p>${RESIZER}`);
    const frame = await frameOf(page, 'a');
    const wide = await fitted(page, 'a', frame);
    expect(wide).toBeGreaterThan(150);
    // The text under the iframe moved down with it: nothing overlaps.
    const [bottom, after] = await page.evaluate(() => [
      document.getElementById('a')!.getBoundingClientRect().bottom,
      document.getElementById('after')!.getBoundingClientRect().top,
    ]);
    expect(after).toBeGreaterThanOrEqual(bottom);

    await page.$eval('#a', (iframe) => ((iframe as HTMLElement).style.width = '340px'));
    const narrow = await fitted(page, 'a', frame);
    expect(narrow).toBeGreaterThan(wide);

    await page.$eval('#a', (iframe) => ((iframe as HTMLElement).style.width = '900px'));
    expect(await fitted(page, 'a', frame)).toBe(wide);
  });

  it('follows the graphic when its content changes: a step with fewer notes shrinks it, one with more grows it', async () => {
    const page = await host(`${IFRAME('a', 'graphic=territory-bar&step=7&units=mi2', '700px')}${RESIZER}`);
    const frame = await frameOf(page, 'a');
    const heights: number[] = [await fitted(page, 'a', frame)];
    for (const step of ['9', '7']) {
      // A new element each time: the same one keeps the tallest box it has had (so steps never jump).
      await frame.evaluate((step) => {
        const old = document.querySelector('#graphic > *') as HTMLElement & { data?: unknown };
        const copy = document.createElement(old.localName) as typeof old;
        for (const { name, value } of old.attributes) copy.setAttribute(name, value);
        copy.setAttribute('step', step);
        copy.data = old.data;
        old.replaceWith(copy);
      }, step);
      heights.push(await fitted(page, 'a', frame));
    }
    expect(heights[1]).not.toBe(heights[0]);
    expect(heights[2]).toBe(heights[0]);
  });

  it('counts margins on the first child and the body, collapsed as CSS collapses them', async () => {
    const page = await host(`${IFRAME('a', 'graphic=territory-bar&step=4', '700px')}${RESIZER}`);
    const frame = await frameOf(page, 'a');
    const before = await fitted(page, 'a', frame);
    await frame.addStyleTag({ content: 'body { margin: 24px } #graphic { margin: 56px 0 40px }' });
    const after = await fitted(page, 'a', frame);
    // 56 px collapses with the body's 24 at the top, 40 with its 24 at the bottom.
    expect(after).toBe(before + 56 + 40);
    const { bodyOffset, graphicBottom } = await inside(frame);
    expect(bodyOffset).toBe(before); // The body's own box leaves the margins out: measuring it would cut 96 px off.
    expect(graphicBottom + 40).toBeLessThanOrEqual(after);
  });

  it('sizes frames that loaded before the script, and several at once', async () => {
    const page = await host(
      `${IFRAME('a', 'graphic=territory-bar&step=1', '360px')}${IFRAME('b', 'graphic=territory-bar&step=9&theme=dark&lang=uk', '800px')}`,
    );
    const [a, b] = [await frameOf(page, 'a'), await frameOf(page, 'b')];
    await page.waitForTimeout(200);
    expect(await iframeHeight(page, 'a')).toBe(150);
    await page.addScriptTag({ url: `${embed()}/salient-resize.js` });
    const [ha, hb] = [await fitted(page, 'a', a), await fitted(page, 'b', b)];
    expect(ha).not.toBe(hb);
  });

  it('ignores frames it was not told to trust: unmarked, or marked for another origin', async () => {
    const page = await host(
      `${IFRAME('trusted', 'graphic=territory-bar', '600px')}` +
        `<iframe id="unmarked" src="{embed}/embed.html?graphic=territory-bar" style="width:600px;height:150px" title="x"></iframe>` +
        IFRAME('elsewhere', 'graphic=territory-bar', '600px', `data-salient-embed="${site()}"`).replace(' data-salient-embed ', ' ') +
        RESIZER,
    );
    const trusted = await frameOf(page, 'trusted');
    await Promise.all([frameOf(page, 'unmarked'), frameOf(page, 'elsewhere')]);
    await fitted(page, 'trusted', trusted);
    await page.waitForTimeout(200);
    expect(await iframeHeight(page, 'unmarked')).toBe(150);
    expect(await iframeHeight(page, 'elsewhere')).toBe(150);
    expect(page.problems).toEqual([]);
  });
});

describe('embed.html: one graphic, configured by URL, no page around it', () => {
  async function open(query: string) {
    context = await browser.newContext({ viewport: { width: 640, height: 800 } });
    const page = await openPage(context);
    await page.goto(`${embed()}/embed.html?${query}`);
    // Drawn, and shown (the page keeps it hidden until it has its real width).
    await page.waitForFunction(() => {
      const graphic = document.querySelector<HTMLElement>('#graphic > *');
      const drawn = graphic?.shadowRoot?.querySelector('[part~="value"], [part~="error"]');
      return (drawn && getComputedStyle(graphic!).visibility === 'visible') || document.querySelector('.problem');
    });
    return page;
  }

  it('renders the graphic from a dataset with the attributes asked for, and nothing else on the page', async () => {
    const page = await open('graphic=territory-bar&dataset=territory&step=3&units=mi2&theme=dark&lang=uk');
    const result = await page.evaluate(() => {
      const element = document.querySelector('#graphic > *') as HTMLElement;
      return {
        tag: element.localName,
        attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        value: element.shadowRoot!.querySelector('[part~="value"]')!.textContent,
        lang: document.documentElement.lang,
        title: document.title,
        background: getComputedStyle(document.documentElement).backgroundColor,
        // What takes room on the page (the <noscript> is there, and empty when script runs).
        bodyChildren: [...document.body.children].filter((child) => child.getBoundingClientRect().height > 0).map((child) => child.id),
        pageHeight: document.documentElement.getBoundingClientRect().height,
        graphicHeight: element.getBoundingClientRect().height,
        bodyMargin: getComputedStyle(document.body).margin,
      };
    });
    expect(result.tag).toBe('salient-territory-bar');
    expect(result.attributes).toMatchObject({ step: '3', units: 'mi2', theme: 'dark', lang: 'uk' });
    expect(result.value).toMatch(/^255\s*кв\. миль$/);
    expect(result.lang).toBe('uk');
    // The registry's default headline, in the language asked for, is the page's title too.
    expect(result.title).toBe('Площа Курської області під контролем України');
    expect(result.background).toBe('rgb(21, 23, 27)');
    expect(result.bodyChildren).toEqual(['graphic']);
    expect(result.pageHeight).toBe(result.graphicHeight);
    expect(result.bodyMargin).toBe('0px');
    expect(page.problems).toEqual([]);
  });

  it('takes JSON data from the URL, and treats every value as text', async () => {
    const data = JSON.stringify({ series: [{ date: '2025-03-13', value: 140, source: '<img src=x onerror=alert(1)>' }] });
    const page = await open(
      `graphic=salient-territory-bar&data=${encodeURIComponent(data)}&headline=${encodeURIComponent('<b>Bold</b> & <script>alert(1)</script>')}`,
    );
    const result = await page.evaluate(() => {
      const root = document.querySelector('#graphic > *')!.shadowRoot!;
      return {
        headline: root.querySelector('[part~="headline"]')!.textContent,
        when: root.querySelector('[part~="when"]')!.textContent,
        injected: document.querySelectorAll('b, img').length + root.querySelectorAll('b, img').length,
      };
    });
    expect(result.headline).toBe('<b>Bold</b> & <script>alert(1)</script>');
    expect(result.when).toContain('<img src=x onerror=alert(1)>');
    expect(result.injected).toBe(0);
    expect(page.problems).toEqual([]);
  });

  it('drops parameters that are not on the allow-list, with a warning for each', async () => {
    const page = await open('graphic=territory-bar&onload=alert(1)&style=display:none&theme=hotpink&step=2');
    const attributes = await page.evaluate(() => [...document.querySelector('#graphic > *')!.attributes].map((a) => a.name).sort());
    expect(attributes).toEqual(['headline', 'step', 'theme']);
    expect(await page.evaluate(() => document.querySelector('#graphic > *')!.getAttribute('theme'))).toBe('light');
    expect(page.warnings.filter((warning) => warning.startsWith('Salient embed:'))).toHaveLength(3);
  });

  it('says so, as text, when the graphic is unknown; shows the element’s own error for bad data', async () => {
    const unknown = await open('graphic=%3Cimg%20src%3Dx%3E');
    const known = allGraphics().map((graphic) => graphic.name).join(', ');
    expect(await unknown.textContent('.problem')).toBe(`There is no graphic called “<img src=x>”. Known graphics: ${known}.`);
    await context.close();
    const bad = await open(`graphic=territory-bar&data=${encodeURIComponent('{"series": [}')}`);
    const error = await bad.evaluate(() => document.querySelector('#graphic > *')!.shadowRoot!.querySelector('[part~="error"]')!.textContent);
    expect(error).toContain('not valid JSON');
  });
});
