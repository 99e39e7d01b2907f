"""Every page on a 1366 x 768 laptop: no sideways scrolling (the navigation's tools wrap),
and on /klimaat and /vergelijking the controls and the first chart above the fold."""

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
