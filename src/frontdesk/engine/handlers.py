"""Timer handlers: load what a workflow needs for one subject, then call its pure decision."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from frontdesk.policy import Policy
from frontdesk.record.models import Property, Task, Timer
from frontdesk.workflows import task_sla
from frontdesk.workflows.decision import Decision

TimerHandler = Callable[[Session, Timer, datetime, Policy], Decision]


def handle_task_sla(session: Session, timer: Timer, now: datetime, policy: Policy) -> Decision:
    """Snapshot the task and its property's on-call contact for ``task_sla.decide_sla``."""
    task = session.get(Task, timer.subject_id)
    if task is None:
        raise LookupError(f"task {timer.subject_id} of timer {timer.id} no longer exists")
    prop = session.get(Property, task.property_id) if task.property_id else None
    effective = policy.for_property(prop.external_id if prop else None)
    snapshot = task_sla.TaskSnapshot(
        id=task.id,
        portfolio_id=task.portfolio_id,
        title=task.title,
        queue=task.queue,
        status=task.status.value,
        priority=task.priority.value,
        sla_due_at=task.sla_due_at,
    )
    on_call = task_sla.OnCall(channel=effective.on_call.channel, address=effective.on_call.address)
    return task_sla.decide_sla(snapshot, now, on_call)


DEFAULT_HANDLERS: dict[str, TimerHandler] = {task_sla.WORKFLOW: handle_task_sla}
