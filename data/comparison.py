"""Data of the comparison page (/vergelijking): which published numbers it pairs, topic by
topic, and the tables it reads.

The pairing is data (data/reference/comparison_topics.csv and comparison_pairs.csv): every
number the page draws is named there by the columns that identify its row in
published_figures (`Pick`). Roles of a pairs row:
  nl             the Dutch published value of a category (the report edition)
  nl_complement  the Dutch value is 100 minus this published share
  dk             a Danish value of the compared edition measuring the same category; a row
                 whose source is the Dutch report's own is "as cited in the Dutch report"
  other          another country's value (drawn as a bar, not paired)
  context        a value of another edition or a composite measure, shown as a text line
  sample         where the n of a country's sample comes from (named in the source lines)
The Dutch edition, the Danish edition it is paired with and the Dutch report's source id
follow from those rows; the facts of each edition (n, period) from the editions table.
"""

from __future__ import annotations

from dataclasses import dataclass

from data import cube, load, reference, schema

ROLES = ("nl", "nl_complement", "dk", "other", "context", "sample")
BASES = ("all", "innovators")


@dataclass(frozen=True)
class Pick:
    """One row of published_figures, named by the columns that identify it. cited: a
    Danish value known only as the Dutch report cites it (caveat 10); shown_edition: the
    edition the value is shown with when its source names another than its period's."""

    source_id: str
    country: str
    edition: str
    figure: str
    indicator: str
    category: str
    cited: bool = False
    shown_edition: str = ""

    def criteria(self) -> dict[str, str]:
        return dict(source_id=self.source_id, country=self.country, edition=self.edition,
                    figure=self.figure, indicator=self.indicator, category=self.category)

    @property
    def key(self) -> str:
        """A stable text key of the row (carried on every bar, checked by the tests)."""
        return "|".join(self.criteria().values())


@dataclass(frozen=True)
class Category:
    """One category of a topic: the NL value, the DK values of the same edition, and more.

    nl: the Dutch published value (None: not published; the chart says so).
    dk: Danish values of the compared edition measuring the same category, cited first.
    others: other countries.
    sub: codebook categories of the topic's indicator whose synthetic shares give the NL
         subgroup value (two single-choice categories are summed); () = no subgroup value.
    label: i18n key of the category's label.
    """

    key: str
    label: str
    nl: Pick | None
    dk: tuple[Pick, ...] = ()
    others: tuple[Pick, ...] = ()
    sub: tuple[str, ...] = ()
    nl_complement: Pick | None = None  # NL value derived as 100 minus this published share


@dataclass(frozen=True)
class Topic:
    """One comparable topic: figures of the Dutch report and their Danish counterparts.

    key: the URL value. figures: the report's figures of the topic (the first is its own).
    base: who answered in NL ("all" of the edition's organisations or its "innovators") and
    correspondingly in DK (all workplaces or the innovating ones).
    caveats: numbers of the comparability caveats that apply (texts: cmp.caveat.<n>).
    dk_question: the Danish question as written (exact), with its source; None if unknown.
    sub_indicator / sub_measure: the codebook indicator and indicator_shares measure an NL
    subgroup is read from; None when the question is not in the microdata.
    context: values from other DK editions or composite measures, shown as labelled text.
    """

    key: str
    figures: tuple[str, ...]
    categories: tuple[Category, ...]
    base: str
    caveats: tuple[int, ...]
    dk_question: str | None = None
    dk_question_source: str | None = None
    sub_indicator: str | None = None
    sub_measure: str = "share"
    context: tuple[Pick, ...] = ()

    @property
    def figure(self) -> str:
        return self.figures[0]

    @property
    def title(self) -> str:
        """i18n key of the topic's title (it names the figures: {figures})."""
        return f"cmp.topic.{self.key}"

    def picks(self) -> tuple[Pick, ...]:
        """Every row drawn as a bar, in drawing order."""
        out: list[Pick] = []
        for c in self.categories:
            out += [p for p in (c.nl, *c.dk, *c.others) if p is not None]
        return tuple(out)


@dataclass(frozen=True)
class Finding:
    """A comparison the report makes in words only. key: i18n suffix (finding.<key>);
    figure: the report's figure; topic: the topic it belongs to; higher: "NL", "DK" or
    "same"; quote: verbatim Dutch text of the report or "" (then the page shows our summary
    as a summary)."""

    key: str
    figure: str
    topic: str
    higher: str
    quote: str = ""


@dataclass(frozen=True)
class Pairing:
    """The comparison's pairing table, read from data/reference/."""

    topics: tuple[Topic, ...]
    nl_edition: str          # the Dutch edition the page compares
    dk_edition: str          # the Danish edition it is paired with
    cited_source: str        # the Dutch report's source: a DK row with it is "cited"
    samples: tuple[Pick, ...]
    findings: tuple[Finding, ...]

    @property
    def by_key(self) -> dict[str, Topic]:
        return {t.key: t for t in self.topics}


