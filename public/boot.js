/**
 * Starts the app once the prerendered page has been drawn. The page's text needs no script, so
 * the app's module is asked for only after the first frame, never competing with the text for the
 * network or the main thread. Written by hand as a plain script (the CSP allows no inline script);
 * the build points `data-app` at the hashed entry module.
 */
(function boot() {
  var app = document.currentScript && document.currentScript.getAttribute('data-app');
  if (!app) return;
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
    }, 0);
  });
})();
