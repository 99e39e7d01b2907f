"""Pure builders of the live-session views: the room's box beside the national one, the
statements (room median against the national share agreeing), the join QR code.

Plain figure dicts (no plotly validation per poll); every number drawn is already protected
(data/rooms/stats.py) and rounded to what is shown.
"""

from __future__ import annotations

import math
import textwrap

import segno

from components.figures import theme
from components.i18n import group_label, t
from components.numbers import fmt_number
from data import questionnaire as q
from data.rooms.stats import NO_SECTOR, RoomStats

ROOM = "#B4470B"        # the room: a dark orange, apart from the national blue (5.2:1 on white)
ROOM_FILL = "rgba(180, 71, 11, 0.15)"
NATIONAL_FILL = "rgba(11, 83, 148, 0.12)"


YOU = "#1F2933"  # the participant's own score: near-black, apart from both box colours


def axis_label(label: str, width: int) -> str:
    """A group or statement name wrapped onto short lines."""
    return "<br>".join(textwrap.wrap(label, width)) or label


def _base(lang: str, projector: bool = True) -> dict:
    """theme.base_layout with the projector template for the host screen."""
    layout = theme.base_layout(lang)
    layout["template"] = theme.template_dict(
        theme.PRESENTER_TEMPLATE if projector else theme.TEMPLATE)
    return layout


def qr_data_uri(url: str) -> str:
    """The join URL as a QR code: SVG drawn on the server, as a data: URI (CSP img-src data:)."""
    code = segno.make(url, error="m")
    return code.svg_data_uri(scale=10, border=2, dark="#000000", light="#ffffff")


def _num(value) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(
        value)


def _box_trace(label: str, stats: dict, colour: str, fill: str) -> dict:
    return dict(type="box", y=[label], q1=[stats["q1"]], median=[stats["median"]],
                q3=[stats["q3"]], lowerfence=[stats["low"]], upperfence=[stats["high"]],
                orientation="h", boxpoints=False, name=label, showlegend=False,
                line=dict(color=colour, width=3), fillcolor=fill, hoverinfo="x",
                whiskerwidth=0.6)


def room_stats_box(box: dict[str, float]) -> dict:
    """A protected room box (p10, q1, median, q3, p90) as box statistics."""
    return {"q1": box["q1"], "median": box["median"], "q3": box["q3"], "low": box["p10"],
            "high": box["p90"]}


def national_box(row) -> dict:
    """A published box row (climate_box) as box statistics."""
    return {"q1": _num(row["q1"]), "median": _num(row["median"]), "q3": _num(row["q3"]),
            "low": _num(row["lower_whisker"]), "high": _num(row["upper_whisker"])}


def score_figure(stats: RoomStats, national: list[tuple[str, str, int, object]],
                 lang: str) -> dict:
    """Boxes of the room (and its sector parts when allowed) above the national boxes.

    `national`: (grouping, group, n, box row) of all organisations and of the sectors shown.
    """
    rows: list[tuple[str, dict, str, str]] = []
    if stats.box is not None:
        rows.append((t("sessie.h.box.room", lang, n=stats.n), room_stats_box(stats.box),
                     ROOM, ROOM_FILL))
    for sector, box in (stats.sectors or {}).items():
        name = t("sessie.no_sector", lang) if sector == NO_SECTOR else group_label(
            "sector", sector, lang)
        rows.append((t("sessie.h.box.part", lang, group=name, n=stats.sector_n[sector]),
                     room_stats_box(box), ROOM, ROOM_FILL))
    for grouping, group, n, row in national:
        rows.append((t("sessie.h.box.nl", lang, group=group_label(grouping, group, lang), n=n),
                     national_box(row), theme.PRIMARY, NATIONAL_FILL))
    labels = [axis_label(label, 28) for label, *_ in rows]
    traces = [_box_trace(label, box, colour, fill)
              for label, (_, box, colour, fill) in zip(labels, rows)]
    shapes = [dict(type="line", x0=cut, x1=cut, xref="x", y0=0, y1=1, yref="paper",
                   line=dict(color="#52606D", width=1, dash="dash"))
              for cut in (q.CLIMATE_CUT_LOW, q.CLIMATE_CUT_HIGH)]
    layout = dict(
        **_base(lang), height=160 + 90 * len(rows), showlegend=False,
        margin=dict(l=10, r=30, t=20, b=60), shapes=shapes,
        xaxis=dict(range=[q.LIKERT_MIN - 0.1, q.LIKERT_MAX + 0.1], dtick=0.5,
                   title=dict(text=t("sessie.h.box.axis", lang))),
        yaxis=dict(autorange="reversed", categoryorder="array", categoryarray=labels,
                   automargin=True))
    return {"data": traces, "layout": layout}


