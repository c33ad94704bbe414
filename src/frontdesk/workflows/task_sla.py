"""Shared by every workflow: a task still open past its SLA is raised and its queue is told."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from frontdesk.workflows.decision import Decision, RecordEvent, SendMessage, Subject, UpdateTask

WORKFLOW = "task_sla"
CLOSED = frozenset({"done", "cancelled"})
NEXT_PRIORITY = {"low": "normal", "normal": "high", "high": "urgent", "urgent": "urgent"}


@dataclass(frozen=True)
class TaskSnapshot:
    id: int
    portfolio_id: int
    title: str
    queue: str
    status: str
    priority: str
    sla_due_at: datetime | None


@dataclass(frozen=True)
class OnCall:
    channel: str
    address: str
    lang: str = "en"


def decide_sla(task: TaskSnapshot, now: datetime, on_call: OnCall | None) -> Decision:
    """Breached: raise priority one step and tell the on-call contact; else do nothing."""
    subject = Subject("task", task.id)
    if task.status in CLOSED or task.sla_due_at is None or task.sla_due_at > now:
        return Decision(task.portfolio_id, subject)
    late_minutes = int((now - task.sla_due_at).total_seconds() // 60)
    rule = "task_sla.breached"
    actions: list[RecordEvent | UpdateTask | SendMessage] = [
        RecordEvent(
            rule=rule,
            reason=(
                f"still open {late_minutes} min after its SLA in queue {task.queue}"
                if late_minutes
                else f"still open when its SLA ran out in queue {task.queue}"
            ),
            kind="task.sla_breached",
            data={"queue": task.queue, "late_minutes": late_minutes},
        ),
        UpdateTask(
            rule=rule,
            reason="a breached SLA raises priority one step",
            task_id=task.id,
            priority=NEXT_PRIORITY.get(task.priority, "high"),
        ),
    ]
    if on_call is not None:
        actions.append(
            SendMessage(
                rule=rule,
                reason="the on-call contact hears of every breached SLA",
                channel=on_call.channel,
                recipient=on_call.address,
                template="staff.task_sla_breached",
                lang=on_call.lang,
                variables={"task_id": task.id, "title": task.title, "queue": task.queue},
                idempotency_key=f"task_sla:{task.id}:{task.sla_due_at.isoformat()}",
            )
        )
    return Decision(task.portfolio_id, subject, tuple(actions))
