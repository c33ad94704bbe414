"""The SLA rule shared by every workflow, decided without any I/O."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from frontdesk.workflows.decision import RecordEvent, SendMessage, UpdateTask
from frontdesk.workflows.task_sla import OnCall, TaskSnapshot, decide_sla

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
ON_CALL = OnCall(channel="sms", address="+13125550100")


def task(**changes: object) -> TaskSnapshot:
    base = dict(
        id=9,
        portfolio_id=1,
        title="Leak",
        queue="maintenance",
        status="open",
        priority="normal",
        sla_due_at=NOW - timedelta(minutes=45),
    )
    base.update(changes)
    return TaskSnapshot(**base)  # type: ignore[arg-type]


def test_open_task_past_sla_is_raised_and_on_call_told() -> None:
    decision = decide_sla(task(), NOW, ON_CALL)
    event, update, message = decision.actions
    assert isinstance(event, RecordEvent) and event.data["late_minutes"] == 45
    assert isinstance(update, UpdateTask) and update.priority == "high"
    assert isinstance(message, SendMessage) and message.recipient == ON_CALL.address
    assert set(decision.rules()) == {"task_sla.breached"}


def test_urgent_stays_urgent() -> None:
    update = decide_sla(task(priority="urgent"), NOW, ON_CALL).actions[1]
    assert isinstance(update, UpdateTask) and update.priority == "urgent"


def test_closed_or_not_yet_due_tasks_need_nothing() -> None:
    assert decide_sla(task(status="done"), NOW, ON_CALL).empty
    assert decide_sla(task(status="cancelled"), NOW, ON_CALL).empty
    assert decide_sla(task(sla_due_at=NOW + timedelta(minutes=1)), NOW, ON_CALL).empty
    assert decide_sla(task(sla_due_at=None), NOW, ON_CALL).empty


def test_same_breach_always_has_the_same_idempotency_key() -> None:
    first = decide_sla(task(), NOW, ON_CALL).actions[2]
    later = decide_sla(task(), NOW + timedelta(hours=1), ON_CALL).actions[2]
    assert isinstance(first, SendMessage) and isinstance(later, SendMessage)
    assert first.idempotency_key == later.idempotency_key


def test_without_on_call_contact_no_message_is_queued() -> None:
    kinds = [type(a).__name__ for a in decide_sla(task(), NOW, None).actions]
    assert kinds == ["RecordEvent", "UpdateTask"]
