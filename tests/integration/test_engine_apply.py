"""A decision's rows commit together or not at all, on both stores."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.engine.apply import DecisionError, apply_decision
from frontdesk.engine.services import Services
from frontdesk.policy import TemplateError, default_policy
from frontdesk.record.models import Event, OutboxItem, Task, Timer, WorkflowState
from frontdesk.workflows.decision import (
    CreateTask,
    Decision,
    RecordEvent,
    ScheduleTimer,
    SendMessage,
    SetState,
    Subject,
    UpdateTask,
)

RULE = dict(rule="test.rule", reason="because the test says so")


def counts(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Event, Task, Timer, OutboxItem, WorkflowState)
        }


def sms(key: str, template: str = "staff.task_sla_breached") -> SendMessage:
    return SendMessage(
        **RULE,
        channel="sms",
        recipient="+13125550142",
        template=template,
        lang="en",
        variables={"task_id": 1, "title": "Leak", "queue": "maintenance"},
        idempotency_key=key,
    )


def full_decision(portfolio_id: int, due: datetime) -> Decision:
    return Decision(
        portfolio_id,
        Subject("account", 7),
        (
            RecordEvent(**RULE, kind="test.happened", data={"n": 1}),
            CreateTask(
                **RULE, queue="maintenance", kind="work_order", title="Leak", sla_due_at=due
            ),
            SetState(**RULE, workflow="delinquency", state={"stage": 1}),
            ScheduleTimer(**RULE, workflow="delinquency", due_at=due),
            sms("k-1"),
        ),
        policy_version="abc",
    )


def test_decision_writes_every_row_in_one_commit(services: Services, portfolio_id: int) -> None:
    now = services.clock.now()
    applied = apply_decision(
        services.sessions,
        full_decision(portfolio_id, now + timedelta(hours=1)),
        now,
        default_policy(),
    )
    assert len(applied.tasks) == 1 and len(applied.outbox) == 1
    assert counts(services.sessions) == {
        "events": 5,
        "tasks": 1,
        "timers": 2,
        "outbox": 1,
        "workflow_states": 1,
    }
    with services.sessions() as session:
        kinds = session.scalars(select(Event.kind).order_by(Event.id)).all()
        assert kinds == [
            "test.happened",
            "task.created",
            "state.changed",
            "timer.scheduled",
            "message.queued",
        ]
        actors = set(session.scalars(select(Event.actor)))
        assert actors == {"test.rule"}
        item = session.scalars(select(OutboxItem)).one()
        assert "Leak" in item.payload["body"]
        assert item.next_attempt_at == now


def test_failure_mid_apply_writes_nothing(services: Services, portfolio_id: int) -> None:
    now = services.clock.now()
    good = full_decision(portfolio_id, now + timedelta(hours=1))
    broken = Decision(
        good.portfolio_id, good.subject, (*good.actions, sms("k-2", template="no.such.template"))
    )
    with pytest.raises(TemplateError):
        apply_decision(services.sessions, broken, now, default_policy())
    assert set(counts(services.sessions).values()) == {0}


def test_update_of_missing_task_rolls_back_the_whole_decision(
    services: Services, portfolio_id: int
) -> None:
    now = services.clock.now()
    decision = Decision(
        portfolio_id,
        Subject("task", 999),
        (RecordEvent(**RULE, kind="test.first"), UpdateTask(**RULE, task_id=999, status="done")),
    )
    with pytest.raises(DecisionError, match="task 999"):
        apply_decision(services.sessions, decision, now, default_policy())
    assert counts(services.sessions)["events"] == 0


def test_same_idempotency_key_is_queued_once(services: Services, portfolio_id: int) -> None:
    now = services.clock.now()
    decision = Decision(portfolio_id, Subject("account", 1), (sms("same-key"),))
    apply_decision(services.sessions, decision, now, default_policy())
    apply_decision(services.sessions, decision, now + timedelta(minutes=5), default_policy())
    assert counts(services.sessions)["outbox"] == 1


def test_rescheduling_moves_the_one_timer(services: Services, portfolio_id: int) -> None:
    now = services.clock.now()
    for hours in (1, 5):
        apply_decision(
            services.sessions,
            Decision(
                portfolio_id,
                Subject("account", 3),
                (
                    ScheduleTimer(
                        **RULE, workflow="delinquency", due_at=now + timedelta(hours=hours)
                    ),
                ),
            ),
            now,
            default_policy(),
        )
    with services.sessions() as session:
        timer = session.scalars(select(Timer)).one()
        assert timer.next_due_at == now + timedelta(hours=5)
