"""What frontdesk understood of one resident message: the contract between intake and workflows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from frontdesk.policy.vocab import CATEGORIES, ESCALATIONS

__all__ = ["CATEGORIES", "ESCALATIONS", "MAINTENANCE_DETAILS", "Evidence", "Understanding"]

MAINTENANCE_DETAILS = ("location", "description", "urgency", "entry_permission", "availability")


@dataclass(frozen=True)
class Evidence:
    """Why: the rule that fired and the words (or model score) it fired on."""

    rule: str
    matched: str


@dataclass(frozen=True)
class Understanding:
    category: str
    escalation: str | None
    lang: str
    confidence: float
    rule: str
    details_given: frozenset[str] = frozenset()
    missing: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def must_human(self) -> bool:
        """Anything escalated (including ``unclear``) goes to a person, never to automation."""
        return self.escalation is not None

    def owing(self, required_details: Sequence[str]) -> Understanding:
        """The same understanding for a property that requires ``required_details``: only
        ``missing`` depends on them, and only for routine maintenance. This lets a message be
        understood before its sender's property (and so its policy) is known."""
        if self.category != "maintenance" or self.escalation is not None:
            return self
        return replace(
            self, missing=tuple(d for d in required_details if d not in self.details_given)
        )
