"""Every page on a 1366 x 768 laptop: no sideways scrolling (the navigation's tools wrap),
and on /klimaat and /vergelijking the controls and the first chart above the fold; every
chart's tick labels shown inside the chart, on a laptop and a phone."""

import pytest

import pages
from tests.browser.conftest import open_drawn
from tests.browser.test_presenter import set_viewport

pytestmark = pytest.mark.browser

LAPTOP = (1366, 768)
PATHS = [p.PATH for p in pages.PAGES if getattr(p, "CHROME", True)]

# Top and bottom of an element in the viewport (the page scrolled to the top).
BOX = """const el = document.querySelector(arguments[0]);
if (!el) return null;
const r = el.getBoundingClientRect();
return [r.top, r.bottom];"""


@pytest.mark.parametrize("query", ["", "?lang=en&org=1,1,4"])
def test_no_page_scrolls_sideways_on_a_laptop(duo, query):
    set_viewport(duo.driver, *LAPTOP)
    for path in PATHS:
        open_drawn(duo, path + query)
        over = duo.driver.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth")
        assert over <= 0, f"{path}{query}: scrolls sideways by {over} px"
        tools = duo.driver.execute_script(BOX, "#shell-lang-link")
        assert tools and tools[1] <= 140, f"{path}{query}: language link at {tools}"
    assert duo.get_logs() == []


@pytest.mark.parametrize("url, controls, chart", [
    ("/klimaat", "#klimaat-grouping-radio", "#klimaat-box-chart .main-svg"),
    ("/klimaat?lang=en&org=1,1,4", "#klimaat-grouping-radio", "#klimaat-box-chart .main-svg"),
    ("/vergelijking", "#vergelijking-topic-select", "#vergelijking-topic-chart .main-svg"),
    ("/vergelijking?lang=en&org=1,1,4", "#vergelijking-topic-select",
     "#vergelijking-topic-chart .main-svg"),
])
def test_controls_and_first_chart_above_the_fold(duo, url, controls, chart):
    set_viewport(duo.driver, *LAPTOP)
    open_drawn(duo, url)
    picker = duo.driver.execute_script(BOX, controls)
    drawn = duo.driver.execute_script(BOX, chart)
    assert picker[1] <= LAPTOP[1], f"{url}: controls end at {picker[1]} px"
    # the chart (its card's title and view switch above it) starts on the first screen,
    # at least 100 px of it visible
    assert drawn[0] <= LAPTOP[1] - 100, f"{url}: first chart starts at {drawn[0]} px"
    assert duo.get_logs() == []


# Per drawn chart: its tick labels, those reaching outside the chart, and those plotly hid.
TICKS = """const found = [], outside = [], hidden = [];
for (const plot of document.querySelectorAll('.js-plotly-plot')) {
  const chart = plot.querySelector('.main-svg').getBoundingClientRect();
  for (const label of plot.querySelectorAll('.xtick text, .ytick text')) {
    found.push(label.textContent);
    const r = label.getBoundingClientRect();
    if (label.style.display === 'none') { hidden.push(label.textContent); continue; }
    if (r.left < chart.left - 0.5 || r.right > chart.right + 0.5 || r.top < chart.top - 0.5
        || r.bottom > chart.bottom + 0.5) { outside.push(label.textContent); }
  }
}
return [found, outside, hidden];"""


@pytest.mark.parametrize("size", [(1366, 768), (390, 844)])
@pytest.mark.parametrize("path", ["/", "/klimaat", "/ontwikkeling", "/vergelijking"])
def test_every_tick_label_is_shown_inside_its_chart(duo, path, size):
    """The chart templates keep plotly from hiding tick labels it judges to overflow (its
    default measured every label on each draw and hid the "100%" at the end of percentage
    axes although it fits): every label is shown, and lies inside its chart."""
    set_viewport(duo.driver, *size)
    open_drawn(duo, path)
    found, outside, hidden = duo.driver.execute_script(TICKS)
    assert found, f"{path}: no tick labels"
    assert not hidden, f"{path} at {size}: hidden tick labels {hidden}"
    assert not outside, f"{path} at {size}: tick labels outside their chart {outside}"
