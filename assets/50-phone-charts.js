/* Phone layout of horizontal bar and box charts: labels above the bars, not beside them.
 *
 * Beside the bars, long group names leave a 390 px wide phone about 60 px of plot. Below
 * PHONE_MAX px of viewport width every chart with horizontal bars or boxes on a category axis
 * is re-laid out after each draw (a callback's new figure included): its labels go inside the
 * plot, above their bar as annotations (wrapped at about LABEL_CHARS characters), the plot takes the card's
 * full width, and the height grows with the number of rows. Two-level axes (group / country)
 * become one label per bar ("Medewerkers – Nederland"). Nothing else of the figure changes.
 *
 * Then every chart (horizontal or not) is fitted to the phone: an x-axis title wider than the
 * chart is wrapped over lines, and when axis labels, the axis title or the legend still reach
 * below the drawing (plotly caps its automatic margins on a short chart) the chart grows by
 * that much.
 */
(function () {
  "use strict";

  const PHONE_MAX = 575.98;
  const LABEL_CHARS = 34;
  const LINE_PX = 18;     // per label line
  const BAR_PX = 26;      // the bar itself
  const GAP_PX = 12;

  function wrap(text, chars) {
    const limit = chars || LABEL_CHARS;
    const words = String(text).replace(/<br>/g, " ").split(/\s+/);
    const lines = [];
    let line = "";
    words.forEach(function (word) {
      if (line && (line + " " + word).length > limit) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) { lines.push(line); }
    return lines.join("<br>");
  }

  function horizontal(gd) {
    return (gd.data || []).some(function (trace) {
      return (trace.type === "bar" || trace.type === "box") && trace.orientation === "h";
    });
  }

  function adapt(gd) {
    if (window.innerWidth > PHONE_MAX || !gd._fullLayout || !gd.layout) { return; }
    if (gd.__iboPhoneBusy || gd.__iboPhoneLayout === gd.layout || !horizontal(gd)) { return; }
    const type = gd._fullLayout.yaxis && gd._fullLayout.yaxis.type;
    if (type !== "category" && type !== "multicategory") { return; }
    gd.__iboPhoneBusy = true;
    const full = gd._fullLayout;
    const categories = full.yaxis._categories.map(function (c) {
      return Array.isArray(c) ? (c[0] === c[1] ? String(c[0]) : c[0] + " – " + c[1]) : c;
    });
    const texts = categories.map(wrap);
    const lines = Math.max.apply(null, texts.map(function (l) {
      return l.split("<br>").length; }).concat([1]));
    const labelPx = lines * LINE_PX;
    // Bars: a band of BAR_PX per bar side by side, the label above it. Boxes keep their width
    // (a share of the row): the row is tall enough for the label between two boxes.
    const bars = gd.data.filter(function (t) { return t.type === "bar" && t.visible !== false; });
    const boxes = gd.data.filter(function (t) { return t.type === "box" && t.visible !== false; });
    const band = BAR_PX * Math.min(3, full.barmode === "group" ? Math.max(1, bars.length) : 1);
    const boxShare = boxes.length ? Math.max.apply(null, boxes.map(function (t) {
      return t.width || 1 - (full.boxgap === undefined ? 0.3 : full.boxgap); })) : 0;
    const pitch = Math.ceil(Math.max(band + GAP_PX + labelPx,
      boxes.length ? (labelPx + GAP_PX / 2) / (1 - boxShare) : 0));
    const shift = boxes.length ? Math.max(boxShare * pitch / 2, bars.length ? band / 2 : 0)
      : band / 2;
    // the labels as annotations just above their bar: y is the category's position, the
    // offset in px (upwards whichever way the axis runs)
    const labels = texts.map(function (text, i) {
      return { text: text, x: 0, xref: "paper", xanchor: "left", y: i, yref: "y",
               yanchor: "bottom", yshift: shift + 1, showarrow: false, align: "left",
               font: { size: 14, color: "#1F2933" }, name: "ibo-phone-label" };
    });
    const kept = (gd.layout.annotations || []).filter(function (a) {
      return a.name !== "ibo-phone-label"; });
    Plotly.relayout(gd, {
      "yaxis.showticklabels": false,
      "yaxis.showdividers": false,
      "yaxis.automargin": false,
      "annotations": kept.concat(labels),
      "margin.l": 6,
      "margin.r": 46,
      "bargap": bars.length ? Math.max(0.05, 1 - band / pitch) : full.bargap,
      "height": full.margin.t + full.margin.b + categories.length * pitch,
    }).then(function () {
      gd.__iboPhoneLayout = gd.layout;
    }).catch(function (error) {
      gd.__iboPhoneError = String(error);  // a newer figure replaced this one meanwhile
    }).finally(function () {
      gd.__iboPhoneBusy = false;
      fit(gd);
    });
  }

  const FIT_TRIES = 3;  // per figure: a fit changes the layout, which is then measured again

  function bottomOverflow(gd) {
    const svg = gd.querySelector(".main-svg");
    if (!svg) { return 0; }
    const bottom = svg.getBoundingClientRect().bottom;
    let most = 0;
    gd.querySelectorAll(".xtick text, .g-xtitle text, .legend").forEach(function (el) {
      const r = el.getBoundingClientRect();
      if (r.height > 0) { most = Math.max(most, r.bottom - bottom); }
    });
    return Math.ceil(most);
  }

  function fit(gd) {
    if (window.innerWidth > PHONE_MAX || !gd._fullLayout || !gd.layout || gd.__iboPhoneBusy) {
      return;
    }
    if (gd.__iboFitFor !== gd.layout) { gd.__iboFitFor = gd.layout; gd.__iboFitTries = 0; }
    if (gd.__iboFitTries >= FIT_TRIES) { return; }
    const full = gd._fullLayout;
    const update = {};
    const title = gd.querySelector(".g-xtitle text");
    const text = full.xaxis && full.xaxis.title && full.xaxis.title.text;
    if (title && text) {
      // the title is centred on the plot area, not on the chart: room on its tighter side
      const r = title.getBoundingClientRect();
      const s = gd.querySelector(".main-svg").getBoundingClientRect();
      const width = r.width;
      const centre = (r.left + r.right) / 2;
      const room = 2 * Math.min(centre - s.left, s.right - centre) - 12;
      if (width > room) {
        const plain = String(text).replace(/<br>/g, " ");
        update["xaxis.title.text"] = wrap(plain, Math.max(12, Math.floor(
          plain.length * room / width) - 2));
      }
    }
    const below = bottomOverflow(gd);
    if (below > 0) { update.height = full.height + below + 6; }
    if (!Object.keys(update).length) { return; }
    gd.__iboFitTries += 1;
    gd.__iboPhoneBusy = true;
    Plotly.relayout(gd, update).catch(function (error) {
      gd.__iboPhoneError = String(error);
    }).finally(function () {
      gd.__iboPhoneBusy = false;
      fit(gd);
    });
  }

  function watch(gd) {
    if (gd.__iboPhoneWatch || typeof gd.on !== "function") { return; }
    gd.__iboPhoneWatch = true;
    gd.on("plotly_afterplot", function () { adapt(gd); fit(gd); });
    adapt(gd);
    fit(gd);
  }

  function scan() {
    document.querySelectorAll(".js-plotly-plot").forEach(watch);
  }

  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", scan);
})();
