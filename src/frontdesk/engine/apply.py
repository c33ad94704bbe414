"""Apply a Decision to the record: events, tasks, state, timers and outbox rows together.

``apply`` works inside the caller's transaction and never commits, so a use case can load,
decide, apply and mark its timer in one commit. ``apply_decision`` is the one-shot form;
``apply_many`` writes several decisions with the round trips of one (the inbound batch).
Anything that fails (an unknown template, a missing task) raises and nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.util import identity_key

from frontdesk.record.enums import Channel, OutboxStatus, Priority, TaskStatus, TimerStatus
from frontdesk.record.models import EVENTS, OutboxItem, Task, Thread, Timer, WorkflowState
from frontdesk.workflows.decision import (
    Action,
    CancelTimer,
    CreateTask,
    Decision,
    NotifyWebhook,
    RecordEvent,
    ScheduleTimer,
    SendMessage,
    SetState,
    Subject,
    UpdateTask,
    UpdateThread,
)
from frontdesk.workflows.task_sla import WORKFLOW as TASK_SLA


class Renderer(Protocol):
    """The policy's approved templates; raises for an unknown template or placeholder."""

    def render(self, template: str, lang: str, variables: dict[str, Any]) -> str: ...


class DecisionError(Exception):
    """A decision could not be applied; the transaction is rolled back."""


@dataclass
class Applied:
    """Ids written by one decision, for callers and tests."""

    events: list[int] = field(default_factory=list)
    tasks: list[int] = field(default_factory=list)
    outbox: list[int] = field(default_factory=list)
    timers: list[str] = field(default_factory=list)


def apply_decision(
    sessions: sessionmaker[Session], decision: Decision, now: datetime, renderer: Renderer
) -> Applied:
    """Apply ``decision`` in its own transaction: all rows commit together or none do."""
    with sessions.begin() as session:
        return apply(session, decision, now, renderer)


def apply(session: Session, decision: Decision, now: datetime, renderer: Renderer) -> Applied:
    """Write ``decision`` into the caller's transaction (no commit)."""
    return apply_many(session, [(decision, now, renderer)])[0]


def apply_many(
    session: Session,
    decisions: Sequence[tuple[Decision, datetime, Renderer]],
    events: Sequence[dict[str, Any]] = (),
) -> list[Applied]:
    """Write several decisions into the caller's transaction (no commit), in order.

    Rows are written in few round trips whatever the count: one lookup of already-queued
    idempotency keys, one flush for new tasks, outbox rows and thread changes (a thread's
    link to its new task included), then every timeline event of every decision in one
    multi-row INSERT. ``events`` are timeline rows the caller has ready (an inbound
    batch's ``message.received``); they go first in that INSERT, saving it one of its own.
    """
    queued = _already_queued(session, [d for d, _, _ in decisions])
    tasks = _load_tasks(session, [d for d, _, _ in decisions])
    writers = [_Writer(session, d, now, renderer, queued, tasks) for d, now, renderer in decisions]
    for writer in writers:
        for action in writer.decision.actions:
            writer.write(action)
        writer.link()
    _one_update_shape({t for writer in writers for t in writer.threads_updated})
    session.flush()
    rows = [*events, *(row for writer in writers for row in writer.finish())]
    if rows:
        session.execute(insert(EVENTS), rows)
    session.flush()
    return [writer.applied for writer in writers]


THREAD_FIELDS = (
    "status",
    "category",
    "escalation",
    "automation_paused",
    "awaiting_detail",
    "task_id",
    "details",
    "updated_at",
)


def _one_update_shape(threads: set[Thread]) -> None:
    """Mark the same columns changed on every updated thread, so the flush writes them all
    with one executemany instead of one UPDATE per distinct set of changed columns."""
    for thread in threads:
        loaded = inspect(thread).dict
        for name in THREAD_FIELDS:
            if name in loaded:  # an attribute never loaded cannot be flagged (nor needs it)
                flag_modified(thread, name)


def _load_tasks(session: Session, decisions: Sequence[Decision]) -> dict[int, Task]:
    """Every task the decisions update, in one query, so no ``UpdateTask`` needs a SELECT
    of its own (each of which would also autoflush the batch's pending rows)."""
    ids = {a.task_id for d in decisions for a in d.actions if isinstance(a, UpdateTask)}
    tasks: dict[int, Task] = {}
    for task_id in ids:  # already in the session (a timer handler loaded it): no query
        held = session.identity_map.get(identity_key(Task, task_id))
        if isinstance(held, Task):
            tasks[task_id] = held
    missing = ids - tasks.keys()
    if missing:
        tasks.update({t.id: t for t in session.scalars(select(Task).where(Task.id.in_(missing)))})
    return tasks


def _already_queued(session: Session, decisions: Sequence[Decision]) -> set[str]:
    """Outbox keys of these decisions that an earlier transaction already queued."""
    keys = [
        a.idempotency_key
        for d in decisions
        for a in d.actions
        if isinstance(a, SendMessage | NotifyWebhook)
    ]
    if not keys:
        return set()
    found = session.scalars(
        select(OutboxItem.idempotency_key).where(OutboxItem.idempotency_key.in_(keys))
    )
    return set(found)


