"""The benchmark page in a real browser, driven by the keyboard.

Fill the form with Tab/Space/arrow keys, get a result, change the peer group, take the link
the page builds, reload it and get the same result; too few answers give a message, not an
error; and the server's logs of the whole run hold no answers.
"""

import base64
import logging
import re
from urllib.parse import urlsplit

import pytest
from dash.testing.wait import until as wait_until
from selenium.webdriver.common.keys import Keys

from pages.benchmark.state import ANSWER_VALUES
from pages.benchmark import PRINT_WIDTH_PX

pytestmark = pytest.mark.browser

ANSWERS = ["4", "5", "x", "3", "4", "4", "2", "3", "4", "4", "5", "3", "4"]
ENCODED = ",".join(ANSWERS)
CLIENT_LOGGERS = ("selenium", "urllib3", "dash.testing")  # the test's driver, not the server
ACCESS_LOGGERS = ("werkzeug", "gunicorn.access")


@pytest.fixture
def app(dash_app):
    return dash_app


def _answer(dash_duo, number: int, value: str) -> None:
    """Tab-free keyboard answer: focus the statement's first radio, Space, then arrows."""
    first = dash_duo.find_element(f"#benchmark-answer-{number}-1-input")
    first.send_keys(Keys.SPACE)
    for _ in range(ANSWER_VALUES.index(value)):
        dash_duo.driver.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
    checked = dash_duo.find_element(f"#benchmark-answer-{number}-{value}-input")
    assert checked.is_selected()


def _press(dash_duo, selector: str) -> None:
    dash_duo.find_element(selector).send_keys(Keys.ENTER)


def _result_text(dash_duo) -> dict:
    return {
        "score": dash_duo.find_element("#benchmark-score-text").text,
        "group": dash_duo.find_element("#benchmark-climate-group-text").text,
        "pct": dash_duo.find_element("#benchmark-percentile-text").text,
        "sentence": dash_duo.find_element("#benchmark-sentence-text").text,
        "table": dash_duo.find_element("#benchmark-statements-table").text,
    }


