import { css, html, LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from './define.js';
import { observeSteps } from './step.js';
import { ReducedMotionController } from './controllers/reduced-motion.js';
import { ResizeController } from './controllers/resize.js';
import { VisibilityController } from './controllers/visibility.js';
import { AnimationController, MAX_FRAME_MS } from './controllers/animation.js';
import { SalientElement, type RenderContext } from './element.js';
import { Issues } from './validate.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await frame();
};

class ProbeElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  size = new ResizeController(this);
  motion = new ReducedMotionController(this);
  changes: boolean[] = [];
  visibility = new VisibilityController(this, (visible) => this.changes.push(visible));
  override render() {
    return html`<div style="height:50px">${this.size.width}</div>`;
  }
}
defineElement('probe-element', ProbeElement);

interface Count {
  n: number;
}
class CountElement extends SalientElement<Count> {
  protected validate(input: unknown) {
    const issues = new Issues();
    if (issues.object(input, 'The data')) issues.number(input.n, 'n');
    return issues.result(input as Count);
  }
  /** context.reducedMotion at each render of the graphic. */
  seen: boolean[] = [];
  protected renderGraphic(data: Count, context: RenderContext) {
    this.seen.push(context.reducedMotion);
    // As tall as the height it reserves, so drawing moves nothing below it.
    return html`<p class="n" style="margin:0;height:120px">${data.n}</p>`;
  }
  protected summarize(data: Count, context: RenderContext) {
    return `${data.n} at ${context.width}`;
  }
  protected tabulate(data: Count) {
    return { caption: 'n', columns: ['n'], rows: [[String(data.n)]] };
  }
  protected reservedHeight() {
    return 120;
  }
}
defineElement('count-element', CountElement);

/** Waits until a graphic in view has drawn: it draws once it has been seen near the viewport, a frame later. */
async function drawn(el: CountElement): Promise<void> {
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.graphic > :not(.status)')).not.toBeNull());
  await el.updateComplete;
}

const placed: Element[] = [];
afterEach(() => placed.splice(0).forEach((el) => el.remove()));
function place<T extends Element>(element: T, style = ''): T {
  const box = document.createElement('div');
  box.setAttribute('style', style);
  box.append(element);
  document.body.append(box);
  placed.push(box);
  return element;
}

describe('defineElement', () => {
  it('lets a second copy of a bundle register the same tag without throwing', () => {
    class Another extends HTMLElement {}
    expect(() => defineElement('probe-element', Another)).not.toThrow();
    expect(customElements.get('probe-element')).toBe(ProbeElement);
  });
});

describe('ResizeController', () => {
  it('follows the container width and stops observing when disconnected', async () => {
    const probe = place(new ProbeElement(), 'width:333px');
    await frames(3);
    await probe.updateComplete;
    expect(probe.size.width).toBe(333);
    (probe.parentElement as HTMLElement).style.width = '480px';
    await frames(3);
    expect(probe.size.width).toBe(480);
    probe.remove();
    await frames(3);
    expect(probe.size.width).toBe(480);
  });
});

describe('VisibilityController', () => {
  it('reports on screen, off screen, and off when disconnected', async () => {
    const probe = place(new ProbeElement());
    await vi.waitFor(() => expect(probe.visibility.visible).toBe(true));
    (probe.parentElement as HTMLElement).style.cssText = 'position:absolute;top:-10000px';
    await vi.waitFor(() => expect(probe.visibility.visible).toBe(false));
    (probe.parentElement as HTMLElement).style.cssText = '';
    await vi.waitFor(() => expect(probe.visibility.visible).toBe(true));
    probe.remove();
    expect(probe.visibility.visible).toBe(false);
    expect(probe.changes).toEqual([true, false, true, false]);
  });
});

describe('ReducedMotionController', () => {
  it('is on with the reduced-motion attribute', () => {
    const probe = place(new ProbeElement());
    const system = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(probe.motion.reduced).toBe(system);
    expect(probe.motion.prefersReduced).toBe(system);
    probe.setAttribute('reduced-motion', '');
    expect(probe.motion.reduced).toBe(true);
    expect(probe.motion.prefersReduced).toBe(system);
  });
});

describe('SalientElement reduced motion', () => {
  it('renders with the reducedMotion property as it is now, not as the attribute was at the last render', async () => {
    const el = place(new CountElement());
    el.data = { n: 1 };
    await drawn(el);
    const system = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(el.seen.at(-1)).toBe(system);
    el.reducedMotion = true;
    await el.updateComplete;
    expect(el.seen.at(-1)).toBe(true);
    expect(el.hasAttribute('reduced-motion')).toBe(true);
    // Turned off: the attribute still says on while this render runs; the context must not.
    el.reducedMotion = false;
    await el.updateComplete;
    expect(el.seen.at(-1)).toBe(system);
    expect(el.hasAttribute('reduced-motion')).toBe(false);
  });
});

