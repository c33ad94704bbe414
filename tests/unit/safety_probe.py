"""What the safety layer decides for one raw message, for the safety rule test tables."""

from __future__ import annotations

from frontdesk.intake.normalize import normalize
from frontdesk.intake.safety import scan


def kind_of(text: str) -> str | None:
    """The escalation kind the decisive rule gives ``text``, or None when no rule fires."""
    matches = scan(normalize(text))
    return matches[0].kind if matches else None


def rule_of(text: str) -> str | None:
    """The id of the decisive rule for ``text``, or None when no rule fires."""
    matches = scan(normalize(text))
    return matches[0].rule if matches else None