def test_benchmark_by_keyboard_link_and_reload(dash_duo, app, caplog):
    caplog.set_level(logging.DEBUG)
    dash_duo.start_server(app)
    dash_duo.wait_for_element("h1", timeout=10)
    dash_duo.driver.get(dash_duo.server_url + "/benchmark")
    dash_duo.wait_for_text_to_equal("h1", "Waar staat het innovatieklimaat van uw organisatie?",
                                    timeout=10)
    assert "10 van de 13" in dash_duo.find_element("#benchmark-minimum-text").text
    assert "niet opgeslagen en niet gelogd" in dash_duo.find_element(
        "#benchmark-privacy-note").text

    # profile by keyboard: typing in a native select picks the option
    dash_duo.find_element("#benchmark-sector-select").send_keys("Gemeenten")
    dash_duo.find_element("#benchmark-size-select").send_keys("250")
    dash_duo.wait_for_contains_text("#benchmark-peer-radio", "eigen sector: Gemeenten", timeout=5)

    # too few answers: a message, not an error
    for number in (1, 2, 3):
        _answer(dash_duo, number, ANSWERS[number - 1])
    dash_duo.wait_for_contains_text("#benchmark-answered-count-text", "2 van de 13", timeout=5)
    _press(dash_duo, "#benchmark-submit-button")
    dash_duo.wait_for_contains_text("#benchmark-invalid-alert", "Nog geen score", timeout=10)
    assert "minimaal 10" in dash_duo.find_element("#benchmark-invalid-alert").text

    for number in range(4, 14):
        _answer(dash_duo, number, ANSWERS[number - 1])
    dash_duo.wait_for_contains_text("#benchmark-answered-count-text", "12 van de 13", timeout=5)
    dash_duo.wait_for_contains_text("#benchmark-stale-result-text", "gewijzigd", timeout=5)
    _press(dash_duo, "#benchmark-submit-button")
    dash_duo.wait_for_text_to_equal("#benchmark-score-text", "3,75", timeout=10)
    first = _result_text(dash_duo)
    assert first["group"] == "Gemiddeld"
    assert re.fullmatch(r"Uw score 3,75 ligt hoger dan ongeveer \d+% van de \d+ organisaties in "
                        r"de sector Gemeenten\.", first["sentence"])
    dash_duo.wait_for_element("#benchmark-position-chart .main-svg", timeout=10)
    assert dash_duo.find_element("#benchmark-stale-result-text").text == ""

    # change the peer group with the arrow keys: sector -> size class
    dash_duo.find_element("#benchmark-peer-sector-input").send_keys(Keys.ARROW_DOWN)
    dash_duo.wait_for_contains_text("#benchmark-sentence-text", "250-499 medewerkers",
                                    timeout=10)
    second = _result_text(dash_duo)
    assert second["score"] == first["score"]
    assert "vergelijk=size_class" in dash_duo.driver.current_url
    assert "a=" not in dash_duo.driver.current_url  # the page's own address: no answers

    # the link the page builds, copied with the button
    link = dash_duo.find_element("#benchmark-share-link-input").get_attribute("value")
    parts = urlsplit(link)
    assert parts.path == "/benchmark" and ENCODED.replace(",", "") not in parts.path
    assert f"a={ENCODED}" in parts.query and "vergelijk=size_class" in parts.query
    _press(dash_duo, "#benchmark-copy-link-button")
    dash_duo.wait_for_contains_text("#benchmark-copy-status-text", "Link", timeout=5)

    # print: the button opens the browser's print dialog (stubbed here)
    dash_duo.driver.execute_script("window.print = function() { window.__printed = true; };")
    _press(dash_duo, "#benchmark-print-button")
    wait_until(lambda: dash_duo.driver.execute_script("return window.__printed === true;"),
               timeout=5)

    # reload the link: same form, same result
    dash_duo.driver.get(link)
    dash_duo.wait_for_text_to_equal("#benchmark-score-text", "3,75", timeout=10)
    dash_duo.wait_for_contains_text("#benchmark-sentence-text", "250-499 medewerkers",
                                    timeout=10)
    assert _result_text(dash_duo) == second
    for number, value in enumerate(ANSWERS, start=1):
        assert dash_duo.find_element(f"#benchmark-answer-{number}-{value}-input").is_selected()
    assert dash_duo.find_element("#benchmark-share-link-input").get_attribute("value") == link

    # the print stylesheet gives a one-page A4 summary; the chart returns to screen size after
    graph_width = "return document.querySelector('#benchmark-position-chart .js-plotly-plot')" \
                  "._fullLayout.width;"
    dash_duo.wait_for_element("#benchmark-position-chart .main-svg", timeout=10)
    # a listener added after the page's own reads the width the chart is printed at
    dash_duo.driver.execute_script(
        "window.addEventListener('beforeprint', function() { window.__printWidth = "
        "document.querySelector('#benchmark-position-chart .js-plotly-plot')"
        "._fullLayout.width; });")
    pdf = base64.b64decode(dash_duo.driver.execute_cdp_cmd(
        "Page.printToPDF", {"preferCSSPageSize": True})["data"])
    assert re.search(rb"/Count 1\b", pdf), "the printed summary is not one page"
    assert dash_duo.driver.execute_script("return window.__printWidth;") == PRINT_WIDTH_PX
    dash_duo.driver.execute_script("window.dispatchEvent(new Event('afterprint'));")
    wait_until(lambda: dash_duo.driver.execute_script(graph_width) > 900, timeout=5)
    assert dash_duo.get_logs() == []

    # server logs of the run: no answers anywhere. The reload of the shared link is the one
    # request that carries them, in its query string, which the access log of the production
    # server never records (gunicorn logs the path only) and we strip here likewise.
    records = [(r.name, r.getMessage()) for r in caplog.records
               if not r.name.startswith(CLIENT_LOGGERS)]
    access = [m for name, m in records if name in ACCESS_LOGGERS]
    assert any("POST /_dash-update-component" in m for m in access), "no access log captured"
    assert any("GET /benchmark" in m for m in access)
    for name, message in records:
        text = re.sub(r"\?\S*", "", message) if name in ACCESS_LOGGERS else message
        for form in (ENCODED, ENCODED.replace(",", "%2C")):
            assert form not in text, (name, message)


def test_invalid_link_shows_notice_and_defaults(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.wait_for_element("h1", timeout=10)
    dash_duo.driver.get(dash_duo.server_url + "/benchmark?a=4,9,9&sector=Provincies"
                        "&vergelijk=sector")
    dash_duo.wait_for_contains_text(".alert-warning", "ongeldig", timeout=10)
    # Provincies (n = 3) is never offered as a peer group: said, and the others offered
    dash_duo.wait_for_contains_text("#benchmark-peer-note-text", "Provincies", timeout=10)
    peer = dash_duo.find_element("#benchmark-peer-radio").text
    assert "Provincies" not in peer and "alle organisaties" in peer
    assert not dash_duo.find_element("#benchmark-answer-1-4-input").is_selected()
    dash_duo.wait_for_contains_text("#benchmark-result-container", "Vul de stellingen in",
                                    timeout=10)
    assert dash_duo.get_logs() == []
