/**
 * Timing probe for the scale run, added by scale.ts with `page.addInitScript({ path })` so that
 * it runs before the app. It reads `window.__benchConfig` ({ path, toggles, lastSectionId }) and
 * exposes `window.__bench`, its `marks` the load's. Times are in ms since navigation started.
 */
/* global window, document, requestAnimationFrame */
(() => {
  const config = window.__benchConfig;
  const state = { marks: {}, events: [], current: null };
  window.__bench = state;

  /** Calls back with the time once what is on screen now has been drawn. */
  const afterPaint = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  const afterFrame = (callback) => requestAnimationFrame(() => afterPaint(callback));

  // Event Timing reports only entries of at least 16 ms.
  const eventTiming = new PerformanceObserver((list) => state.events.push(...list.getEntries()));
  eventTiming.observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.marks.lcpMs = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  // The frame after the last section's toggle is in the DOM, and the first frame after React has
  // hydrated it (React gives an element a `__reactProps$…` key then; it is among the last).
  let seen = false;
  const watch = () => {
    const toggle = document.getElementById(config.lastSectionId)?.querySelector(config.toggles);
    if (toggle && !seen) afterPaint((at) => (state.marks.renderedMs = at));
    seen ||= Boolean(toggle);
    if (toggle && Object.keys(toggle).some((key) => key.startsWith('__reactProps'))) {
      state.marks.hydratedMs = performance.now();
    } else if (performance.now() < 120_000) requestAnimationFrame(watch);
  };
  if (window.location.pathname === config.path) requestAnimationFrame(watch);

  const toggles = () => [...document.querySelectorAll(config.toggles)];
  const stateOf = (el) => el?.getAttribute('aria-expanded') ?? el?.getAttribute('aria-pressed');
  /** Whether an armed click's result is in the DOM, by the name scale.ts gives it. */
  const isDone = {
    frame: () => true,
    expanded: () => toggles().every((button) => button.ariaExpanded === 'true'),
    collapsed: () => toggles().every((button) => button.ariaExpanded === 'false'),
    // The clicked control's aria-expanded or aria-pressed no longer says what it said.
    flipped: ({ control, before }) => stateOf(control) !== before,
    dialog: () => document.querySelector('dialog[open]') !== null,
  };

  /**
   * Times the next click from its press to the end of the next frame after it (its own handlers,
   * the app's, run right after this one) and of the first frame in which `isDone[done]` holds.
   */
  state.arm = (done) => (state.current = { done, armedAt: performance.now() });
  const onPress = (event) => state.current && (state.current.downAt ??= event.timeStamp);
  const onClick = (event) => {
    const click = state.current;
    if (!click || click.clickAt !== undefined) return;
    click.clickAt = click.downAt ?? event.timeStamp;
    click.control = event.target.closest('[aria-expanded], [aria-pressed]');
    click.before = stateOf(click.control);
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
