"""The partial plotly.js bundle (assets/vendor/) is what draws every chart.

dcc.Graph uses window.Plotly when it exists, so the page must load the partial bundle and
never the full plotly.min.js; the bundle must be the plotly.js version plotly.py was built
for, and hold every trace type the pages draw (a new trace type means rebuilding it:
scripts/plotly_bundle/). Dash's @babel/polyfill is left out (serving/bundles.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from plotly.offline import get_plotlyjs_version

pytestmark = pytest.mark.browser

VENDOR = Path(__file__).resolve().parents[2] / "assets" / "vendor"

RESOURCES = """return performance.getEntriesByType("resource").map(e => e.name)"""
GRAPHS = """
return Array.from(document.querySelectorAll(".js-plotly-plot")).map(gd => ({
    id: gd.parentElement ? gd.parentElement.id : gd.id,
    types: (gd._fullData || []).map(t => t.type),
    unregistered: (gd._fullData || []).filter(t => !t._module).map(t => t.type),
    visible: (gd._fullData || []).filter(t => t.visible === true).length,
    drawn: gd.querySelectorAll(".trace").length,
}));
"""


@pytest.fixture
def app(dash_app):
    return dash_app


def _trace_types(tree) -> set[str]:
    """Trace types of every figure in a layout (as the browser receives it)."""
    from dash._utils import to_json

    found: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "Graph":
                for trace in ((node.get("props") or {}).get("figure") or {}).get("data", []):
                    found.add(trace.get("type", "scatter"))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(to_json(tree)))
    return found


def test_bundle_file_is_vendored_with_its_licence():
    bundles = sorted(VENDOR.glob("plotly-*.min.js"))
    assert len(bundles) == 1, bundles  # one bundle: two would both load on every page
    assert f"v{get_plotlyjs_version()}" in bundles[0].read_text()[:400]
    assert (VENDOR / "plotly.js-LICENSE.txt").is_file()


def test_pages_draw_with_the_partial_bundle(dash_duo, app):
    import pages
    from components import ids

    dash_duo.start_server(app)
    driver = dash_duo.driver
    registered: set[str] | None = None
    drawn_pages = 0
    for page in pages.PAGES:
        for search in ("", "?lang=en"):
            driver.get(dash_duo.server_url + page.PATH + search)
            dash_duo.wait_for_element(f"#{ids.PAGE} > *", timeout=10)
            expected = _trace_types(page.layout(search))
            if expected:
                dash_duo.wait_for_element(".js-plotly-plot .main-svg .trace", timeout=10)
            names = driver.execute_script(RESOURCES)
            assert any("/assets/vendor/plotly-" in n for n in names), names
            assert not any("plotly.min.js" in n for n in names), names
            assert not any("polyfill@" in n for n in names), names
            assert driver.execute_script("return window.Plotly.version") == \
                get_plotlyjs_version()
            if registered is None:
                registered = set(driver.execute_script(
                    "return Object.keys(window.Plotly.PlotSchema.get().traces)"))
            assert expected <= registered, (page.PATH, expected - registered)
            graphs = driver.execute_script(GRAPHS)
            for graph in graphs:
                assert not graph["unregistered"], graph
                assert graph["drawn"] >= graph["visible"], graph
            assert not expected or any(g["visible"] for g in graphs), (page.PATH, graphs)
            drawn_pages += bool(expected)
            assert dash_duo.get_logs() == [], (page.PATH, search)
    assert drawn_pages >= 2
    assert {"bar", "box", "scatter"} <= registered
