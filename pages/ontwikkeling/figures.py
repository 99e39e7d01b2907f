"""Pure builders of the trends page: observations (data/editions.py) -> figure, table, text."""

from __future__ import annotations

import pandas as pd

from components.change import diff_text, marker_text
from components.figures import theme
from components.figures.published import hbar, value_label
from components.i18n import t
from components.provenance import figure_label
from data.editions import Observation

# An earlier edition is drawn lighter than the latest of its country (same hue).
FADED = {"NL": "#6A98C4", "DK": "#D98379"}


def edition_label(obs: Observation) -> str:
    """"IBO 2025 · 2023-2024": the edition and the period it measured."""
    return f"{obs.edition.label} · {obs.period}"


def axis_label(country: str, obs: Observation) -> str:
    """A short, two-line bar label that fits a phone: "NL · IBO 2025<br>2023-2024"."""
    return f"{country} · {obs.edition.label}<br>{obs.period}"


def bar_text(obs: Observation, lang: str) -> str:
    """The label on a bar: value, and for a later edition the change with ✱ when it is larger
    than sampling noise."""
    text = value_label(obs.value, obs.exactness, obs.unit, lang)
    if obs.change is not None:
        text += f"  ({diff_text(obs.change.difference, lang)}"
        text += " ✱)" if obs.change.testable and obs.change.significant else ")"
    return text


def visible(by_country: dict[str, tuple[Observation, ...]]) -> dict[str, tuple[Observation, ...]]:
    """The countries with at least one published value."""
    return {c: obs for c, obs in by_country.items() if any(o.value is not None for o in obs)}


def trend_figure(by_country: dict[str, tuple[Observation, ...]], lang: str) -> dict:
    """Horizontal bars: per country every edition in order, missing ones written out."""
    shown = visible(by_country)
    if not shown:
        return theme.empty_figure(lang)
    groups, rows, values, texts, colours, patterns, hover = [], [], [], [], [], [], []
    missing_y: tuple[list, list] = ([], [])
    for country, observations in shown.items():
        latest = max(o.edition.position for o in observations if o.value is not None)
        for obs in observations:
            name, label = t(f"country.{country}", lang), edition_label(obs)
            groups.append(name)
            rows.append(axis_label(country, obs))
            if obs.value is None:
                values.append(None)
                texts.append("")
                colours.append(theme.MUTED)
                patterns.append("")
                hover.append(f"{name} – {label}: {t('trend.not_published', lang)}")
                missing_y[0].append(name)
                missing_y[1].append(axis_label(country, obs))
                continue
            values.append(obs.value)
            texts.append(bar_text(obs, lang))
            colour = theme.COUNTRY_COLOURS[country] if obs.edition.position == latest \
                else FADED.get(country, theme.MUTED)
            colours.append(colour)
            patterns.append("" if obs.exactness == "exact" else "/")
            line = f"{name} – {label}: {value_label(obs.value, obs.exactness, obs.unit, lang)}"
            line += f"<br>{t('exactness.' + obs.exactness, lang)}"
            if obs.change is not None:
                line += f"<br>{marker_text(obs.change, lang)}"
            if obs.secondary:
                line += f"<br>{t('trend.secondary.short', lang)}: {obs.source_id}"
            hover.append(line)
    data = [dict(
        type="bar", x=values, y=rows, orientation="h", text=texts, textposition="outside",
        cliponaxis=False, hovertext=hover, hoverinfo="text", showlegend=False,
        marker=dict(color=colours, line=dict(color=colours, width=2),
                    pattern=dict(shape=patterns, fillmode="overlay", fgcolor="white", size=8)),
    )]
    if missing_y[0]:
        data.append(dict(
            type="scatter", x=[0.5] * len(missing_y[0]), y=missing_y[1], mode="text",
            text=[t("trend.not_published", lang)] * len(missing_y[0]),
            textposition="middle right", textfont=dict(color="#52606D", size=14),
            hoverinfo="skip", showlegend=False, name="empty"))
    count = sum(len(o) for o in shown.values())
    pct = all(o.unit == "pct" for obs in shown.values() for o in obs if o.value is not None)
    top = max(v for v in values if v is not None)
    # room right of the bars for labels such as "76%  (−10 ✱)", also on a phone
    xaxis = dict(range=[0, max(100.0, top) * 1.6] if pct else [0, top * 1.6],
                 ticksuffix="%" if pct else "")
    if pct:
        xaxis.update(tickvals=[0, 20, 40, 60, 80, 100], title=dict(text=t("trend.axis", lang)))
    return theme.figure(data, theme.base_layout(
        lang, showlegend=False, bargap=0.25, height=max(220, 80 + 46 * count),
        margin=dict(l=10, r=40, t=20, b=40),
        yaxis=dict(autorange="reversed", type="category"), xaxis=xaxis))


