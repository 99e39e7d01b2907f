"""The application shell: skip link, navigation bar, synthetic-data banner, footer."""

from __future__ import annotations

from collections.abc import Callable

from dash import dcc, html
import dash_bootstrap_components as dbc

from components import ids, organisation, published
from components.i18n import t
from components.state import Notice, QueryState
from data import questionnaire as q
from data import schema


def layout(pathname: str | None = None, search: str = "",
           routed: tuple | None = None) -> html.Div:
    """The frame; the router fills navigation, banner and page per URL.

    Without arguments the frame is empty and the router renders the page once dcc.Location
    reports the address. With the address and the router's outputs for it (`routed`: page,
    navigation, banner, skip link) the page is in the frame already, and the location holds
    that address, so it reports no change and the router is not called on the first load.

    Landmarks: header (navigation and the data banner), main, footer (contentinfo).
    """
    page, nav, banner, skip = routed if routed is not None else (None, None, None, None)
    where = {"pathname": pathname, "search": search} if routed is not None else {}
    return html.Div([
        dcc.Location(id=ids.URL, refresh=False, **where),
        dcc.Store(id=ids.ROUTED, storage_type="memory",
                  data=f"{pathname}{search}" if routed is not None else None),
        # "Mijn organisatie": kept in this browser only after the user opts in
        dcc.Store(id=ids.ORG_STORE, storage_type="local"),
        dcc.Store(id=ids.ORG_TARGET, storage_type="memory"),
        dcc.Store(id=ids.ORG_CONFIG, data=org_config(), storage_type="memory"),
        html.A(skip, id=ids.SKIP_LINK, className="skip-link", href=f"#{ids.MAIN}"),
        html.Header([html.Div(nav, id=ids.NAV), html.Div(banner, id=ids.BANNER)]),
        html.Div(page, id=ids.PAGE),
    ])


def main(body) -> html.Main:
    """The main landmark (the skip link's target) around a page's content."""
    return html.Main(body, id=ids.MAIN, tabIndex="-1", className="container-xxl py-3")


def page(body, meta: dict[str, str], lang: str) -> list:
    """The main content and the footer of a page, for the shell's page container."""
    return [main(body), footer(meta, lang)]


def with_lang(href: str, lang: str, org: str = "") -> str:
    """An internal link that keeps the current language and "Mijn organisatie" (`org`)."""
    params = [*([f"lang={lang}"] if lang != "nl" else []),
              *([f"{organisation.KEY}={organisation.parse(org)}"] if org else [])]
    return f"{href}?{'&'.join(params)}" if params else href


def navbar(pages: list[tuple[str, str]], current: str | None, lang: str,
           org: str = "") -> html.Nav:
    """Navigation with one link per existing page (path, label), "Mijn organisatie" and the
    language switch.

    current: the page's path, None for a path that is no page (nothing is highlighted). The
    links carry the language and the organisation (`org`, already validated); at click time
    they and the language link take them from the current address (assets/70-view-state.js).
    """
    other = "en" if lang == "nl" else "nl"
    links = [dbc.NavItem(dbc.NavLink(label, href=with_lang(path, lang, org),
                                     active=path == current, className="ibo-nav-page"))
             for path, label in pages]
    return html.Nav(dbc.Navbar(
        dbc.Container([
            dbc.NavbarBrand(t("app.title", lang), href=with_lang("/", lang, org),
                            className="ibo-nav-page"),
            # phones: the links fold away behind this button (assets: 60-phone.css)
            dbc.NavbarToggler([html.Span(className="navbar-toggler-icon"),
                               html.Span(t("nav.menu", lang), className="visually-hidden")],
                              id=ids.NAV_TOGGLE, n_clicks=0),
            dbc.Collapse([
                dbc.Nav(links, navbar=True, className="me-auto"),
                # a group that moves to a line of its own when the links leave no room
                # (assets/10-app.css: laptop widths)
                html.Div([
                    org_toggle(organisation.of(org), lang),
                    copy_link(lang),
                    html.A(t("nav.language", lang), id=ids.LANG_LINK, lang=other,
                           href=with_lang(current or "/", other),
                           title=t("nav.language_title", lang),
                           className="nav-link text-white"),
                ], className="ibo-nav-tools d-md-flex align-items-center ms-auto"),
            ], id=ids.NAV_COLLAPSE, is_open=False, navbar=True),
        ], fluid=True),
        className="ibo-navbar", color="#0b5394", dark=True, expand="md", tag="div",
    ), **{"aria-label": t("nav.label", lang)})


def org_config() -> dict:
    """What the browser needs to keep the panel's cluster consistent with its sector: per
    sector position the positions of its clusters (data/questionnaire.py's crosswalk)."""
    return {"clusters": {str(i): [str(q.CLUSTERS.index(c) + 1)
                                  for c in q.SECTOR_CLUSTER_CROSSWALK.get(sector, {})]
                         for i, sector in enumerate(q.SECTORS, start=1)},
            "key": organisation.KEY, "not_chosen": organisation.NOT_CHOSEN}


