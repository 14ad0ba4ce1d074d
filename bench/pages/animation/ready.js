// Marks an animation page ready once its element's loop is running (it starts when the element is on screen).

export function readyWhenRunning(el, start = () => {}) {
  const bench = (window.__bench = { ready: false });
  const deadline = performance.now() + 10_000;
  const check = () => {
    if (el.animation.running) bench.ready = true;
    else if (performance.now() > deadline) bench.error = `<${el.localName}>: its animation did not start`;
    else requestAnimationFrame(check);
  };
  el.updateComplete
    .then(() => {
      start();
      check();
    })
    .catch((error) => (bench.error = String(error)));
}
