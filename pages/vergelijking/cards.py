"""The cards of /vergelijking: the gap overview and the chosen topic's comparison.

CARDS, the page's card contract, lists each section once (container id, the state fields it
depends on, builder, download); it drives the layout (pages/vergelijking/layout.py) and the
callbacks. Every bar is a published number (pages/vergelijking/state.py says which); an
optional NL subgroup comes from the indicator_shares aggregate and is labelled as such.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
from dash import html
import dash_bootstrap_components as dbc

from components import ids, provenance, published
from components.export import file_slug, table_csv
from components.published import period_text, source_of
from components.chart import Section, chart_card, source_line
from components.figures.published import value_label
from components.i18n import has, t
from components.numbers import fmt_number, fmt_ordinal, fmt_pp
from components.state import Notice
from data import editions as ed
from data import load, reference, schema
from data.cube import per_frame
from data import comparison as comparison_data
from pages.vergelijking import figures as cmp
from pages.vergelijking.state import (
    NO_SUBGROUP, PAIRING, TOPIC_BY_KEY, TOPICS, ComparisonState, Pick, Topic,
)


# The CSV button in each section's card (chart_card's download view), by section; the page's
# validation layout holds them too (pages/vergelijking/layout.py).
CSV_BUTTONS = {ids.CMP_TOPIC_AREA: ids.CMP_TOPIC_CSV_BUTTON,
               ids.CMP_GAP_AREA: ids.CMP_GAP_CSV_BUTTON}


def edition_name(edition: str, lang: str) -> str:
    """How a context line names an edition: by its country and place in the series where
    the catalogue has a name for that country ("Deense <ordinal> editie"), else the registry's
    label, else its id."""
    try:
        record = reference.edition(edition)
    except KeyError:
        return edition
    key = f"cmp.edition.{record.country}"
    return t(key, lang, ordinal=fmt_ordinal(record.position, lang)) if has(key) else record.label


@load.memoised(maxsize=4)
def edition_facts(lang: str) -> dict[str, str]:
    """The facts of the two editions the page compares, for the catalogue's texts: the Dutch
    edition's as {n}, {innovators}, {period}, {fieldwork}, the Danish edition's as {dk_n},
    {dk_innovators}, {dk_period}, ..., and {margin}: the 95% margin of a share near 50% at
    the Dutch innovators' n (percentage points). Kept per language: do not mutate."""
    nl = reference.edition(PAIRING.nl_edition)
    base = nl.innovators or nl.organisations
    margin = 100 * ed.Z_CRITICAL * math.sqrt(0.25 / base)
    return {**published.report_values(lang), "margin": fmt_number(margin, lang, 1),
            "margin_n": fmt_number(base, lang)}


def slot_values(slots: list[dict], lang: str) -> dict[str, dict[str, str]]:
    """The topic's drawn values by category, for its note ({dk[none]}, {cited[all]}): nl,
    dk (the first Danish value), cited (the value the Dutch report cites) and own (the
    first Danish value from a Danish source)."""
    out: dict[str, dict[str, str]] = {"nl": {}, "dk": {}, "cited": {}, "own": {}}
    for slot in slots:
        series, category, provenance = slot["series"], slot["category"], slot["provenance"]
        if series not in ("NL", "DK"):
            continue
        text = cmp.value_text(slot, lang)
        out[series.lower()].setdefault(category, text)
        if series == "DK":
            out["cited" if provenance == "cited" else "own"].setdefault(category, text)
    return out


def _min_cell(meta: dict) -> int:
    return max(schema.MIN_CELL, int(meta.get("min_cell", schema.MIN_CELL)))


def resolve(search: str | None, shares: pd.DataFrame, meta: dict
            ) -> tuple[ComparisonState, list[Notice], list[str]]:
    """State from the URL, notices for what was invalid, and the subgroups on offer.

    A subgroup the codebook knows but the data do not offer (suppressed, fewer than
    min_cell organisations, no rows) falls back to none, with a notice.
    """
    state, notices = ComparisonState.from_query(search)
    options = cmp.subgroup_options(shares, _min_cell(meta))
    if state.subgroup != NO_SUBGROUP and state.subgroup not in options:
        notices.append(Notice("cmp.notice.subgroup_unavailable",
                              (("group", cmp.subgroup_label(state.subgroup, state.lang)),
                               ("min_cell", str(_min_cell(meta))))))
        state = state.replace(subgroup=NO_SUBGROUP)
    return state, notices, options


