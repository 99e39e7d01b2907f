// Build the partial plotly.js bundle the app serves: core (scatter) + the trace types the
// app draws. Same settings as plotly.js's own dist build (esbuild-config.js of plotly.js),
// same UMD wrapper, licence comments kept at the end of the file.
//
//   cd scripts/plotly_bundle && npm ci --ignore-scripts && node build.js
//
// Writes ../../assets/vendor/plotly-custom-<version>.min.js (TRACES=bar,box,scatter by
// default; scatter is always part of plotly.js core).
//
// One change to plotly.js's wrapper: the factory (the whole library, one arrow function) is
// in parentheses. V8 then compiles it while the file streams in, off the main thread, instead
// of parsing 1.2 MB again on the main thread when it is called (plotly.js's evaluation took
// ~140 ms instead of ~220 ms here, bench/browser.py).
'use strict';

const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const traces = (process.env.TRACES || 'bar,box,scatter').split(',').map((t) => t.trim());
const version = require('plotly.js/package.json').version;
const out = path.resolve(__dirname, '../../assets/vendor', `plotly-custom-${version}.min.js`);

const entry = [
  "var Plotly = require('plotly.js/lib/core');",
  'Plotly.register([',
  ...traces.filter((t) => t !== 'scatter').map((t) => `  require('plotly.js/lib/${t}'),`),
  ']);',
  'module.exports = Plotly;',
].join('\n');

const banner = `/**
* plotly.js (custom: ${traces.join(', ')} - minified) v${version}
* Copyright 2012-2026, Plotly, Inc.
* All rights reserved.
* Licensed under the MIT license
*/
(
 function(root, factory) {
  if (typeof module === "object" && module.exports) {
   module.exports = factory();
  } else {
   root.moduleName = factory();
  }
} (typeof self !== "undefined" ? self : this, (() => {
"use strict";`;

esbuild.build({
  stdin: { contents: entry, resolveDir: __dirname, sourcefile: 'plotly-custom-entry.js' },
  format: 'iife',
  globalName: 'Plotly',
  bundle: true,
  minify: true,
  legalComments: 'eof',
  define: { global: 'window', 'define.amd': 'false', 'process.env.NODE_DEBUG': 'false' },
  loader: { '.css': 'empty' }, // only map traces (not included) import CSS
  target: 'es2016',
  banner: { js: banner },
  footer: { js: '\nwindow.Plotly = Plotly;\nreturn Plotly;\n})));' },
  outfile: out,
  logLevel: 'info',
}).then(() => {
  console.log(`${out}: ${fs.statSync(out).size} bytes, traces ${traces.join(', ')}`);
});
