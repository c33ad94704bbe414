"""On PostgreSQL, Procrastinate runs the engine's tick: a deferred tick fires due timers and
delivers the outbox through a real Procrastinate worker on the test database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from frontdesk.channels.console import read_deliveries
from frontdesk.clock import SimClock
from frontdesk.engine.apply import apply_decision
from frontdesk.engine.jobs import QUEUE, build_app, conninfo, ensure_schema
from frontdesk.engine.services import Services
from frontdesk.policy import default_policy
from frontdesk.record.enums import TimerStatus
from frontdesk.record.models import Timer
from frontdesk.workflows.decision import CreateTask, Decision, Subject


def test_conninfo_drops_the_sqlalchemy_driver() -> None:
    url = "postgresql+psycopg://postgres:pw@db.internal:5432/frontdesk"
    assert conninfo(url) == "postgresql://postgres:pw@db.internal:5432/frontdesk"


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_procrastinate_worker_runs_the_tick(services: Services, portfolio_id: int) -> None:
    assert services.settings.is_postgres
    assert ensure_schema(services.settings.database_url) in (True, False)
    assert ensure_schema(services.settings.database_url) is False  # idempotent
    now = services.clock.now()
    apply_decision(
        services.sessions,
        Decision(
            portfolio_id,
            Subject("property", 1),
            (
                CreateTask(
                    rule="test",
                    reason="test",
                    queue="maintenance",
                    kind="work_order",
                    title="Leak",
                    sla_due_at=now - timedelta(minutes=5),
                ),
            ),
        ),
        now - timedelta(hours=1),
        default_policy(),
    )
    assert isinstance(services.clock, SimClock)
    app = build_app(services)
    with app.open():
        app.tasks["frontdesk.tick"].defer(timestamp=0)
    app.run_worker(queues=[QUEUE], wait=False, install_signal_handlers=False)
    with services.sessions() as session:
        assert session.scalars(select(Timer)).one().status == TimerStatus.DONE
    sent = read_deliveries(services.settings.outbox_log)
    assert [row["template"] for row in sent] == ["staff.task_sla_breached"]
