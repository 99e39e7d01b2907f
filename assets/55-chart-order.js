/* Charts are drawn one at a time, those in view first, with a paint between two charts.
 *
 * dcc.Graph calls Plotly.react for every graph of a new page in the same task: on /klimaat
 * five charts were laid out before the first one appeared. Here the first call runs at once;
 * the others wait in a queue and run one per frame after it, the charts inside the viewport
 * before the ones below it (in document order otherwise). A chart further down is still drawn
 * without scrolling, only later. The promise dcc.Graph gets resolves when its chart is drawn,
 * as before. Plotly is the bundle in assets/vendor/, loaded after this file: the wrapper is
 * put in place before the page's layout arrives (DOMContentLoaded).
 */
(function () {
  "use strict";

  const queue = [];
  let busy = false;

  function inView(gd) {
    if (!gd || typeof gd.getBoundingClientRect !== "function") { return false; }
    const box = gd.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
  }

  function next() {
    if (!queue.length) { busy = false; return; }
    busy = true;
    const visible = queue.findIndex(function (job) { return inView(job.gd); });
    const job = queue.splice(Math.max(visible, 0), 1)[0];
    if (job.gd && job.gd.isConnected === false) {  // its page was left meanwhile
      job.resolve();
      next();
      return;
    }
    let drawn;
    try {
      drawn = Promise.resolve(job.react.apply(window.Plotly, job.args));
    } catch (error) {
      drawn = Promise.reject(error);
    }
    drawn.then(job.resolve, job.reject).finally(function () {
      // let the browser paint this chart before the next one is laid out
      window.requestAnimationFrame(function () { window.setTimeout(next, 0); });
    });
  }

  function install() {
    const Plotly = window.Plotly;
    if (!Plotly || Plotly.__iboOrdered) { return; }
    const react = Plotly.react;
    Plotly.react = function (gd) {
      const args = arguments;
      return new Promise(function (resolve, reject) {
        queue.push({ gd: gd, args: args, react: react, resolve: resolve, reject: reject });
        if (!busy) { next(); }
      });
    };
    Plotly.__iboOrdered = true;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", install);
  } else {
    install();
  }
})();
