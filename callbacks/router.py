"""Routing: the URL's path picks the page; its query string carries the page state."""

from __future__ import annotations

from urllib.parse import parse_qsl

from dash import Input, Output, State, callback, clientside_callback

from components import ids, shell
from components.i18n import norm_lang, t
from components.state import QueryState
from data import load
import pages
from pages import not_found, presenteer

# The presenter storyline shows sections of the other pages' card contracts.
presenteer.provide({p.PATH: p.card for p in pages.PAGES if hasattr(p, "card")})


@callback(
    Output(ids.PAGE, "children"),
    Output(ids.NAV, "children"),
    Output(ids.BANNER, "children"),
    Output(ids.SKIP_LINK, "children"),
    Input(ids.URL, "pathname"),
    State(ids.URL, "search"),
)
def route(pathname: str | None, search: str | None):
    """Page, navigation, banner and skip link for the current URL."""
    path = pathname if isinstance(pathname, str) and pathname else "/"
    search = search if isinstance(search, str) else ""
    lang = norm_lang(QueryState.from_query(search)[0].lang)
    page = pages.find(path)
    if page is not None and _presenting(search) and path in pages.BY_PATH:
        body = presenteer.layout(search, path)  # ?presenteer=1 on any page
        return shell.main(body), None, None, t("skip.to_content", lang)
    body = pages.render(page, search or "", path) if page else not_found.layout(path, lang)
    if page is not None and not pages.has_chrome(page, path):
        return shell.main(body), None, None, t("skip.to_content", lang)
    meta = load.meta()
    # An unknown path is never echoed into a link: "//evil.example" would leave the site.
    current = page.PATH if page else "/"
    nav = shell.navbar([(p.PATH, t(p.NAV_KEY, lang)) for p in pages.in_navigation()],
                       current, lang)
    return (shell.page(body, meta, lang), nav, shell.banner(meta, lang),
            t("skip.to_content", lang))


def _cacheable(pathname: str | None, search: str | None) -> bool:
    """A page's rendering may be kept (serving/cache.py) when the page says it depends only
    on its URL and the aggregates (CACHE_LAYOUT); never the benchmark's, whose URL can hold a
    user's answers."""
    if not isinstance(pathname, str) or not isinstance(search, str):
        return False
    return bool(getattr(pages.BY_PATH.get(pathname or "/"), "CACHE_LAYOUT", False))


CACHE = {"route": _cacheable}


def _presenting(search: str) -> bool:
    return dict(parse_qsl(search.lstrip("?"))).get("presenteer") == "1"


# The document language follows the ?lang= parameter (WCAG 3.1.1).
clientside_callback(
    """function(search) {
        const lang = new URLSearchParams(search || "").get("lang") === "en" ? "en" : "nl";
        document.documentElement.lang = lang;
        return window.dash_clientside.no_update;
    }""",
    Output(ids.SKIP_LINK, "title"),
    Input(ids.URL, "search"),
)
