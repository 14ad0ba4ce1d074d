/*
 * dist/resize.js: the host page's half of the iframe resizer, a classic script of a few hundred bytes.
 *
 *   <iframe data-salient-embed src="https://graphics.example/salient/embed.html?graphic=territory-bar"
 *     title="Area of Kursk oblast held by Ukraine" style="width:100%;border:0" height="420" loading="lazy"></iframe>
 *   <script src="https://graphics.example/salient/salient-resize.js" async></script>
 *
 * Sets the height of every iframe marked `data-salient-embed` to the height its document reports (see
 * protocol.ts), growing and shrinking with it. A message counts only if it comes from the window of a marked
 * iframe and from that iframe's origin (its `src`, or the origin given as the attribute's value). Iframes added
 * later are found when their first message arrives; those that loaded before this script are asked for their
 * height once it runs.
 */
import { MARK, readHeight, REQUEST } from './protocol.js';

const frames = () => document.querySelectorAll<HTMLIFrameElement>(`iframe[${MARK}]`);

/** The origin messages from this frame must come from ('' if there is none to trust). */
const originOf = (frame: HTMLIFrameElement): string => {
  try {
    return new URL(frame.getAttribute(MARK) || frame.src, location.href).origin;
  } catch {
    return '';
  }
};

addEventListener('message', (event) => {
  const height = readHeight(event.data);
  if (height === null) return;
  frames().forEach((frame) => {
    if (frame.contentWindow === event.source && originOf(frame) === event.origin) frame.style.height = `${height}px`;
  });
});

frames().forEach((frame) => {
  const origin = originOf(frame);
  // A frame still loading drops this (its origin is not yet the target's); it posts its height itself once it runs.
  if (origin && origin !== 'null') frame.contentWindow?.postMessage({ type: REQUEST }, origin);
});
