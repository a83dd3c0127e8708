/**
 * Starts the app once the prerendered page's text is on screen. The page's text needs no script,
 * so the app's module is asked for only after its first contentful paint, never competing with
 * the text for the network or the main thread (asked for at the first frame, the modules could
 * be on their way before that frame reached the screen, and a page measured as loading them
 * first). Where paint timing is missing, the first frame stands for it; a browser that keeps its
 * paint to itself still starts after 3 s. The build inlines this file, minified, at the end of
 * every page (allowed by its hash in the CSP, so no request stands before the text), points
 * `data-app` at the hashed entry module and lists in `data-preload` the modules it loads in
 * steps, so that they are all fetched beside it rather than one after another. Starting a request
 * costs the main thread a few milliseconds (a slow phone's tens): one request per task, the entry
 * first. If the entry fails to load, the page stays as drawn (`data-app-failed`: every section
 * open) rather than folded for an app that never came.
 */
(function boot() {
  var script = document.currentScript;
  var app = script && script.getAttribute('data-app');
  if (!app) return;
  var preload = (script.getAttribute('data-preload') || '').split(' ').filter(Boolean);
  var started = false;
  function add(element) {
    element.crossOrigin = '';
    document.head.append(element);
  }
  function askNext() {
    var href = preload.shift();
    if (!href) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    add(link);
    setTimeout(askNext, 0);
  }
  function start() {
    if (started) return;
    started = true;
    var module = document.createElement('script');
    module.type = 'module';
    module.src = app;
    module.onerror = function () {
      document.documentElement.setAttribute('data-app-failed', '');
    };
    add(module);
    setTimeout(askNext, 0);
  }
  var paintTiming = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (!paintTiming || paintTiming.indexOf('paint') < 0) {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
    return;
  }
  var observer = new PerformanceObserver(function (list) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(start, 3000);
})();
