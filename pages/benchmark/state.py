"""The benchmark page's URL state and the compact encoding of the answers.

Answers travel as one parameter, `a`, with a token per scale statement in SCALE_ITEMS order:
"1".."5" an answer, "x" for "weet niet", "" not answered; trailing unanswered tokens are
dropped, so `a=4,5,x,3` answers the first four statements. The page never writes the answers
into its live address; only the link the user asks for ("Kopieer link") carries them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from components.state import Param, QueryState
from data import questionnaire as q
from data.benchmark import PEER_GROUPINGS  # the peer groups, in the order offered

DONT_KNOW = "x"
LIKERT_VALUES: tuple[str, ...] = tuple(str(v) for v in range(q.LIKERT_MIN, q.LIKERT_MAX + 1))
ANSWER_VALUES: tuple[str, ...] = (*LIKERT_VALUES, DONT_KNOW)
N_ITEMS = len(q.SCALE_ITEMS)


def parse_answers(raw: str) -> str:
    """The canonical form of an encoded answer string; ValueError when it is not valid."""
    tokens = [token.strip().lower() for token in str(raw).split(",")] if raw else []
    if len(tokens) > N_ITEMS:
        raise ValueError(f"more than {N_ITEMS} answers")
    if any(token not in ANSWER_VALUES and token != "" for token in tokens):
        raise ValueError("answer not allowed")
    return ",".join(tokens).rstrip(",")


def encode_answers(answers: "list[str | None] | tuple[str | None, ...]") -> str:
    """The `a` parameter for answers given per statement (None or "" = not answered)."""
    return parse_answers(",".join("" if a is None else str(a) for a in answers))


def answer_tokens(encoded: str) -> tuple[str, ...]:
    """One token per scale statement ("" = not answered) from a canonical answer string."""
    tokens = encoded.split(",") if encoded else []
    return tuple(tokens) + ("",) * (N_ITEMS - len(tokens))


def likert_values(tokens: tuple[str, ...]) -> list[int | None]:
    """The answers as questionnaire.scale_score takes them: 1..5, None for missing."""
    return [int(token) if token in LIKERT_VALUES else None for token in tokens]


@dataclass(frozen=True)
class BenchmarkState(QueryState):
    """Answers, the organisation's profile and the chosen peer group."""

    PARAMS: ClassVar[tuple[Param, ...]] = (
        Param("a", "", None, parse=parse_answers),
        Param("sector", "", ("", *q.SECTORS)),
        Param("cluster", "", ("", *q.CLUSTERS)),
        Param("size_class", "", ("", *q.SIZE_CLASSES), url="omvang"),
        Param("peer", PEER_GROUPINGS[0], PEER_GROUPINGS, url="vergelijk"),
        # an edition with microdata aggregates ("" = the latest; checked against the data)
        Param("edition", "", None, url="editie"),
    )
    a: str = ""
    sector: str = ""
    cluster: str = ""
    size_class: str = ""
    peer: str = PEER_GROUPINGS[0]
    edition: str = ""

    @property
    def tokens(self) -> tuple[str, ...]:
        return answer_tokens(self.a)

    def profile(self) -> dict[str, str]:
        """The organisation's group per peer grouping ("" when not given)."""
        return {"sector": self.sector, "cluster": self.cluster, "size_class": self.size_class,
                "all": "all"}

    def from_organisation(self) -> "BenchmarkState":
        """The state with each profile field the link leaves open taken from "Mijn
        organisatie" (`org`): the benchmark starts from the user's organisation."""
        org = self.organisation
        return self.replace(sector=self.sector or org.sector,
                            cluster=self.cluster or org.cluster,
                            size_class=self.size_class or org.size_class)

    def without_answers(self) -> "BenchmarkState":
        """The same state minus the answers: what the page's own address may show."""
        return self.replace(a="")
