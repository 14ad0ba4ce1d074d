/**
 * The embed page (embed.html): one graphic from the registry, configured by URL parameters, for an iframe.
 *
 *   embed.html?graphic=territory-bar&dataset=territory&step=3&units=mi2&theme=dark&lang=uk
 *
 * `graphic` names it (tag or short name); its data comes from `data` (JSON), `src` (a URL on this origin) or
 * `dataset` (a name from @salient/kursk-data the registry lists), by default the graphic's own dataset; every
 * other parameter must be an attribute on the registry's allow-list with a value its rule allows. Values reach
 * the element only through setAttribute and textContent: they are text, never markup. Whatever is refused is
 * named in one console warning each. The page then tells its parent its height (see @salient/embed's resizer).
 */
import './embed.css';
import { loadDataset, readEmbedParams, reportHeight } from '@salient/embed';

type Graphic = HTMLElement & { data?: unknown };

/** Shows why there is no graphic, as text, and still reports a height so the frame fits the message. */
function showProblem(root: HTMLElement, message: string): void {
  const p = document.createElement('p');
  p.className = 'problem';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  root.replaceChildren(p);
  reportHeight(p);
}

export async function startEmbed(root: HTMLElement, url: URL = new URL(location.href)): Promise<HTMLElement | null> {
  const params = readEmbedParams(url.searchParams, url.href);
  for (const warning of params.warnings) console.warn(`Salient embed: ${warning}`);
  if (!params.ok) {
    showProblem(root, params.error);
    return null;
  }
  const { graphic, attributes, data } = params.request;
  const html = document.documentElement;
  html.dataset.theme = attributes.theme ?? 'light';
  if (attributes.lang) html.lang = attributes.lang;
  document.title = attributes.headline || graphic.title;

  let dataset: unknown;
  try {
    // The element's module and its dataset load side by side; the element is added once it is defined, so it
    // reserves its height from its first frame.
    [, dataset] = await Promise.all([graphic.define(), data.from === 'dataset' ? loadDataset(data.name) : undefined]);
  } catch (error) {
    showProblem(root, `The graphic could not be loaded: ${(error as Error).message}`);
    return null;
  }
  const element = document.createElement(graphic.tag) as Graphic;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (data.from === 'json') {
    // The element reads, validates and reports on its JSON child like one a CMS editor pasted.
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = data.text;
    element.append(script);
  } else if (data.from === 'src') {
    element.setAttribute('src', data.url);
  } else {
    element.data = dataset;
  }
  // A graphic lays out for a fallback width until its ResizeObserver reports the real one, a frame later; shown
  // at once, its lower parts would jump (a layout shift). It is kept invisible, in place, until then.
  element.style.visibility = 'hidden';
  root.replaceChildren(element);
  reportHeight(element);
  await frames(2);
  await (element as Graphic & { updateComplete?: Promise<unknown> }).updateComplete;
  element.style.removeProperty('visibility');
  if (!element.getAttribute('style')) element.removeAttribute('style');
  return element;
}

const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(count);
  });

const root = document.getElementById('graphic');
if (root) void startEmbed(root);
