"""dcc.Graph's lazy code is loaded before the page's layout is in (assets/56-graph-ready.js).

Without it, React first renders an empty placeholder for each Graph, and the chart mounts
only in a later render, after Dash's first callbacks. The graph chunk must be requested
before the layout response is in; the charts are still drawn, no element is left behind
and the console stays clean.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import open_drawn

pytestmark = pytest.mark.browser

TIMING = """
const entries = performance.getEntriesByType("resource");
const find = part => entries.find(e => e.name.includes(part));
const chunk = find("async-graph"), layout = find("_dash-layout");
return {chunk: chunk ? chunk.startTime : null, layout: layout ? layout.responseEnd : null,
        left: document.querySelectorAll("#ibo-graph-ready").length,
        graphs: document.querySelectorAll(".dash-graph .main-svg").length};
"""


@pytest.mark.parametrize("path", ["/", "/klimaat"])
def test_graph_chunk_is_requested_before_the_layout_is_in(duo, path):
    open_drawn(duo, path)
    found = duo.driver.execute_script(TIMING)
    assert found["chunk"] is not None and found["layout"] is not None, found
    assert found["chunk"] < found["layout"], found
    assert found["graphs"] >= 1 and found["left"] == 0, found
    assert duo.get_logs() == []


def test_page_without_charts_is_unaffected(duo):
    open_drawn(duo, "/verantwoording")
    assert duo.driver.execute_script(TIMING)["left"] == 0
    assert duo.get_logs() == []
