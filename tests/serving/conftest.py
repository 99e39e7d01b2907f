"""Fixtures for the serving tests: a test client on the session's app, the router payload."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def client(dash_app):
    client = dash_app.server.test_client()
    client.get("/")  # Dash collects the registered callbacks on its first request
    return client


def _route_payload(pathname, search="") -> dict:
    """The router callback's request body, as the browser sends it."""
    return {
        "output": "..shell-page-container.children...shell-nav-bar.children..."
                  "shell-synthetic-banner.children...shell-skip-link.children..",
        "outputs": [{"id": i, "property": "children"} for i in (
            "shell-page-container", "shell-nav-bar", "shell-synthetic-banner", "shell-skip-link")],
        "inputs": [{"id": "shell-url-location", "property": "pathname", "value": pathname}],
        "changedPropIds": ["shell-url-location.pathname"],
        "state": [{"id": "shell-url-location", "property": "search", "value": search}],
    }


@pytest.fixture(scope="session")
def route_payload():
    return _route_payload
