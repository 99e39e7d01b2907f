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


def population_text(rows: pd.DataFrame, state: KlimaatState) -> str:
    ref = rows[rows["role"].eq("reference")]
    if ref.empty or ref["suppressed"].iloc[0]:
        return t("klimaat.population.withheld", state.lang, selection=selection_text(state))
    return t("klimaat.population.text", state.lang, selection=selection_text(state),
             n=_n(ref["n"].iloc[0]))


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


def suppression_note(rows: pd.DataFrame, state: KlimaatState, min_cell: str) -> str:
    """Which chosen groups are missing from the box plot, and why."""
    withheld = sel.suppressed_groups(rows)
    if withheld.empty:
        return t("klimaat.suppressed.none", state.lang)
    return withheld_text(withheld["label"].tolist(), withheld["suppression"].tolist(),
                         state.lang, min_cell)


def box_summary(rows: pd.DataFrame, state: KlimaatState) -> str:
    lang = state.lang
    groups = sel.drawn_groups(rows)
    ref = rows[rows["role"].eq("reference") & ~rows["suppressed"]]
    if groups.empty or ref.empty:
        return t("klimaat.box.summary_empty", lang)
    centre = groups["median"].fillna(groups["mean"])
    top, bottom = groups.loc[centre.idxmax()], groups.loc[centre.idxmin()]
    text = t("klimaat.box.summary", lang, count=len(groups),
             groups=t(f"klimaat.grouping_plural.{state.grouping}", lang),
             top=top["label"], top_value=_num(centre[top.name], lang),
             bottom=bottom["label"], bottom_value=_num(centre[bottom.name], lang),
             ref=_num(ref["median"].iloc[0], lang))
    mine = fig.org_group(rows, state)
    if mine:  # screen readers hear which box is the user's organisation
        text += " " + t("org.klimaat.highlighted", lang,
                        group=group_label(state.grouping, mine, lang))
    return text


def box_table(rows: pd.DataFrame, state: KlimaatState, min_cell: str) -> pd.DataFrame:
    lang = state.lang

    def status(suppressed, suppression, role, q1) -> str:
        if suppressed:
            return t(f"klimaat.status.{suppression}", lang, min_cell=min_cell)
        if role == "reference":
            return t("klimaat.status.reference", lang)
        return t("klimaat.status.shown" if pd.notna(q1) else "klimaat.status.mean_only", lang)

    mine = fig.org_group(rows, state)
    return pd.DataFrame({
        t("klimaat.col.group", lang): [
            f"{fig.ORG_MARK}{label} ({t('org.marker', lang)})"
            if mine and group == mine and role == "group" else label
            for label, group, role in zip(rows["label"], rows["group"], rows["role"])],
        "n": [_n(v) for v in rows["n"]],
        t("klimaat.col.q1", lang): [_num(v, lang) for v in rows["q1"]],
        t("klimaat.stat.median", lang): [_num(v, lang) for v in rows["median"]],
        t("klimaat.col.q3", lang): [_num(v, lang) for v in rows["q3"]],
        t("klimaat.stat.mean", lang): [_num(v, lang) for v in rows["mean"]],
        t("klimaat.col.whisker_low", lang): [_num(v, lang, 1) for v in rows["lower_whisker"]],
        t("klimaat.col.whisker_high", lang): [_num(v, lang, 1) for v in rows["upper_whisker"]],
        t("klimaat.col.sd", lang): [_num(v, lang) for v in rows["sd"]],
        t("klimaat.col.status", lang): [status(*r) for r in zip(
            rows["suppressed"], rows["suppression"], rows["role"], rows["q1"])],
    })


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


def alternatives(frames: Frames, state: KlimaatState, rows: pd.DataFrame) -> html.Span:
    """For each group a filter withholds, the nearest view that shows it, as a link
    (nearest_view)."""
    lang = state.lang
    views: dict[str, dict[str, int]] = {}
    links = [view_link(*found) for group in sel.suppressed_groups(rows)["group"]
             if (found := nearest_view(frames, state, group, views)) is not None]
    parts: list = [t("klimaat.alternative.lead", lang), " "] if links else []
    for i, link in enumerate(links):
        parts += (["; "] if i else []) + [link]
    return html.Span(parts, id=ids.KLIMAAT_ALTERNATIVES)  # empty: no line (assets/10-app.css)


PROFILE_GROUPINGS = ("sector", "cluster", "size_class")


def org_note(frames: Frames, state: KlimaatState, rows: pd.DataFrame) -> html.Span:
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
        elif fig.org_group(rows, state):
            parts = [t("org.klimaat.highlighted", lang, group=label)]
        elif group in state.hidden_groups:
            parts = [t("org.klimaat.hidden", lang, group=label)]
        else:
            parts = [t("org.klimaat.withheld", lang, group=label)]
            found = nearest_view(frames, state, group)
            if found is not None:
                parts += [" ", t("org.klimaat.nearest", lang), " ", view_link(*found)]
    return html.Span(parts, id=ids.KLIMAAT_ORG_NOTE, role="status", className="org-note")


