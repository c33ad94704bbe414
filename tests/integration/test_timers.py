"""The tick: due timers fire once, claims hold, SLA breaches escalate, failures are recorded."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from frontdesk.engine.apply import apply_decision
from frontdesk.engine.claims import claim_timer
from frontdesk.engine.handlers import DEFAULT_HANDLERS, TimerHandler
from frontdesk.engine.services import Services
from frontdesk.engine.timers import MAX_TIMER_ATTEMPTS, fire_due
from frontdesk.policy import Policy, default_policy
from frontdesk.record.enums import Priority, TaskStatus, TimerStatus
from frontdesk.record.models import Event, OutboxItem, Task, Timer
from frontdesk.workflows.decision import CreateTask, Decision, ScheduleTimer, Subject, UpdateTask

RULE = dict(rule="test.rule", reason="test")


def open_task(services: Services, portfolio_id: int, sla_in: timedelta) -> int:
    now = services.clock.now()
    applied = apply_decision(
        services.sessions,
        Decision(
            portfolio_id,
            Subject("property", 1),
            (
                CreateTask(
                    **RULE,
                    queue="maintenance",
                    kind="work_order",
                    title="Leak",
                    sla_due_at=now + sla_in,
                ),
            ),
        ),
        now,
        default_policy(),
    )
    return applied.tasks[0]


def test_sla_breach_fires_once_raises_priority_and_tells_on_call(
    services: Services, portfolio_id: int
) -> None:
    task_id = open_task(services, portfolio_id, timedelta(hours=2))
    early = fire_due(services, services.clock.now() + timedelta(hours=1))
    assert early.fired == 0
    later = services.clock.now() + timedelta(hours=2, minutes=30)
    assert fire_due(services, later).fired == 1
    assert fire_due(services, later + timedelta(minutes=1)).fired == 0
    with services.sessions() as session:
        task = session.get_one(Task, task_id)
        assert task.priority == Priority.HIGH
        breach = session.scalars(select(Event).filter_by(kind="task.sla_breached")).one()
        assert breach.actor == "task_sla.breached" and breach.data["late_minutes"] == 30
        assert breach.policy_version == default_policy().version_hash
        outbox = session.scalars(select(OutboxItem)).one()
        assert outbox.recipient == default_policy().on_call.address
        assert session.scalars(select(Timer)).one().status == TimerStatus.DONE


def test_task_done_before_its_sla_is_not_escalated(services: Services, portfolio_id: int) -> None:
    task_id = open_task(services, portfolio_id, timedelta(hours=2))
    now = services.clock.now()
    apply_decision(
        services.sessions,
        Decision(
            portfolio_id,
            Subject("task", task_id),
            (UpdateTask(**RULE, task_id=task_id, status="done"),),
        ),
        now,
        default_policy(),
    )
    assert fire_due(services, now + timedelta(hours=3)).fired == 1
    with services.sessions() as session:
        assert session.get_one(Task, task_id).status == TaskStatus.DONE
        assert session.scalars(select(Event).filter_by(kind="task.sla_breached")).all() == []
        assert session.scalars(select(OutboxItem)).all() == []


def test_a_claimed_timer_is_not_taken_by_a_second_worker(
    services: Services, portfolio_id: int
) -> None:
    open_task(services, portfolio_id, timedelta(minutes=10))
    now = services.clock.now() + timedelta(hours=1)
    with services.sessions.begin() as session:
        timer_id = session.scalars(select(Timer.id)).one()
        assert claim_timer(session, timer_id, now, now + timedelta(minutes=2))
    with services.sessions.begin() as session:
        assert not claim_timer(session, timer_id, now, now + timedelta(minutes=2))
    assert fire_due(services, now + timedelta(minutes=1)).fired == 0
    # the first worker died: once its lease runs out the timer is workable again
    assert fire_due(services, now + timedelta(minutes=3)).fired == 1


def _handlers_with(name: str, handler: TimerHandler) -> Mapping[str, TimerHandler]:
    return {**DEFAULT_HANDLERS, name: handler}


def test_failing_handler_is_retried_with_backoff_then_marked_failed(
    services: Services, portfolio_id: int
) -> None:
    def broken(session: Session, timer: Timer, now: datetime, policy: Policy) -> Decision:
        raise RuntimeError("ledger unavailable")

    services.handlers = _handlers_with("broken", broken)
    now = services.clock.now()
    apply_decision(
        services.sessions,
        Decision(
            portfolio_id,
            Subject("account", 4),
            (ScheduleTimer(**RULE, workflow="broken", due_at=now),),
        ),
        now,
        default_policy(),
    )
    report = fire_due(services, now)
    assert (report.fired, report.retried) == (0, 1)
    with services.sessions() as session:
        timer = session.scalars(select(Timer)).one()
        assert timer.last_error == "RuntimeError: ledger unavailable"
        assert timer.next_due_at == now + timedelta(seconds=30)
    for _ in range(MAX_TIMER_ATTEMPTS - 1):
        with services.sessions.begin() as session:
            session.execute(update(Timer).values(next_due_at=now))
        fire_due(services, now)
    with services.sessions() as session:
        assert session.scalars(select(Timer)).one().status == TimerStatus.FAILED
        failed = session.scalars(select(Event).filter_by(kind="timer.failed")).one()
        assert "ledger unavailable" in failed.data["error"]


def test_a_decision_that_reschedules_its_own_timer_keeps_it_pending(
    services: Services, portfolio_id: int
) -> None:
    def again(session: Session, timer: Timer, now: datetime, policy: Policy) -> Decision:
        return Decision(
            timer.portfolio_id,
            Subject(timer.subject_type, timer.subject_id),
            (ScheduleTimer(**RULE, workflow="again", due_at=now + timedelta(days=1)),),
        )

    services.handlers = _handlers_with("again", again)
    now = services.clock.now()
    apply_decision(
        services.sessions,
        Decision(
            portfolio_id,
            Subject("account", 5),
            (ScheduleTimer(**RULE, workflow="again", due_at=now),),
        ),
        now,
        default_policy(),
    )
    assert fire_due(services, now).fired == 1
    with services.sessions() as session:
        timer = session.scalars(select(Timer)).one()
        assert timer.status == TimerStatus.PENDING
        assert timer.next_due_at == now + timedelta(days=1)
