"""The application shell: skip link, navigation bar, synthetic-data banner, footer."""

from __future__ import annotations

from dash import dcc, html
import dash_bootstrap_components as dbc

from components import ids, published
from components.i18n import t
from components.state import Notice


def layout() -> html.Div:
    """The static frame; the router fills navigation, banner and page per URL.

    Landmarks: header (navigation and the data banner), main, footer (contentinfo).
    """
    return html.Div([
        dcc.Location(id=ids.URL, refresh=False),
        html.A(id=ids.SKIP_LINK, className="skip-link", href=f"#{ids.MAIN}"),
        html.Header([html.Div(id=ids.NAV), html.Div(id=ids.BANNER)]),
        html.Div(id=ids.PAGE),
    ])


def main(body) -> html.Main:
    """The main landmark (the skip link's target) around a page's content."""
    return html.Main(body, id=ids.MAIN, tabIndex="-1", className="container-xxl py-3")


def page(body, meta: dict[str, str], lang: str) -> list:
    """The main content and the footer of a page, for the shell's page container."""
    return [main(body), footer(meta, lang)]


def with_lang(href: str, lang: str) -> str:
    """An internal link that keeps the current language."""
    return href if lang == "nl" else f"{href}?lang={lang}"


def navbar(pages: list[tuple[str, str]], current: str | None, lang: str) -> html.Nav:
    """Navigation with one link per existing page (path, label) and the language switch.

    current: the page's path, None for a path that is no page (nothing is highlighted). The
    language link gets the current address's parameters when clicked (assets/70-view-state.js).
    """
    other = "en" if lang == "nl" else "nl"
    links = [dbc.NavItem(dbc.NavLink(label, href=with_lang(path, lang), active=path == current))
             for path, label in pages]
    return html.Nav(dbc.Navbar(
        dbc.Container([
            dbc.NavbarBrand(t("app.title", lang), href=with_lang("/", lang)),
            # phones: the links fold away behind this button (assets: 60-phone.css)
            dbc.NavbarToggler([html.Span(className="navbar-toggler-icon"),
                               html.Span(t("nav.menu", lang), className="visually-hidden")],
                              id=ids.NAV_TOGGLE, n_clicks=0),
            dbc.Collapse([
                dbc.Nav(links, navbar=True, className="me-auto"),
                copy_link(lang),
                html.A(t("nav.language", lang), id=ids.LANG_LINK, lang=other,
                       href=with_lang(current or "/", other),
                       title=t("nav.language_title", lang), className="nav-link text-white"),
            ], id=ids.NAV_COLLAPSE, is_open=False, navbar=True),
        ], fluid=True),
        className="ibo-navbar", color="#0b5394", dark=True, expand="md", tag="div",
    ), **{"aria-label": t("nav.label", lang)})


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
    return html.P(t("banner.real", lang, min_cell=meta.get("min_cell", "5")),
                  className="synthetic-banner", role="note")


def footer(meta: dict[str, str], lang: str) -> html.Footer:
    return html.Footer(t("footer.text", lang, min_cell=meta.get("min_cell", "5"),
                         **published.report_values(lang)),
                       className="ibo-footer container-xxl mt-4 py-3")


def notices(items: list[Notice], lang: str) -> list[dbc.Alert]:
    """Visible messages about the link (invalid or unknown parameters)."""
    return [dbc.Alert(t(n.key, lang, **dict(n.values)), color="warning", className="py-2",
                      dismissable=True) for n in items]
