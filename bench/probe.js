/**
 * Timing probe for the scale run, added by bench/scale.ts with `page.addInitScript({ path })` so
 * that it runs before any of the app's code. It reads `window.__benchConfig` ({ path, jsonPath,
 * toggles, sectionCount, lastSectionTitle }) and exposes `window.__bench`.
 *
 * It records, on the page's clock (ms since navigation started):
 * - the first frame in which the headline (h1) is in the DOM, and the moment just after the
 *   frame in which the last section's heading is (`marks.h1`, `marks.rendered`);
 * - the largest contentful paint, and Event Timing entries of at least 16 ms (the API's floor);
 * - for an armed click: its start (the press), the end of the next frame after it, and the end
 *   of the first frame in which its whole result is in the DOM.
 */
/* global window, document, requestAnimationFrame */
(() => {
  const config = window.__benchConfig;
  const state = { marks: {}, lcp: null, events: [], current: null };
  window.__bench = state;

  /** Calls back with the time once what is on screen now has been drawn. */
  const afterPaint = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  const afterFrame = (callback) => requestAnimationFrame(() => afterPaint(callback));

  const eventTiming = new PerformanceObserver((list) => state.events.push(...list.getEntries()));
  eventTiming.observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  const lastHeadingPresent = () => {
    const headings = document.getElementsByTagName('h2');
    return (
      headings.length >= config.sectionCount &&
      [...headings].some((heading) => heading.textContent.includes(config.lastSectionTitle))
    );
  };
  if (window.location.pathname === config.path) {
    const watch = () => {
      const now = performance.now();
      if (state.marks.h1 === undefined && document.querySelector('h1')) state.marks.h1 = now;
      if (lastHeadingPresent()) afterPaint((at) => (state.marks.rendered = at));
      else if (now < 120_000) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }

  /** The load's marks, with when the app asked for the story and when it arrived. */
  state.loadMarks = () => {
    const url = new URL(config.jsonPath, window.location.href).href;
    const story = performance.getEntriesByName(url)[0];
    return {
      requestedMs: story?.startTime ?? null,
      fetchedMs: story?.responseEnd ?? null,
      h1Ms: state.marks.h1 ?? null,
      renderedMs: state.marks.rendered ?? null,
      lcpMs: state.lcp,
    };
  };

  const toggles = () => [...document.querySelectorAll(config.toggles)];
  /** Whether an armed click's result is in the DOM, by the name scale.ts gives it. */
  const isDone = {
    frame: () => true,
    expanded: () => toggles().every((button) => button.ariaExpanded === 'true'),
    collapsed: () => toggles().every((button) => button.ariaExpanded === 'false'),
    // The clicked control's aria-expanded or aria-pressed no longer says what it said.
    flipped: (click) => click.control?.getAttribute(click.attribute) !== click.before,
    dialog: () => document.querySelector('dialog[open]') !== null,
  };

  /** Times the next click, until `isDone[done]` holds in a frame (or 30 s have passed). */
  state.arm = (done) => (state.current = { done, armedAt: performance.now() });

  const stamp = (event) =>
    event.timeStamp > 0 && event.timeStamp <= performance.now()
      ? event.timeStamp
      : performance.now();
  const onPress = (event) => {
    const click = state.current;
    if (click && click.downAt === undefined) click.downAt = stamp(event);
  };
  // The interaction starts at the press; the frames are counted from the click, whose own
  // handlers (the app's) run right after this one.
  const onClick = (event) => {
    const click = state.current;
    if (!click || click.clickAt !== undefined) return;
    click.clickAt = click.downAt ?? stamp(event);
    click.control = event.target.closest('[aria-expanded], [aria-pressed]');
    click.attribute = click.control?.hasAttribute('aria-pressed')
      ? 'aria-pressed'
      : 'aria-expanded';
    click.before = click.control?.getAttribute(click.attribute);
    const deadline = performance.now() + 30_000;
    const check = (at) => {
      click.nextFrameAt ??= at;
      if (isDone[click.done](click)) click.doneAt = at;
      else if (at > deadline) [click.timedOut, click.doneAt] = [true, at];
      else afterFrame(check);
    };
    afterFrame(check);
  };
  window.addEventListener('pointerdown', onPress, { capture: true });
  window.addEventListener('click', onClick, { capture: true });

  /** The armed click's times, and its slowest Event Timing entry (null when all were < 16 ms). */
  state.result = () => {
    state.events.push(...eventTiming.takeRecords());
    const click = state.current;
    const since = (at) => (at === undefined ? null : at - click.clickAt);
    const durations = state.events
      .filter((entry) => entry.startTime >= click.armedAt && entry.interactionId > 0)
      .map((entry) => entry.duration);
    return {
      nextFrameMs: since(click.nextFrameAt),
      doneMs: since(click.doneAt),
      eventTimingMs: durations.length > 0 ? Math.max(...durations) : null,
      timedOut: click.timedOut === true,
    };
  };
})();
