"""What the host's room view may show, computed from the room's answers.

Disclosure rules (the product's, applied to the room):
- nothing before MIN_ROOM (5) participants;
- quantiles by data.quantiles (the mean of neighbouring values, never one participant's exact
  score or answer; withheld when the answers are all alike);
- a statement's median only when at least 5 participants answered it 1-5;
- the room split by sector only when every non-empty part (those without a sector included)
  has at least 5 participants, and there are at least two parts.
"""

from __future__ import annotations

from dataclasses import dataclass

from data import questionnaire as q
from data.quantiles import protected_box, protected_quantile
from data.rooms.model import MIN_ROOM, Answer

NO_SECTOR = ""


@dataclass(frozen=True)
class RoomStats:
    n: int
    box: dict[str, float] | None                # the whole room's score box
    medians: dict[str, float | None]            # statement -> protected median
    sectors: dict[str, dict[str, float]] | None  # sector -> score box (split allowed only)
    sector_n: dict[str, int] | None

    @property
    def missing(self) -> int:
        """How many more answers the view needs."""
        return max(0, MIN_ROOM - self.n)


def sector_parts(answers: list[Answer]) -> dict[str, list[float]] | None:
    """Scores per sector ("" for no sector), or None when the split may not be shown."""
    parts: dict[str, list[float]] = {}
    for answer in answers:
        score = answer.score()
        if score is not None:
            parts.setdefault(answer.sector, []).append(score)
    if len(parts) < 2 or any(len(v) < MIN_ROOM for v in parts.values()):
        return None
    return parts


def room_stats(answers: list[Answer]) -> RoomStats:
    """The room's view statistics (all None below MIN_ROOM answers)."""
    scores = [s for s in (a.score() for a in answers) if s is not None]
    n = len(scores)
    if n < MIN_ROOM:
        return RoomStats(n, None, {}, None, None)
    medians = {}
    for index, item in enumerate(q.SCALE_ITEMS):
        values = [v for v in (a.likert()[index] for a in answers) if v is not None]
        medians[item] = protected_quantile(values, 0.5, decimals=1)
    parts = sector_parts(answers)
    sectors = sector_n = None
    if parts is not None:
        boxes = {s: protected_box(v) for s, v in parts.items()}
        if all(b is not None for b in boxes.values()):
            order = [s for s in q.SECTORS if s in boxes] + ([NO_SECTOR] * (NO_SECTOR in boxes))
            sectors = {s: boxes[s] for s in order}
            sector_n = {s: len(parts[s]) for s in order}
    return RoomStats(n, protected_box(scores), medians, sectors, sector_n)
