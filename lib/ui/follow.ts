// Keeps something placed against elements on the page: re-runs `update` now and then at most
// once a frame after any scroll (captured on window, so a scrolling ancestor counts too), a
// resize of the window, or a change of size of one of `elements`. Returns the cleanup.
export function follow(elements: Element[], update: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  const listening = new AbortController();
  const options = { capture: true, passive: true, signal: listening.signal };
  window.addEventListener('scroll', schedule, options);
  window.addEventListener('resize', schedule, options);
  // An element in a same-origin frame moves when that frame scrolls.
  const frames = new Set(elements.map((el) => el.ownerDocument.defaultView));
  for (const view of frames)
    if (view && view !== window) view.addEventListener('scroll', schedule, options);
  const resizes = new ResizeObserver(schedule);
  for (const el of elements) resizes.observe(el);
  update();
  return () => {
    listening.abort();
    resizes.disconnect();
    cancelAnimationFrame(frame);
  };
}
