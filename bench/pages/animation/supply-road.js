// <salient-supply-road> at 1,000 px, the map with its convoys moving (step 3, 12 March), as its own benchmark runs it.
import '@salient/supply-road/define';
import { supplyRoad } from '@salient/kursk-data';
import { readyWhenRunning } from './ready.js';

const el = document.createElement('salient-supply-road');
el.setAttribute('autoplay', '');
el.setAttribute('step', '3');
el.setAttribute('headline', 'The road to Sudzha');
el.data = supplyRoad;
document.getElementById('chart').append(el);
readyWhenRunning(el);
