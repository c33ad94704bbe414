"""The resident messages of the demo day: routine requests, a dialogue, escalations, Spanish."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from rich.console import Console
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.engine.inbound import InboundMessage
from frontdesk.engine.messages import receive
from frontdesk.engine.services import Services
from frontdesk.engine.simulate import Scripted, ScriptStep
from frontdesk.policy import Policy
from frontdesk.record.enums import TaskStatus
from frontdesk.record.models import ContactPoint, Person, Task
from frontdesk.reports.message_metrics import message_metrics

MAPLE_LINE = "+13125550142"


@dataclass(frozen=True)
class Said:
    """One resident message: by SMS from a resident's phone, or through the portal."""

    hour: int
    minute: int
    resident: str | None  # external id; None = a number we do not know
    text: str
    portal: bool = False
    phone: str | None = None


SCRIPT = (
    Said(
        8,
        12,
        "R-0001",
        "hi the kitchen sink is leaking under the cabinet, not urgent. you can "
        "go in if im not home, im free tomorrow after 3",
    ),
    Said(8, 40, "R-0002", "my bathroom fan stopped working"),
    Said(8, 52, "R-0002", "no rush"),
    Said(9, 5, "R-0002", "yes you can enter"),
    Said(9, 20, "R-0002", "weekdays after 5pm"),
    Said(10, 15, "R-0001", "any update on the sink?"),
    Said(10, 30, "R-0010", "hay un olor a huevo podrido cerca de la estufa"),
    Said(
        11,
        45,
        "R-0022",
        "mi doctor dice que necesito a mi perro de apoyo emocional pero el "
        "contrato no permite mascotas",
    ),
    Said(
        12,
        30,
        "R-0003",
        "I was charged a late fee but I paid on the 1st. I'm disputing this.",
        portal=True,
    ),
    Said(
        13,
        10,
        None,
        "hey is this the leasing office? whats the rent for a 2 bed",
        phone="+13125550999",
    ),
    Said(14, 0, "R-0004", "lost my job last week and cant pay rent this month, is there any help"),
    Said(15, 30, "R-0005", "what time does the pool open on weekends"),
    Said(16, 45, "R-0006", "the smoke detector in the hallway keeps chirping"),
)


def message_script(portfolio_key: str, at: Callable[[int, int], datetime]) -> list[Scripted]:
    steps: list[Scripted] = []
    for n, said in enumerate(SCRIPT, start=1):
        who = said.resident or said.phone or "?"
        steps.append(
            Scripted(
                at(said.hour, said.minute),
                f"{who}: {said.text}",
                _send(portfolio_key, said, f"demo-{n}"),
            )
        )
    return steps


def _send(portfolio_key: str, said: Said, provider_id: str) -> ScriptStep:
    def step(services: Services, now: datetime) -> None:
        if said.portal and said.resident:
            message = InboundMessage(
                channel="portal",
                provider_id=provider_id,
                sender=said.resident,
                body=said.text,
                portfolio_key=portfolio_key,
                verified=True,
            )
        else:
            with services.sessions() as session:
                phone = said.phone or _phone_of(session, said.resident or "")
            message = InboundMessage(
                channel="sms", provider_id=provider_id, sender=phone, body=said.text, to=MAPLE_LINE
            )
        receive(services, message, now)

    return step


def _phone_of(session: Session, external_id: str) -> str:
    return session.scalars(
        select(ContactPoint.address)
        .join(Person)
        .where(Person.external_id == external_id, ContactPoint.channel == "sms")
    ).one()


HUMAN_QUEUES = (
    "emergency_maintenance",
    "management",
    "human_review",
    "collections",
    "legal_review",
)


def human_queue_table(session: Session, portfolio_id: int) -> Table:
    """Open escalations and triage tasks: who needs a person, why, and what to do next."""
    table = Table(title="Human queue", title_justify="left")
    for column in ("task", "queue", "priority", "why", "recommended next action"):
        table.add_column(column, overflow="fold")
    tasks = session.scalars(
        select(Task)
        .where(
            Task.portfolio_id == portfolio_id,
            Task.status == TaskStatus.OPEN,
            Task.kind.like("escalation.%")
            | Task.kind.in_(["unverified_sender", "status_question"]),
        )
        .order_by(Task.created_at)
    ).all()
    for task in tasks:
        table.add_row(
            str(task.id),
            task.queue,
            task.priority.value,
            f"{task.kind}: {task.details.get('evidence', task.details.get('message', ''))}",
            str(task.details.get("recommended_action", "triage and reply")),
        )
    return table


def metrics_tables(
    session: Session, portfolio_id: int, start: datetime, end: datetime, policy: Policy
) -> list[Table]:
    measures = message_metrics(session, portfolio_id, start, end, policy)
    table = Table(title="Resident-message measures", title_justify="left")
    for column in (
        "day",
        "property",
        "messages",
        "routed w/o triage",
        "single handoff",
        "complete records",
        "manual touches/thread",
    ):
        table.add_column(column)
    response = Table(title="First response by message type", title_justify="left")
    for column in ("day", "property", "type", "threads", "p50", "p90"):
        response.add_column(column)
    for m in measures:
        table.add_row(
            str(m.day),
            m.property_name,
            str(m.messages),
            f"{m.triage_free_share:.0%}",
            f"{m.single_handoff_share:.0%}",
            f"{m.completeness:.0%}",
            f"{m.touches_per_thread:.1f}",
        )
        for category, (p50, p90, n) in m.response_percentiles().items():
            response.add_row(
                str(m.day), m.property_name, category, str(n), f"{p50:.0f} s", f"{p90:.0f} s"
            )
    return [table, response]


def print_message_summary(
    console: Console, services: Services, portfolio_id: int, start: datetime, end: datetime
) -> None:
    with services.sessions() as session:
        policy = services.policies.active(session, portfolio_id)
        console.print(human_queue_table(session, portfolio_id))
        for table in metrics_tables(session, portfolio_id, start, end, policy):
            console.print(table)