def changes(by_country: dict[str, tuple[Observation, ...]]) -> list[tuple[str, Observation,
                                                                          Observation]]:
    """(country, earlier, later) for every tested or untestable change, in order."""
    out = []
    for country, observations in visible(by_country).items():
        with_value = [o for o in observations if o.value is not None]
        for before, after in zip(with_value, with_value[1:]):
            if after.change is not None:
                out.append((country, before, after))
    return out


def summary(by_country: dict[str, tuple[Observation, ...]], lang: str) -> str:
    """One sentence per country: each change with the noise test's outcome."""
    parts = []
    for country, observations in by_country.items():
        name = t(f"country.{country}", lang)
        with_value = [o for o in observations if o.value is not None]
        if not with_value:
            parts.append(t("trend.no_counterpart", lang, country=name))
            continue
        steps = [t("trend.change", lang, label=f"{b.edition.label} → {a.edition.label}",
                   before=value_label(b.value, b.exactness, b.unit, lang),
                   after=value_label(a.value, a.exactness, a.unit, lang),
                   diff=diff_text(a.change.difference, lang), marker=marker_text(a.change, lang))
                 for c, b, a in changes({country: observations})]
        if steps:
            parts.append(t("trend.summary", lang, country=name, changes="; ".join(steps)))
        else:
            only = with_value[0]
            parts.append(t("trend.summary.single", lang, country=name, label=edition_label(only),
                           value=value_label(only.value, only.exactness, only.unit, lang)))
    return " ".join(parts)


def table(by_country: dict[str, tuple[Observation, ...]], lang: str) -> pd.DataFrame:
    """What the chart shows, one row per edition, with period, n, exactness, source and test."""
    rows = []
    for country, observations in visible(by_country).items():
        for obs in observations:
            if obs.value is None:
                value = exactness = n = source = figure = change = noise = note = "–"
                value = t("trend.not_published", lang)
            else:
                value = value_label(obs.value, obs.exactness, obs.unit, lang)
                exactness = t(f"exactness.{obs.exactness}", lang)
                n = "–" if obs.n is None else (t("trend.n_registry", lang, n=obs.n)
                                               if obs.n_from_registry else str(obs.n))
                source = obs.source_id + (f" ({t('trend.secondary.short', lang)})"
                                          if obs.secondary else "")
                figure = figure_label(obs.figure, lang) if obs.figure else "–"
                change = "–" if obs.change is None else diff_text(obs.change.difference, lang)
                noise = "–" if obs.change is None else marker_text(obs.change, lang)
                note = "; ".join(t("trend.also", lang, label=obs.edition.label, source=s,
                                   value=value_label(v, e, obs.unit, lang))
                                 for v, e, s in obs.also) or "–"
            rows.append({
                t("table.col.country", lang): t(f"country.{country}", lang),
                t("table.col.edition", lang): obs.edition.label,
                t("table.col.period", lang): obs.period,
                t("table.col.value", lang): value,
                t("table.col.exactness", lang): exactness,
                t("table.col.n", lang): n,
                t("table.col.change", lang): change,
                t("table.col.noise", lang): noise,
                t("table.col.source", lang): source,
                t("table.col.figure", lang): figure,
                t("table.col.note", lang): note,
            })
    return pd.DataFrame(rows)


def break_figure(rows: pd.DataFrame, labels: list[str], colour: str, lang: str) -> dict:
    """Bars of one edition's figures under a new grouping (a series break: nothing paired)."""
    if rows.empty:
        return theme.empty_figure(lang)
    return hbar(rows, labels, [colour] * len(rows), lang, xaxis_title=t("trend.axis", lang))


def grouped_levels_figure(rows: pd.DataFrame, labels: dict[str, str], lang: str) -> dict:
    """DK shares per level of government, the editions side by side within each level."""
    if rows.empty:
        return theme.empty_figure(lang)
    ordered = rows.sort_values(["category", "position"], kind="stable")
    latest = ordered["position"].max()
    categories = ordered["category"].tolist()
    editions = ordered["edition_label"].tolist()
    values, exactness = ordered["value"].tolist(), ordered["exactness"].tolist()
    texts = [value_label(v, e, "pct", lang) for v, e in zip(values, exactness)]
    bar = dict(
        type="bar", x=values, y=[[labels[c] for c in categories], editions],
        orientation="h", text=texts, textposition="outside", cliponaxis=False,
        hoverinfo="text",
        hovertext=[f"{labels[c]} – {lab}: {text}"
                   for c, lab, text in zip(categories, editions, texts)],
        marker=dict(color=[theme.DK if p == latest else FADED["DK"]
                           for p in ordered["position"].tolist()]),
        showlegend=False)
    return theme.figure([bar], theme.base_layout(
        lang, showlegend=False, bargap=0.25, height=max(220, 80 + 40 * len(ordered)),
        margin=dict(l=10, r=40, t=20, b=40),
        yaxis=dict(autorange="reversed", type="multicategory"),
        xaxis=dict(range=[0, 100], title=dict(text=t("trend.axis", lang)), ticksuffix="%")))
