// <salient-encirclement>, from npm: the define module and a `data` property. A frame change sets `step`; under
// reduced motion it draws the new frame at once (the morph would take 700 ms), like the plain d3 page.
import '@salient/encirclement/define';
import { encirclement } from '@salient/kursk-data';
import { run } from '../harness.js';
import { frames } from './frames.js';

async function settled(el) {
  while (!(await el.updateComplete));
}

run(frames, {
  async mount(container, step) {
    const el = document.createElement('salient-encirclement');
    el.setAttribute('reduced-motion', '');
    el.step = step;
    el.data = encirclement;
    container.append(el);
    await settled(el);
    return el;
  },
  // An element draws its graphic when it is near the viewport: in the first frame that shows it.
  drawn: (el) => Boolean(el.shadowRoot.querySelector('.graphic svg')),
  async update(el, step) {
    el.step = step;
    await settled(el);
  },
});
