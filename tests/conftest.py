"""Shared test set-up: Chromium flags for browser tests on a closed network."""

from __future__ import annotations

import pytest


def pytest_setup_options():
    """Options for dash_duo's Chrome driver (Debian chromium, no network chatter)."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    for flag in ("--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic",
                 "--window-size=1400,1000"):
        options.add_argument(flag)
    return options


@pytest.fixture(scope="session")
def dash_app():
    """The one Dash app of the test session. Callbacks registered with `dash.callback` attach
    to the first app that serves a request, so a second instance (another `import_app("app")`)
    would have none: every test module must use this fixture."""
    import app

    return app.app
