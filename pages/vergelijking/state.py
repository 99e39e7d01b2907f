"""The URL state of the comparison page (/vergelijking): the topic and an optional Dutch
subgroup. The topics, and which published numbers each pairs, are data (data/comparison.py,
read from data/reference/): the allowed values follow from that table and the codebook.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from components.state import Param, QueryState
from data import questionnaire as q
from data.comparison import Category, Pick, Topic, pairing

__all__ = ["Category", "Pick", "Topic"]

PAIRING = pairing()
TOPICS: tuple[Topic, ...] = PAIRING.topics
TOPIC_BY_KEY: dict[str, Topic] = PAIRING.by_key
DEFAULT_TOPIC = TOPICS[0].key
# The report edition's source: a DK row with it is "as cited in the Dutch report".
CITED_SOURCE = PAIRING.cited_source

SUBGROUP_GROUPINGS = ("sector", "cluster")
NO_SUBGROUP = ""
# The control's value for "no subgroup" (a native select already uses "" for its placeholder).
NO_SUBGROUP_CONTROL = "geen"


def subgroup_value(grouping: str, group: str) -> str:
    """URL value of an NL subgroup, e.g. "sector:Gemeenten"."""
    return f"{grouping}:{group}"


ALL_SUBGROUPS: tuple[str, ...] = (
    *(subgroup_value("sector", s) for s in q.SECTORS),
    *(subgroup_value("cluster", c) for c in q.CLUSTERS),
)


@dataclass(frozen=True)
class ComparisonState(QueryState):
    """State of /vergelijking: the topic and an optional NL subgroup (sector or cluster)."""

    PARAMS: ClassVar[tuple[Param, ...]] = (
        Param("topic", DEFAULT_TOPIC, tuple(TOPIC_BY_KEY), url="onderwerp"),
        Param("subgroup", NO_SUBGROUP, (NO_SUBGROUP, *ALL_SUBGROUPS), url="subgroep"),
    )
    topic: str = DEFAULT_TOPIC
    subgroup: str = NO_SUBGROUP