def org_toggle(org: organisation.Organisation, lang: str) -> html.Button:
    """The navigation's "Mijn organisatie" button, naming the organisation when one is set."""
    label = t("org.button", lang)
    return html.Button(
        [label, *([": ", html.Span(org.label(lang), className="org-toggle-label")]
                  if org.given() else [])],
        id=ids.ORG_TOGGLE, type="button", className="btn btn-outline-light btn-sm me-md-3 "
        "org-toggle", **{"aria-expanded": "false", "aria-controls": ids.ORG_COLLAPSE})


def _org_select(field: str, select_id: str, org: organisation.Organisation,
                lang: str) -> dbc.Col:
    return dbc.Col([
        dbc.Label(t(f"org.{field}", lang), html_for=select_id, className="mb-1"),
        dbc.Select(id=select_id, options=organisation.control_options(field, lang),
                   value=organisation.control_value(org, field)),
    ], md=4, className="mb-2")


def org_panel(org_value: str, lang: str) -> dbc.Collapse:
    """The folded "Mijn organisatie" form: sector, cluster and size class, "onthouden op dit
    apparaat", apply and clear. Everything happens in the browser (pages/… read the URL's
    `org`); nothing is sent until the page is opened with the new address."""
    org = organisation.of(org_value)
    return dbc.Collapse(html.Section(html.Div([
        html.H2(t("org.title", lang), className="h5"),
        html.P(t("org.help", lang), className="mb-2"),
        dbc.Row([_org_select("sector", ids.ORG_SECTOR, org, lang),
                  _org_select("cluster", ids.ORG_CLUSTER, org, lang),
                  _org_select("size_class", ids.ORG_SIZE, org, lang)]),
        dbc.Checkbox(id=ids.org_remember(), label=t("org.remember", lang), value=False,
                     className="mb-1"),
        html.P(t("org.privacy", lang), className="small text-muted mb-2"),
        html.Div([
            dbc.Button(t("org.apply", lang), id=ids.ORG_APPLY, color="primary", size="sm",
                       className="me-2", type="button"),
            dbc.Button(t("org.clear", lang), id=ids.ORG_CLEAR, color="dark", outline=True,
                       size="sm", type="button"),
            html.Span(id=ids.ORG_STATUS, role="status", className="ms-2 small"),
        ]),
    ], className="container-xxl py-3"), className="org-panel",
        **{"aria-label": t("org.title", lang)}), id=ids.ORG_COLLAPSE, is_open=False)


def copy_link(lang: str) -> html.Div:
    """"Kopieer link": copies the current URL (page, state, language); assets/share.js."""
    return html.Div([
        html.Span(id=ids.COPY_LINK_STATUS, role="status", className="copy-link-status"),
        html.Button(t("share.copy_link", lang), id=ids.COPY_LINK, type="button",
                    title=t("share.copy_link_title", lang),
                    className="btn btn-outline-light btn-sm",
                    **{"data-copy-link": "", "data-status": ids.COPY_LINK_STATUS,
                       "data-msg-done": t("share.copied", lang),
                       "data-msg-error": t("share.copy_failed", lang)}),
    ], className="copy-link d-flex align-items-center me-md-3")


def banner(meta: dict[str, str], lang: str) -> html.P:
    """The data-provenance banner shown on every page."""
    if meta.get("synthetic", "true") == "true":
        return html.P(t("banner.synthetic", lang), className="synthetic-banner", role="note")
    return html.P(t("banner.real", lang, min_cell=meta.get("min_cell", str(schema.MIN_CELL))),
                  className="synthetic-banner", role="note")


def footer(meta: dict[str, str], lang: str) -> html.Footer:
    return html.Footer(t("footer.text", lang, min_cell=meta.get("min_cell", str(schema.MIN_CELL)),
                         **published.report_values(lang)),
                       className="ibo-footer container-xxl mt-4 py-3")


def notices(items: list[Notice], lang: str) -> list[dbc.Alert]:
    """Visible messages about the link (invalid or unknown parameters)."""
    return [dbc.Alert(t(n.key, lang, **dict(n.values)), color="warning", className="py-2",
                      dismissable=True) for n in items]


def language_page(state_class: type[QueryState], search: str,
                  body: Callable[[str, str], tuple], **attrs) -> html.Div:
    """A page whose one choice is the language: the notices about its query string, then
    `body(aggregates folder, lang)`, which shows published facts only and so is built once
    per language and folder (the caller memoises it with data.load.memoised; its components
    are then shared between responses and must not be changed)."""
    state, found = state_class.from_query(search)
    return html.Div([*notices(found, state.lang),
                     *body(str(schema.aggregates_dir()), state.lang)], **attrs)
