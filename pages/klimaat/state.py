"""URL state of the climate explorer (/klimaat): grouping, shown groups, population filters.

The population filters pick one row of the precomputed cube (data/schema.py: f_sector,
f_cluster, f_size, f_innovated). A filter on the grouping's own dimension (a sector filter
while grouping by sector) would leave one group, and at most one of sector / cluster may be
set: `normalized()` resets such combinations to the default and says so.
Hidden groups are stored as 1-based positions in the codebook order of the grouping, so a
link stays short even when many of the 17 clusters are hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from components.state import Notice, Param, QueryState
from data import schema

ALL = schema.ALL
BOX_GROUPINGS: tuple[str, ...] = ("sector", "cluster", "size_class", "innovated")
BREAKDOWNS: tuple[str, ...] = ("frequency", "spectrum", "factors", "results")
SORTS: tuple[str, ...] = ("median", "name")
# The population filter that would contradict each grouping (one group left).
OWN_FILTER = {"sector": "sector", "cluster": "cluster", "size_class": "size_class",
              "innovated": "innovated"}
MAX_GROUPS = max(len(schema.GROUP_VALUES[g]) for g in BOX_GROUPINGS)


@dataclass(frozen=True)
class KlimaatState(QueryState):
    """Everything the user chose on /klimaat; the query string holds what differs."""

    PARAMS: ClassVar[tuple[Param, ...]] = (
        Param("grouping", "sector", BOX_GROUPINGS, url="groepering"),
        Param("hidden", (), tuple(range(1, MAX_GROUPS + 1)), multi=True, parse=int,
              url="verberg"),
        Param("size_class", ALL, schema.FILTER_VALUES["f_size"], url="omvang"),
        Param("innovated", ALL, schema.FILTER_VALUES["f_innovated"], url="innovatie"),
        Param("sector", ALL, schema.FILTER_VALUES["f_sector"]),
        Param("cluster", ALL, schema.FILTER_VALUES["f_cluster"]),
        Param("sort", "median", SORTS, url="sortering"),
        Param("breakdown", "frequency", BREAKDOWNS, url="uitsplitsing"),
        # an edition with microdata aggregates ("" = the latest; checked against the data)
        Param("edition", "", None, url="editie"),
    )
    grouping: str = "sector"
    hidden: tuple[int, ...] = ()
    size_class: str = ALL
    innovated: str = ALL
    sector: str = ALL
    cluster: str = ALL
    sort: str = "median"
    breakdown: str = "frequency"
    edition: str = ""

    # ------------------------------------------------------------------ derived views

    @property
    def groups(self) -> tuple[str, ...]:
        """Every group of the current grouping, in codebook order."""
        return schema.GROUP_VALUES[self.grouping]

    @property
    def hidden_groups(self) -> tuple[str, ...]:
        return tuple(g for i, g in enumerate(self.groups, start=1) if i in self.hidden)

    @property
    def shown_groups(self) -> tuple[str, ...]:
        return tuple(g for i, g in enumerate(self.groups, start=1) if i not in self.hidden)

    def population(self) -> dict[str, str]:
        """The cube's population keys (f_sector, f_cluster, f_size, f_innovated)."""
        return {"f_sector": self.sector, "f_cluster": self.cluster, "f_size": self.size_class,
                "f_innovated": self.innovated}

    def filtered(self) -> bool:
        return any(v != ALL for v in self.population().values())

    def with_shown(self, shown: list[str] | tuple[str, ...] | None) -> "KlimaatState":
        """The state with exactly `shown` of the grouping's groups visible."""
        keep = {g for g in shown if isinstance(g, str)} if isinstance(shown, (list, tuple)) else set()
        return self.replace(hidden=tuple(i for i, g in enumerate(self.groups, start=1)
                                          if g not in keep))

    # ---------------------------------------------------------------- consistency

    def normalized(self, prefer: str | None = None) -> tuple["KlimaatState", list[Notice]]:
        """A consistent state and a notice per reset value.

        prefer: "sector" or "cluster": the filter the user just changed wins when both are set.
        """
        state, notices = self, []
        own = OWN_FILTER[state.grouping]
        if getattr(state, own) != ALL:
            notices.append(_reset_notice(own, getattr(state, own)))
            state = state.replace(**{own: ALL})
        if state.sector != ALL and state.cluster != ALL:
            drop = "sector" if prefer == "cluster" else "cluster"
            notices.append(_reset_notice(drop, getattr(state, drop)))
            state = state.replace(**{drop: ALL})
        beyond = tuple(i for i in state.hidden if i > len(state.groups))
        if beyond:
            notices.append(_reset_notice("hidden", ",".join(map(str, beyond))))
            state = state.replace(hidden=tuple(i for i in state.hidden if i not in beyond))
        return state, notices

    @classmethod
    def from_query(cls, search: str | None) -> tuple["KlimaatState", list[Notice]]:
        state, notices = super().from_query(search)
        state, more = state.normalized()
        return state, notices + more

    @classmethod
    def from_controls(cls, values: dict[str, Any], shown: list[str] | None,
                      triggered: str | None) -> "KlimaatState":
        """State from the page's control values; `triggered` names the control that changed.

        A new grouping shows all its groups; otherwise `shown` (the checklist) decides.
        """
        state = cls.from_values(**values)
        if triggered != "grouping":
            state = state.with_shown(shown)
        prefer = triggered if triggered in ("sector", "cluster") else None
        return state.normalized(prefer)[0]


def _reset_notice(param: str, value: str) -> Notice:
    return Notice("klimaat.notice.reset", (("param", KlimaatState.url_key(param)),
                                           ("value", value[:40])))


def group_index(grouping: str, group: str) -> int:
    """1-based position of a group in its grouping (the URL's `verberg` values)."""
    return schema.GROUP_VALUES[grouping].index(group) + 1

