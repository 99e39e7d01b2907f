"""Browser-test fixtures shared by the sharing, language and accessibility tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def duo(dash_duo, dash_app):
    """dash_duo serving the session's app, in a browser that prefers reduced motion: Bootstrap
    then scrolls instantly, so Selenium's scroll-then-click lands on the element."""
    dash_duo.start_server(dash_app)
    dash_duo.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    return dash_duo
