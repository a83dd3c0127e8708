/** How long a page may take to settle around the place a link landed on. */
const SETTLE_MS = 10_000;
/** What the reader does that means they have moved on from where the link landed. */
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * The place a page opens at (a link's section or quote) is reached before the page has settled:
 * what arrives or changes size after it (the panels beside the text, the rest of a long story, a
 * page drawn afresh from 404.html or the offline shell) moves the place away, and a page still
 * too short when it landed could not scroll there at all. Where the browser does not anchor
 * scrolling (WebKit), or at the top of the page, where no browser does, nothing brings it back.
 * So `land` runs again each time the page's size changes, until the reader moves or the page
 * has had time to settle. Answers a function that stops it.
 */
export function keepLanded(land: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  // Landing from within the observer would resize what it observes in the same frame (sections
  // coming into view are drawn at their real size): land in the next frame instead.
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(land);
  });
  const stop = () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    for (const type of READER_MOVES) window.removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, SETTLE_MS);
  observer.observe(document.documentElement);
  for (const type of READER_MOVES) {
    window.addEventListener(type, stop, { capture: true, passive: true });
  }
  return stop;
}
