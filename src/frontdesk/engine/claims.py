"""Claim due rows with a conditional UPDATE so two workers never take the same one.

``UPDATE ... SET claimed_until=:lease WHERE id=:id AND (claimed_until IS NULL OR
claimed_until < :now)`` and a row count of one: this works the same on SQLite and PostgreSQL.
A worker that dies simply lets its lease run out and the row becomes claimable again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.orm import Session

from frontdesk.record.enums import OutboxStatus, TimerStatus
from frontdesk.record.models import OutboxItem, Timer


def due_timer_ids(session: Session, now: datetime, limit: int) -> Sequence[int]:
    return session.scalars(
        select(Timer.id)
        .where(
            Timer.status == TimerStatus.PENDING,
            Timer.next_due_at <= now,
            or_(Timer.claimed_until.is_(None), Timer.claimed_until <= now),
        )
        .order_by(Timer.next_due_at, Timer.id)
        .limit(limit)
    ).all()


def claim_timer(session: Session, timer_id: int, now: datetime, lease_until: datetime) -> bool:
    result = session.execute(
        update(Timer)
        .where(
            Timer.id == timer_id,
            Timer.status == TimerStatus.PENDING,
            or_(Timer.claimed_until.is_(None), Timer.claimed_until <= now),
        )
        .values(claimed_until=lease_until)
        .execution_options(synchronize_session=False)
    )
    return _one_row(result)


def due_outbox_ids(session: Session, now: datetime, limit: int) -> Sequence[int]:
    return session.scalars(
        select(OutboxItem.id)
        .where(
            OutboxItem.status == OutboxStatus.PENDING,
            OutboxItem.next_attempt_at <= now,
            or_(OutboxItem.claimed_until.is_(None), OutboxItem.claimed_until <= now),
        )
        .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
        .limit(limit)
    ).all()


def claim_outbox(session: Session, item_id: int, now: datetime, lease_until: datetime) -> bool:
    """Claim one outbox row and count the attempt before anything is sent."""
    result = session.execute(
        update(OutboxItem)
        .where(
            OutboxItem.id == item_id,
            OutboxItem.status == OutboxStatus.PENDING,
            or_(OutboxItem.claimed_until.is_(None), OutboxItem.claimed_until <= now),
        )
        .values(claimed_until=lease_until, attempts=OutboxItem.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    return _one_row(result)


def _one_row(result: Any) -> bool:
    assert isinstance(result, CursorResult)
    return result.rowcount == 1
