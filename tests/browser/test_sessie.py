"""A live session end to end, the way people run one: a host browser on the projector screen
and five participant browsers (phone size), against the app on TWO gunicorn workers, on the
SQLite store (the default) and on Redis (IBO_REDIS_URL). The room view appears at the fifth
answer and not before; it never shows a participant's exact score; freeze, reopen and close
work; the host token stays out of the address bar, the participants' pages and the log."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from data import questionnaire as q
from tests.browser.test_a11y import AXE, FAIL_ON, RUN_AXE, describe
from tests.conftest import free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
N = len(q.SCALE_ITEMS)
# Five participants with distinct scores (answers per statement); the sixth comes while frozen.
ANSWERS = [["5"] * 4 + ["4"] * (N - 4), ["3"] * N, ["2"] * 5 + ["4"] * (N - 5),
           ["4"] * N, ["1"] * 3 + ["x"] + ["3"] * (N - 4), ["5"] * N]
SECTORS = ["Gemeenten", "", "Gemeenten", "Waterschappen", "", ""]


def score_of(tokens):
    return q.scale_score([int(v) if v.isdigit() else None for v in tokens])


def start_server(tmp_path: Path, redis_url: str | None):
    """The app on two gunicorn workers (SQLite in tmp_path, or Redis); yields (url, log)."""
    port = free_port()
    env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1", "IBO_WORKERS": "2",
           "IBO_THREADS": "4", "PYTHONPATH": str(REPO), "IBO_DATA_DIR": str(tmp_path / "data")}
    env.pop("IBO_REDIS_URL", None)
    if redis_url:
        env["IBO_REDIS_URL"] = redis_url
    log = tmp_path / "gunicorn.log"
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    with log.open("w") as out:
        proc = subprocess.Popen([gunicorn, "-c", "gunicorn.conf.py", "app:server"], cwd=REPO,
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
    try:
        yield f"http://127.0.0.1:{port}", log
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(params=["sqlite", "redis"])
def server(request, tmp_path):
    """The app on two gunicorn workers with the store of the parameter."""
    url = request.getfixturevalue("redis_url") if request.param == "redis" else None
    yield from start_server(tmp_path, url)


@pytest.fixture
def sqlite_server(tmp_path):
    yield from start_server(tmp_path, None)


def browser(width: int, height: int) -> webdriver.Chrome:
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic",
                 f"--window-size={width},{height}"):
        options.add_argument(flag)
    if os.environ.get("DASH_TEST_CHROMEPATH"):
        options.binary_location = os.environ["DASH_TEST_CHROMEPATH"]
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # Bootstrap scrolls smoothly unless motion is reduced: Selenium's scroll-then-click would
    # land beside the element.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    return driver


def wait(driver, condition, timeout: float = 20, message: str = ""):
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(condition, message)


def text_of(driver, element_id: str) -> str:
    found = driver.find_elements(By.ID, element_id)
    return found[0].text if found else ""


def answer_as_participant(join_url: str, tokens: list[str], sector: str) -> str:
    """A fresh phone browser answers and sees its own result; returns its page source."""
    phone = browser(390, 844)
    try:
        phone.get(join_url)
        wait(phone, lambda d: d.find_elements(By.ID, "sessie-submit-button"), message="form")
        if sector:
            phone.find_element(By.CSS_SELECTOR, f"#sessie-sector-select option[value='{sector}']"
                               ).click()
        for number, value in enumerate(tokens, start=1):
            phone.find_element(By.CSS_SELECTOR,
                               f"label[for='sessie-answer-{number}-{value}-input']").click()
        phone.find_element(By.ID, "sessie-submit-button").click()
        wait(phone, lambda d: "opgeslagen" in text_of(d, "sessie-status-text"),
             message="saved")
        wait(phone, lambda d: d.find_elements(By.CSS_SELECTOR, "#sessie-own-chart .main-svg"),
             message="own result")
        assert f"{score_of(tokens):.2f}".replace(".", ",") in text_of(phone,
                                                                      "sessie-result-container")
        assert [e for e in phone.get_log("browser") if e["level"] == "SEVERE"] == []
        return phone.page_source
    finally:
        phone.quit()


def room_box(host) -> list[float]:
    """The room box's statistics as drawn (plotly's data of the score chart)."""
    return host.execute_script("""
        const gd = document.querySelector('#sessie-score-chart .js-plotly-plot');
        const box = gd.data[0];
        return [box.lowerfence[0], box.q1[0], box.median[0], box.q3[0], box.upperfence[0]];""")


def test_a_session_from_start_to_close(server):
    base, log = server
    host = browser(1920, 1080)
    try:
        host.get(base + "/sessie")
        wait(host, lambda d: d.find_elements(By.ID, "sessie-start-button"), message="landing")
        host.find_element(By.ID, "sessie-start-button").click()
        wait(host, lambda d: "deelnemers" in text_of(d, "sessie-count-text"), message="host")
        assert "sleutel" not in host.current_url  # the token left the address bar
        code = host.find_element(By.CLASS_NAME, "sessie-code").text
        join_url = host.find_element(By.CLASS_NAME, "sessie-join-url").text
        assert join_url == f"{base}/sessie/{code}"
        token = host.execute_script(
            "return JSON.parse(localStorage.getItem('ibo-sessie-host-keys'))[arguments[0]]", code)
        assert token and len(token) >= 32
        qr = host.find_element(By.CLASS_NAME, "sessie-qr").get_attribute("src")
        assert qr.startswith("data:image/svg+xml")

        sources = []
        for i in range(5):
            assert host.find_elements(By.ID, "sessie-score-chart") == []  # not before the 5th
            assert f"Nog {5 - i} antwoorden nodig" in text_of(host, "sessie-view-container")
            sources.append(answer_as_participant(join_url, ANSWERS[i], SECTORS[i]))
            done = time.monotonic()
            if i < 4:
                wait(host, lambda d, i=i: text_of(d, "sessie-count-text") == f"{i + 1} deelnemers",
                     timeout=3, message="count")
        wait(host, lambda d: d.find_elements(By.CSS_SELECTOR, "#sessie-score-chart .main-svg"),
             timeout=2.5, message="room view within 2 s of the fifth answer")
        lag = time.monotonic() - done
        assert lag < 2.5, lag
        assert text_of(host, "sessie-count-text") == "5 deelnemers"
        scores = {round(score_of(a), 2) for a in ANSWERS[:5]}
        drawn = room_box(host)
        assert not set(drawn) & scores, (drawn, scores)
        assert all(token not in source for source in sources)
        # only two sectors of which none has five: no sector split
        assert "Zaal: Gemeenten" not in text_of(host, "sessie-view-container")

        host.find_element(By.ID, "sessie-freeze-button").click()
        wait(host, lambda d: "Bevroren" in text_of(d, "sessie-state-text"), message="frozen")
        answer_as_participant(join_url, ANSWERS[5], SECTORS[5])
        time.sleep(2.2)
        assert text_of(host, "sessie-count-text") == "5 deelnemers"
        assert room_box(host) == drawn
        host.find_element(By.ID, "sessie-reopen-button").click()
        wait(host, lambda d: text_of(d, "sessie-count-text") == "6 deelnemers", timeout=3,
             message="reopened")

        host.find_element(By.ID, "sessie-close-button").click()
        wait(host, lambda d: d.switch_to.alert, timeout=5, message="confirm")
        host.switch_to.alert.accept()
        wait(host, lambda d: "gesloten" in text_of(d, "sessie-host-message-text"),
             message="closed")
        assert host.find_elements(By.ID, "sessie-score-chart") == []
        assert [e for e in host.get_log("browser") if e["level"] == "SEVERE"] == []
    finally:
        host.quit()
    phone = browser(390, 844)
    try:
        phone.get(join_url)  # a participant link cannot reopen a closed room
        wait(phone, lambda d: d.find_elements(By.CSS_SELECTOR, ".sessie-closed h1"),
             message="closed page")
        assert phone.find_elements(By.ID, "sessie-submit-button") == []
    finally:
        phone.quit()
    text = log.read_text()
    assert token not in text and "sleutel" not in text
    assert f"/sessie/{code}/scherm" in text  # the host screen was logged by its path only


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_session_pages_pass_axe(sqlite_server, lang):
    base, _ = sqlite_server
    query = "?lang=en" if lang == "en" else ""
    driver = browser(1366, 768)
    try:
        driver.get(base + "/sessie" + query)
        wait(driver, lambda d: d.find_elements(By.ID, "sessie-start-button"), message="landing")
        driver.find_element(By.ID, "sessie-start-button").click()
        wait(driver, lambda d: "sessie-count-text" in d.page_source and text_of(
            d, "sessie-count-text"), message="host")
        host_url = driver.current_url
        code = driver.find_element(By.CLASS_NAME, "sessie-code").text
        failures = []
        for url in (base + "/sessie" + query, host_url, f"{base}/sessie/{code}{query}",
                    f"{base}/sessie/ZZZZZZ{query}"):
            driver.get(url)
            wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#main-content h1"),
                 message=url)
            time.sleep(0.5)
            driver.execute_script(
                "document.querySelectorAll('details').forEach(d => d.open = true)")
            driver.set_script_timeout(60)
            driver.execute_script(AXE)
            violations = driver.execute_async_script(RUN_AXE)
            failures += [describe(url, [v]) for v in violations if v["impact"] in FAIL_ON]
        assert not failures, "\n".join(failures)
    finally:
        driver.quit()
