// <salient-territory-bar>, as a page would use it from npm: the define module and a `data` property.
import '@salient/territory-bar/define';
import { run } from '../harness.js';
import { moments, title } from './data.js';

/** Lit may queue another update from inside one (the data arriving, a measured width): wait for all of them. */
async function settled(el) {
  while (!(await el.updateComplete));
}

run(moments, {
  async mount(container, moment) {
    const el = document.createElement('salient-territory-bar');
    el.setAttribute('headline', title);
    // Every contender draws without animation; the bar's step transition is off under reduced motion.
    el.setAttribute('reduced-motion', '');
    el.data = moment.data;
    container.append(el);
    await settled(el);
    return el;
  },
  // An element draws its graphic when it is near the viewport: in the first frame that shows it.
  drawn: (el) => Boolean(el.shadowRoot.querySelector('.graphic svg')),
  async update(el, moment) {
    el.data = moment.data;
    await settled(el);
  },
});
