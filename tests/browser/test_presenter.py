"""Presenter mode: the storyline full screen, stepped through with the keyboard."""

import pytest
from selenium.webdriver.common.keys import Keys

from pages.presenteer import cards as storyline

pytestmark = pytest.mark.browser


def _title(dash_duo):
    return dash_duo.find_element(".presenter-title").text


def test_step_through_the_storyline_with_keys(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/presenteer")
    dash_duo.wait_for_text_to_equal(".presenter-title", storyline.STEPS[0].title("nl"), timeout=15)
    assert not dash_duo.driver.find_elements("css selector", ".ibo-navbar")  # no navigation
    total = len(storyline.STEPS)
    body = dash_duo.find_element("body")
    for number in range(2, total + 1):
        body.send_keys(Keys.ARROW_RIGHT if number % 2 else Keys.PAGE_DOWN)
        dash_duo.wait_for_text_to_equal(".presenter-title",
                                        storyline.STEPS[number - 1].title("nl"), timeout=15)
        assert dash_duo.driver.current_url.endswith(f"/presenteer?stap={number}")
        dash_duo.wait_for_element(".presenter-card .main-svg", timeout=15)
    body.send_keys(Keys.PAGE_UP)
    dash_duo.wait_for_text_to_equal(".presenter-title",
                                    storyline.STEPS[total - 2].title("nl"), timeout=15)
    assert f"Stap {total - 1} van {total}" in dash_duo.find_element(".presenter-bar").text
    assert dash_duo.get_logs() == []


def test_step_url_opens_that_step_and_presenteer_param_enters_the_mode(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/presenteer?stap=3&lang=en")
    dash_duo.wait_for_text_to_equal(".presenter-title", storyline.STEPS[2].title("en"),
                                    timeout=15)
    assert "Step 3 of" in dash_duo.find_element(".presenter-bar").text
    dash_duo.driver.get(dash_duo.server_url + "/vergelijking?presenteer=1")
    first = storyline.first_step_of("/vergelijking")
    dash_duo.wait_for_text_to_equal(".presenter-title", storyline.STEPS[first - 1].title("nl"),
                                    timeout=15)
    dash_duo.driver.get(dash_duo.server_url + "/presenteer?stap=99")
    dash_duo.wait_for_text_to_equal(".presenter-title", storyline.STEPS[0].title("nl"), timeout=15)
    assert "99" in dash_duo.find_element(".alert-warning").text  # the invalid step is named
    assert dash_duo.get_logs() == []


def set_viewport(driver, width: int, height: int) -> None:
    """Resize the window so that the page's viewport is exactly width x height."""
    driver.set_window_size(width, height)
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(2 * width - inner[0], 2 * height - inner[1])
    assert driver.execute_script("return [window.innerWidth, window.innerHeight]") == \
        [width, height]


# What a slide shows, measured in the page: nothing below the control bar, no scrolling, the
# chart given most of the free height, type sizes, the sources on one line, no modebar.
SLIDE_METRICS = """
const px = (el) => el ? parseFloat(getComputedStyle(el).fontSize) : null;
const bar = document.getElementById('presenter-control-bar').getBoundingClientRect();
const step = document.getElementById('presenter-step-container');
const visible = (el) => { const s = getComputedStyle(el); const r = el.getBoundingClientRect();
    return s.display !== 'none' && s.visibility !== 'hidden' && r.height > 0 && r.width > 0; };
let lowest = 0;
step.querySelectorAll('h1, h2, figure, figcaption, .chart-meta, .presenter-footnote, .main-svg')
    .forEach(el => { if (visible(el) && !el.closest('#presenter-control-bar')) {
        lowest = Math.max(lowest, el.getBoundingClientRect().bottom); } });
const meta = step.querySelector('.chart-meta');
const metaLink = meta && meta.querySelector('a');
const caption = step.querySelector('.with-takeaway figcaption');
const modebars = Array.from(step.querySelectorAll('.modebar-container')).filter(visible);
const svg = step.querySelector('.main-svg');
return {
    scroll: document.documentElement.scrollHeight - window.innerHeight,
    lowest: lowest, barTop: bar.top, barBottom: bar.bottom, height: window.innerHeight,
    exitVisible: visible(document.getElementById('presenter-exit-link')),
    chart: svg ? svg.getBoundingClientRect().height : 0,
    title: px(step.querySelector('h1')),
    takeaway: caption && visible(caption) ? px(caption) : null,
    sourcesHeight: meta ? meta.getBoundingClientRect().height : 0,
    sourcesLine: metaLink ? parseFloat(getComputedStyle(metaLink).lineHeight) ||
        1.5 * px(metaLink) : 0,
    sourcesPx: px(metaLink),
    modebars: modebars.length,
};
"""


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_every_step_fits_the_screen(dash_duo, dash_app, size):
    dash_duo.start_server(dash_app)
    width, height = size
    set_viewport(dash_duo.driver, width, height)
    for number, step in enumerate(storyline.STEPS, 1):
        dash_duo.driver.get(dash_duo.server_url + f"/presenteer?stap={number}")
        dash_duo.wait_for_text_to_equal(".presenter-title", step.title("nl"), timeout=15)
        dash_duo.wait_for_element(".presenter-card .main-svg", timeout=15)
        m = dash_duo.driver.execute_script(SLIDE_METRICS)
        where = f"step {number} at {width}x{height}: {m}"
        assert m["scroll"] <= 0, where
        assert m["barBottom"] <= height and m["exitVisible"], where
        assert m["lowest"] <= m["barTop"] + 1, where  # nothing hidden under the bar
        assert m["chart"] >= 0.4 * height, where        # the chart takes the free height
        assert m["title"] >= 28, where
        assert m["takeaway"] is None or m["takeaway"] >= 28, where
        assert m["takeaway"] is not None or not step.takeaway, where
        assert m["sourcesPx"] >= 18 and m["sourcesHeight"] <= 1.6 * m["sourcesLine"], where
        assert m["modebars"] == 0, where
    assert dash_duo.get_logs() == []


def test_escape_stays_in_the_presentation(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/presenteer?stap=2")
    dash_duo.wait_for_text_to_equal(".presenter-title", storyline.STEPS[1].title("nl"), timeout=15)
    dash_duo.find_element("body").send_keys(Keys.ESCAPE)
    dash_duo.find_element("body").send_keys(Keys.ARROW_RIGHT)
    dash_duo.wait_for_text_to_equal(".presenter-title", storyline.STEPS[2].title("nl"), timeout=15)
    assert dash_duo.driver.current_url.endswith("/presenteer?stap=3")
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize("view", ["/vergelijking?onderwerp=resultaten",
                                  "/vergelijking?onderwerp=aanleiding&lang=en",
                                  "/klimaat?uitsplitsing=results"])
def test_presenteer_param_starts_at_the_step_of_the_current_view(dash_duo, dash_app, view):
    dash_duo.start_server(dash_app)
    path, _, query = view.partition("?")
    number = storyline.step_for_view(path, "?" + query)
    step = storyline.STEPS[number - 1]
    assert step.path == path and step.query.lstrip("?") in query  # not just the first step
    lang = "en" if "lang=en" in query else "nl"
    dash_duo.driver.get(dash_duo.server_url + view + "&presenteer=1")
    dash_duo.wait_for_text_to_equal(".presenter-title", step.title(lang), timeout=15)
    assert dash_duo.get_logs() == []
