import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentHeight } from './child.ts';
import { MARK, RESIZE } from './protocol.ts';

/*
 * Both halves in one page: the host page's script (src/resize.ts, run here as the test page's own script) and
 * reportHeight() running inside same-origin frames, as the embed page runs it. The demo's site tests do the same
 * across two origins with the built files.
 */
beforeAll(async () => {
  await import('./resize.ts');
});

afterEach(() => {
  document.body.replaceChildren();
});

/** The child half, loaded by URL into each frame so that it runs there (a message's source is the poster's window). */
const child = new URL('./child.ts', import.meta.url).href;

/**
 * An iframe holding `body` with `css`, at `width`, marked for the resizer unless `mark` is false; `#box` (or the
 * body's first element) reports its height when `report` is true. Resolves once its document has loaded.
 */
async function frame(body: string, { css = '', width = 600, mark = true, report = true } = {}): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (mark) iframe.setAttribute(MARK, '');
  iframe.style.cssText = `width:${width}px;height:150px;border:0;display:block`;
  const script = report
    ? `<script type="module">import { reportHeight } from ${JSON.stringify(child)};
       reportHeight(document.getElementById('box') ?? document.body.firstElementChild);</script>`
    : '';
  iframe.srcdoc = `<!doctype html><html><head><style>${css}</style></head><body>${body}${script}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Runs `code` as a script inside the frame (so the frame's window is the poster). */
function runIn(iframe: HTMLIFrameElement, code: string): void {
  const script = iframe.contentDocument!.createElement('script');
  script.textContent = code;
  iframe.contentDocument!.body.append(script);
}

const doc = (iframe: HTMLIFrameElement) => iframe.contentDocument!;
const heightOf = (iframe: HTMLIFrameElement) => iframe.getBoundingClientRect().height;

describe('contentHeight: the whole document, margins and all', () => {
  it('counts the body’s margins and a first child’s margin that collapses through the body', async () => {
    // body margin 8px; the box's 40px top margin collapses with it (40), its 20px bottom margin with the body's (20).
    const iframe = await frame('<div style="height:100px;margin:40px 0 20px"></div>', { report: false, mark: false });
    expect(contentHeight(doc(iframe))).toBe(40 + 100 + 20);
    // The usual stand-ins are wrong: the body's box leaves the margins out, the root's scrollHeight is the frame's.
    expect(doc(iframe).body.offsetHeight).toBe(100);
    expect(doc(iframe).documentElement.scrollHeight).toBe(160);
  });

  it('adds margins that do not collapse, when the body has padding', async () => {
    const iframe = await frame('<div style="height:100px;margin:40px 0 20px"></div>', { css: 'body { margin: 8px; padding: 1px }', report: false });
    expect(contentHeight(doc(iframe))).toBe(8 + 1 + 40 + 100 + 20 + 1 + 8);
  });

  it('is less than the frame when the content is (where scrollHeight is stuck at the frame’s height)', async () => {
    const iframe = await frame('<p style="margin:0">short</p>', { css: 'body { margin: 0 }', report: false, mark: false });
    iframe.style.height = '400px';
    await vi.waitFor(() => expect(doc(iframe).documentElement.clientHeight).toBe(400));
    expect(doc(iframe).documentElement.scrollHeight).toBe(400);
    expect(contentHeight(doc(iframe))).toBeLessThan(40);
  });
});

describe('the resizer: reportHeight() in the frame, resize.js in the host page', () => {
  const box = (iframe: HTMLIFrameElement) => doc(iframe).querySelector<HTMLElement>('#box')!;
  /** The frame is exactly as tall as its document, and shows all of it without scrolling. */
  const fits = async (iframe: HTMLIFrameElement) => {
    await vi.waitFor(() => {
      expect(heightOf(iframe)).toBe(contentHeight(doc(iframe)));
      expect(doc(iframe).documentElement.scrollHeight).toBeLessThanOrEqual(doc(iframe).documentElement.clientHeight);
    });
  };

  it('grows and shrinks the iframe with its content', async () => {
    const iframe = await frame('<div id="box" style="height:300px"></div>', { css: 'body { margin: 0 }' });
    await fits(iframe);
    expect(heightOf(iframe)).toBe(300);
    box(iframe).style.height = '700px';
    await fits(iframe);
    expect(heightOf(iframe)).toBe(700);
    box(iframe).style.height = '120px';
    await fits(iframe);
    expect(heightOf(iframe)).toBe(120);
  });

  it('follows text that rewraps when the frame gets narrower or wider', async () => {
    const words = 'Ground held in Kursk oblast, week by week. '.repeat(30);
    const iframe = await frame(`<p id="box">${words}</p>`, { css: 'body { margin: 0 } p { margin: 0; font: 16px/20px sans-serif }' });
    await fits(iframe);
    const wide = heightOf(iframe);
    iframe.style.width = '300px';
    await fits(iframe);
    expect(heightOf(iframe)).toBeGreaterThan(wide);
    iframe.style.width = '600px';
    await fits(iframe);
    expect(heightOf(iframe)).toBe(wide);
  });

  it('includes margins on the first and last child, and a change of margins alone', async () => {
    const iframe = await frame('<div id="box" style="height:200px;margin:48px 0 32px"></div>');
    await fits(iframe);
    expect(heightOf(iframe)).toBe(48 + 200 + 32);
    // Only the margins change: the box keeps its size, the document does not.
    box(iframe).style.margin = '10px 0';
    await fits(iframe);
    expect(heightOf(iframe)).toBe(10 + 200 + 10);
  });

  it('sizes a frame that reported before the host’s script ran, when the script asks', async () => {
    // Not marked yet, so its first report is ignored; then marked, as if the script had loaded late.
    const iframe = await frame('<div id="box" style="height:250px"></div>', { css: 'body { margin: 0 }', mark: false });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heightOf(iframe)).toBe(150);
    iframe.setAttribute(MARK, '');
    // What the script does when it starts: ask every marked frame.
    iframe.contentWindow!.postMessage({ type: 'salient:resize?' }, location.origin);
    await fits(iframe);
    expect(heightOf(iframe)).toBe(250);
  });

  it('ignores messages from other windows and origins, unmarked frames and malformed heights', async () => {
    const marked = await frame('<div></div>', { report: false });
    const unmarked = await frame('<div></div>', { report: false, mark: false });
    // A sandboxed frame has an opaque origin ("null"), not the origin its (missing) src implies.
    const sandboxed = document.createElement('iframe');
    sandboxed.setAttribute(MARK, '');
    sandboxed.setAttribute('sandbox', 'allow-scripts');
    sandboxed.style.cssText = 'height:150px;border:0';
    sandboxed.srcdoc = `<script>parent.postMessage({ type: '${RESIZE}', height: 999 }, '*')</script>`;
    const heard = new Promise<void>((resolve) =>
      addEventListener('message', function once(event) {
        if (event.source === sandboxed.contentWindow) {
          removeEventListener('message', once);
          resolve();
        }
      }),
    );
    document.body.append(sandboxed);
    await heard;
    // From the host page itself, from an unmarked frame, and malformed heights from a marked one.
    window.postMessage({ type: RESIZE, height: 777 }, '*');
    runIn(unmarked, `parent.postMessage({ type: '${RESIZE}', height: 555 }, '*')`);
    for (const height of ['NaN', '-1', '1e9', '"300"', 'null', 'Infinity']) {
      runIn(marked, `parent.postMessage({ type: '${RESIZE}', height: ${height} }, '*')`);
    }
    runIn(marked, `parent.postMessage({ type: 'other:resize', height: 321 }, '*')`);
    runIn(marked, `parent.postMessage('${RESIZE}', '*')`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (const iframe of [marked, unmarked, sandboxed]) expect(heightOf(iframe)).toBe(150);
    // And a well-formed one from the marked frame is taken.
    runIn(marked, `parent.postMessage({ type: '${RESIZE}', height: 210.2 }, '*')`);
    await vi.waitFor(() => expect(heightOf(marked)).toBe(211));
  });
});
