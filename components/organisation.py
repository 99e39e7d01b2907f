""""Mijn organisatie": the user's sector, cluster and size class, carried in the URL as `org`.

The value is three 1-based codebook positions, "sector,cluster,size" (data/questionnaire.py
order; empty = not given, trailing empties dropped): `org=1,1,4` is Gemeenten / Gemeenten en
onderdelen / 500+, `org=,,2` only a size class. Short, like `verberg`, and free of names.
It never reaches the server's storage or logs: the browser keeps it, when the user opts in, in
its own localStorage (components/shell.py, assets/70-view-state.js).
"""

from __future__ import annotations

from dataclasses import dataclass

from components.i18n import group_label, t
from data import questionnaire as q

KEY = "org"
DIMENSIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sector", q.SECTORS), ("cluster", q.CLUSTERS), ("size_class", q.SIZE_CLASSES))
NOT_CHOSEN = "-"  # a select's "not given" (dbc.Select reserves "" for its placeholder)


@dataclass(frozen=True)
class Organisation:
    """The user's organisation: each field a codebook value or "" when not given."""

    sector: str = ""
    cluster: str = ""
    size_class: str = ""

    @classmethod
    def decode(cls, raw: str | None) -> "Organisation":
        """The organisation of an `org` value; ValueError when it is not valid (a position out
        of range, junk, or a cluster that does not lie in the given sector)."""
        tokens = str(raw).split(",") if raw else []
        if len(tokens) > len(DIMENSIONS):
            raise ValueError("too many parts")
        values = {}
        for token, (field, codebook) in zip(tokens, DIMENSIONS):
            if token == "":
                continue
            if not (token.isascii() and token.isdigit()) or not 1 <= int(token) <= len(codebook):
                raise ValueError(f"{field} out of range")
            values[field] = codebook[int(token) - 1]
        org = cls(**values)
        if org.sector and org.cluster and \
                org.cluster not in q.SECTOR_CLUSTER_CROSSWALK.get(org.sector, {}):
            raise ValueError("cluster outside sector")
        return org

    def encode(self) -> str:
        """The `org` value ("" when nothing is given)."""
        tokens = [str(codebook.index(getattr(self, field)) + 1) if getattr(self, field) else ""
                  for field, codebook in DIMENSIONS]
        return ",".join(tokens).rstrip(",")

    def given(self) -> bool:
        return bool(self.sector or self.cluster or self.size_class)

    def group(self, grouping: str) -> str:
        """The organisation's group in a grouping ("" when not given or not a profile field)."""
        return getattr(self, grouping, "") if grouping in dict(DIMENSIONS) else ""

    def label(self, lang: str) -> str:
        """"Gemeenten · Gemeenten en onderdelen · 500+ medewerkers" ("" when nothing given)."""
        return " · ".join(group_label(field, getattr(self, field), lang)
                          for field, _ in DIMENSIONS if getattr(self, field))


def parse(raw: str) -> str:
    """The canonical `org` value of a URL value (a Param parser); ValueError if invalid."""
    return Organisation.decode(raw).encode()


def of(org: str) -> Organisation:
    """The organisation of a state's (already valid) `org` field."""
    try:
        return Organisation.decode(org)
    except ValueError:
        return Organisation()


def control_value(org: Organisation, field: str) -> str:
    """A select's value for one field: the 1-based position, or NOT_CHOSEN."""
    codebook = dict(DIMENSIONS)[field]
    value = getattr(org, field)
    return str(codebook.index(value) + 1) if value else NOT_CHOSEN


def control_options(field: str, lang: str) -> list[dict]:
    """A select's options for one field: "not given", then the codebook (values: positions)."""
    codebook = dict(DIMENSIONS)[field]
    return [{"label": t("org.not_chosen", lang), "value": NOT_CHOSEN}] + [
        {"label": group_label(field, value, lang), "value": str(i)}
        for i, value in enumerate(codebook, start=1)]


def nearest_groups(grouping: str, group: str,
                   org: Organisation | None = None) -> list[tuple[str, str]]:
    """Other (grouping, group) pairs that contain the organisations of `group`, nearest
    first: for a sector its clusters (the organisation's own cluster first, then by size), for
    a cluster the sectors it draws from (largest share first). Used where protection withholds
    a group: the first one a page can show is offered as the nearest view."""
    crosswalk = q.SECTOR_CLUSTER_CROSSWALK
    if grouping == "sector":
        clusters = sorted(crosswalk.get(group, {}).items(), key=lambda kv: -kv[1])
        own = org.cluster if org is not None and org.cluster in crosswalk.get(group, {}) else ""
        return [("cluster", c) for c in dict.fromkeys([*([own] if own else []),
                                                       *(c for c, _ in clusters)])]
    if grouping == "cluster":
        sectors = sorted(((s, row[group]) for s, row in crosswalk.items() if group in row),
                         key=lambda kv: -kv[1])
        own = org.sector if org is not None and group in crosswalk.get(org.sector, {}) else ""
        return [("sector", s) for s in dict.fromkeys([*([own] if own else []),
                                                      *(s for s, _ in sectors)])]
    return []
