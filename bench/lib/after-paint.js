// Runs in the page. "Painted" is the same moment for every contender: the first animation frame, after the render
// call returned (or its promise resolved), in which the chart is drawn, then a task queued from inside that frame,
// which runs only once the frame's style, layout and paint are done. Returns performance.now() then, in ms since
// navigation start.

export function afterPaint(drawn = () => true) {
  return new Promise((resolve) => {
    const check = () => {
      // Checked inside the frame, after the frame's callbacks the page registered earlier (a graphic that draws at
      // the top of a frame has drawn by now): what it sees is what this frame paints. Not drawn yet: the next frame.
      if (!drawn()) {
        requestAnimationFrame(check);
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Times one change the same way for every contender: it starts at the top of an animation frame, and ends when a
 * frame that shows it has painted: that same frame when the change finished before the frame's rendering (its
 * promise settled in microtasks), else the next one. So the figure holds no wait for the display's next frame.
 * @param {() => unknown | Promise<unknown>} change
 * @returns {Promise<{ work: number, paint: number }>} ms until the change returned, and until it was painted.
 */
export function timeChange(change) {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(async () => {
      const t0 = performance.now();
      let painted = 0;
      const channel = new MessageChannel();
      const framePainted = new Promise((done) => {
        channel.port1.onmessage = () => done((painted = performance.now()));
      });
      // A task queued now runs after this frame's style, layout and paint.
      channel.port2.postMessage(0);
      try {
        await change();
        const work = performance.now() - t0;
        const end = painted ? await afterPaint() : await framePainted;
        resolve({ work, paint: end - t0 });
      } catch (error) {
        reject(error);
      }
    });
  });
}