def statements_figure(stats: RoomStats, shares: dict[str, float], lang: str) -> dict:
    """Per scale statement: the room's protected median (dots, 1-5) beside the national share
    agreeing (bars, %)."""
    items = list(q.SCALE_ITEMS)
    labels = [axis_label(t(f"item.{i}", lang), 46) for i in items]
    medians = [stats.medians.get(i) for i in items]
    national = [shares.get(i) for i in items]
    median_text = [fmt_number(m, lang, 1) if m is not None else t("sessie.h.st.withheld", lang)
                   for m in medians]
    traces = [
        dict(type="scatter", x=medians, y=labels, mode="markers+text", xaxis="x", yaxis="y",
             marker=dict(color=ROOM, size=16), text=median_text, textposition="middle right",
             textfont=dict(color=ROOM, size=15), name=t("sessie.h.st.median", lang),
             hoverinfo="x", cliponaxis=False),
        dict(type="bar", x=national, y=labels, orientation="h", xaxis="x2", yaxis="y",
             marker=dict(color=theme.PRIMARY), name=t("sessie.h.st.share", lang),
             text=[fmt_number(v, lang, 0) + " %" if v is not None else "–" for v in national],
             textposition="outside", hoverinfo="x", cliponaxis=False),
    ]
    layout = dict(
        **_base(lang), height=140 + 56 * len(items), showlegend=False,
        margin=dict(l=10, r=50, t=80, b=20),
        xaxis=dict(domain=[0, 0.42], range=[q.LIKERT_MIN - 0.2, q.LIKERT_MAX + 0.6], dtick=1,
                   title=dict(text=t("sessie.h.st.median", lang)), side="top"),
        xaxis2=dict(domain=[0.5, 1], range=[0, 115], dtick=25,
                    title=dict(text=t("sessie.h.st.share", lang)), side="top"),
        yaxis=dict(autorange="reversed", categoryorder="array", categoryarray=labels,
                   automargin=True))
    return {"data": traces, "layout": layout}


def own_figure(national: list[tuple[str, str, int, object]], score: float, lang: str) -> dict:
    """The participant's own score (a marker) on the national boxes: for their screen only."""
    rows = [(axis_label(t("sessie.h.box.nl", lang, group=group_label(g, v, lang), n=n), 24),
             national_box(row)) for g, v, n, row in national]
    labels = [label for label, _ in rows]
    traces = [_box_trace(label, box, theme.PRIMARY, NATIONAL_FILL) for label, box in rows]
    traces.append(dict(type="scatter", x=[score] * len(labels), y=labels, mode="markers",
                       marker=dict(symbol="diamond", size=18, color=YOU,
                                   line=dict(color="white", width=2)),
                       name=t("benchmark.chart.you_legend", lang), hoverinfo="name+x",
                       showlegend=False))
    text = t("benchmark.chart.you", lang, score=fmt_number(score, lang, 2))
    annotations = [dict(x=score, y=label, yshift=26, showarrow=False, text=text,
                        font=dict(size=14, color=YOU), bgcolor="rgba(255,255,255,0.9)")
                   for label in labels]
    layout = dict(
        **_base(lang, projector=False), height=130 + 90 * len(labels), showlegend=False,
        margin=dict(l=10, r=20, t=30, b=40), annotations=annotations,
        xaxis=dict(range=[q.LIKERT_MIN - 0.1, q.LIKERT_MAX + 0.1], dtick=1,
                   title=dict(text=t("sessie.h.box.axis", lang))),
        yaxis=dict(autorange="reversed", categoryorder="array", categoryarray=labels,
                   automargin=True))
    return {"data": traces, "layout": layout}
