/**
 * Script injected into the scale page before any of the app's own code runs. It is plain
 * JavaScript in a string (not a function passed to Playwright) because tsx would rewrite a
 * function's source with helpers that do not exist in the page.
 *
 * It records, on the page's own clock (ms since navigation started):
 * - `marks.h1` / `marks.last`: the first animation frame in which the headline, and the heading
 *   of the last section, are in the DOM; `marks.rendered`: just after that frame was drawn;
 * - Event Timing entries of at least 16 ms (the smallest threshold the API allows);
 * - for an armed interaction, its start (the press, or the click when there is no press), the end
 *   of the next frame after the click, and the end of the first frame at which its expected
 *   result is in the DOM.
 */
export function pageProbeScript(config: {
  path: string;
  lastSectionTitle: string;
  sectionCount: number;
}): string {
  return `(() => {
  const config = ${JSON.stringify(config)};
  const TOGGLES = 'h2 button[aria-expanded]';
  const state = { marks: {}, events: [], lcp: null, current: null, eventTiming: true };
  window.__bench = state;

  const afterFrame = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });

  const record = (entry) =>
    state.events.push({
      name: entry.name,
      startTime: entry.startTime,
      duration: entry.duration,
      interactionId: entry.interactionId || 0,
    });
  try {
    const observer = new PerformanceObserver((list) => list.getEntries().forEach(record));
    observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
    state.flushEvents = () => observer.takeRecords().forEach(record);
  } catch (error) {
    state.eventTiming = false;
    state.flushEvents = () => {};
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (error) {}

  const lastHeadingPresent = () => {
    const headings = document.getElementsByTagName('h2');
    if (headings.length < config.sectionCount) return false;
    for (let index = headings.length - 1; index >= 0; index -= 1) {
      if ((headings[index].textContent || '').includes(config.lastSectionTitle)) return true;
    }
    return false;
  };

  if (location.pathname === config.path) {
    const giveUpAt = 120000;
    const watch = () => {
      const now = performance.now();
      if (state.marks.h1 === undefined && document.querySelector('h1')) state.marks.h1 = now;
      if (state.marks.last === undefined && lastHeadingPresent()) {
        state.marks.last = now;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { state.marks.rendered = performance.now(); };
        channel.port2.postMessage(null);
      }
      if (state.marks.last === undefined && now < giveUpAt) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }

  const toggles = () => Array.from(document.querySelectorAll(TOGGLES));
  const conditions = {
    frame: () => true,
    allExpanded: () => toggles().every((button) => button.getAttribute('aria-expanded') === 'true'),
    allCollapsed: () => toggles().every((button) => button.getAttribute('aria-expanded') === 'false'),
    flipped: (current) => {
      const button = toggles()[current.index];
      return button !== undefined && button.getAttribute('aria-expanded') !== current.before;
    },
  };

  /** Prepares to time the next click; kind is a key of conditions, index a toggle's position. */
  state.arm = (kind, index) => {
    const button = index === undefined ? undefined : toggles()[index];
    state.flushEvents();
    state.current = {
      kind,
      index,
      before: button ? button.getAttribute('aria-expanded') : null,
      armedAt: performance.now(),
      downAt: null,
      clickAt: null,
      nextFrameAt: null,
      doneAt: null,
      timedOut: false,
    };
  };

  const stamp = (event) => {
    const now = performance.now();
    return event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
  };
  // The interaction starts at the press; the frames are counted from the click, when its work is done.
  addEventListener('pointerdown', (event) => {
    const current = state.current;
    if (current && current.downAt === null) current.downAt = stamp(event);
  }, true);
  addEventListener('click', (event) => {
    const current = state.current;
    if (!current || current.clickAt !== null) return;
    const now = performance.now();
    current.clickAt = current.downAt !== null ? current.downAt : stamp(event);
    const deadline = now + 30000;
    const check = (at) => {
      if (current.nextFrameAt === null) current.nextFrameAt = at;
      if (conditions[current.kind](current)) current.doneAt = at;
      else if (at > deadline) { current.timedOut = true; current.doneAt = at; }
      else afterFrame(check);
    };
    afterFrame(check);
  }, true);

  /** The slowest Event Timing entry of a real interaction since the interaction was armed. */
  state.result = () => {
    state.flushEvents();
    const current = state.current;
    if (!current) return null;
    const entries = state.events.filter((entry) => entry.startTime >= current.armedAt && entry.interactionId > 0);
    const slowest = entries.reduce((worst, entry) => (worst && worst.duration >= entry.duration ? worst : entry), null);
    return {
      kind: current.kind,
      clickToNextFrameMs: current.nextFrameAt === null ? null : current.nextFrameAt - current.clickAt,
      clickToDoneMs: current.doneAt === null ? null : current.doneAt - current.clickAt,
      timedOut: current.timedOut,
      eventTimingMs: slowest ? slowest.duration : null,
      eventName: slowest ? slowest.name : null,
    };
  };
})();`;
}
