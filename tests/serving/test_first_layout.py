"""The first layout response holds the page for the Referer's address (serving/first_layout.py)."""

from __future__ import annotations

import pytest

from components import ids
from serving.first_layout import address

LAYOUT = "/_dash-layout"


def layout(client, referer: str | None):
    response = client.get(LAYOUT, headers={"Referer": referer} if referer else {})
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert response.headers["Vary"].startswith("Referer")
    return response.get_json()


def find(tree, component_id):
    """The JSON of the component with this id in a layout tree, else None."""
    if isinstance(tree, dict):
        if tree.get("props", {}).get("id") == component_id:
            return tree
        for value in (tree.get("props", {}).values() if "props" in tree else tree.values()):
            found = find(value, component_id)
            if found is not None:
                return found
    elif isinstance(tree, list):
        for item in tree:
            found = find(item, component_id)
            if found is not None:
                return found
    return None


def kept(dash_app):
    return dash_app.server.view_functions[LAYOUT].response_cache


@pytest.mark.parametrize("referer,expected", [
    ("http://example.nl/klimaat?lang=en", ("/klimaat", "?lang=en")),
    ("https://example.nl/", ("/", "")),
    ("http://example.nl/sessie/ABC123?x=%ZZ", ("/sessie/ABC123", "?x=%ZZ")),
    (None, None), ("", None), ("not a url", None), ("javascript:alert(1)", None),
    ("http://example.nl/?" + "a" * 9000, None),
])
def test_address_of_the_referer(referer, expected):
    assert address(referer) == expected


def test_layout_holds_the_routers_page_for_the_referer(client, route_payload):
    tree = layout(client, "http://localhost/vergelijking?lang=en")
    routed = client.post("/_dash-update-component",
                         json=route_payload("/vergelijking", "?lang=en")).get_json()["response"]
    for component_id in (ids.PAGE, ids.NAV, ids.BANNER, ids.SKIP_LINK):
        assert find(tree, component_id)["props"]["children"] == \
            routed[component_id]["children"], component_id
    location = find(tree, ids.URL)["props"]
    assert (location["pathname"], location["search"]) == ("/vergelijking", "?lang=en")
    assert find(tree, ids.ROUTED)["props"]["data"] == "/vergelijking?lang=en"


def test_without_a_referer_the_plain_shell(client):
    tree = layout(client, None)
    assert find(tree, ids.PAGE)["props"].get("children") is None
    assert "pathname" not in find(tree, ids.URL)["props"]
    assert find(tree, ids.ROUTED)["props"].get("data") is None


def test_bad_parameters_and_unknown_paths_are_pages_with_a_notice(client):
    bad = layout(client, "http://localhost/klimaat?groepering=xx&lang=en")
    assert find(bad, ids.KLIMAAT_NOTICES)["props"]["children"]
    unknown = layout(client, "http://localhost/bestaat-niet?lang=en")
    assert find(unknown, ids.MAIN) is not None
    assert find(unknown, ids.ROUTED)["props"]["data"] == "/bestaat-niet?lang=en"


def test_default_pages_are_kept_a_benchmark_never(client, dash_app):
    cache = kept(dash_app)
    first = client.get(LAYOUT, headers={"Referer": "http://localhost/?lang=en"}).data
    client.get(LAYOUT, headers={"Referer": "http://localhost/?lang=en"})  # kept from the second
    hits = cache.hits
    assert client.get(LAYOUT, headers={"Referer": "http://localhost/?lang=en"}).data == first
    assert cache.hits == hits + 1
    entries = len(cache.entries)
    answers = "http://localhost/benchmark?a=4,4,3,5,4,3,4,2,5,4,3,4,4"
    assert find(layout(client, answers), ids.MAIN) is not None
    layout(client, answers)
    assert len(cache.entries) == entries
