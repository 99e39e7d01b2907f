/* Chart downloads (PNG, SVG, CSV) and the copy-link button.
 *
 * One delegated click listener, so charts that callbacks render later work too. Everything is
 * read at click time: the live figure from the graph's DOM node, the texts from the data-*
 * attributes that components/export.py writes on the button group. No inline script, no eval
 * (the Content-Security-Policy forbids both).
 */
(function () {
  "use strict";

  const SLIDE = { width: 1920, height: 1080 };
  const FONT_SIZE = 22;
  const TITLE_SIZE = 36;
  const FOOTER_SIZE = 17;
  const FOOTER_LINE = 24;  // px per footer line
  const EDGE = 40;         // px between the image edge and the title / footer

  function save(href, filename) {
    const link = document.createElement("a");
    link.href = href;
    link.download = filename;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  /* Plotly reads a subset of HTML in texts: escape it, then break lines with <br>. */
  function plotlyText(text) {
    return text.split("\n").map(function (line) {
      return line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }).join("<br>");
  }

  function liveGraph(graphId) {
    const outer = document.getElementById(graphId);
    const gd = outer && (outer.classList.contains("js-plotly-plot")
      ? outer : outer.querySelector(".js-plotly-plot"));
    if (!gd || !gd.data || !window.Plotly) {
      throw new Error("chart " + graphId + " is not rendered");
    }
    return gd;
  }

  /* A copy of the live figure laid out as a slide, with the title on top and the n and
   * source lines at the bottom. The footer is placed after a first layout pass, because
   * annotations can only be positioned relative to the plot area. */
  async function slideFigure(group) {
    const gd = liveGraph(group.dataset.graph);
    const footer = group.dataset.footer || "";
    const footerLines = footer ? footer.split("\n").length : 0;
    const layout = structuredClone(gd.layout);
    const bottom = 130 + footerLines * FOOTER_LINE + EDGE;  // ticks and axis title above
    Object.assign(layout, SLIDE, {
      autosize: false,
      font: Object.assign({}, layout.font, { size: FONT_SIZE }),
      title: {
        text: plotlyText(group.dataset.title), font: { size: TITLE_SIZE },
        x: EDGE / SLIDE.width, xanchor: "left", xref: "container",
        y: 1 - EDGE / SLIDE.height, yanchor: "top", yref: "container",
      },
      margin: { l: EDGE, r: 2 * EDGE, t: 170, b: bottom, autoexpand: true },
    });
    const annotations = (layout.annotations || []).slice();
    if (footer) {
      annotations.push({
        text: plotlyText(footer), showarrow: false, align: "left",
        xref: "paper", yref: "paper", x: 0, y: 0, xanchor: "left", yanchor: "bottom",
        font: { size: FOOTER_SIZE, color: "#3e4c59" },
      });
    }
    layout.annotations = annotations;
    const figure = { data: structuredClone(gd.data), layout: layout, config: { staticPlot: true } };
    if (footer) {
      const size = await plotAreaSize(figure);
      Object.assign(annotations[annotations.length - 1],
        { xshift: EDGE - size.l, yshift: EDGE - size.b });
    }
    return figure;
  }

  /* The plot area's margins (l, r, t, b) once plotly has laid the figure out. */
  async function plotAreaSize(figure) {
    const div = document.createElement("div");
    div.setAttribute("aria-hidden", "true");
    div.style.cssText = "position:fixed;left:-30000px;top:0;visibility:hidden;" +
      "width:" + SLIDE.width + "px;height:" + SLIDE.height + "px";
    document.body.appendChild(div);
    try {
      await window.Plotly.newPlot(div, structuredClone(figure.data),
        structuredClone(figure.layout), figure.config);
      return Object.assign({}, div._fullLayout._size);
    } finally {
      window.Plotly.purge(div);
      div.remove();
    }
  }

  async function exportImage(group, format) {
    const figure = await slideFigure(group);
    const url = await window.Plotly.toImage(figure,
      { format: format, width: SLIDE.width, height: SLIDE.height, scale: 1 });
    const name = group.dataset.filename + "." + format;
    save(url, name);
    return name;
  }

  function exportCsv(group) {
    // The byte-order mark makes spreadsheet programs read the file as UTF-8.
    const blob = new Blob(["\ufeff" + group.dataset.csv], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const name = group.dataset.filename + ".csv";
    save(url, name);
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    return name;
  }

  async function onExport(button) {
    const group = button.closest("[data-graph]");
    const status = group.querySelector("[role=status]");
    const format = button.dataset.export;
    button.disabled = true;
    try {
      const name = format === "csv" ? exportCsv(group) : await exportImage(group, format);
      status.textContent = group.dataset.msgDone.replace("{file}", name);
    } catch (error) {
      console.warn("export failed", error);  // eslint-disable-line no-console
      status.textContent = group.dataset.msgError;
    } finally {
      button.disabled = false;
    }
  }

  /* navigator.clipboard needs a secure context (https or localhost); else the old way. */
  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return;
    }
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.cssText = "position:fixed;left:-30000px;top:0";
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    if (!copied) {
      throw new Error("copy command refused");
    }
  }

  let clearStatus = null;

  async function onCopyLink(button) {
    const status = document.getElementById(button.dataset.status);
    let message = button.dataset.msgDone;
    try {
      await copyText(window.location.href);
    } catch (error) {
      message = button.dataset.msgError;
    }
    status.textContent = message;
    clearTimeout(clearStatus);
    clearStatus = setTimeout(function () { status.textContent = ""; }, 5000);
  }

  document.addEventListener("click", function (event) {
    const exportButton = event.target.closest("button[data-export]");
    if (exportButton) {
      onExport(exportButton);
      return;
    }
    const copyButton = event.target.closest("button[data-copy-link]");
    if (copyButton) {
      onCopyLink(copyButton);
    }
  });
})();
