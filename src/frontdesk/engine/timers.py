"""The tick: find due timers, claim each, run its workflow and apply the decision.

Each timer is handled in its own transaction together with its decision, so a failure of one
subject neither blocks the batch nor leaves half a decision behind. A failing handler is
retried with backoff and, after the last attempt, marked failed with its reason on the record.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta

from frontdesk.engine.apply import apply, backoff
from frontdesk.engine.claims import claim_timer, due_timer_ids
from frontdesk.engine.services import Services
from frontdesk.engine.timeline import note
from frontdesk.policy import Policy
from frontdesk.record.enums import TimerStatus
from frontdesk.record.models import Timer

MAX_TIMER_ATTEMPTS = 5


@dataclass
class TickReport:
    fired: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def touched(self) -> int:
        return self.fired + self.retried + self.failed


def fire_due(services: Services, now: datetime, limit: int = 200) -> TickReport:
    """Handle one batch of due timers (at most ``limit``)."""
    lease_until = now + timedelta(seconds=services.settings.claim_lease_seconds)
    with services.sessions.begin() as session:
        ids = due_timer_ids(session, now, limit)
        claimed = [i for i in ids if claim_timer(session, i, now, lease_until)]
    report = TickReport()
    policies: dict[int, Policy] = {}  # one policy lookup per portfolio per batch
    for timer_id in claimed:
        try:
            _fire_one(services, timer_id, now, policies)
            report.fired += 1
        except Exception as exc:  # recorded on the timer row, never swallowed
            if _record_failure(services, timer_id, now, exc):
                report.failed += 1
            else:
                report.retried += 1
    return report


def _fire_one(
    services: Services, timer_id: int, now: datetime, policies: dict[int, Policy]
) -> None:
    with services.sessions.begin() as session:
        timer = session.get(Timer, timer_id)
        if timer is None or timer.status != TimerStatus.PENDING:
            return
        handler = services.handlers.get(timer.workflow)
        if handler is None:
            raise LookupError(f"no handler for timer workflow {timer.workflow!r}")
        if timer.portfolio_id not in policies:
            policies[timer.portfolio_id] = services.policies.active(session, timer.portfolio_id)
        policy = policies[timer.portfolio_id]
        due_before = timer.next_due_at
        decision = handler(session, timer, now, policy)
        if decision.policy_version is None:
            decision = dataclasses.replace(decision, policy_version=policy.version_hash)
        # Mark done first: a decision that reschedules this same timer moves it back to pending.
        timer.status = TimerStatus.DONE
        timer.claimed_until = None
        apply(session, decision, now, policy)
        if timer.status == TimerStatus.DONE and timer.next_due_at != due_before:
            timer.status = TimerStatus.PENDING


def _record_failure(services: Services, timer_id: int, now: datetime, exc: Exception) -> bool:
    """Store the error and schedule a retry; return True when the timer gave up for good."""
    settings = services.settings
    with services.sessions.begin() as session:
        timer = session.get(Timer, timer_id)
        if timer is None:
            return True
        timer.attempts += 1
        timer.last_error = f"{type(exc).__name__}: {exc}"
        timer.claimed_until = None
        gave_up = timer.attempts >= MAX_TIMER_ATTEMPTS
        if gave_up:
            timer.status = TimerStatus.FAILED
            note(
                session,
                timer,
                actor="engine.timers",
                kind="timer.failed",
                reason=f"gave up after {timer.attempts} attempts",
                at=now,
                data={"workflow": timer.workflow, "error": timer.last_error},
            )
        else:
            delay = backoff(
                timer.attempts, settings.outbox_backoff_seconds, settings.outbox_backoff_max_seconds
            )
            timer.next_due_at = now + delay
        return gave_up
