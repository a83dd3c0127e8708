/**
 * Starts the app once the prerendered page's text is on screen. The page's text needs no script,
 * so the app's module is asked for only after its first contentful paint, never competing with
 * the text for the network or the main thread (asked for at the first frame, the modules could
 * be on their way before that frame reached the screen, and a page measured as loading them
 * first). The build inlines this file at the end of every page (allowed by its hash in the CSP,
 * so no request stands before the text), points `data-app` at the hashed entry module and lists
 * in `data-preload` the modules it loads in steps, so that they are all fetched beside it rather
 * than one after another.
 */
(function boot() {
  var script = document.currentScript;
  var app = script && script.getAttribute('data-app');
  if (!app) return;
  var preload = (script.getAttribute('data-preload') || '').split(' ').filter(Boolean);
  // Starting a request costs the main thread a few milliseconds (a slow phone's tens): one
  // request per task, the entry first, so asking for all of them never makes a long task.
  function askNext() {
    var href = preload.shift();
    if (!href) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
    setTimeout(askNext, 0);
  }
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var module = document.createElement('script');
    module.type = 'module';
    module.crossOrigin = '';
    module.src = app;
    // Then the page stays as drawn, every section open, rather than folded for an app that never came.
    module.onerror = function failed() {
      document.documentElement.setAttribute('data-app-failed', '');
    };
    document.head.append(module);
    setTimeout(askNext, 0);
  }
  var paints = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (paints.indexOf('paint') < 0) {
    // No paint timing: the first frame, as near as the page can tell.
    requestAnimationFrame(function afterFirstFrame() {
      setTimeout(start, 0);
    });
    return;
  }
  var observer = new PerformanceObserver(function painted(list) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  // A browser that keeps its paint to itself (or a page with nothing to paint) still starts.
  setTimeout(start, 3000);
})();