def box_card(frames: Frames, state: KlimaatState, rows: pd.DataFrame) -> dbc.Card:
    lang = state.lang
    figure_no = (reference.report_figure(f"climate_box_{state.grouping}")
                 or t("klimaat.no_figure", lang))
    # with the chart: what is withheld or hidden, where it is shown, the user's organisation
    notes: list = [html.Span(suppression_note(rows, state, frames.min_cell),
                             id=ids.KLIMAAT_SUPPRESSED, role="status"),
                   alternatives(frames, state, rows) if state.filtered()
                   else html.Span(id=ids.KLIMAAT_ALTERNATIVES),
                   org_note(frames, state, rows)]
    if state.hidden_groups:
        notes.append(t("klimaat.box.hidden", lang, groups=", ".join(
            group_label(state.grouping, g, lang) for g in state.hidden_groups)))
    lines: list = [box_question(lang), population_text(rows, state),
                   t("klimaat.box.reading", lang), _source(frames, figure_no, lang),
                   *_provenance(frames, lang)]
    return chart_card(ids.KLIMAAT_BOX_CHART, fig.box_figure(rows, state),
                      t("klimaat.box.title", lang, grouping=_grouping_name(state)), lang,
                      summary=box_summary(rows, state), meta_lines=lines, notes=notes,
                      table=box_table(rows, state, frames.min_cell), badge=_badge(frames),
                      filename=_stem(state, f"innovatieklimaat-per-{state.grouping}"))


# ------------------------------------------------------------------------- variance card

def variance_sentence(rows: pd.DataFrame, state: KlimaatState) -> str:
    lang = state.lang
    published = rows[~rows["suppressed"]]
    if published.empty or pd.isna(published["eta_squared"].iloc[0]):
        return t("klimaat.population.empty", lang) + "."
    within, between = fig.variance_parts(published.iloc[0])
    groups = t(f"klimaat.grouping_plural.{state.grouping}", lang)
    meaning = "klimaat.variance.meaning" if between < 25 else "klimaat.variance.meaning_large"
    return " ".join([t("klimaat.variance.sentence", lang, within=fig.pct_text(within, lang),
                       between=fig.pct_text(between, lang), groups=groups), t(meaning, lang)])


def variance_card(frames: Frames, state: KlimaatState) -> dbc.Card:
    lang = state.lang
    rows = sel.select_variance(frames.variance, state)
    published = rows[~rows["suppressed"]]
    sentence = variance_sentence(rows, state)
    notes = [html.Strong(sentence, id=ids.KLIMAAT_VARIANCE_TEXT)]
    lines: list = []
    table: dict = {t("klimaat.col.part", lang): [], t("klimaat.col.share", lang): []}
    if not published.empty and pd.notna(published["eta_squared"].iloc[0]):
        row = published.iloc[0]
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
    bins = sel.select_bins(frames.shares, state)
    groups = sel.select_group_shares(frames.shares, state)
    published = groups[~groups["suppressed"]]
    values = {g: share_text(s, b, lang) for g, s, b in
              zip(published["category"], published["share"], published["share_bound"])}
    facts = edition_values(sel.edition_record(state.edition or None), lang)
    summary = t("klimaat.groups.summary", lang, **values, **facts) if len(values) == 3 \
        else t("klimaat.population.empty", lang) + "."
    n = published["n"].iloc[0] if len(published) else pd.NA
    labels = [f"{fig.score(lo, lang)}–{fig.score(hi, lang)}"
              for lo, hi in zip(bins["lo"], bins["hi"])]
    labels += [category_label("climate_group", g, lang) for g in groups["category"]]
    table = {  # bins, then the climate groups
        t("klimaat.col.bin", lang): labels,
        t("klimaat.col.share", lang): [
            share_text(s, b, lang) for s, b in
            zip(bins["share"].tolist() + groups["share"].tolist(),
                bins["share_bound"].tolist() + groups["share_bound"].tolist())],
        "n": [_n(v) for v in bins["n"].tolist() + groups["n"].tolist()]}
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

def gaps_text(rows: pd.DataFrame, state: KlimaatState, limit: int = 5) -> str:
    """The largest krachtig − beperkt gaps in words (percentage points)."""
    lang = state.lang
    gaps = sel.breakdown_gaps(rows).dropna()
    if gaps.empty:
        return t("klimaat.gaps.none", lang)
    gaps = gaps.reindex(gaps["gap"].abs().sort_values(ascending=False, kind="stable").index)
    parts = [f"{fig.breakdown_label(c, state)} {fmt_pp(g, lang)}"
             for c, g in zip(gaps["category"][:limit], gaps["gap"][:limit])]
    return t("klimaat.gaps.text", lang, gaps="; ".join(parts))


