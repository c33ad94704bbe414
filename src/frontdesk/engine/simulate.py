"""Simulate by jumping: move a SimClock straight to the next due timer, retry or script step.

This is what lets a test or ``frontdesk demo`` replay a day (or 60 days) in seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, select

from frontdesk.clock import SimClock
from frontdesk.engine.services import Services
from frontdesk.engine.worker import RunReport, run_once
from frontdesk.record.enums import OutboxStatus, TimerStatus
from frontdesk.record.models import OutboxItem, Timer

ScriptStep = Callable[[Services, datetime], None]


@dataclass(frozen=True)
class Scripted:
    """Something the outside world does at ``at`` (an import, a message, a staff action)."""

    at: datetime
    label: str
    step: ScriptStep


def next_due(services: Services) -> datetime | None:
    """The earliest pending timer or outbox attempt, or None when nothing waits."""
    with services.sessions() as session:
        timer = session.scalar(
            select(func.min(_claimable_at(Timer.next_due_at, Timer.claimed_until))).where(
                Timer.status == TimerStatus.PENDING
            )
        )
        outbox = session.scalar(
            select(
                func.min(_claimable_at(OutboxItem.next_attempt_at, OutboxItem.claimed_until))
            ).where(OutboxItem.status == OutboxStatus.PENDING)
        )
    candidates = [t for t in (timer, outbox) if t is not None]
    return min(candidates) if candidates else None


def _claimable_at(due: Any, claimed_until: Any) -> Any:
    """A row held by another worker's lease becomes workable only when the lease ends."""
    return case((and_(claimed_until.is_not(None), claimed_until > due), claimed_until), else_=due)


def simulate(
    services: Services,
    clock: SimClock,
    script: Sequence[Scripted],
    until: datetime,
    on_step: Callable[[datetime, str], None] | None = None,
) -> RunReport:
    """Run ``script`` and all work it causes up to ``until``, jumping between due instants."""
    pending = sorted(script, key=lambda s: s.at)
    total = RunReport()
    while True:
        due = next_due(services)
        upcoming = [t for t in (due, pending[0].at if pending else None) if t is not None]
        if not upcoming or min(upcoming) > until:
            break
        now = clock.jump_to(min(upcoming))
        while pending and pending[0].at <= now:
            step = pending.pop(0)
            step.step(services, now)
            if on_step is not None:
                on_step(now, step.label)
        total.add(run_once(services, now))
    clock.jump_to(until)
    return total
