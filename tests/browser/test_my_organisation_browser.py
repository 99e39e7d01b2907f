""""Mijn organisatie" in a real browser: set once, carried by the navigation, used by
/klimaat (highlight), /benchmark (profile) and /vergelijking (subgroup); kept in the browser's
localStorage only after opting in; withheld groups point to the nearest view."""

from urllib.parse import parse_qs, urlparse

import pytest
from dash.testing.wait import until
from selenium.webdriver.support.ui import Select

from components import organisation
from data import questionnaire as q
from tests.browser.test_phone import PHONE
from tests.browser.test_presenter import set_viewport

pytestmark = pytest.mark.browser

BOX = "#klimaat-box-chart"
DESKTOP = (1366, 768)
GEMEENTEN = str(q.SECTORS.index("Gemeenten") + 1)
CLUSTER = str(q.CLUSTERS.index("Gemeenten en onderdelen") + 1)
SIZE = str(q.SIZE_CLASSES.index("500+") + 1)

# The box plot's traces as plotly has them: names, and the tick label of the org's row.
BOX_TRACES = """
const gd = document.querySelector(arguments[0] + ' .js-plotly-plot');
if (!gd || !gd.data) return null;
return {names: gd.data.map(t => t.name || ''),
        ticks: Array.from(gd.querySelectorAll('.ytick text, .annotation-text'),
                          e => e.textContent)};
"""


def query(duo) -> dict[str, list[str]]:
    return parse_qs(urlparse(duo.driver.current_url).query)


def stored(duo):
    return duo.driver.execute_script("return window.localStorage.getItem(arguments[0])",
                                     "shell-org-store")


def open_panel(duo) -> None:
    if not duo.find_element("#shell-org-toggle-button").is_displayed():  # phones: the menu
        duo.find_element("#shell-nav-toggle-button").click()
        until(lambda: duo.find_element("#shell-org-toggle-button").is_displayed(), timeout=5)
    duo.find_element("#shell-org-toggle-button").click()
    until(lambda: duo.find_element("#shell-org-apply-button").is_displayed(), timeout=5)


def choose(duo, sector: str = "-", cluster: str = "-", size: str = "-",
           remember: bool = False) -> None:
    Select(duo.find_element("#shell-org-sector-select")).select_by_value(sector)
    until(lambda: duo.find_element(f'#shell-org-cluster-select option[value="{cluster}"]')
          .get_attribute("disabled") is None, timeout=5)
    Select(duo.find_element("#shell-org-cluster-select")).select_by_value(cluster)
    Select(duo.find_element("#shell-org-size-select")).select_by_value(size)
    box = duo.find_element('[id*="shell-org-remember-checkbox"]')
    if box.is_selected() != remember:
        duo.driver.execute_script("arguments[0].click()", box)
    duo.find_element("#shell-org-apply-button").click()


def wait_rendered(duo, selector: str = "#main-content h1") -> None:
    duo.wait_for_element(selector, timeout=15)
    until(lambda: duo.driver.execute_script(
        "return !document.querySelector('[data-dash-is-loading=\"true\"]')"), timeout=15)


def nav_to(duo, path: str) -> None:
    link = duo.driver.find_element("css selector", f'#shell-nav-bar a.nav-link[href^="{path}"]')
    if not link.is_displayed():
        duo.find_element("#shell-nav-toggle-button").click()
        until(link.is_displayed, timeout=5)
    link.click()
    until(lambda: urlparse(duo.driver.current_url).path == path, timeout=10)


