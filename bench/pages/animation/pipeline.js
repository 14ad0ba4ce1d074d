// <salient-pipeline> at 1,000 px, playing the infiltration from its first moment, as its own benchmark runs it.
import '@salient/pipeline/define';
import { pipeline } from '@salient/kursk-data';
import { readyWhenRunning } from './ready.js';

const el = document.createElement('salient-pipeline');
el.setAttribute('headline', 'Through the pipe');
el.setAttribute('step', '0');
el.data = pipeline;
document.getElementById('chart').append(el);
readyWhenRunning(el, () => el.play());