def _subgroup(state: ComparisonState, topic: Topic, shares: pd.DataFrame,
              meta: dict) -> cmp.Subgroup | None:
    if state.subgroup == NO_SUBGROUP or topic.sub_indicator is None:
        return None
    grouping, _, group = state.subgroup.partition(":")
    values = cmp.subgroup_values(shares, topic, grouping, group, _min_cell(meta))
    return cmp.Subgroup(state.subgroup, values, meta.get("synthetic", "true") == "true")


def topic_slots(state: ComparisonState, data: dict) -> pd.DataFrame:
    """What the chart of the state's topic shows (the CSV download writes exactly this)."""
    topic = TOPIC_BY_KEY[state.topic]
    return cmp.topic_slots(data["figures"], topic, state.lang,
                           _subgroup(state, topic, data["shares"], data["meta"]))


# --- meta lines under the topic chart --------------------------------------------------------

def _periods(slots: list[dict], figures: pd.DataFrame, lang: str) -> str:
    """"Periode: Nederland <NL period>; Denemarken <DK period>" (the NL survey period always)."""
    pairs = [(s["series"], s["period"]) for s in slots
             if s["period"] != "" and s["series"] != "NL_SUB"]
    if not any(series == "NL" for series, _ in pairs):
        pairs.insert(0, ("NL", reference.edition(PAIRING.nl_edition).period))
    parts = [f"{t('country.' + c, lang)} {period_text(p, lang)}"
             for c, p in dict.fromkeys(pairs)]
    return t("cmp.periods", lang, periods="; ".join(parts))


def _n_line(records: list[dict], topic: Topic, subgroup: cmp.Subgroup | None,
            lang: str) -> str:

    def ns(series: str, published_only: bool = True) -> list[int]:
        return sorted({int(r["n"]) for r in records if r["series"] == series
                       and (r["source_id"] != "" or not published_only)
                       and not pd.isna(r["n"])})

    def joined(values: list[int], sep: str = " / ") -> str:
        return sep.join(fmt_number(v, lang) for v in values)

    nl_known = ns("NL")
    parts = [t(f"cmp.n.nl.{topic.base}", lang, n=joined(nl_known))
             if nl_known else t(f"cmp.n.nl.{topic.base}.none", lang)]
    if subgroup is not None:
        sub_ns = ns("NL_SUB", published_only=False)
        if sub_ns:
            row = next(r["row"] for r in records if r["series"] == "NL_SUB"
                       and not pd.isna(r["n"]))
            parts.append(t("cmp.n.sub", lang, group=row, n=joined(sub_ns, "/")))
    dk = [r for r in records if r["series"] == "DK" and r["source_id"] != ""]
    known = ns("DK")
    if known:
        key = "cmp.n.dk" if topic.base == "all" else "cmp.n.dk.innovators"
        parts.append(t(key, lang, n=joined(known)))
    elif dk:
        parts.append(t("cmp.n.dk.none", lang))
    if any(r["provenance"] == "cited" for r in dk):
        parts.append(t("cmp.n.dk.cited", lang))
    if any(r["series"] in ("NO", "SE", "IS") for r in records):
        parts.append(t("cmp.n.other", lang))
    return t("cmp.n.line", lang, parts="; ".join(parts))


def _context_label(pick: Pick) -> str:
    for key in (f"cmp.ctx.{pick.source_id}.{pick.category}",
                f"cmp.ctx.{pick.indicator}.{pick.category}",
                f"cmp.cat.{pick.indicator}.{pick.category}",
                f"cat.{pick.indicator}.{pick.category}"):
        if has(key):
            return key
    raise KeyError(f"no label for context row {pick.key}")


def context_lines(figures: pd.DataFrame, topic: Topic, lang: str) -> list[str]:
    """One labelled line per context value: country, what, value, edition, period, n."""
    lines = []
    for pick in topic.context:
        row = cmp.pick_row(figures, pick)
        n = "" if pd.isna(row["n"]) else f", n = {fmt_number(int(row['n']), lang)}"
        label = t(_context_label(pick), lang)
        lines.append(t("cmp.context.line", lang, country=t(f"country.{pick.country}", lang),
                       label=label[:1].lower() + label[1:],
                       value=value_label(row["value"], row["exactness"], row["unit"], lang),
                       edition=edition_name(pick.edition, lang),
                       period=period_text(row["period"], lang), n=n))
    return lines