describe('SalientElement data', () => {
  it('prefers the data property over src and the JSON child, and falls back as they go', async () => {
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(new Response('{"n": 2}'));
    try {
      const el = new CountElement();
      el.innerHTML = '<script type="application/json">{"n": 3}</script>';
      el.data = { n: 1 };
      el.src = '/count.json';
      place(el);
      await drawn(el);
      expect(el.shadowRoot!.querySelector('.n')!.textContent).toBe('1');
      expect(fetch).not.toHaveBeenCalled();
      el.data = undefined;
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.n')?.textContent).toBe('2'));
      el.src = '';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.n')!.textContent).toBe('3');
    } finally {
      fetch.mockRestore();
    }
  });

  it('aborts a request in flight when disconnected, and reports nothing for it', async () => {
    let signal: AbortSignal | undefined;
    const fetch = vi.spyOn(window, 'fetch').mockImplementation((_url, init) => {
      signal = init!.signal!;
      return new Promise(() => {});
    });
    const errors = vi.fn();
    try {
      const el = new CountElement();
      el.src = '/count.json';
      el.addEventListener('salient-error', errors);
      place(el);
      await el.updateComplete;
      expect(signal!.aborted).toBe(false);
      el.remove();
      expect(signal!.aborted).toBe(true);
      await frames(2);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      fetch.mockRestore();
    }
  });

  it('fetches no src set while disconnected until it is connected again', async () => {
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(new Response('{"n": 5}'));
    try {
      const el: CountElement = place(Object.assign(new CountElement(), { data: { n: 1 } }));
      await el.updateComplete;
      el.remove();
      el.data = undefined;
      el.src = '/count.json';
      await el.updateComplete;
      expect(fetch).not.toHaveBeenCalled();
      place(el);
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.n')?.textContent).toBe('5'));
      expect(fetch).toHaveBeenCalledTimes(1);
    } finally {
      fetch.mockRestore();
    }
  });

  it('waits for src with a timeout longer than setTimeout can count instead of giving up at once', async () => {
    // setTimeout runs any delay over 2^31 - 1 ms at once; the timer must be clamped, not reported as a timeout.
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(
      () => new Promise((resolve) => setTimeout(() => resolve(new Response('{"n": 4}')), 50)),
    );
    const errors = vi.fn();
    try {
      const el = new CountElement();
      el.src = '/count.json';
      el.timeout = 3_000_000_000;
      el.addEventListener('salient-error', errors);
      place(el);
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.n')?.textContent).toBe('4'));
      expect(errors).not.toHaveBeenCalled();
    } finally {
      fetch.mockRestore();
    }
  });

  it('warns once per problem however often it re-renders', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const el = place(Object.assign(new CountElement(), { data: { n: 'x' } }));
      await el.updateComplete;
      el.headline = 'again';
      await el.updateComplete;
      el.remove();
      place(el);
      await el.updateComplete;
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toBe('<count-element>: The data property is not usable: n must be a finite number, got "x"');
    } finally {
      warn.mockRestore();
    }
  });

  it('survives an invalid lang tag', async () => {
    const el = place(Object.assign(new CountElement(), { data: { n: 5 }, lang: '<<bad>>' }));
    await drawn(el);
    expect(el.shadowRoot!.querySelector('.n')!.textContent).toBe('5');
  });
});

describe('observeSteps', () => {
  it('reports the step that crosses the middle of the viewport', async () => {
    const steps = Array.from({ length: 4 }, (_, i) => {
      const step = document.createElement('p');
      step.textContent = `step ${i}`;
      step.style.height = '120vh';
      return place(step);
    });
    const seen: number[] = [];
    const stop = observeSteps(steps, (index) => seen.push(index));
    try {
      steps[2].scrollIntoView({ block: 'center' });
      await vi.waitFor(() => expect(seen.at(-1)).toBe(2));
      steps[0].scrollIntoView({ block: 'center' });
      await vi.waitFor(() => expect(seen.at(-1)).toBe(0));
    } finally {
      stop();
    }
  });
});

class LoopElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
      height: 40px;
    }
  `;
  elapsed = 0;
  reduced = false;
  loop = new AnimationController(this, {
    onFrame: (ms) => (this.elapsed += ms),
    allowed: () => !this.reduced,
  });
}
defineElement('loop-element', LoopElement);

describe('AnimationController', () => {
  it('runs while playing on screen, and requests no frames off screen, paused, hidden or disconnected', async () => {
    const el = place(new LoopElement());
    el.loop.play();
    await vi.waitFor(() => expect(el.loop.frameCount).toBeGreaterThan(3));
    expect(el.loop.running).toBe(true);

    (el.parentElement as HTMLElement).style.cssText = 'position:absolute;top:-10000px';
    await vi.waitFor(() => expect(el.loop.running).toBe(false));
    let count = el.loop.frameCount;
    await frames(5);
    expect(el.loop.frameCount).toBe(count);

    (el.parentElement as HTMLElement).style.cssText = '';
    await vi.waitFor(() => expect(el.loop.running).toBe(true));
    el.loop.pause();
    count = el.loop.frameCount;
    await frames(5);
    expect(el.loop.frameCount).toBe(count);

    el.loop.play();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      expect(el.loop.running).toBe(false);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    expect(el.loop.running).toBe(true);

    el.remove();
    expect(el.loop.running).toBe(false);
    count = el.loop.frameCount;
    await frames(5);
    expect(el.loop.frameCount).toBe(count);
  });

  it('does not start when motion is not allowed, and caps a long frame', async () => {
    const el = place(new LoopElement());
    el.reduced = true;
    el.loop.play();
    await frames(3);
    expect(el.loop.frameCount).toBe(0);
    el.reduced = false;
    el.loop.sync();
    await vi.waitFor(() => expect(el.loop.frameCount).toBeGreaterThan(2));
    expect(el.elapsed).toBeLessThanOrEqual(el.loop.frameCount * MAX_FRAME_MS);
  });
});

describe('SalientElement drawing on demand', () => {
  it('keeps the place of a graphic far below the viewport and draws it, summary and table too, in idle time', async () => {
    const idle = vi.spyOn(window, 'requestIdleCallback');
    const el = place(Object.assign(new CountElement(), { data: { n: 7 } }), 'position:absolute;top:30000px;width:400px');
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector<HTMLElement>('.graphic')!;
    expect(el.shadowRoot!.querySelector('.n')).toBeNull();
    expect(el.shadowRoot!.querySelector('.sr-only, table')).toBeNull();
    expect(box.getBoundingClientRect().height).toBe(120);
    expect(idle).toHaveBeenCalled();
    idle.mockRestore();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.n')?.textContent).toBe('7'));
    expect(el.shadowRoot!.querySelector('.sr-only')!.textContent).toMatch(/^7 at/);
    expect(el.shadowRoot!.querySelector('table')).not.toBeNull();
  });

  it('draws a graphic in view in the first frame that shows it, at its own width, before that frame paints', async () => {
    const el = place(Object.assign(new CountElement(), { data: { n: 5 } }), 'width:400px');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.n')).toBeNull();
    // Registered after the element's own first look, so this runs after it in the same frame: what it sees is what
    // the frame paints.
    const seen = await new Promise<string | undefined>((resolve) =>
      requestAnimationFrame(() => resolve(el.shadowRoot!.querySelector('.sr-only')?.textContent ?? undefined)),
    );
    expect(seen).toBe('5 at 400');
  });

  it('measures graphics attached together once all have rendered: those within a screen draw before the next frame', async () => {
    // No idle time: the far and hidden ones may draw then, but not from this first look.
    const idle = vi.spyOn(window, 'requestIdleCallback').mockImplementation(() => 0);
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    const many = Array.from({ length: 40 }, (_, n) => place(Object.assign(new CountElement(), { data: { n } })));
    const hidden = place(Object.assign(new CountElement(), { data: { n: 99 } }), 'display:none');
    for (const el of [...many, hidden]) await el.updateComplete;
    for (const el of many) await el.updateComplete;
    expect(framed).toBe(false);
    // Measured before the others had rendered their frames, all would seem to sit near the top and draw.
    const limit = 2 * window.innerHeight;
    const near = many.filter((el) => el.getBoundingClientRect().top <= limit);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(many.length);
    expect(many.map((el) => Boolean(el.shadowRoot!.querySelector('.n')))).toEqual(many.map((el) => near.includes(el)));
    expect(hidden.shadowRoot!.querySelector('.n')).toBeNull();
    idle.mockRestore();
  });

  it('draws as soon as it comes near the viewport', async () => {
    // No idle time for it: only coming near can make it draw.
    const idle = vi.spyOn(window, 'requestIdleCallback').mockImplementation(() => 0);
    try {
      const el = place(Object.assign(new CountElement(), { data: { n: 8 } }), 'position:absolute;top:30000px');
      await el.updateComplete;
      await frame();
      await frame();
      expect(el.shadowRoot!.querySelector('.n')).toBeNull();
      (el.parentElement as HTMLElement).style.top = '0';
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.n')?.textContent).toBe('8'));
    } finally {
      idle.mockRestore();
    }
  });
});

describe('SalientElement observers', () => {
  it('leaves no observer on the graphic of an element removed with an update pending', async () => {
    const observe = vi.spyOn(ResizeObserver.prototype, 'observe');
    try {
      const el = place(Object.assign(new CountElement(), { data: { n: 1 } }));
      el.remove();
      await el.updateComplete;
      await frame();
      expect(observe.mock.calls.filter(([target]) => target.classList.contains('graphic'))).toEqual([]);
    } finally {
      observe.mockRestore();
    }
  });
});
