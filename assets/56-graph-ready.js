/* dcc.Graph's code is loaded before the page's layout arrives, so its charts mount at once.
 *
 * dcc.Graph is a lazy React component: the first time React renders one, it starts loading the
 * graph chunk (async-graph.js), shows an empty placeholder and mounts the chart only in a later
 * render. On a page load Dash's first callbacks ran in between: on / the first chart was drawn
 * ~0.3 s after the page's first commit. Here one Graph is rendered into a detached element as
 * soon as the page's scripts are in (before the layout response is): that starts the load, and
 * once it has resolved, the page's Graphs render in the same commit as the rest of the page and
 * draw right away. Nothing is drawn or attached to the document; the detached root is
 * unmounted at once (the load goes on).
 */
(function () {
  "use strict";

  function start() {
    const dcc = window.dash_core_components;
    const React = window.React;
    const ReactDOM = window.ReactDOM;
    if (!dcc || !dcc.Graph || !React || !ReactDOM ||
        typeof ReactDOM.createRoot !== "function") { return; }
    const root = ReactDOM.createRoot(document.createElement("div"));
    ReactDOM.flushSync(function () {
      root.render(React.createElement(dcc.Graph, { id: "ibo-graph-ready" }));
    });
    window.setTimeout(function () { root.unmount(); }, 0);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
