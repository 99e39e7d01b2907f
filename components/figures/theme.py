"""The plotly templates (as plotly JSON) and fixed colours."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

import copy

from components.i18n import t
from components.numbers import separators

TEMPLATE = "ibo"
PRESENTER_TEMPLATE = "ibo-presenter"
# Set while a presenter view is built: every figure then uses the projector template.
_PRESENTING: ContextVar[bool] = ContextVar("presenting", default=False)
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

# Colour-blind-safe (Okabe-Ito based); text contrast >= 4.5:1 on white for the dark ones.
NL = "#0B5394"        # the Netherlands: always this blue
DK = "#C0392B"        # Denmark: always this red
NORDIC = "#6B7B8C"    # other Nordic countries
PRIMARY = "#0B5394"
MUTED = "#9AA5B1"
SYNTHETIC = "#8E6C00"  # accents for synthetic-data based values
CLIMATE_GROUP_COLOURS = {"krachtig": "#1A7F5A", "gemiddeld": "#E69F00", "beperkt": "#B8432F"}
COUNTRY_COLOURS = {"NL": NL, "DK": DK, "NO": NORDIC, "SE": "#7F8C9A", "IS": "#56616D",
                   "FI": "#A0ABB7"}

# The templates as plotly JSON: a plain figure dict carries its template whole (plotly.js
# knows no template names), so the app never needs plotly.py's Template objects, whose
# validators take about 11 MB in every process.
_SCREEN = dict(
    font=dict(family=FONT, size=15, color="#1F2933"),
    title=dict(font=dict(size=18), x=0, xanchor="left"),
    paper_bgcolor="white",
    plot_bgcolor="white",
    colorway=[PRIMARY, "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"],
    # Tick labels are never hidden for overflowing the chart (automargin makes room for
    # them): plotly's default, "hide past div", measures every label of a linear axis on
    # every draw, 80 ms of a page's first chart (BENCHMARKS.md, section 6).
    xaxis=dict(gridcolor="#E4E7EB", zerolinecolor="#CBD2D9", automargin=True,
               ticklabeloverflow="allow"),
    yaxis=dict(gridcolor="#E4E7EB", zerolinecolor="#CBD2D9", automargin=True,
               ticklabeloverflow="allow"),
    margin=dict(l=10, r=20, t=50, b=40),
    hoverlabel=dict(font=dict(family=FONT, size=14)),
    legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
    # plotly's default modebar icons are 30% grey (1.7:1); controls need >= 3:1 (WCAG 1.4.11)
    modebar=dict(color="#52606D", activecolor="#0B5394", bgcolor="rgba(255,255,255,0.9)"),
)
# Projector: larger type, pure black text on white, heavier grid for low-contrast beamers.
_PROJECTOR = dict(
    font=dict(size=22, color="#000000"), title=dict(font=dict(size=26)),
    hoverlabel=dict(font=dict(size=20)), margin=dict(l=10, r=40, t=60, b=60),
    xaxis=dict(gridcolor="#B0B7C0", tickfont=dict(size=20)),
    yaxis=dict(gridcolor="#B0B7C0", tickfont=dict(size=20)),
)


def _merged(base: dict, changes: dict) -> dict:
    """`base` with `changes` merged in, nested dicts key by key (as plotly's update)."""
    out = copy.deepcopy(base)
    for key, value in changes.items():
        out[key] = _merged(out[key], value) if isinstance(value, dict) and isinstance(
            out.get(key), dict) else copy.deepcopy(value)
    return out


TEMPLATES: dict[str, dict] = {TEMPLATE: {"layout": _SCREEN},
                              PRESENTER_TEMPLATE: {"layout": _merged(_SCREEN, _PROJECTOR)}}


def template_dict(name: str) -> dict:
    """A template as plotly JSON (shared by every figure: do not change it)."""
    return TEMPLATES[name]


def register_plotly_templates() -> None:
    """Register the templates with plotly.py by name, as every figure's default, for code
    that builds go.Figure objects (tests, notebooks); the app itself does not need it."""
    import plotly.io as pio

    from components import plotly_fast

    for name, template in TEMPLATES.items():
        pio.templates[name] = copy.deepcopy(template)
    # Named templates are copied from a JSON snapshot (not deep-copied): a few ms less per
    # go.Figure (components/plotly_fast.py).
    plotly_fast.install(TEMPLATE)


@contextmanager
def presenting():
    """Build figures for presenter mode inside this block."""
    token = _PRESENTING.set(True)
    try:
        yield
    finally:
        _PRESENTING.reset(token)


def base_layout(lang: str, title: str | None = None, **extra) -> dict:
    """Layout settings every figure shares: template, number separators, title.

    The template is the registered one as plotly JSON (shared: do not change it), so the
    layout is complete in a plain figure dict (see `figure`)."""
    template = PRESENTER_TEMPLATE if _PRESENTING.get() else TEMPLATE
    layout = dict(template=template_dict(template), separators=separators(lang))
    if title:
        layout["title"] = dict(text=title)
    layout.update(extra)
    return layout


def figure(data: list[dict], layout: dict) -> dict:
    """A plain figure dict for dcc.Graph: what go.Figure(...).to_dict() gives, without
    plotly.py's validation of every property (several ms per figure, built per request).
    Every trace names its type; tests check the dicts against plotly's schema
    (go.Figure(figure) validates)."""
    return {"data": data, "layout": layout}


def empty_figure(lang: str, message_key: str = "empty.no_data", **values) -> dict:
    """A figure with no data and a centred message instead of an error."""
    return figure([], base_layout(
        lang, xaxis=dict(visible=False), yaxis=dict(visible=False),
        annotations=[dict(text=t(message_key, lang, **values), showarrow=False, x=0.5, y=0.5,
                          xref="paper", yref="paper", font=dict(size=18, color="#52606D"))]))