def breakdown_table(rows: pd.DataFrame, state: KlimaatState) -> dict[str, list]:
    """Per category the share and n per climate group and the gap (columns of a table)."""
    lang = state.lang
    gaps = dict(zip(*(sel.breakdown_gaps(rows)[c].tolist() for c in ("category", "gap"))))
    cats = list(dict.fromkeys(rows["category"].tolist()))
    cells = {(g, c): (s, b, n) for g, c, s, b, n in zip(
        *(rows[col].tolist() for col in ("group", "category", "share", "share_bound", "n")))}
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
    indicator, codebook = PUBLISHED_GAPS[choice]
    rows = frames.figures[frames.figures["indicator"].eq(indicator)
                          & frames.figures["country"].eq("NL")]
    return [t("klimaat.breakdown.published_gap", lang, figure=figure_label(r["figure"], lang),
              category=category_label(codebook, r["category"], lang),
              gap=fmt_pp(float(r["value"]), lang), quote=r["evidence"])
            for _, r in rows.iterrows()]


def breakdown_card(frames: Frames, state: KlimaatState, population: str) -> dbc.Card:
    lang = state.lang
    choice = state.breakdown
    rows = sel.select_breakdown(frames.shares, frames.box, state)
    title = t(f"klimaat.breakdown.title.{choice}", lang)
    gaps_line = gaps_text(rows, state) if len(rows) and not rows["suppressed"].all() \
        else t(fig.breakdown_empty_key(state), lang) + "."
    gaps = sel.breakdown_gaps(rows).dropna()
    if len(gaps):
        big = gaps.loc[gaps["gap"].abs().idxmax()]
        summary = t("klimaat.breakdown.summary", lang, title=title,
                    category=fig.breakdown_label(big["category"], state),
                    gap=fmt_pp(big["gap"], lang))
    else:
        summary = f"{title}. {gaps_line}"
    withheld = rows[rows["suppressed"]].drop_duplicates("group")
    note = withheld_text([category_label("climate_group", g, lang) for g in withheld["group"]],
                         withheld["suppression"].tolist(), lang, frames.min_cell)
    published = published_gap_lines(frames, choice, lang)
    return chart_card(
        ids.KLIMAAT_BREAKDOWN_CHART, fig.breakdown_figure(rows, state), title, lang,
        summary=summary,
        notes=[html.Strong(gaps_line, id=ids.KLIMAAT_GAPS), *([note] if note else [])],
        meta_lines=[
                    t(f"klimaat.breakdown.question.{choice}", lang, **edition_values(
                        sel.edition_record(state.edition or None), lang)),
                    population,
                    _source(frames, reference.report_figure(f"breakdown_{choice}"), lang),
                    *_provenance(frames, lang), *published],
        table=breakdown_table(rows, state),
        badge="mixed" if published and frames.synthetic else _badge(frames),
        filename=_stem(state, f"klimaatgroepen-{choice}"))


# ------------------------------------------------------------------------- statements card

def statements_card(frames: Frames, state: KlimaatState) -> dbc.Card:
    lang = state.lang
    rows = sel.select_statements(frames.shares, state)
    published = rows[~rows["suppressed"]]
    labels = [fig.statement_label(dict(category=c, paraphrase=p, in_scale=s), lang)
              for c, p, s in zip(rows["category"], rows["paraphrase"], rows["in_scale"])]
    if len(published):
        top, bottom = published.iloc[0], published.iloc[-1]
        summary = t("klimaat.statements.summary", lang,
                    top=t(f"item.{top['category']}", lang),
                    top_value=share_text(top["share"], top["share_bound"], lang),
                    bottom=t(f"item.{bottom['category']}", lang),
                    bottom_value=share_text(bottom["share"], bottom["share_bound"], lang))
        n = published["n"].iloc[0]
    else:
        summary, n = t("klimaat.population.empty", lang) + ".", pd.NA
    table = {
        t("klimaat.col.statement", lang): labels,
        t("klimaat.col.wording", lang): [t(f"klimaat.statements.mark_{p}", lang)
                                         for p in rows["paraphrase"]],
        t("klimaat.col.in_scale", lang): [t("klimaat.yes" if s else "klimaat.no", lang)
                                          for s in rows["in_scale"]],
        t("klimaat.col.share", lang): [share_text(s, b, lang) for s, b in
                                       zip(rows["share"], rows["share_bound"])],
        "n": [_n(v) for v in rows["n"]]}
    return chart_card(
        ids.KLIMAAT_STATEMENTS_CHART, fig.statements_figure(rows, state),
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
    rows: pd.DataFrame
    population: str


# The card contract, in page order. depends_on: what each section shows besides the
# population and the language.
CARDS: tuple[Section, ...] = (
    Section(ids.KLIMAAT_POPULATION, lambda b: b.population, status=True),
    Section(ids.KLIMAAT_BOX_CARD, lambda b: box_card(b.frames, b.state, b.rows),
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
    rows = sel.select_boxes(frames.box, state)
    built = Built(frames, state, rows, population_text(rows, state))
    return {c.id: c.build(built) for c in CARDS if c.id in only}


def card(section: str, search: str = "") -> object:
    """One section for a URL's query string (the presenter storyline shows it)."""
    state = KlimaatState.from_query(search)[0]
    return sections(state, sel.load_frames(state.edition), only=(section,))[section]
