"""``frontdesk demo``: a fresh SQLite record, the sample portfolio and one scripted day.

The day (Monday 2 March 2026, Chicago time) is replayed with a simulated clock that jumps
from one due instant to the next. Each workflow issue adds its own events to ``script``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console
from sqlalchemy import and_, or_, select

from frontdesk.channels.console import read_deliveries
from frontdesk.clock import SimClock
from frontdesk.config import Settings
from frontdesk.connectors.csv_import import import_portfolio
from frontdesk.demo.generate_sample import sample_folder
from frontdesk.demo.messages_day import message_script, print_message_summary
from frontdesk.engine.apply import apply_decision
from frontdesk.engine.services import Services, bootstrap
from frontdesk.engine.simulate import Scripted, ScriptStep, simulate
from frontdesk.record.enums import StaffRole
from frontdesk.record.migrate import upgrade
from frontdesk.record.models import Event, Portfolio, Property, StaffUser, Task
from frontdesk.reports.tables import (
    activity_tables,
    import_table,
    portfolio_table,
    timeline_table,
)
from frontdesk.workflows.decision import CreateTask, Decision, Subject, UpdateTask

PORTFOLIO = "demo"
ZONE = ZoneInfo("America/Chicago")
DAY = datetime(2026, 3, 2, tzinfo=ZONE)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY.date(), time(hour, minute), tzinfo=ZONE).astimezone(UTC)


@dataclass(frozen=True)
class StaffTask:
    """A task a staff member enters in the console, and when (if ever) they finish it."""

    entered: datetime
    property_external_id: str
    queue: str
    kind: str
    title: str
    priority: str
    staff: str
    done_at: datetime | None


STAFF = [
    ("maria.lopez@example.com", "Maria Lopez", StaffRole.MANAGER),
    ("dev.patel@example.com", "Dev Patel", StaffRole.AGENT),
    ("sam.okafor@example.com", "Sam Okafor", StaffRole.AGENT),
]

STAFF_TASKS = [
    StaffTask(
        at(8, 5),
        "MAPLE",
        "maintenance",
        "work_order",
        "Hallway light out, building B",
        "normal",
        "dev.patel@example.com",
        at(10, 40),
    ),
    StaffTask(
        at(8, 30),
        "HARBOR",
        "leasing",
        "follow_up",
        "Call back applicant about parking",
        "normal",
        "sam.okafor@example.com",
        None,
    ),
    StaffTask(
        at(9, 15),
        "CEDAR",
        "human_review",
        "review",
        "Neighbour noise report to review",
        "normal",
        "maria.lopez@example.com",
        None,
    ),
    StaffTask(
        at(9, 50),
        "MAPLE",
        "billing",
        "review",
        "Double-check February utility charge",
        "normal",
        "maria.lopez@example.com",
        at(11, 5),
    ),
    StaffTask(
        at(12, 10),
        "MAPLE",
        "emergency_maintenance",
        "work_order",
        "No heat in unit 4B",
        "urgent",
        "dev.patel@example.com",
        at(12, 55),
    ),
    StaffTask(
        at(16, 20),
        "HARBOR",
        "emergency_maintenance",
        "work_order",
        "Water leaking through ceiling, unit 7",
        "urgent",
        "dev.patel@example.com",
        None,
    ),
]


def run_demo(database: Path, console: Console) -> None:
    """Build the demo record from nothing and print what the day recorded."""
    for leftover in (database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    outbox_log = database.with_suffix(".outbox.jsonl")
    outbox_log.unlink(missing_ok=True)
    settings = Settings(database_url=f"sqlite:///{database}", outbox_log=str(outbox_log))
    clock = SimClock(at(7, 0))
    services = bootstrap(settings, clock=clock)
    upgrade(services.engine)
    console.print(f"[bold]frontdesk demo[/] — {DAY:%A %d %B %Y}, record in {database}")
    report = import_portfolio(
        services.sessions,
        sample_folder(),
        PORTFOLIO,
        clock.now(),
        portfolio_name="Demo Property Co.",
    )
    console.print(import_table(report))
    portfolio_id = _setup_staff(services, clock.now())

    def show(now: datetime, label: str) -> None:
        console.print(f"  {now.astimezone(ZONE):%H:%M}  {label}", highlight=False)

    script = [*_script(portfolio_id), *message_script(PORTFOLIO, at)]
    totals = simulate(services, clock, script, until=at(19, 0), on_step=show)
    console.print(
        f"Day replayed: {totals.timers_fired} timers fired, {totals.messages_sent} messages "
        f"delivered ({outbox_log}), {totals.messages_failed} failed."
    )
    with services.sessions() as session:
        console.print(portfolio_table(session, portfolio_id))
        for table in activity_tables(session, portfolio_id, since=at(0, 0)):
            console.print(table)
        leak = session.scalars(select(Task).filter_by(title=STAFF_TASKS[-1].title)).one()
        story = session.scalars(
            select(Event)
            .where(
                or_(
                    and_(Event.subject_type == "task", Event.subject_id == leak.id),
                    and_(Event.kind == "task.created", Event.at == leak.created_at),
                )
            )
            .order_by(Event.id)
        ).all()
        console.print(timeline_table(story, ZONE.key, title=f"Timeline of task {leak.id}"))
    print_message_summary(console, services, portfolio_id, at(0, 0), at(23, 59))
    console.print("Delivered (console channel):")
    for row in read_deliveries(outbox_log):
        console.print(f"  to {row['recipient']}: {row['body']}", highlight=False, markup=False)
    services.close()


def _setup_staff(services: Services, now: datetime) -> int:
    with services.sessions.begin() as session:
        portfolio = session.scalars(select(Portfolio).filter_by(key=PORTFOLIO)).one()
        for email, name, role in STAFF:
            session.add(StaffUser(portfolio_id=portfolio.id, email=email, name=name, role=role))
        return portfolio.id


def _script(portfolio_id: int) -> list[Scripted]:
    steps: list[Scripted] = []
    for item in STAFF_TASKS:
        steps.append(
            Scripted(
                item.entered, f"{item.staff} opens: {item.title}", _open_task(portfolio_id, item)
            )
        )
        if item.done_at is not None:
            steps.append(
                Scripted(
                    item.done_at,
                    f"{item.staff} closes: {item.title}",
                    _close_task(portfolio_id, item),
                )
            )
    return steps


def _open_task(portfolio_id: int, item: StaffTask) -> ScriptStep:
    def step(services: Services, now: datetime) -> None:
        with services.sessions() as session:
            prop = session.scalars(
                select(Property).filter_by(
                    portfolio_id=portfolio_id, external_id=item.property_external_id
                )
            ).one()
            policy = services.policies.active(session, portfolio_id)
        sla = policy.queues[item.queue].sla_hours
        decision = Decision(
            portfolio_id,
            Subject("property", prop.id),
            (
                CreateTask(
                    rule=f"staff:{item.staff}",
                    reason="entered in the console",
                    queue=item.queue,
                    kind=item.kind,
                    title=item.title,
                    priority=item.priority,
                    property_id=prop.id,
                    sla_due_at=now + timedelta(hours=sla),
                ),
            ),
            policy.version_hash,
        )
        apply_decision(services.sessions, decision, now, policy)

    return step


def _close_task(portfolio_id: int, item: StaffTask) -> ScriptStep:
    def step(services: Services, now: datetime) -> None:
        with services.sessions() as session:
            task = session.scalars(
                select(Task).filter_by(portfolio_id=portfolio_id, title=item.title)
            ).one()
            policy = services.policies.active(session, portfolio_id)
        decision = Decision(
            portfolio_id,
            Subject("task", task.id),
            (
                UpdateTask(
                    rule=f"staff:{item.staff}",
                    reason="marked done in the console",
                    task_id=task.id,
                    status="done",
                ),
            ),
            policy.version_hash,
        )
        apply_decision(services.sessions, decision, now, policy)

    return step
