// The two frames of the map contenders: 13 March 2025 (first render) and 6 March 2025 (the change goes back and forth).
import { encirclement } from '@salient/kursk-data';

const index = (id) => encirclement.frames.findIndex((frame) => frame.id === id);
export const frames = [index('2025-03-13'), index('2025-03-06')];
