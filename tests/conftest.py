"""Shared test set-up: Chromium flags for browser tests on a closed network."""

from __future__ import annotations


def pytest_setup_options():
    """Options for dash_duo's Chrome driver (Debian chromium, no network chatter)."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    for flag in ("--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic",
                 "--window-size=1400,1000"):
        options.add_argument(flag)
    return options
