"""Unknown resources are 404, malformed callbacks 4xx, failures a generic 500: never a
traceback, never the request echoed as markup."""

from __future__ import annotations

import json

import pytest

from serving.errors import MAX_BODY

TRACEBACK_SIGNS = ("Traceback", 'File "', "Error:", "Exception", "site-packages")
PAYLOAD = "<script>alert(1)</script>"


def assert_generic(response) -> None:
    body = response.get_data(as_text=True)
    assert not any(sign in body for sign in TRACEBACK_SIGNS), body[:300]
    assert "<script" not in body.lower()


@pytest.mark.parametrize("url", [
    "/_dash-xyz", "/_dash-layoutx", "/_anything/else", "/assets/missing.css",
    "/assets/../app.py", "/_dash-component-suites/dash/nope.js",
    "/_dash-component-suites/nopkg/x.js", f"/_dash-{PAYLOAD}", f"/assets/{PAYLOAD}.css",
])
def test_unknown_resources_are_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert_generic(response)


def test_unknown_page_gets_the_app_which_shows_its_404_with_status_404(client):
    response = client.get("/bestaat-niet")
    assert response.status_code == 404
    assert 'id="react-entry-point"' in response.get_data(as_text=True)
    for path in ("/", "/klimaat", "/vergelijking?onderwerp=typen"):
        assert client.get(path).status_code == 200


def test_wrong_method_is_405(client):
    response = client.delete("/_dash-layout")
    assert response.status_code == 405 and "GET" in response.headers["Allow"]
    assert_generic(response)


def huge(n: int) -> str:
    return "x" * n


def dumps(data) -> bytes:
    return json.dumps(data).encode()


MALFORMED = {  # name -> body built from the router's valid payload function `rp`
    "garbage": lambda rp: b"not json{",
    "json list": lambda rp: b"[]",
    "json string": lambda rp: b'"hello"',
    "output wrong type": lambda rp: dumps({"output": 5}),
    "unknown output": lambda rp: dumps({**rp("/"), "output": "nope.children"}),
    "inputs wrong type": lambda rp: dumps({**rp("/"), "inputs": "x"}),
    "inputs empty": lambda rp: dumps({**rp("/"), "inputs": []}),
    "input without value": lambda rp: dumps({**rp("/"), "inputs": [{"id": "a"}]}),
    "pathname a number": lambda rp: dumps(rp(5)),
    "pathname a list": lambda rp: dumps(rp(["/"])),
    "search a dict": lambda rp: dumps(rp("/", {"a": 1})),
    "huge pathname": lambda rp: dumps(rp("/" + huge(500_000))),
    "huge search": lambda rp: dumps(rp("/", "?lang=" + huge(500_000))),
    "huge output name": lambda rp: dumps({**rp("/"), "output": huge(500_000)}),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_callback_payloads_are_never_500(client, route_payload, name):
    response = client.post("/_dash-update-component", data=MALFORMED[name](route_payload),
                           content_type="application/json")
    assert response.status_code == 200 or 400 <= response.status_code < 500, name
    if response.status_code != 200:
        assert_generic(response)


def test_too_large_callback_body_is_413(client, route_payload):
    body = json.dumps(route_payload("/", huge(MAX_BODY))).encode()
    response = client.post("/_dash-update-component", data=body, content_type="application/json")
    assert response.status_code == 413
    assert_generic(response)


def test_an_unexpected_exception_is_a_generic_500(client, dash_app, monkeypatch):
    def fail():
        raise RuntimeError("secret internal detail")

    monkeypatch.setitem(dash_app.server.view_functions, "/_dash-layout", fail)
    response = client.get("/_dash-layout")
    assert response.status_code == 500
    assert response.json == {"status": 500, "error": "Something went wrong"}
    assert_generic(response)
    monkeypatch.setitem(dash_app.server.view_functions, "/", fail)
    response = client.get("/")
    assert response.status_code == 500 and "Er ging iets mis" in response.get_data(as_text=True)
    assert "secret internal detail" not in response.get_data(as_text=True)


def text_nodes_holding(tree, needle: str, found: list) -> list:
    """(component type, prop) of every place in a Dash component tree holding `needle`."""
    if isinstance(tree, dict):
        if "type" in tree and "props" in tree:
            for prop, value in tree["props"].items():
                if isinstance(value, str) and needle in value:
                    found.append((tree["type"], prop))
                else:
                    text_nodes_holding(value, needle, found)
        else:
            for value in tree.values():
                text_nodes_holding(value, needle, found)
    elif isinstance(tree, list):
        for item in tree:
            text_nodes_holding(item, needle, found)
    return found


@pytest.mark.parametrize("pathname,search", [
    (f"/{PAYLOAD}", ""), ("/", f"?lang={PAYLOAD}"), ("/", f"?{PAYLOAD}=1"),
    (f"/x{PAYLOAD}", f"?lang=en&{PAYLOAD}"),
])
def test_user_input_only_ever_lands_in_text(client, route_payload, pathname, search):
    """The page HTML never contains the input; the router's JSON holds it only as the text
    (children) of plain elements, never as an attribute, link, markdown or script."""
    page = client.get(pathname + search)
    assert PAYLOAD not in page.get_data(as_text=True)
    response = client.post("/_dash-update-component", json=route_payload(pathname, search))
    assert response.status_code == 200 and response.mimetype == "application/json"
    places = text_nodes_holding(response.json, PAYLOAD, [])
    for component, prop in places:
        assert prop == "children" and component in {"P", "Span", "Div", "Alert", "Li"}, places


def hrefs(tree) -> list[str]:
    if isinstance(tree, dict):
        own = [tree["href"]] if isinstance(tree.get("href"), str) else []
        return own + [h for value in tree.values() for h in hrefs(value)]
    if isinstance(tree, list):
        return [h for item in tree for h in hrefs(item)]
    return []


def test_unknown_path_never_becomes_a_link(client, route_payload):
    """http://host//evil.example has pathname "//evil.example": a link to it would leave."""
    response = client.post("/_dash-update-component", json=route_payload("//evil.example"))
    links = hrefs(response.json)
    assert links and not any("evil" in h or h.startswith("//") for h in links), links


def test_prefix_pages_are_pages(client):
    """A page below a prefix (/sessie/<code>) is a page, not a 404."""
    import pages

    prefixed = [p for p in pages.PAGES if getattr(p, "PREFIX", None)]
    for page in prefixed:
        assert client.get(page.PREFIX + "/ABC123").status_code != 404
