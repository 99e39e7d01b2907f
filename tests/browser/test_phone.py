"""Every page on a 390 x 844 phone: collapsed navigation, usable charts, nothing cut off."""

import pytest
from dash.testing.wait import until

import pages
from tests.browser.conftest import open_drawn
from tests.browser.test_a11y import FAIL_ON, axe_violations, describe
from tests.browser.test_presenter import set_viewport

pytestmark = pytest.mark.browser

PHONE = (390, 844)
PATHS = [p.PATH for p in pages.PAGES if getattr(p, "CHROME", True)] + ["/bestaat-niet"]

# True when every chart with horizontal bars or boxes has its phone layout (labels above the
# bars, assets/50-phone-charts.js) and no draw is pending.
CHARTS_SETTLED = """
return Array.from(document.querySelectorAll('.js-plotly-plot')).every(gd => {
    const horizontal = (gd.data || []).some(t => (t.type === 'bar' || t.type === 'box')
        && t.orientation === 'h');
    const type = gd._fullLayout && gd._fullLayout.yaxis && gd._fullLayout.yaxis.type;
    const eligible = horizontal && (type === 'category' || type === 'multicategory');
    return !gd.__iboPhoneBusy && (!eligible || gd.__iboPhoneLayout === gd.layout);
});
"""

# What a phone shows, measured in the page.
PHONE_METRICS = """
const visible = (el) => el.checkVisibility ? el.checkVisibility({checkVisibilityCSS: true})
    : el.getClientRects().length > 0;
const scrolls = (el) => { for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if ((o === 'auto' || o === 'scroll') && p.scrollWidth > p.clientWidth) return true; }
    return false; };
const overflow = [];
document.querySelectorAll('#main-content .card').forEach(card => {
    const box = card.getBoundingClientRect();
    card.querySelectorAll('p, span, a, td, th, h2, h3, h4, label, button, li, legend, summary')
        .forEach(el => {
            if (!visible(el) || scrolls(el) || el.closest('.js-plotly-plot')) return;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1))
                overflow.push(el.tagName + ' "' + el.textContent.slice(0, 40) + '" ' +
                              Math.round(r.left) + '-' + Math.round(r.right) + ' in ' +
                              Math.round(box.left) + '-' + Math.round(box.right));
        });
});
const plots = Array.from(document.querySelectorAll('#main-content .js-plotly-plot')).map(gd => ({
    id: gd.parentElement.id, width: gd.getBoundingClientRect().width,
    area: gd._fullLayout ? gd._fullLayout._size.w : 0}));
// axis labels, axis titles and legends drawn outside their chart's drawing are cut off
const cut = [];
document.querySelectorAll('#main-content .js-plotly-plot').forEach(gd => {
    const svg = gd.querySelector('.main-svg');
    if (!svg) return;
    const s = svg.getBoundingClientRect();
    gd.querySelectorAll('.xtick text, .ytick text, .g-xtitle text, .g-ytitle text, .legend')
        .forEach(el => {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && (r.left < s.left - 1 || r.right > s.right + 1
                                || r.top < s.top - 1 || r.bottom > s.bottom + 1))
                cut.push(gd.parentElement.id + ': "' + el.textContent.slice(0, 40) + '"');
        });
});
const toggler = document.getElementById('shell-nav-toggle-button');
const collapse = document.getElementById('shell-nav-collapse');
return {scrollX: document.documentElement.scrollWidth - window.innerWidth,
        overflow: overflow.slice(0, 10), plots: plots, cut: cut.slice(0, 10),
        toggler: !!toggler && visible(toggler),
        navOpen: !!collapse && visible(collapse) && collapse.getBoundingClientRect().height > 0};
"""


def open_phone(duo, url: str) -> dict:
    open_drawn(duo, url)
    until(lambda: duo.driver.execute_script(CHARTS_SETTLED), timeout=10)
    return duo.driver.execute_script(PHONE_METRICS)


@pytest.mark.parametrize("path", PATHS)
def test_every_page_is_designed_for_a_phone(duo, path):
    set_viewport(duo.driver, *PHONE)
    m = open_phone(duo, path)
    assert m["scrollX"] <= 0, f"{path}: scrolls sideways by {m['scrollX']} px"
    assert m["overflow"] == [], f"{path}: text outside its card: {m['overflow']}"
    assert m["cut"] == [], f"{path}: chart text cut off: {m['cut']}"
    for plot in m["plots"]:
        assert plot["width"] >= 300 and plot["area"] >= 250, f"{path}: narrow plot {plot}"
    # the navigation is folded away behind the toggler, which opens it
    assert m["toggler"] and not m["navOpen"], f"{path}: navigation not collapsed {m}"
    duo.find_element("#shell-nav-toggle-button").click()
    until(lambda: duo.driver.execute_script(PHONE_METRICS)["navOpen"], timeout=5)
    assert duo.find_element("#shell-lang-link").is_displayed()
    logs = [e for e in duo.get_logs() if "404 (NOT FOUND)" not in e["message"]]
    assert logs == []


def test_benchmark_result_on_a_phone_shows_the_position_column(duo):
    set_viewport(duo.driver, *PHONE)
    answers = ",".join(["4", "5", "2", "3", "4", "1", "5", "4", "3", "2", "4"])
    open_phone(duo, f"/benchmark?a={answers}&sector=Gemeenten")
    duo.wait_for_element("#benchmark-statements-table td", timeout=15)
    cells = duo.driver.execute_script("""
        return Array.from(document.querySelectorAll('#benchmark-statements-table td:last-child'))
            .map(td => { const r = td.getBoundingClientRect();
                         return [td.dataset.label, td.innerText, r.left, r.right]; });""")
    assert cells and all(label == "Uw positie" for label, *_ in cells)
    assert all(0 <= left and right <= PHONE[0] for _, _, left, right in cells), cells
    assert all(text.strip() for _, text, _, _ in cells)
    assert duo.driver.execute_script(
        "return document.documentElement.scrollWidth - window.innerWidth") <= 0


def test_presenter_exit_button_visible_on_a_phone(duo):
    set_viewport(duo.driver, *PHONE)
    duo.driver.get(duo.server_url + "/presenteer?stap=2")
    duo.wait_for_element(".presenter-card .main-svg", timeout=15)
    # one read in the page: the step may be redrawn between two WebDriver calls
    rect = duo.driver.execute_script("""
        const link = document.getElementById('presenter-exit-link');
        const r = link.getBoundingClientRect();
        return {visible: link.checkVisibility(), left: r.left, right: r.right,
                bottom: r.bottom, text: link.innerText.trim()};""")
    assert rect["visible"] and rect["text"], rect
    assert 0 <= rect["left"] and rect["right"] <= PHONE[0] and rect["bottom"] <= PHONE[1], rect


def test_no_serious_or_critical_violations_at_phone_size(duo):
    set_viewport(duo.driver, *PHONE)
    failures = []
    for path in PATHS:
        open_phone(duo, path)
        failures += [describe(path, [v]) for v in axe_violations(duo) if v["impact"] in FAIL_ON]
    assert not failures, "axe-core at phone size:\n" + "\n".join(failures)