class PairingError(ValueError):
    """The pairing table contradicts itself; the message names file, column and value."""


def _one(rows: list[dict[str, str]], role: str, column: str) -> str:
    values = {r[column] for r in rows if r["role"] == role}
    if len(values) != 1:
        raise PairingError(f"comparison_pairs.csv: column {column}: the {role} rows name "
                           f"{sorted(values) or 'nothing'}; expected one value")
    return values.pop()


def _pick(row: dict[str, str], cited_source: str) -> Pick:
    return Pick(row["source_id"], row["country"], row["edition"], row["figure"],
                row["indicator"], row["row_category"],
                cited=row["role"] == "dk" and row["source_id"] == cited_source,
                shown_edition=row["shown_edition"])


def _category(key: str, rows: list[dict[str, str]], cited_source: str) -> Category:
    by_role = {role: [_pick(r, cited_source) for r in rows if r["role"] == role]
               for role in ROLES}
    if len(by_role["nl"]) > 1 or len(by_role["nl_complement"]) > 1:
        raise PairingError(f"comparison_pairs.csv: category {key}: more than one nl row")
    label = next((r["label"] for r in rows if r["label"]), "")
    if not label:
        raise PairingError(f"comparison_pairs.csv: column label: category {key} has none")
    sub = next((r["sub"] for r in rows if r["sub"]), "")
    return Category(key, label, (by_role["nl"] or [None])[0], tuple(by_role["dk"]),
                    tuple(by_role["other"]), tuple(s for s in sub.split(";") if s),
                    (by_role["nl_complement"] or [None])[0])


@load.memoised(maxsize=1)
def pairing() -> Pairing:
    """The pairing table, read once (from the repository, not the aggregates folder)."""
    topic_rows = reference.rows("comparison_topics")
    pair_rows = list(reference.rows("comparison_pairs"))
    bad = [r["role"] for r in pair_rows if r["role"] not in ROLES]
    if bad:
        raise PairingError(f"comparison_pairs.csv: column role: {bad[0]!r} is not one of {ROLES}")
    cited_source = _one(pair_rows, "nl", "source_id")
    nl_edition = _one(pair_rows, "nl", "edition")
    dk_edition = _one(pair_rows, "dk", "edition")
    known = {r["topic"] for r in topic_rows}
    stray = {r["topic"] for r in pair_rows if r["role"] != "sample"} - known
    if stray:
        raise PairingError(f"comparison_pairs.csv: column topic: {sorted(stray)[0]} is not in "
                           "comparison_topics.csv")
    topics = []
    for t in topic_rows:
        if t["base"] not in BASES:
            raise PairingError(f"comparison_topics.csv: column base: {t['base']!r} "
                               f"(topic {t['topic']})")
        mine = [r for r in pair_rows if r["topic"] == t["topic"]]
        keys = list(dict.fromkeys(r["category"] for r in mine if r["role"] != "context"))
        topics.append(Topic(
            t["topic"], tuple(t["figures"].split(";")),
            tuple(_category(k, [r for r in mine if r["category"] == k and r["role"] != "context"],
                            cited_source) for k in keys),
            t["base"], tuple(int(c) for c in t["caveats"].split(";") if c),
            t["dk_question"] or None, t["dk_question_source"] or None,
            t["sub_indicator"] or None, t["sub_measure"] or "share",
            tuple(_pick(r, cited_source) for r in mine if r["role"] == "context")))
    findings = tuple(Finding(r["key"], r["figure"], r["topic"], r["higher"], r["quote"])
                     for r in reference.rows("report_findings") if r["edition"] == nl_edition)
    return Pairing(tuple(topics), nl_edition, dk_edition, cited_source,
                   tuple(_pick(r, cited_source) for r in pair_rows if r["role"] == "sample"),
                   findings)


def load_data() -> dict:
    """The tables the page reads, prepared once per aggregates folder (do not mutate)."""
    return _load_data(str(schema.aggregates_dir()))


@load.memoised(maxsize=2)
def _load_data(folder: str) -> dict:
    # The comparison reads only the whole population's rows of indicator_shares
    # (pages/vergelijking/figures.py): keeping just those makes a subgroup lookup scan
    # about 1,000 rows instead of 330,000, and the frames stay the same objects between
    # calls, so per-table indexes (figures.pick_row) are built once.
    return dict(figures=load.load_table("published_figures"), sources=load.load_table("sources"),
                shares=cube.whole_population(load.load_table("indicator_shares")), meta=load.meta())