def test_set_once_and_carried_to_klimaat_benchmark_and_vergelijking(duo):
    set_viewport(duo.driver, *DESKTOP)
    duo.driver.get(duo.server_url + "/klimaat")
    wait_rendered(duo, f"{BOX} .main-svg")
    open_panel(duo)
    # a cluster outside the chosen sector cannot be chosen
    Select(duo.find_element("#shell-org-sector-select")).select_by_value(GEMEENTEN)
    other = str(q.CLUSTERS.index("Rijk Beleid") + 1)
    until(lambda: duo.find_element(f'#shell-org-cluster-select option[value="{other}"]')
          .get_attribute("disabled") is not None, timeout=5)
    choose(duo, GEMEENTEN, CLUSTER, SIZE)
    until(lambda: query(duo).get("org") == [f"{GEMEENTEN},{CLUSTER},{SIZE}"], timeout=10)
    wait_rendered(duo, f"{BOX} .main-svg")
    assert stored(duo) is None  # not remembered unless asked

    # /klimaat: the sector box of Gemeenten is highlighted, said in words too
    traces = duo.driver.execute_script(BOX_TRACES, BOX)
    assert "◆ Mijn organisatie: Gemeenten" in traces["names"]
    assert any(tick.startswith("◆ Gemeenten") for tick in traces["ticks"]), traces
    duo.wait_for_contains_text("#klimaat-box-org-note", "Uw organisatie (Gemeenten) is "
                               "gemarkeerd", timeout=5)
    summary = duo.find_element("#klimaat-box-chart-summary").get_attribute("textContent")
    assert "Uw organisatie (Gemeenten) is gemarkeerd" in summary  # the text alternative
    assert "Gemeenten" in duo.find_element("#shell-org-toggle-button").text
    # a control change keeps it in the address
    duo.driver.execute_script("document.querySelector('#klimaat-grouping-radio "
                              "input[value=cluster]').click()")
    until(lambda: query(duo).get("groepering") == ["cluster"], timeout=10)
    assert query(duo)["org"] == [f"{GEMEENTEN},{CLUSTER},{SIZE}"]
    until(lambda: "◆ Mijn organisatie: Gemeenten en onderdelen" in
          duo.driver.execute_script(BOX_TRACES, BOX)["names"], timeout=10)

    # /benchmark: the profile and so the peer group start from it
    nav_to(duo, "/benchmark")
    wait_rendered(duo, "#benchmark-sector-select")
    assert query(duo)["org"] == [f"{GEMEENTEN},{CLUSTER},{SIZE}"]
    assert duo.find_element("#benchmark-sector-select").get_attribute("value") == "Gemeenten"
    assert duo.find_element("#benchmark-size-select").get_attribute("value") == "500+"
    assert duo.find_element("#benchmark-peer-sector-input").is_selected()
    assert "Mijn organisatie" in duo.find_element("#benchmark-profile-from-org").text

    # /vergelijking: offered as subgroup, one click shows it
    nav_to(duo, "/vergelijking")
    wait_rendered(duo, "#vergelijking-org-offer-text button")
    assert query(duo)["org"] == [f"{GEMEENTEN},{CLUSTER},{SIZE}"]
    first = Select(duo.find_element("#vergelijking-subgroup-select")).options[1].text
    assert "mijn organisatie" in first
    duo.find_element("#vergelijking-org-offer-text button").click()
    until(lambda: query(duo).get("subgroep") == ["sector:Gemeenten"], timeout=10)
    assert query(duo)["org"] == [f"{GEMEENTEN},{CLUSTER},{SIZE}"]
    assert duo.find_element("#vergelijking-subgroup-select").get_attribute("value") == \
        "sector:Gemeenten"
    assert duo.get_logs() == []


