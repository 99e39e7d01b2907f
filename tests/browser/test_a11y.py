"""WCAG 2.1 AA in a real browser: axe-core on every page (and the 404 page) in both languages.

Pages come from the page registry, so a new page is checked without touching this file.
axe-core is the pinned copy in tests/browser/vendor (see its README).
"""

from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import pages

pytestmark = pytest.mark.browser

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text("utf-8")
FAIL_ON = ("serious", "critical")
PATHS = [p.PATH for p in pages.PAGES] + ["/bestaat-niet"]

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.map(n => n.target.join(' ')).slice(0, 8)}))))
   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
"""


def axe_violations(duo) -> list[dict]:
    """axe-core's violations, with every data table unfolded and every view of the chart
    cards shown, so that tables, sources and downloads are checked too (each card's table
    view is chosen first: its table is built when the view opens)."""
    cards = duo.driver.execute_script(
        "const tables = document.querySelectorAll('.card-view-switch input[value=table]');"
        "tables.forEach(i => i.click()); return tables.length;")
    duo._wait_for(lambda driver: driver.execute_script(
        "return document.querySelectorAll('.card-panel-table table').length") == cards,
        timeout=10, msg="a card's table view shows no table")
    duo.driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true);"
                              "document.querySelectorAll('.card-panel')"
                              ".forEach(p => p.style.display = 'block')")
    duo.driver.set_script_timeout(60)
    duo.driver.execute_script(AXE)
    return duo.driver.execute_async_script(RUN_AXE)


def describe(url: str, violations: list[dict]) -> str:
    return "\n".join(f"{url}: [{v['impact']}] {v['id']}: {v['help']}\n    "
                     + "\n    ".join(v["targets"]) for v in violations)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_serious_or_critical_violations_on_any_page(duo, open_page, lang):
    report, failures = [], []
    for path in PATHS:
        url = path + ("?lang=en" if lang == "en" else "")
        open_page(path, lang)
        violations = axe_violations(duo)
        report.append(describe(url, violations))
        failures += [describe(url, [v]) for v in violations if v["impact"] in FAIL_ON]
    print("\n".join(r for r in report if r))  # every finding, minor ones included (-s shows)
    assert not failures, "axe-core found serious or critical violations:\n" + "\n".join(failures)


# The focused element, and whether it shows the focus ring (an outline of >= 2 px).
FOCUSED = """
const el = document.activeElement;
// a radio drawn as a button (the chart cards' view switch): the ring is on its label
const shown = el.classList.contains('btn-check') && el.nextElementSibling || el;
const style = getComputedStyle(shown);
return {id: el.id, tag: el.tagName, text: (el.innerText || '').trim().slice(0, 60),
        export: el.dataset.export || null,
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2};
"""


def tab_through(duo, limit: int = 120) -> list[dict]:
    """Every element the Tab key reaches from the top of the page, in order, until focus
    leaves the document (the browser's own controls) or comes back to the first element."""
    seen: list[dict] = []
    for _ in range(limit):
        ActionChains(duo.driver).send_keys(Keys.TAB).perform()
        focused = duo.driver.execute_script(FOCUSED)
        if focused["tag"] == "BODY" or (seen and focused == seen[0]):
            break
        seen.append(focused)
    return seen


def test_keyboard_reaches_every_control_with_visible_focus(duo, open_page):
    open_page("/")
    stops = tab_through(duo)
    assert stops[0]["id"] == "shell-skip-link"
    assert any(s["id"] == "share-copy-link-button" for s in stops)
    # each chart card's view switch is one stop (its arrow keys choose the view)
    graphs = len(duo.find_elements(".dash-graph"))
    assert sum(1 for s in stops if s["id"].endswith("-view-radio-chart")) == graphs
    assert [s for s in stops if not s["ring"]] == []
    modebar = duo.driver.execute_script(
        "return Array.from(document.querySelectorAll('.modebar-btn'), b => b.dataset.title)")
    assert "Inzoomen" in modebar and not any("Share" in title for title in modebar)


def test_keyboard_operates_skip_link_copy_link_and_downloads(duo, open_page, tmp_path):
    duo.driver.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": duo.server_url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    duo.driver.execute_cdp_cmd("Page.setDownloadBehavior",
                               {"behavior": "allow", "downloadPath": str(tmp_path)})
    open_page("/")
    tab_through(duo, limit=1)
    ActionChains(duo.driver).send_keys(Keys.ENTER).perform()  # the skip link
    assert duo.driver.execute_script("return document.activeElement.id") == "main-content"
    duo.find_element("#share-copy-link-button").send_keys(Keys.ENTER)
    duo.wait_for_text_to_equal("#share-copy-link-status", "Link gekopieerd", timeout=5)
    # the card's download view, chosen with the arrow keys in its view switch
    switch = duo.find_element("#overview-innovation-types-chart-view-radio-chart")
    switch.send_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    csv_button = duo.find_element('[data-graph="overview-innovation-types-chart"] '
                                  'button[data-export="csv"]')
    duo._wait_for(lambda d: csv_button.is_displayed(), timeout=5, msg="download view not shown")
    assert duo.driver.execute_script("return document.activeElement.id") == \
        "overview-innovation-types-chart-view-radio-download"
    csv_button.send_keys(Keys.SPACE)
    duo.wait_for_contains_text('[data-graph="overview-innovation-types-chart"] [role=status]',
                               "innovatie-typen-nl.csv", timeout=5)
