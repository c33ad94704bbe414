"""Engine notes on the timeline: retries, failures and deliveries of timers and outbox rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from frontdesk.record.models import Event


class OnSubject(Protocol):
    """A row that belongs to a subject's story (a timer, an outbox item)."""

    portfolio_id: int
    subject_type: str
    subject_id: int


def note(
    session: Session,
    row: OnSubject,
    *,
    actor: str,
    kind: str,
    reason: str,
    at: datetime,
    data: dict[str, Any],
) -> None:
    """Append an engine event to the story of the subject ``row`` belongs to."""
    session.add(
        Event(
            portfolio_id=row.portfolio_id,
            subject_type=row.subject_type,
            subject_id=row.subject_id,
            kind=kind,
            actor=actor,
            reason=reason,
            data=data,
            at=at,
        )
    )
