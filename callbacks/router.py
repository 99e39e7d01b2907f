"""Routing: the URL's path picks the page; its query string carries the page state.

First load: the layout response already holds the page for the address the browser asked
for (`first_layout`, served by serving/first_layout.py from the Referer of the layout
request), so the page draws without waiting for this callback. dcc.Location then holds that
address and reports no change, and `route` (prevent_initial_call) is not called. Without a
usable Referer the layout is the empty frame: the location reports the address on mount
and `route` renders the page as on every navigation. If the address differs from the one the
layout was rendered for, a clientside check routes again.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from dash import ALL, Input, Output, State, callback, clientside_callback

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
    prevent_initial_call=True,  # the first layout holds the page (first_layout)
)
def route(pathname: str | None, search: str | None):
    """Page, navigation, banner and skip link for the current URL."""
    path = pathname if isinstance(pathname, str) and pathname else "/"
    search = search if isinstance(search, str) else ""
    view = QueryState.from_query(search)[0]
    lang, org = norm_lang(view.lang), view.org
    page = pages.find(path)
    if page is not None and _presenting(search) and path in pages.BY_PATH:
        body = presenteer.layout(search, path)  # ?presenteer=1 on any page
        return shell.main(body), None, None, t("skip.to_content", lang)
    body = pages.render(page, search or "", path) if page else not_found.layout(path, lang)
    if page is not None and not pages.has_chrome(page, path):
        return shell.main(body), None, None, t("skip.to_content", lang)
    meta = load.meta()
    # An unknown path is never echoed into a link ("//evil.example" would leave the site),
    # and no navigation item is highlighted for it.
    current = page.PATH if page else None
    nav = [shell.navbar([(p.PATH, t(p.NAV_KEY, lang)) for p in pages.in_navigation()],
                        current, lang, org), shell.org_panel(org, lang)]
    return (shell.page(body, meta, lang), nav, shell.banner(meta, lang),
            t("skip.to_content", lang))


def first_layout(pathname: str, search: str):
    """The shell with the page for this address in it: the router's outputs for it."""
    return shell.layout(pathname, search, routed=route(pathname, search))


# A layout rendered for another address than the browser's (a Referer cut to the origin, a
# history change before the layout arrived): the browser's address into the location, which
# routes. set_props, not an Output: callbacks with the location as Input would otherwise wait
# for this one on the first load, and not run when it changes nothing.
clientside_callback(
    """function(routed) {
        const here = window.location.pathname + window.location.search;
        if (typeof routed === "string" && routed !== here) {
            window.dash_clientside.set_props("%s", {pathname: window.location.pathname,
                                                    search: window.location.search});
        }
        return window.dash_clientside.no_update;
    }""" % ids.URL,
    Output(ids.ROUTED, "modified_timestamp"),  # no callback listens to it
    Input(ids.ROUTED, "data"),
)


def cacheable(pathname: str | None, search: str | None) -> bool:
    """A page's rendering may be kept (serving/cache.py) when the page says it depends only
    on its URL and the aggregates (CACHE_LAYOUT); never the benchmark's, whose URL can hold a
    user's answers."""
    if not isinstance(pathname, str) or not isinstance(search, str):
        return False
    return bool(getattr(pages.BY_PATH.get(pathname or "/"), "CACHE_LAYOUT", False))


CACHE = {"route": cacheable}


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


# Phones: the navigation toggler opens and closes the collapsed links.
clientside_callback(
    """function(n, open) { return n ? !open : false; }""",
    Output(ids.NAV_COLLAPSE, "is_open"),
    Input(ids.NAV_TOGGLE, "n_clicks"),
    State(ids.NAV_COLLAPSE, "is_open"),
    prevent_initial_call=True,
)


