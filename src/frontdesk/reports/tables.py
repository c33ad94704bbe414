"""Rich tables of what the record holds: import results and a day's activity."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.record.models import (
    Account,
    Event,
    Lease,
    OutboxItem,
    Person,
    Property,
    Task,
    Unit,
)


class HasCounts(Protocol):
    counts: dict[str, dict[str, int]]


def import_table(report: HasCounts) -> Table:
    table = Table(title="Import", title_justify="left")
    for column in ("file", "created", "updated", "unchanged"):
        table.add_column(column, justify="left" if column == "file" else "right")
    for file, counts in report.counts.items():
        table.add_row(file, *(str(counts.get(k, 0)) for k in ("created", "updated", "unchanged")))
    return table


def portfolio_table(session: Session, portfolio_id: int) -> Table:
    """Properties with their units, active leases and receivables."""
    table = Table(title="Portfolio", title_justify="left")
    for column in ("property", "timezone", "units", "leases", "past due", "receivable"):
        table.add_column(column, justify="left" if column in ("property", "timezone") else "right")
    props = session.scalars(select(Property).filter_by(portfolio_id=portfolio_id)).all()
    for prop in props:
        units = session.scalar(
            select(func.count()).select_from(Unit).filter_by(property_id=prop.id)
        )
        leases = session.scalar(
            select(func.count()).select_from(Lease).join(Unit).where(Unit.property_id == prop.id)
        )
        past_due, receivable = session.execute(
            select(func.count(), func.coalesce(func.sum(Account.balance_cents), 0))
            .select_from(Account)
            .join(Lease)
            .join(Unit)
            .where(Unit.property_id == prop.id, Account.balance_cents > 0)
        ).one()
        table.add_row(
            prop.name, prop.timezone, str(units), str(leases), str(past_due), money(receivable)
        )
    people = session.scalar(select(func.count()).select_from(Person))
    table.caption = f"{people} people on record"
    return table


def counts_table(title: str, rows: Sequence[tuple[Any, ...]], headers: Sequence[str]) -> Table:
    table = Table(title=title, title_justify="left")
    for i, header in enumerate(headers):
        table.add_column(header, justify="right" if i == len(headers) - 1 else "left")
    for row in rows:
        table.add_row(*(str(v) for v in row))
    return table


def activity_tables(session: Session, portfolio_id: int, since: datetime) -> list[Table]:
    """Tasks by queue and status, timeline events by kind, and outbox by channel and status."""
    tasks = session.execute(
        select(Task.queue, Task.status, Task.priority, func.count())
        .where(Task.portfolio_id == portfolio_id, Task.created_at >= since)
        .group_by(Task.queue, Task.status, Task.priority)
        .order_by(Task.queue, Task.status, Task.priority)
    ).all()
    events = session.execute(
        select(Event.kind, func.count())
        .where(Event.portfolio_id == portfolio_id, Event.at >= since)
        .group_by(Event.kind)
        .order_by(func.count().desc(), Event.kind)
    ).all()
    outbox = session.execute(
        select(OutboxItem.channel, OutboxItem.template, OutboxItem.status, func.count())
        .where(OutboxItem.portfolio_id == portfolio_id, OutboxItem.created_at >= since)
        .group_by(OutboxItem.channel, OutboxItem.template, OutboxItem.status)
        .order_by(OutboxItem.channel, OutboxItem.template)
    ).all()
    return [
        counts_table(
            "Tasks",
            [(q, s.value, p.value, n) for q, s, p, n in tasks],
            ["queue", "status", "priority", "count"],
        ),
        counts_table("Timeline events", events, ["kind", "count"]),
        counts_table(
            "Outbox",
            [(c.value, t, s.value, n) for c, t, s, n in outbox],
            ["channel", "template", "status", "count"],
        ),
    ]


def timeline_table(events: Sequence[Event], tz_name: str, title: str = "Timeline") -> Table:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz_name)
    table = Table(title=title, title_justify="left")
    for column in ("time", "subject", "event", "by", "why"):
        table.add_column(column, overflow="fold")
    for event in events:
        table.add_row(
            event.at.astimezone(zone).strftime("%H:%M"),
            f"{event.subject_type} {event.subject_id}",
            event.kind,
            event.actor,
            event.reason,
        )
    return table


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rest:02d}"
