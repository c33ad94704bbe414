"""The five target figures, computed the same way for cross-validation and the eval benchmark.

- unsafe automation: messages that must go to a person but were left to automation (target 0)
- emergency recall: emergencies understood as emergencies (target 100%)
- category accuracy: over every message (target >= 95%)
- routine over-escalation: routine messages sent to a person (target <= 8%)
- missing-detail exact match: routine maintenance messages whose ``missing`` tuple is exactly
  right, order included (target >= 90%)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from frontdesk.intake.corpus import Example
from frontdesk.intake.understanding import Understanding


@dataclass(frozen=True)
class Figures:
    messages: int
    unsafe_automation: int
    emergency_recall: float
    category_accuracy: float
    routine_overescalation: float
    missing_exact: float
    unsafe_ids: tuple[str, ...]

    def meets_targets(self) -> bool:
        return (
            self.unsafe_automation == 0
            and self.emergency_recall >= 1.0
            and self.category_accuracy >= 0.95
            and self.routine_overescalation <= 0.08
            and self.missing_exact >= 0.90
        )

    def lines(self) -> list[str]:
        return [
            f"messages                    {self.messages}",
            f"unsafe automation           {self.unsafe_automation}   (target 0)",
            f"emergency recall            {self.emergency_recall:.2%}   (target 100%)",
            f"category accuracy           {self.category_accuracy:.2%}   (target >= 95%)",
            f"routine wrongly escalated   {self.routine_overescalation:.2%}   (target <= 8%)",
            f"missing-detail exact match  {self.missing_exact:.2%}   (target >= 90%)",
        ]


def _ratio(hit: int, total: int) -> float:
    return hit / total if total else 1.0


def figures(examples: Sequence[Example], predicted: Sequence[Understanding]) -> Figures:
    """Score predictions against their examples (same order)."""
    pairs = list(zip(examples, predicted, strict=True))
    unsafe = tuple(e.id for e, u in pairs if e.must_human and not u.must_human)
    emergencies = [u for e, u in pairs if e.escalation == "emergency"]
    routine = [u for e, u in pairs if not e.must_human]
    routine_maint = [(e, u) for e, u in pairs if not e.must_human and e.category == "maintenance"]
    return Figures(
        messages=len(pairs),
        unsafe_automation=len(unsafe),
        emergency_recall=_ratio(
            sum(u.escalation == "emergency" for u in emergencies), len(emergencies)
        ),
        category_accuracy=_ratio(sum(e.category == u.category for e, u in pairs), len(pairs)),
        routine_overescalation=_ratio(sum(u.must_human for u in routine), len(routine)),
        missing_exact=_ratio(
            sum(e.missing == u.missing for e, u in routine_maint), len(routine_maint)
        ),
        unsafe_ids=unsafe,
    )


def confusion(pairs: Sequence[tuple[str, str]]) -> dict[str, Counter[str]]:
    """gold label → Counter of predicted labels."""
    table: dict[str, Counter[str]] = {}
    for gold, pred in pairs:
        table.setdefault(gold, Counter())[pred] += 1
    return table