# "Mijn organisatie": the panel opens and closes under the navigation bar.
clientside_callback(
    """function(n, open) {
        const next = n ? !open : false;
        const button = document.getElementById("shell-org-toggle-button");
        if (button) { button.setAttribute("aria-expanded", String(next)); }
        return next;
    }""",
    Output(ids.ORG_COLLAPSE, "is_open"),
    Input(ids.ORG_TOGGLE, "n_clicks"),
    State(ids.ORG_COLLAPSE, "is_open"),
    prevent_initial_call=True,
)

# A cluster must lie in the chosen sector: the others are disabled (and a chosen one outside
# the sector is reset), from the crosswalk in the config store. No server call.
clientside_callback(
    """function(sector, options, cluster, config) {
        const allowed = config.clusters[sector] || null;
        const out = (options || []).map(function(o) {
            return Object.assign({}, o, {disabled: !!allowed && o.value !== config.not_chosen
                                                   && allowed.indexOf(o.value) < 0});
        });
        const keep = !allowed || cluster === config.not_chosen || allowed.indexOf(cluster) >= 0;
        return [out, keep ? window.dash_clientside.no_update : config.not_chosen];
    }""",
    Output(ids.ORG_CLUSTER, "options"),
    Output(ids.ORG_CLUSTER, "value"),
    Input(ids.ORG_SECTOR, "value"),
    State(ids.ORG_CLUSTER, "options"),
    State(ids.ORG_CLUSTER, "value"),
    State(ids.ORG_CONFIG, "data"),
)

# "Toepassen" / "Wissen": the new `org` into the address (assets/70-view-state.js builds it),
# into this browser's localStorage only when "onthouden" is ticked (else it is removed), then
# the page is opened with that address (next callback: after the store has written).
clientside_callback(
    """function(apply, clear, sector, cluster, size, remember, config) {
        const nu = window.dash_clientside.no_update;
        const trigger = (window.dash_clientside.callback_context.triggered[0] || {}).prop_id || "";
        if (!apply && !clear) { return [nu, nu, nu]; }
        const pos = function(v) { return v && v !== config.not_chosen ? v : ""; };
        const org = trigger.startsWith("shell-org-clear") ? ""
            : [pos(sector), pos(cluster), pos(size)].join(",").replace(/,+$/, "");
        const keep = !!(remember && remember[0]) && org !== "";
        const target = window.iboViewState.withOrg(org);
        return [keep ? org : nu, !keep, target];
    }""",
    Output(ids.ORG_STORE, "data"),
    Output(ids.ORG_STORE, "clear_data"),
    Output(ids.ORG_TARGET, "data"),
    Input(ids.ORG_APPLY, "n_clicks"),
    Input(ids.ORG_CLEAR, "n_clicks"),
    State(ids.ORG_SECTOR, "value"),
    State(ids.ORG_CLUSTER, "value"),
    State(ids.ORG_SIZE, "value"),
    State(ids.org_remember() | {"id": ALL}, "value"),
    State(ids.ORG_CONFIG, "data"),
    prevent_initial_call=True,
)

clientside_callback(
    """function(target) {
        if (target) { window.iboViewState.go(target); }
        return window.dash_clientside.no_update;
    }""",
    Output(ids.ORG_TARGET, "modified_timestamp"),
    Input(ids.ORG_TARGET, "data"),
    prevent_initial_call=True,
)

# A remembered organisation: the checkbox shows it is remembered, and an address without
# `org` gets it (one reload; the links then carry it).
clientside_callback(
    """function(nav, ts, stored) {
        const list = window.dash_clientside.callback_context.outputs_list || [];
        const boxes = Array.isArray(list[0]) ? list[0] : list;
        const org = typeof stored === "string" && /^[0-9]*(,[0-9]*){0,2}$/.test(stored)
            ? stored : "";
        if (org) { window.iboViewState.remembered(org); }
        return boxes.map(function() { return !!org; });
    }""",
    Output(ids.org_remember() | {"id": ALL}, "value"),
    Input(ids.NAV, "children"),
    Input(ids.ORG_STORE, "modified_timestamp"),
    State(ids.ORG_STORE, "data"),
)
