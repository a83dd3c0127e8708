/**
 * Starts the app once the prerendered page has been drawn. The page's text needs no script, so
 * the app's module is asked for only after the first frame, never competing with the text for the
 * network or the main thread. The build inlines this file at the end of every page (allowed by
 * its hash in the CSP, so no request stands before the text), points `data-app` at the hashed
 * entry module and lists in `data-preload` the modules it loads in steps, so that they are all
 * fetched beside it rather than one after another.
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
  requestAnimationFrame(function afterFirstFrame() {
    setTimeout(function start() {
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
    }, 0);
  });
})();
