"""One view state per page: Back / Forward, reload and the language switch all keep it."""

from urllib.parse import parse_qs, urlparse

import pytest
from dash.testing.wait import until
from selenium.webdriver.support.ui import Select

from data import questionnaire as q

pytestmark = pytest.mark.browser


def query(duo) -> dict[str, list[str]]:
    return parse_qs(urlparse(duo.driver.current_url).query)


def value(duo, selector: str) -> str:
    return duo.find_element(selector).get_attribute("value")


def checked(duo, container: str) -> list[str]:
    return duo.driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0] + ' input:checked'),"
        " i => i.value)", container)


def test_back_and_forward_on_klimaat(duo):
    duo.driver.get(duo.server_url + "/klimaat")
    duo.wait_for_element("#klimaat-box-chart .main-svg", timeout=15)
    Select(duo.find_element("#klimaat-size-select")).select_by_value("500+")
    until(lambda: query(duo).get("omvang") == ["500+"], timeout=10)
    duo.wait_for_contains_text("#klimaat-population-text", "500+", timeout=10)
    radio = duo.find_element('#klimaat-grouping-radio input[value="cluster"]')
    duo.driver.execute_script("arguments[0].click()", radio)
    until(lambda: query(duo).get("groepering") == ["cluster"], timeout=10)
    duo.wait_for_contains_text("#klimaat-box-card", "cluster", timeout=10)

    duo.driver.back()  # to ?omvang=500+ (grouped by sector)
    until(lambda: checked(duo, "#klimaat-grouping-radio") == ["sector"], timeout=10)
    assert query(duo) == {"omvang": ["500+"]}
    assert value(duo, "#klimaat-size-select") == "500+"
    duo.wait_for_contains_text("#klimaat-box-card", "sector", timeout=10)
    duo.driver.back()  # to the default view
    until(lambda: value(duo, "#klimaat-size-select") == "all", timeout=10)
    duo.wait_for_contains_text("#klimaat-population-text", "alle organisaties", timeout=10)
    assert query(duo) == {}
    duo.driver.forward()
    until(lambda: value(duo, "#klimaat-size-select") == "500+", timeout=10)
    duo.wait_for_contains_text("#klimaat-population-text", "500+", timeout=10)
    assert checked(duo, "#klimaat-grouping-radio") == ["sector"]
    # the address and the view agree, so the link shared now is the view on screen
    duo.driver.refresh()
    duo.wait_for_contains_text("#klimaat-population-text", "500+", timeout=15)
    assert value(duo, "#klimaat-size-select") == "500+"
    assert duo.get_logs() == []


def test_back_and_forward_on_vergelijking(duo):
    duo.driver.get(duo.server_url + "/vergelijking")
    duo.wait_for_element("#vergelijking-topic-chart .main-svg", timeout=15)
    first = value(duo, "#vergelijking-topic-select")
    Select(duo.find_element("#vergelijking-topic-select")).select_by_value("aanleiding")
    until(lambda: query(duo).get("onderwerp") == ["aanleiding"], timeout=10)
    duo.wait_for_contains_text("#vergelijking-topic-container", "Figuur 7", timeout=10)
    Select(duo.find_element("#vergelijking-topic-select")).select_by_value("resultaten")
    until(lambda: query(duo).get("onderwerp") == ["resultaten"], timeout=10)

    duo.driver.back()
    until(lambda: value(duo, "#vergelijking-topic-select") == "aanleiding", timeout=10)
    duo.wait_for_contains_text("#vergelijking-topic-container", "Figuur 7", timeout=10)
    duo.driver.back()
    until(lambda: value(duo, "#vergelijking-topic-select") == first, timeout=10)
    assert query(duo) == {}
    duo.driver.forward()
    until(lambda: value(duo, "#vergelijking-topic-select") == "aanleiding", timeout=10)
    duo.wait_for_contains_text("#vergelijking-topic-container", "Figuur 7", timeout=10)
    assert duo.get_logs() == []


@pytest.mark.parametrize("url, control, expected", [
    ("/klimaat?groepering=cluster&omvang=500%2B&uitsplitsing=results",
     "#klimaat-size-select", "500+"),
    ("/vergelijking?onderwerp=resultaten", "#vergelijking-topic-select", "resultaten"),
    ("/benchmark?sector=Gemeenten&vergelijk=all", "#benchmark-sector-select", "Gemeenten"),
    ("/presenteer?stap=4", None, None),
])
def test_language_switch_keeps_the_view(duo, url, control, expected):
    duo.driver.get(duo.server_url + url)
    duo.wait_for_element("#main-content h1", timeout=15)
    before = parse_qs(urlparse(duo.server_url + url).query)
    if control is None:  # the presenter has no navigation: its own language is in the step URL
        assert "lang" not in before
        duo.driver.get(duo.server_url + url + "&lang=en")
        duo.wait_for_contains_text(".presenter-bar", "Step 4 of", timeout=15)
        return
    duo.find_element("#shell-lang-link").click()
    duo.wait_for_text_to_equal("#shell-lang-link", "Nederlands", timeout=15)
    assert query(duo) == {**before, "lang": ["en"]}
    until(lambda: value(duo, control) == expected, timeout=10)
    duo.find_element("#shell-lang-link").click()
    duo.wait_for_text_to_equal("#shell-lang-link", "English", timeout=15)
    assert query(duo) == before
    assert duo.get_logs() == []


def test_language_switch_keeps_benchmark_answers_and_leaving_warns(duo):
    answers = ["4", "5", "2", "3", "4", "1", "5", "4", "3", "2", "4"]
    duo.driver.get(duo.server_url + "/benchmark?sector=Gemeenten")
    duo.wait_for_element("#benchmark-answer-1-1-input", timeout=15)
    for number, answer in enumerate(answers, 1):
        radio = duo.find_element(f"#benchmark-answer-{number}-{answer}-input")
        duo.driver.execute_script("arguments[0].click()", radio)
    duo.driver.execute_script("arguments[0].click()", duo.find_element("#benchmark-submit-button"))
    duo.wait_for_element("#benchmark-score-text", timeout=15)
    score = duo.find_element("#benchmark-score-text").text
    assert "a" not in query(duo)  # answers are not in the page's own address

    duo.find_element("#shell-lang-link").click()
    duo.wait_for_text_to_equal("#shell-lang-link", "Nederlands", timeout=15)
    duo.wait_for_element("#benchmark-score-text", timeout=15)
    assert duo.find_element("#benchmark-score-text").text.replace(".", ",") == score
    for number, answer in enumerate(answers, 1):
        assert duo.find_element(f"#benchmark-answer-{number}-{answer}-input").is_selected()
    assert value(duo, "#benchmark-sector-select") == "Gemeenten"

    # leaving with answers asks first; "cancel" stays on the page
    overview = duo.find_element("#shell-nav-bar a[href^='/?'], #shell-nav-bar a[href='/']")
    duo.driver.execute_script("window.confirm = () => false;")
    duo.driver.execute_script("arguments[0].click()", overview)
    assert urlparse(duo.driver.current_url).path == "/benchmark"
    duo.driver.execute_script("window.__asked = 0; window.confirm = () => ++window.__asked;")
    duo.driver.execute_script("arguments[0].click()", overview)
    until(lambda: urlparse(duo.driver.current_url).path == "/", timeout=10)
    assert duo.driver.execute_script("return window.__asked") == 1
    assert duo.get_logs() == []