def test_remembered_only_after_opting_in_and_cleared(duo):
    set_viewport(duo.driver, *DESKTOP)
    duo.driver.get(duo.server_url + "/")
    wait_rendered(duo)
    open_panel(duo)
    choose(duo, size=SIZE, remember=True)
    until(lambda: query(duo).get("org") == [f",,{SIZE}"], timeout=10)
    assert stored(duo) == f'",,{SIZE}"'  # dcc.Store keeps JSON
    # a later visit without `org` gets it back, and the panel says it is remembered
    duo.driver.get(duo.server_url + "/klimaat?groepering=size_class")
    until(lambda: query(duo).get("org") == [f",,{SIZE}"], timeout=10)
    assert query(duo)["groepering"] == ["size_class"]
    wait_rendered(duo, f"{BOX} .main-svg")
    until(lambda: "◆ Mijn organisatie: 500+ medewerkers" in
          (duo.driver.execute_script(BOX_TRACES, BOX) or {"names": []})["names"], timeout=10)
    open_panel(duo)
    assert duo.find_element('[id*="shell-org-remember-checkbox"]').is_selected()
    duo.find_element("#shell-org-clear-button").click()
    until(lambda: "org" not in query(duo), timeout=10)
    wait_rendered(duo)
    assert stored(duo) is None
    duo.driver.get(duo.server_url + "/")
    wait_rendered(duo)
    assert "org" not in query(duo)
    assert duo.get_logs() == []


def test_withheld_group_offers_the_nearest_view_and_bad_value_is_named(duo):
    provincies = str(q.SECTORS.index("Provincies") + 1)
    duo.driver.get(duo.server_url + f"/klimaat?org={provincies}")
    wait_rendered(duo, f"{BOX} .main-svg")
    note = duo.find_element("#klimaat-box-org-note")
    assert "Provincies" in note.text and "niet getoond" in note.text
    link = note.find_element("css selector", "a")
    assert "Overig (decentraal)" in link.text
    link.click()
    until(lambda: query(duo).get("groepering") == ["cluster"], timeout=10)
    until(lambda: any(tick.startswith("Overig (decentraal)") for tick in
                      (duo.driver.execute_script(BOX_TRACES, BOX) or {"ticks": []})["ticks"]),
          timeout=10)
    assert query(duo)["org"] == [provincies]
    # an invalid value: the usual notice, the page without an organisation
    duo.driver.get(duo.server_url + "/klimaat?org=1,42")
    duo.wait_for_contains_text("#klimaat-notices-container", "org", timeout=10)
    assert "ongeldig" in duo.find_element("#klimaat-notices-container").text
    assert "Gemeenten" not in duo.find_element("#shell-org-toggle-button").text
    assert duo.get_logs() == []


def test_set_on_a_phone(duo):
    set_viewport(duo.driver, *PHONE)
    duo.driver.get(duo.server_url + "/klimaat")
    wait_rendered(duo, f"{BOX} .main-svg")
    open_panel(duo)
    assert duo.driver.execute_script(
        "return document.documentElement.scrollWidth - window.innerWidth") <= 0
    choose(duo, GEMEENTEN)
    until(lambda: query(duo).get("org") == [GEMEENTEN], timeout=10)
    wait_rendered(duo, f"{BOX} .main-svg")
    until(lambda: any("Gemeenten" in tick and "◆" in tick for tick in
                      (duo.driver.execute_script(BOX_TRACES, BOX) or {"ticks": []})["ticks"]),
          timeout=10)
    nav_to(duo, "/benchmark")
    wait_rendered(duo, "#benchmark-sector-select")
    assert duo.find_element("#benchmark-sector-select").get_attribute("value") == "Gemeenten"
    assert query(duo)["org"] == [GEMEENTEN]
    assert organisation.Organisation.decode(query(duo)["org"][0]).sector == "Gemeenten"
    assert duo.get_logs() == []


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_open_panel_has_no_serious_accessibility_issue(duo, size):
    from tests.browser.test_a11y import FAIL_ON, axe_violations, describe

    set_viewport(duo.driver, *size)
    duo.driver.get(duo.server_url + f"/klimaat?org={GEMEENTEN},{CLUSTER}")
    wait_rendered(duo, f"{BOX} .main-svg")
    open_panel(duo)
    assert duo.find_element("#shell-org-toggle-button").get_attribute("aria-expanded") == "true"
    failures = [v for v in axe_violations(duo) if v["impact"] in FAIL_ON]
    assert not failures, describe("/klimaat (panel open)", failures)
