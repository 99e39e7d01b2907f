"""The cards of the climate explorer (/klimaat): each chart with its text, table and sources.

CARDS, the page's card contract, lists every section once (container id, the state fields it
depends on, its builder, its width): it drives the layout (pages/klimaat/layout.py), the
callback's outputs and which sections a change rebuilds (pages/klimaat/callbacks.py).
`sections(state, frames)` builds the children of every section container. Frames holds the
aggregate tables (data/klimaat.py), so tests build cards from fixture frames.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from dash import dcc, html
import dash_bootstrap_components as dbc

from components import ids, organisation
from components.export import file_slug
from components.chart import Section, chart_card, source_line
from components.i18n import category_label, group_label, t
from components.numbers import fmt_number, fmt_pp, share_text
from components.published import edition_values, report_values, source_of
from components.provenance import figure_label
from data import klimaat as sel
from data import reference
from data import questionnaire as q
from data import schema
from data.cube import per_frame
from data.klimaat import Frames
from pages.klimaat import figures as fig
from pages.klimaat.state import KlimaatState



# ------------------------------------------------------------------------------ helpers


def box_question(lang: str) -> str:
    """What the climate score is (the report's counts of statements, from the data)."""
    return t("klimaat.box.question", lang, **report_values(lang))


def _source(frames: Frames, detail: str, lang: str) -> html.Span:
    return source_line(source_of(frames.sources, reference.report_source()), lang, detail)


def _provenance(frames: Frames, lang: str) -> list[str]:
    return [t("klimaat.synthetic_line", lang)] if frames.synthetic else []


def _badge(frames: Frames) -> str | None:
    return "synthetic" if frames.synthetic else None


def _stem(state: KlimaatState, name: str) -> str:
    """A download's file name: the chart, then the population filters that are set."""
    return file_slug(name, *(v for v in (state.sector, state.cluster, state.size_class,
                                         state.innovated) if v != schema.ALL))


def _num(value, lang: str, decimals: int = 2) -> str:
    return "–" if pd.isna(value) else fmt_number(float(value), lang, decimals)


def _n(value) -> str:
    return "–" if pd.isna(value) else str(int(value))


def _grouping_name(state: KlimaatState) -> str:
    return t(f"grouping.{state.grouping}", state.lang, **edition_values(
        sel.edition_record(state.edition or None), state.lang)).lower()


def selection_text(state: KlimaatState) -> str:
    """The population in words, e.g. "Gemeenten · 500+ medewerkers"."""
    lang = state.lang
    parts = []
    if state.sector != schema.ALL:
        parts.append(group_label("sector", state.sector, lang))
    if state.cluster != schema.ALL:
        parts.append(group_label("cluster", state.cluster, lang))
    if state.size_class != schema.ALL:
        parts.append(group_label("size_class", state.size_class, lang))
    if state.innovated != schema.ALL:
        parts.append(group_label("innovated", state.innovated, lang))
    return " · ".join(parts) or t("klimaat.population.all", lang)


def population_text(records: list[dict], state: KlimaatState) -> str:
    """The population and its n, from the box plot's rows (box_records)."""
    ref = sel.reference_record(records)
    if ref is None or ref["suppressed"]:
        return t("klimaat.population.withheld", state.lang, selection=selection_text(state))
    return t("klimaat.population.text", state.lang, selection=selection_text(state),
             n=_n(ref["n"]))


# ------------------------------------------------------------------------------ box card

def withheld_text(labels: list[str], reasons: list[str], lang: str, min_cell: str) -> str:
    """"A, B: niet getoond ter bescherming van de deelnemers." (one label for every reason)."""
    sentences = []
    for reason in (schema.WITHHELD,):
        names = [label for label, r in zip(labels, reasons) if r == reason]
        if names:
            sentences.append(t(f"klimaat.suppressed.{reason}", lang, groups=", ".join(names),
                               min_cell=min_cell))
    return " ".join(sentences)


def suppression_note(records: list[dict], state: KlimaatState, min_cell: str) -> str:
    """Which chosen groups are missing from the box plot, and why."""
    withheld = sel.withheld_records(records)
    if not withheld:
        return t("klimaat.suppressed.none", state.lang)
    return withheld_text([r["label"] for r in withheld], [r["suppression"] for r in withheld],
                         state.lang, min_cell)


def box_summary(records: list[dict], state: KlimaatState) -> str:
    lang = state.lang
    groups = sel.drawn_records(records)
    ref = [r for r in records if r["role"] == "reference" and not r["suppressed"]]
    if not groups or not ref:
        return t("klimaat.box.summary_empty", lang)
    # each group's median, or its mean where a small group has no box; the first highest
    # and the first lowest
    centre = [r["mean"] if pd.isna(r["median"]) else r["median"] for r in groups]
    known = [i for i, c in enumerate(centre) if not pd.isna(c)]
    top = max(known, key=lambda i: centre[i])
    bottom = min(known, key=lambda i: centre[i])
    text = t("klimaat.box.summary", lang, count=len(groups),
             groups=t(f"klimaat.grouping_plural.{state.grouping}", lang),
             top=groups[top]["label"], top_value=_num(centre[top], lang),
             bottom=groups[bottom]["label"], bottom_value=_num(centre[bottom], lang),
             ref=_num(ref[0]["median"], lang))
    mine = fig.org_group(records, state)
    if mine:  # screen readers hear which box is the user's organisation
        text += " " + t("org.klimaat.highlighted", lang,
                        group=group_label(state.grouping, mine, lang))
    return text


def box_table(records: list[dict], state: KlimaatState, min_cell: str) -> dict[str, list]:
    lang = state.lang

    def status(suppressed, suppression, role, q1) -> str:
        if suppressed:
            return t(f"klimaat.status.{suppression}", lang, min_cell=min_cell)
        if role == "reference":
            return t("klimaat.status.reference", lang)
        return t("klimaat.status.shown" if pd.notna(q1) else "klimaat.status.mean_only", lang)

    mine = fig.org_group(records, state)
    return {
        t("klimaat.col.group", lang): [
            f"{fig.ORG_MARK}{r['label']} ({t('org.marker', lang)})"
            if mine and r["group"] == mine and r["role"] == "group" else r["label"]
            for r in records],
        "n": [_n(r["n"]) for r in records],
        t("klimaat.col.q1", lang): [_num(r["q1"], lang) for r in records],
        t("klimaat.stat.median", lang): [_num(r["median"], lang) for r in records],
        t("klimaat.col.q3", lang): [_num(r["q3"], lang) for r in records],
        t("klimaat.stat.mean", lang): [_num(r["mean"], lang) for r in records],
        t("klimaat.col.whisker_low", lang): [_num(r["lower_whisker"], lang, 1) for r in records],
        t("klimaat.col.whisker_high", lang): [_num(r["upper_whisker"], lang, 1)
                                              for r in records],
        t("klimaat.col.sd", lang): [_num(r["sd"], lang) for r in records],
        t("klimaat.col.status", lang): [status(r["suppressed"], r["suppression"], r["role"],
                                               r["q1"]) for r in records],
    }


def _drawn_n(frames: Frames, state: KlimaatState) -> dict[str, int]:
    """n per group drawn in the state's grouping and population (hidden ones included)."""
    return sel.published_n(frames.box, state)


def nearest_view(frames: Frames, state: KlimaatState, group: str,
                 views: dict[str, dict[str, int]] | None = None
                 ) -> tuple[KlimaatState, str] | None:
    """The nearest view that draws the organisations of `group`, which `state` withholds, and
    its link text: the same organisations in another grouping under the same filters
    (components/organisation.nearest_groups: a sector's clusters, the user's own first; a
    cluster's sectors) or the group without the size or innovation filter (a wider class).
    A sector looks at its clusters first, a cluster at a wider class first. None: no view.
    views: n per group of the views already looked at (shared between calls)."""
    lang = state.lang
    views = {} if views is None else views

    def published(view: KlimaatState, wanted: str) -> int | None:
        key = view.to_query()
        if key not in views:
            views[key] = _drawn_n(frames, view)
        return views[key].get(wanted)

    def other_groupings():
        for grouping, other in organisation.nearest_groups(state.grouping, group,
                                                           state.organisation):
            view = state.replace(grouping=grouping, hidden=()).normalized()[0]
            n = published(view, other)
            if n is not None:
                yield view, t("klimaat.alternative.cluster", lang,
                              group=group_label(grouping, other, lang),
                              selection=selection_text(view), n=n)

    def wider_classes():
        for wider, key in (("size_class", "omvang"), ("innovated", "innovatie")):
            if getattr(state, wider) != schema.ALL:
                view = state.replace(**{wider: schema.ALL})
                n = published(view, group)
                if n is not None:
                    yield view, t(f"klimaat.alternative.{key}", lang,
                                  group=group_label(state.grouping, group, lang), n=n)

    order = (other_groupings, wider_classes) if state.grouping == "sector" \
        else (wider_classes, other_groupings)
    return next((found for source in order for found in source()), None)


def view_link(view: KlimaatState, text: str) -> dcc.Link:
    return dcc.Link(text, href="/klimaat" + view.to_query())


def alternatives(frames: Frames, state: KlimaatState, records: list[dict]) -> html.Span:
    """For each group a filter withholds, the nearest view that shows it, as a link
    (nearest_view)."""
    lang = state.lang
    views: dict[str, dict[str, int]] = {}
    links = [view_link(*found) for group in (r["group"] for r in sel.withheld_records(records))
             if (found := nearest_view(frames, state, group, views)) is not None]
    parts: list = [t("klimaat.alternative.lead", lang), " "] if links else []
    for i, link in enumerate(links):
        parts += (["; "] if i else []) + [link]
    return html.Span(parts, id=ids.KLIMAAT_ALTERNATIVES)  # empty: no line (assets/10-app.css)


PROFILE_GROUPINGS = ("sector", "cluster", "size_class")


def org_note(frames: Frames, state: KlimaatState, records: list[dict]) -> html.Span:
    """What the box plot shows of the user's organisation ("Mijn organisatie"): highlighted,
    hidden by the user, or withheld with the nearest view that shows it as a link."""
    lang = state.lang
    org = state.organisation
    parts: list = []
    if org.given() and state.grouping in PROFILE_GROUPINGS:
        group = org.group(state.grouping)
        label = group_label(state.grouping, group, lang) if group else ""
        if not group:
            parts = [t("org.klimaat.not_in_grouping", lang,
                       grouping=t(f"grouping.{state.grouping}", lang).lower())]
        elif fig.org_group(records, state):
            parts = [t("org.klimaat.highlighted", lang, group=label)]
        elif group in state.hidden_groups:
            parts = [t("org.klimaat.hidden", lang, group=label)]
        else:
            parts = [t("org.klimaat.withheld", lang, group=label)]
            found = nearest_view(frames, state, group)
            if found is not None:
                parts += [" ", t("org.klimaat.nearest", lang), " ", view_link(*found)]
    return html.Span(parts, id=ids.KLIMAAT_ORG_NOTE, role="status", className="org-note")


def box_card(frames: Frames, state: KlimaatState, records: list[dict]) -> dbc.Card:
    """The box plot of the groups (`records`: data/klimaat.py box_records)."""
    lang = state.lang
    figure_no = (reference.report_figure(f"climate_box_{state.grouping}")
                 or t("klimaat.no_figure", lang))
    # with the chart: what is withheld or hidden, where it is shown, the user's organisation
    notes: list = [html.Span(suppression_note(records, state, frames.min_cell),
                             id=ids.KLIMAAT_SUPPRESSED, role="status"),
                   alternatives(frames, state, records) if state.filtered()
                   else html.Span(id=ids.KLIMAAT_ALTERNATIVES),
                   org_note(frames, state, records)]
    if state.hidden_groups:
        notes.append(t("klimaat.box.hidden", lang, groups=", ".join(
            group_label(state.grouping, g, lang) for g in state.hidden_groups)))
    lines: list = [box_question(lang), population_text(records, state),
                   t("klimaat.box.reading", lang), _source(frames, figure_no, lang),
                   *_provenance(frames, lang)]
    return chart_card(ids.KLIMAAT_BOX_CHART, fig.box_figure(records, state),
                      t("klimaat.box.title", lang, grouping=_grouping_name(state)), lang,
                      summary=box_summary(records, state), meta_lines=lines, notes=notes,
                      table=box_table(records, state, frames.min_cell), badge=_badge(frames),
                      filename=_stem(state, f"innovatieklimaat-per-{state.grouping}"))


# ------------------------------------------------------------------------- variance card

def _published_variance(rows: list[dict]) -> dict | None:
    """The published within/between row (variance_records) with a known eta², else None."""
    row = next((r for r in rows if not r["suppressed"]), None)
    return None if row is None or pd.isna(row["eta_squared"]) else row


def variance_sentence(rows: list[dict], state: KlimaatState) -> str:
    lang = state.lang
    row = _published_variance(rows)
    if row is None:
        return t("klimaat.population.empty", lang) + "."
    within, between = fig.variance_parts(row)
    groups = t(f"klimaat.grouping_plural.{state.grouping}", lang)
    meaning = "klimaat.variance.meaning" if between < 25 else "klimaat.variance.meaning_large"
    return " ".join([t("klimaat.variance.sentence", lang, within=fig.pct_text(within, lang),
                       between=fig.pct_text(between, lang), groups=groups), t(meaning, lang)])


def variance_card(frames: Frames, state: KlimaatState) -> dbc.Card:
    lang = state.lang
    rows = sel.variance_records(frames.variance, state)
    row = _published_variance(rows)
    sentence = variance_sentence(rows, state)
    notes = [html.Strong(sentence, id=ids.KLIMAAT_VARIANCE_TEXT)]
    lines: list = []
    table: dict = {t("klimaat.col.part", lang): [], t("klimaat.col.share", lang): []}
    if row is not None:
        within, between = fig.variance_parts(row)
        groups = t(f"klimaat.grouping_plural.{state.grouping}", lang)
        lines += [box_question(lang),
                  t("klimaat.variance.method", lang, count=_n(row["n_groups"]), groups=groups),
                  t("n.orgs", lang, n=_n(row["n"]))]
        table = {
            t("klimaat.col.part", lang): [t("klimaat.variance.within", lang),
                                          t("klimaat.variance.between", lang)],
            t("klimaat.col.share", lang): [fig.pct_text(within, lang),
                                           fig.pct_text(between, lang)],
            "eta²": ["", _num(row["eta_squared"], lang, 3)],
        }
    lines += [_source(frames, t("klimaat.variance.source", lang, **edition_values(
        reference.report_edition(), lang)), lang),
              *_provenance(frames, lang)]
    return chart_card(ids.KLIMAAT_VARIANCE_CHART, fig.variance_figure(rows, state),
                      t("klimaat.variance.title", lang), lang, summary=sentence,
                      meta_lines=lines, notes=notes, table=table, badge=_badge(frames),
                      filename=_stem(state, f"binnen-tussen-{state.grouping}"))


# --------------------------------------------------------------------- climate groups card

def groups_card(frames: Frames, state: KlimaatState, population: str) -> dbc.Card:
    lang = state.lang
    bins = sel.bin_records(frames.shares, state)
    groups = sel.group_share_records(frames.shares, state)
    bin_records, group_records = bins, groups
    published = [r for r in group_records if not r["suppressed"]]
    values = {r["category"]: share_text(r["share"], r["share_bound"], lang) for r in published}
    facts = edition_values(sel.edition_record(state.edition or None), lang)
    summary = t("klimaat.groups.summary", lang, **values, **facts) if len(values) == 3 \
        else t("klimaat.population.empty", lang) + "."
    n = published[0]["n"] if published else pd.NA
    labels = [f"{fig.score(r['lo'], lang)}–{fig.score(r['hi'], lang)}" for r in bin_records]
    labels += [category_label("climate_group", r["category"], lang) for r in group_records]
    both = bin_records + group_records
    table = {  # bins, then the climate groups
        t("klimaat.col.bin", lang): labels,
        t("klimaat.col.share", lang): [share_text(r["share"], r["share_bound"], lang)
                                       for r in both],
        "n": [_n(r["n"]) for r in both]}
    return chart_card(
        ids.KLIMAAT_GROUPS_CHART, fig.climate_groups_figure(bins, groups, state),
        t("klimaat.groups.title", lang), lang, summary=summary,
        meta_lines=[summary, box_question(lang),
                    t("klimaat.groups.cuts", lang, **facts),
                    population,
                    t("n.orgs", lang, n=_n(n)),
                    _source(frames, reference.report_figure("climate_groups"), lang),
                    *_provenance(frames, lang)],
        table=table, badge=_badge(frames), filename=_stem(state, "klimaatgroepen-verdeling"))


# -------------------------------------------------------------------------- breakdown card

def _known_gaps(records: list[dict]) -> list[tuple[str, float]]:
    return [(c, g) for c, g in sel.gap_pairs(records) if not pd.isna(g)]


def gaps_text(records: list[dict], state: KlimaatState, limit: int = 5) -> str:
    """The largest krachtig − beperkt gaps in words (percentage points); `records`:
    select_breakdown's rows as records."""
    lang = state.lang
    gaps = sorted(_known_gaps(records), key=lambda pair: -abs(pair[1]))  # stable
    if not gaps:
        return t("klimaat.gaps.none", lang)
    parts = [f"{fig.breakdown_label(c, state)} {fmt_pp(g, lang)}" for c, g in gaps[:limit]]
    return t("klimaat.gaps.text", lang, gaps="; ".join(parts))


def breakdown_table(records: list[dict], state: KlimaatState) -> dict[str, list]:
    """Per category the share and n per climate group and the gap (columns of a table)."""
    lang = state.lang
    gaps = dict(sel.gap_pairs(records))
    cats = list(dict.fromkeys(r["category"] for r in records))
    cells = {(r["group"], r["category"]): (r["share"], r["share_bound"], r["n"])
             for r in records}
    out = {t("table.col.category", lang): [fig.breakdown_label(c, state) for c in cats]}
    for group in q.CLIMATE_GROUPS:
        name = category_label("climate_group", group, lang)
        mine = [cells.get((group, c)) for c in cats]
        out[name] = [share_text(m[0], m[1], lang) if m else "–" for m in mine]
        out[f"n {name.lower()}"] = [_n(m[2]) if m else "–" for m in mine]
    out[t("klimaat.col.gap", lang)] = ["–" if pd.isna(gaps.get(c)) else fmt_pp(gaps.get(c), lang)
                                       for c in cats]
    return out


# The report's own krachtig-minus-beperkt gaps per breakdown: (indicator, codebook indicator).
PUBLISHED_GAPS = {"factors": ("success_factor_gap_krachtig_vs_beperkt", "innovation_factor"),
                  "results": ("result_gap_krachtig_vs_beperkt", "innovation_result")}


def published_gap_lines(frames: Frames, choice: str, lang: str) -> list[str]:
    """The report's own krachtig-minus-beperkt gaps, as published values with their figure
    and quote, beside the synthetic bars."""
    if choice not in PUBLISHED_GAPS or frames.figures is None:
        return []
    return list(_published_gap_lines(frames.figures, choice, lang))


@per_frame
def _published_gap_lines(figures: pd.DataFrame, choice: str, lang: str) -> tuple[str, ...]:
    # published figures only: worked out once per breakdown and language for the table the
    # page keeps
    indicator, codebook = PUBLISHED_GAPS[choice]
    rows = figures[figures["indicator"].eq(indicator) & figures["country"].eq("NL")]
    return tuple(t("klimaat.breakdown.published_gap", lang,
                   figure=figure_label(r["figure"], lang),
                   category=category_label(codebook, r["category"], lang),
                   gap=fmt_pp(float(r["value"]), lang), quote=r["evidence"])
                 for r in rows.to_dict("records"))


def breakdown_card(frames: Frames, state: KlimaatState, population: str) -> dbc.Card:
    lang = state.lang
    choice = state.breakdown
    records = sel.breakdown_records(frames.shares, frames.box, state)
    title = t(f"klimaat.breakdown.title.{choice}", lang)
    gaps_line = gaps_text(records, state) if records and not all(
        r["suppressed"] for r in records) else t(fig.breakdown_empty_key(state), lang) + "."
    gaps = _known_gaps(records)
    if gaps:
        category, gap = max(gaps, key=lambda pair: abs(pair[1]))  # the first largest
        summary = t("klimaat.breakdown.summary", lang, title=title,
                    category=fig.breakdown_label(category, state), gap=fmt_pp(gap, lang))
    else:
        summary = f"{title}. {gaps_line}"
    withheld: dict[str, dict] = {}  # the first withheld row of each group, in order
    for r in records:
        if r["suppressed"]:
            withheld.setdefault(r["group"], r)
    note = withheld_text([category_label("climate_group", g, lang) for g in withheld],
                         [r["suppression"] for r in withheld.values()], lang, frames.min_cell)
    published = published_gap_lines(frames, choice, lang)
    return chart_card(
        ids.KLIMAAT_BREAKDOWN_CHART, fig.breakdown_figure(records, state), title, lang,
        summary=summary,
        notes=[html.Strong(gaps_line, id=ids.KLIMAAT_GAPS), *([note] if note else [])],
        meta_lines=[
                    t(f"klimaat.breakdown.question.{choice}", lang, **edition_values(
                        sel.edition_record(state.edition or None), lang)),
                    population,
                    _source(frames, reference.report_figure(f"breakdown_{choice}"), lang),
                    *_provenance(frames, lang), *published],
        table=breakdown_table(records, state),
        badge="mixed" if published and frames.synthetic else _badge(frames),
        filename=_stem(state, f"klimaatgroepen-{choice}"))


# ------------------------------------------------------------------------- statements card

def statements_card(frames: Frames, state: KlimaatState) -> dbc.Card:
    lang = state.lang
    records = sel.statement_records(frames.shares, state)
    published = [r for r in records if not r["suppressed"]]
    labels = [fig.statement_label(r, lang) for r in records]
    if published:
        top, bottom = published[0], published[-1]
        summary = t("klimaat.statements.summary", lang,
                    top=t(f"item.{top['category']}", lang),
                    top_value=share_text(top["share"], top["share_bound"], lang),
                    bottom=t(f"item.{bottom['category']}", lang),
                    bottom_value=share_text(bottom["share"], bottom["share_bound"], lang))
        n = published[0]["n"]
    else:
        summary, n = t("klimaat.population.empty", lang) + ".", pd.NA
    table = {
        t("klimaat.col.statement", lang): labels,
        t("klimaat.col.wording", lang): [t(f"klimaat.statements.mark_{r['paraphrase']}", lang)
                                         for r in records],
        t("klimaat.col.in_scale", lang): [t("klimaat.yes" if r["in_scale"] else "klimaat.no",
                                            lang) for r in records],
        t("klimaat.col.share", lang): [share_text(r["share"], r["share_bound"], lang)
                                       for r in records],
        "n": [_n(r["n"]) for r in records]}
    return chart_card(
        ids.KLIMAAT_STATEMENTS_CHART, fig.statements_figure(records, state),
        t("klimaat.statements.title", lang), lang, summary=summary,
        meta_lines=[t("klimaat.statements.paraphrase", lang),
                    t("klimaat.statements.excluded", lang, **report_values(lang)),
                    t("klimaat.statements.question", lang), t("n.orgs", lang, n=_n(n)),
                    _source(frames, reference.report_figure("climate_statements"), lang),
                    *_provenance(frames, lang)],
        table=table, badge=_badge(frames), filename=_stem(state, "klimaat-stellingen"))


# ------------------------------------------------------------------------------ sections

@dataclass(frozen=True)
class Built:
    """What the builders share for one state: the frames, the box rows and the population."""

    frames: Frames
    state: KlimaatState
    records: list[dict]  # the box plot's rows (data/klimaat.py box_records)
    population: str


# The card contract, in page order. depends_on: what each section shows besides the
# population and the language.
CARDS: tuple[Section, ...] = (
    Section(ids.KLIMAAT_POPULATION, lambda b: b.population, status=True),
    Section(ids.KLIMAAT_BOX_CARD, lambda b: box_card(b.frames, b.state, b.records),
            depends_on=("grouping", "hidden", "sort", "org")),
    Section(ids.KLIMAAT_VARIANCE_CARD, lambda b: variance_card(b.frames, b.state),
            depends_on=("grouping",), width=6),
    Section(ids.KLIMAAT_GROUPS_CARD, lambda b: groups_card(b.frames, b.state, b.population),
            width=6),
    Section(ids.KLIMAAT_STATEMENTS_CARD, lambda b: statements_card(b.frames, b.state)),
    Section(ids.KLIMAAT_BREAKDOWN_CARD,
            lambda b: breakdown_card(b.frames, b.state, b.population),
            depends_on=("breakdown",), control="breakdown"),
)
SECTION_IDS = tuple(c.id for c in CARDS)
DEPENDS_ON: dict[str, tuple[str, ...]] = {c.id: c.depends_on for c in CARDS}


def stale_sections(old: KlimaatState | None, new: KlimaatState) -> tuple[str, ...]:
    """The sections whose content differs between two states (all when `old` is unknown)."""
    if old is None or old.population() != new.population() or old.lang != new.lang \
            or old.edition != new.edition:
        return SECTION_IDS
    return tuple(s for s in SECTION_IDS
                 if any(getattr(old, f) != getattr(new, f) for f in DEPENDS_ON[s]))


def sections(state: KlimaatState, frames: Frames,
             only: tuple[str, ...] = SECTION_IDS) -> dict[str, object]:
    """Children of the section containers in `only` (default: all), keyed by container id."""
    records = sel.box_records(frames.box, state)
    built = Built(frames, state, records, population_text(records, state))
    return {c.id: c.build(built) for c in CARDS if c.id in only}


def card(section: str, search: str = "") -> object:
    """One section for a URL's query string (the presenter storyline shows it)."""
    state = KlimaatState.from_query(search)[0]
    return sections(state, sel.load_frames(state.edition), only=(section,))[section]
