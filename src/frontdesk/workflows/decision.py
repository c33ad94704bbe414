"""What a pure workflow returns: a Decision made of actions, each naming the rule that fired.

The engine applies a Decision in one transaction. Actions never carry live objects, only
values, so a decision can be printed, compared in tests and replayed in a backtest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Subject:
    """What a decision is about: ("account", 12), ("thread", 7), ("task", 3), ..."""

    type: str
    id: int


@dataclass(frozen=True, kw_only=True)
class Action:
    """Every action says which rule produced it and why, in one line."""

    rule: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class RecordEvent(Action):
    """Append a timeline event to the decision's subject."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class CreateTask(Action):
    """Open a task in a queue; ``sla_due_at`` also schedules the SLA check for it."""

    queue: str
    kind: str
    title: str
    priority: str = "normal"
    details: dict[str, Any] = field(default_factory=dict)
    due_at: datetime | None = None
    sla_due_at: datetime | None = None
    property_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class UpdateTask(Action):
    """Change an existing task's status, priority, queue or details (merged)."""

    task_id: int
    status: str | None = None
    priority: str | None = None
    queue: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class SetState(Action):
    """Replace the subject's state in one workflow (e.g. its reminder stage)."""

    workflow: str
    state: dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class ScheduleTimer(Action):
    """Set (or move) the subject's one timer for ``workflow`` to ``due_at``."""

    workflow: str
    due_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class CancelTimer(Action):
    workflow: str


@dataclass(frozen=True, kw_only=True)
class SendMessage(Action):
    """Queue an approved template for delivery; the text comes only from the policy.

    ``idempotency_key`` is derived from the source (rule, subject, stage, provider id) so the
    same decision applied twice never queues the message twice.
    """

    channel: str
    recipient: str
    template: str
    lang: str
    variables: dict[str, Any]
    idempotency_key: str
    subject_line: str | None = None


@dataclass(frozen=True, kw_only=True)
class UpdateThread(Action):
    """Change the conversation a decision is about (its subject must be the thread).

    ``link_new_task`` points the thread at the task created earlier in the same decision.
    """

    status: str | None = None
    category: str | None = None
    escalation: str | None = None
    automation_paused: bool | None = None
    awaiting_detail: str | None = None
    clear_awaiting: bool = False
    details: dict[str, Any] = field(default_factory=dict)
    link_new_task: bool = False


@dataclass(frozen=True, kw_only=True)
class NotifyWebhook(Action):
    """Queue a signed JSON write-back to the operator's PMS/CRM (no template: data, not text)."""

    url: str
    payload: dict[str, Any]
    idempotency_key: str


@dataclass(frozen=True)
class Decision:
    """The actions one workflow chose for one subject at one instant."""

    portfolio_id: int
    subject: Subject
    actions: tuple[Action, ...] = ()
    policy_version: str | None = None

    @property
    def empty(self) -> bool:
        return not self.actions

    def rules(self) -> list[str]:
        return [a.rule for a in self.actions]