EventData = dict[str, Any] | Callable[[], dict[str, Any]]


class _Writer:
    """Turns each action of one decision into rows; one method per action type.

    ``queued_keys`` is shared by every writer of a batch, so two decisions in one batch
    never queue the same message twice either.
    """

    def __init__(
        self,
        session: Session,
        decision: Decision,
        now: datetime,
        renderer: Renderer,
        queued_keys: set[str],
        tasks: dict[int, Task],
    ) -> None:
        self.session = session
        self.decision = decision
        self.now = now
        self.renderer = renderer
        self.applied = Applied()
        self.events: list[tuple[Action, str, EventData]] = []
        self.new_tasks: list[tuple[Task, CreateTask]] = []
        self.new_outbox: list[OutboxItem] = []
        self.thread_to_link: Thread | None = None
        self.threads_updated: list[Thread] = []
        self.queued_keys = queued_keys
        self.tasks = tasks

    def write(self, action: Action) -> None:
        match action:
            case RecordEvent():
                self.events.append((action, action.kind, action.data))
            case CreateTask():
                self.create_task(action)
            case UpdateTask():
                self.update_task(action)
            case SetState():
                self.set_state(action)
            case ScheduleTimer():
                self.schedule_timer(action)
            case CancelTimer():
                self.cancel_timer(action)
            case SendMessage():
                self.send_message(action)
            case UpdateThread():
                self.update_thread(action)
            case NotifyWebhook():
                self.notify_webhook(action)
            case _:
                raise DecisionError(f"{action.rule}: unknown action {type(action).__name__}")

    def link(self) -> None:
        """Before the flush: point the thread at its new task, so the flush inserts the task
        first and writes the thread's task id in the thread's one UPDATE."""
        if self.thread_to_link is not None and self.new_tasks:
            self.thread_to_link.task = self.new_tasks[-1][0]

    def finish(self) -> list[dict[str, Any]]:
        """After the flush that gave new rows their ids: add SLA timers and return the
        decision's timeline events as rows for the one INSERT."""
        for task, action in self.new_tasks:
            self.applied.tasks.append(task.id)
            if action.sla_due_at is not None:
                self.session.add(self._sla_timer(task.id, action.sla_due_at))
        self.applied.outbox.extend(item.id for item in self.new_outbox)
        d = self.decision
        return [
            {
                "portfolio_id": d.portfolio_id,
                "subject_type": d.subject.type,
                "subject_id": d.subject.id,
                "kind": kind,
                "actor": action.rule,
                "reason": action.reason,
                "data": data() if callable(data) else data,
                "policy_version": d.policy_version,
                "at": self.now,
            }
            for action, kind, data in self.events
        ]

    def _sla_timer(self, task_id: int, due_at: datetime) -> Timer:
        # A task created in this transaction cannot have a timer yet: insert, no lookup.
        return Timer(
            portfolio_id=self.decision.portfolio_id,
            workflow=TASK_SLA,
            subject_type="task",
            subject_id=task_id,
            status=TimerStatus.PENDING,
            next_due_at=due_at,
            payload={},
            attempts=0,
        )

    def create_task(self, a: CreateTask) -> None:
        d = self.decision
        task = Task(
            portfolio_id=d.portfolio_id,
            property_id=a.property_id,
            subject_type=d.subject.type,
            subject_id=d.subject.id,
            queue=a.queue,
            kind=a.kind,
            title=a.title,
            status=TaskStatus.OPEN,
            priority=Priority(a.priority),
            details=dict(a.details),
            due_at=a.due_at,
            sla_due_at=a.sla_due_at,
            created_by=a.rule,
            created_at=self.now,
            updated_at=self.now,
        )
        self.session.add(task)
        self.new_tasks.append((task, a))

        def data() -> dict[str, Any]:
            out: dict[str, Any] = {
                "task_id": task.id,
                "queue": a.queue,
                "kind": a.kind,
                "priority": a.priority,
            }
            if a.sla_due_at is not None:
                out["sla_due_at"] = a.sla_due_at.isoformat()
            return out

        self.events.append((a, "task.created", data))

    def update_task(self, a: UpdateTask) -> None:
        task = self.tasks.get(a.task_id)
        if task is None:
            raise DecisionError(f"{a.rule}: task {a.task_id} does not exist")
        changes: dict[str, Any] = {}
        if a.status is not None and a.status != task.status:
            changes["status"] = [task.status.value, a.status]
            task.status = TaskStatus(a.status)
        if a.priority is not None and a.priority != task.priority:
            changes["priority"] = [task.priority.value, a.priority]
            task.priority = Priority(a.priority)
        if a.queue is not None and a.queue != task.queue:
            changes["queue"] = [task.queue, a.queue]
            task.queue = a.queue
        if a.details:
            changes["details"] = a.details
            task.details = {**task.details, **a.details}
        task.updated_at = self.now
        self.events.append((a, "task.updated", {"task_id": task.id, "changes": changes}))

    def set_state(self, a: SetState) -> None:
        subject = self.decision.subject
        row = self.session.scalars(
            select(WorkflowState).filter_by(
                workflow=a.workflow, subject_type=subject.type, subject_id=subject.id
            )
        ).one_or_none()
        before = dict(row.state) if row else {}
        if row is None:
            row = WorkflowState(
                workflow=a.workflow,
                subject_type=subject.type,
                subject_id=subject.id,
                state={},
                updated_at=self.now,
            )
            self.session.add(row)
        row.state = dict(a.state)
        row.updated_at = self.now
        self.events.append(
            (a, "state.changed", {"workflow": a.workflow, "from": before, "to": a.state})
        )

    def schedule_timer(self, a: ScheduleTimer) -> None:
        d = self.decision
        set_timer(self.session, d.portfolio_id, d.subject, a.workflow, a.due_at, a.payload)
        self.applied.timers.append(a.workflow)
        self.events.append(
            (a, "timer.scheduled", {"workflow": a.workflow, "due_at": a.due_at.isoformat()})
        )

    def cancel_timer(self, a: CancelTimer) -> None:
        subject = self.decision.subject
        timer = self.session.scalars(
            select(Timer).filter_by(
                workflow=a.workflow, subject_type=subject.type, subject_id=subject.id
            )
        ).one_or_none()
        if timer is not None and timer.status == TimerStatus.PENDING:
            timer.status = TimerStatus.DONE
            timer.claimed_until = None
            self.events.append((a, "timer.cancelled", {"workflow": a.workflow}))

    def send_message(self, a: SendMessage) -> None:
        if a.idempotency_key in self.queued_keys:
            return  # the same source already queued this message; never queue it twice
        body = self.renderer.render(a.template, a.lang, a.variables)
        payload = {"body": body, "lang": a.lang, "subject": a.subject_line}
        self.queue(a, a.channel, a.recipient, a.template, payload, a.idempotency_key)

    def notify_webhook(self, a: NotifyWebhook) -> None:
        if a.idempotency_key in self.queued_keys:
            return
        body = json.dumps(a.payload, sort_keys=True, default=str)
        self.queue(a, "webhook", a.url, "writeback", {"body": body}, a.idempotency_key)

    def queue(
        self,
        a: Action,
        channel: str,
        recipient: str,
        template: str,
        payload: dict[str, Any],
        key: str,
    ) -> None:
        self.queued_keys.add(key)
        d = self.decision
        item = OutboxItem(
            portfolio_id=d.portfolio_id,
            subject_type=d.subject.type,
            subject_id=d.subject.id,
            channel=Channel(channel),
            recipient=recipient,
            template=template,
            payload=payload,
            idempotency_key=key,
            status=OutboxStatus.PENDING,
            attempts=0,
            next_attempt_at=self.now,
            created_at=self.now,
        )
        self.session.add(item)
        self.new_outbox.append(item)
        self.events.append(
            (
                a,
                "message.queued",
                lambda: {
                    "outbox_id": item.id,
                    "channel": channel,
                    "template": template,
                    "recipient": recipient,
                },
            )
        )

    def update_thread(self, a: UpdateThread) -> None:
        subject = self.decision.subject
        thread = self.session.get(Thread, subject.id) if subject.type == "thread" else None
        if thread is None:
            raise DecisionError(f"{a.rule}: {subject.type} {subject.id} is not a thread")
        changes: dict[str, Any] = {}
        for name in ("status", "category", "escalation", "automation_paused", "awaiting_detail"):
            value = getattr(a, name)
            if value is not None and value != getattr(thread, name):
                changes[name] = value
                setattr(thread, name, value)
        if a.clear_awaiting and thread.awaiting_detail is not None:
            changes["awaiting_detail"] = None
            thread.awaiting_detail = None
        if a.details:
            thread.details = {**thread.details, **a.details}
            changes["details"] = a.details
        if a.link_new_task:
            self.thread_to_link = thread
        thread.updated_at = self.now
        self.threads_updated.append(thread)
        self.events.append((a, "thread.updated", {"changes": changes}))


def set_timer(
    session: Session,
    portfolio_id: int,
    subject: Subject,
    workflow: str,
    due_at: datetime,
    payload: dict[str, Any],
) -> None:
    """Create or move the subject's one timer for ``workflow`` and make it claimable."""
    timer = session.scalars(
        select(Timer).filter_by(workflow=workflow, subject_type=subject.type, subject_id=subject.id)
    ).one_or_none()
    if timer is None:
        timer = Timer(
            portfolio_id=portfolio_id,
            workflow=workflow,
            subject_type=subject.type,
            subject_id=subject.id,
        )
        session.add(timer)
    timer.status = TimerStatus.PENDING
    timer.next_due_at = due_at
    timer.payload = dict(payload)
    timer.claimed_until = None
    timer.attempts = 0
    timer.last_error = None


def backoff(attempts: int, base_seconds: float, max_seconds: float) -> timedelta:
    """Exponential backoff: base, 2x base, 4x base, ... capped at ``max_seconds``."""
    return timedelta(seconds=min(base_seconds * 2 ** max(attempts - 1, 0), max_seconds))