def _summary(records: list[dict], topic: Topic, lang: str) -> str:

    def part(*series: str) -> list[dict]:
        return [r for r in records if r["series"] in series]

    def listing(rows: list[dict]) -> str:
        return ", ".join(f"{r['group']} {cmp.value_text(r, lang)}" for r in rows)

    text = t("cmp.summary", lang, topic=cmp.topic_title(topic, lang), nl=listing(part("NL")),
             dk=", ".join(f"{r['group']} {cmp.value_text(r, lang)}"
                          f"{'*' if r['provenance'] == 'cited' else ''}"
                          for r in part("DK")))
    sub = part("NL_SUB")
    if sub:
        text += t("cmp.summary.sub", lang, group=sub[0]["row"], values=listing(sub))
    other = part("NO", "SE", "IS")
    if other:
        text += t("cmp.summary.other", lang, other=", ".join(
            f"{r['row']} {cmp.value_text(r, lang)}" for r in other))
    return text


def _meta_lines(slots: list[dict], topic: Topic, subgroup: cmp.Subgroup | None,
                data: dict, lang: str) -> list:
    figures, sources = data["figures"], data["sources"]
    lines: list = [t(f"cmp.question.nl.{topic.key}", lang, **edition_facts(lang),
                     figures=provenance.figures_text(topic.figures, lang))]
    if topic.dk_question:
        lines.append(html.Span([t("cmp.question.dk", lang, text=topic.dk_question), " — ",
                                source_line(source_of(sources, topic.dk_question_source), lang)]))
    lines += [_periods(slots, figures, lang), _n_line(slots, topic, subgroup, lang),
              t(f"cmp.note.{topic.key}", lang, **edition_facts(lang),
                **slot_values(slots, lang)),
              *cmp.finding_lines(topic.key, lang)]
    if any(s["provenance"] == "cited" for s in slots):
        lines.append(t("cmp.cited_note", lang))
    if any(s["exactness"] != "exact" for s in slots):
        lines.append(t("exactness.legend", lang))
    if subgroup is not None:
        key = "cmp.sub.note.synthetic" if subgroup.synthetic else "cmp.sub.note.real"
        lines.append(t(key, lang, group=cmp.subgroup_label(subgroup.value, lang),
                       min_cell=_min_cell(data["meta"])))
    return [*lines, *_published_lines(figures, sources, topic.key, lang)]


@per_frame
def _published_lines(figures: pd.DataFrame, sources: pd.DataFrame, topic_key: str,
                     lang: str) -> tuple:
    """The topic's source lines, context values and caveats: published figures only, so
    worked out once per topic and language for the tables the page keeps (shared between
    responses: do not change them)."""
    topic = TOPIC_BY_KEY[topic_key]
    rows = pd.DataFrame([cmp.pick_row(figures, p)
                         for p in (*topic.picks(), *topic.context, *PAIRING.samples)])
    lines = published.source_lines(rows, sources, lang)
    if topic.context:
        lines.append(t("cmp.context.heading", lang))
        lines += context_lines(figures, topic, lang)
    lines.append(t("cmp.caveats.heading", lang))
    lines += [t(f"cmp.caveat.{c}", lang, **edition_facts(lang)) for c in topic.caveats]
    return tuple(lines)


def topic_card(state: ComparisonState, data: dict) -> list:
    """The chart card of the state's topic (plus a note when no subgroup can be shown)."""
    lang = state.lang
    topic = TOPIC_BY_KEY[state.topic]
    subgroup = _subgroup(state, topic, data["shares"], data["meta"])
    records = cmp.slot_records(data["figures"], topic, lang, subgroup)
    out = []
    if state.subgroup != NO_SUBGROUP and topic.sub_indicator is None:
        out.append(dbc.Alert(t("cmp.sub.none_for_topic", lang), color="info", className="py-2"))
    out.append(chart_card(
        ids.CMP_TOPIC_CHART, cmp.topic_figure(records, lang), cmp.topic_title(topic, lang),
        lang, summary=_summary(records, topic, lang),
        meta_lines=_meta_lines(records, topic, subgroup, data, lang),
        table=cmp.display_table(cmp.table_columns(records, lang), lang),
        badge=provenance.badge(provenance.kind(r["exactness"], r["provenance"])
                               for r in records if pd.notna(r["value"])),
        filename=topic_stem(state), with_csv=False,
        csv_button=(CSV_BUTTONS[ids.CMP_TOPIC_AREA], t("cmp.download.topic", lang))))
    return out


