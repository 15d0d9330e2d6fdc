// Live preview only (make devserver, LIVERELOAD on): reload this page after each rebuild.
// The build writes a new token to .livereload at the site's root when it has finished;
// this script polls it from the site itself, so the Content-Security-Policy still holds.
(function () {
  "use strict";
  // Once a second: a rebuild shows within a second of finishing, and each poll costs the
  // local server one tiny file.
  var POLL_MS = 1000;
  var token = new URL(".livereload", document.currentScript.src).href;
  var seen = null;

  function again() {
    window.setTimeout(poll, POLL_MS);
  }

  function poll() {
    fetch(token, { cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (text) {
        if (text !== null && seen !== null && text !== seen) {
          window.location.reload();
          return;
        }
        if (text !== null) seen = text;
        again();
      }, again); // the server is restarting or the build is writing: try again
  }

  poll();
})();
