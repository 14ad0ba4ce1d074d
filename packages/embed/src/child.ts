import { readHeight, REQUEST, RESIZE, type ResizeMessage } from './protocol.js';

/**
 * The height a frame must have to show the whole document without scrolling, in CSS pixels.
 *
 * That is the root element's margin box. The root is a block formatting context root, so the body's margins and
 * every margin that collapses through the body (a first child's `margin-top`, a last child's `margin-bottom`) end
 * up inside it. The usual stand-ins are wrong here: `documentElement.scrollHeight` never reports less than the
 * frame's own height, so a frame could grow but never shrink, and `body.scrollHeight`/`offsetHeight` leave out
 * the body's margins and the collapsed ones. (The embed page never gives html or body a viewport-relative height,
 * which would tie the content to the frame and make this circular.)
 */
export function contentHeight(doc: Document = document): number {
  const root = doc.documentElement;
  const style = doc.defaultView?.getComputedStyle(root);
  const margins = style ? parseFloat(style.marginTop) + parseFloat(style.marginBottom) : 0;
  return Math.ceil(root.getBoundingClientRect().height + (Number.isFinite(margins) ? margins : 0));
}

/**
 * Tells the parent window this document's content height whenever it changes, for the host page's resizer
 * (dist/resize.js) to size the iframe: a ResizeObserver on the graphic and on the root element (which also sees
 * margins and anything else on the page change), and an answer to every request the parent sends. Posting to any
 * origin is deliberate: a height is no secret, and the embed page cannot know who frames it; it is the parent that
 * checks where a message comes from. Returns a function that stops it.
 */
export function reportHeight(target: Element): () => void {
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  if (!win || win.parent === win) return () => {};
  let last = -1;
  const post = (force: boolean) => {
    const height = contentHeight(doc);
    if (!force && height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE, height };
    // Checked the way the parent will check it, so a bad value is caught here first.
    if (readHeight(message) !== null) win.parent.postMessage(message, '*');
  };
  // The observer of the target's own window: the target may live in another frame than this module.
  const observer = new win.ResizeObserver(() => post(false));
  observer.observe(target);
  observer.observe(doc.documentElement);
  const onMessage = (event: MessageEvent) => {
    if (event.source === win.parent && (event.data as { type?: unknown } | null)?.type === REQUEST) post(true);
  };
  win.addEventListener('message', onMessage);
  post(true);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