def topic_csv(state: ComparisonState, data: dict) -> dict:
    """dcc.Download payload: the topic's table exactly as shown, headers in the page language."""
    frame = cmp.table(topic_slots(state, data), state.lang)
    return dict(content="\ufeff" + table_csv(frame, state.lang, float_format="%g"),
                filename=f"{topic_stem(state)}.csv", type="text/csv")


def topic_stem(state: ComparisonState) -> str:
    """The file name (without extension) of the topic's downloads: topic and subgroup."""
    return file_slug("vergelijking", state.topic, state.subgroup.partition(":")[2])


# --- the gap overview -------------------------------------------------------------------------

def gap_card(data: dict, lang: str) -> dbc.Card:
    figures, sources = data["figures"], data["sources"]
    gap_rows = cmp.gaps(figures)
    exact = gap_rows[gap_rows["kind"].eq("exact")]
    top = exact.iloc[0]
    summary = t("cmp.gap.summary", lang, label=cmp.gap_label(top, lang),
                nl=cmp.gap_value_text(top["nl_value"], top["nl_exactness"], False, lang),
                dk=cmp.gap_value_text(top["dk_value"], top["dk_exactness"], top["dk_cited"],
                                      lang),
                gap=fmt_pp(top["gap"], lang))
    minimum = gap_rows[gap_rows["kind"].eq("minimum")]
    keys = list(gap_rows["nl_key"]) + list(gap_rows["dk_key"])
    picks = {p.key: p for tp in TOPICS for p in tp.picks()}
    rows = pd.DataFrame([cmp.pick_row(figures, p) for p in
                         (*(picks[k] for k in dict.fromkeys(keys)), *PAIRING.samples)])
    lines: list = [t("cmp.gap.explain", lang, **edition_facts(lang)), t("cmp.cited_note", lang),
                   *cmp.finding_lines(None, lang)]
    if not minimum.empty:
        lines.append(t("cmp.gap.minimum_intro", lang))
        lines += [html.Span(cmp.minimum_gap_text(r, lang)) for _, r in minimum.iterrows()]
    lines += published.source_lines(rows, sources, lang)
    lines += [t("cmp.caveats.heading", lang)] + [t(f"cmp.caveat.{c}", lang, **edition_facts(lang))
                                                 for c in (1, 3, 4, 5, 10)]
    return chart_card(ids.CMP_GAP_CHART, cmp.gap_figure(gap_rows, lang), t("cmp.gap.title", lang),
                      lang, summary=summary, meta_lines=lines,
                      table=cmp.gap_table(gap_rows, lang, display=True),
                      badge="published", filename="vergelijking-verschillen",
                      with_csv=False,
                      csv_button=(CSV_BUTTONS[ids.CMP_GAP_AREA], t("cmp.download.gaps", lang)))


def gap_csv(lang: str, data: dict) -> dict:
    frame = cmp.gap_table(cmp.gaps(data["figures"]), lang)
    return dict(content="\ufeff" + table_csv(frame, lang, float_format="%g"),
                filename="vergelijking-verschillen.csv", type="text/csv")


# --- the card contract ------------------------------------------------------------------------

@dataclass(frozen=True)
class Built:
    """What the builders share for one state: the page's tables and the resolved state."""

    data: dict
    state: ComparisonState


# The topic picker and its chart first (above the fold on a 768 px high laptop screen), the
# gap ranking after.
CARDS: tuple[Section, ...] = (
    Section(ids.CMP_TOPIC_AREA, lambda b: topic_card(b.state, b.data),
            depends_on=("topic", "subgroup"), control="topic",
            download=ids.CMP_TOPIC_CSV),
    Section(ids.CMP_GAP_AREA, lambda b: gap_card(b.data, b.state.lang),
            download=ids.CMP_GAP_CSV),
)
SECTION_IDS = tuple(c.id for c in CARDS)


def sections(state: ComparisonState, data: dict,
             only: tuple[str, ...] = SECTION_IDS) -> dict[str, object]:
    """Children of the section containers in `only` (default: all), keyed by container id."""
    built = Built(data, state)
    return {c.id: c.build(built) for c in CARDS if c.id in only}


def card(section: str, search: str = "") -> object:
    """One section for a URL's query string (the presenter storyline shows it)."""
    data = comparison_data.load_data()
    state, _, _ = resolve(search, data["shares"], data["meta"])
    return sections(state, data, only=(section,))[section]
