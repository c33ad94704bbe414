"""The operating record: every table frontdesk keeps, shared by SQLite and PostgreSQL.

Money is integer cents; times are timezone-aware UTC (see ``UTCDateTime``). Nothing here reads
the clock: every timestamp is passed in by the caller that read ``now`` at the edge.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from frontdesk.record.enums import (
    Channel,
    Direction,
    LeaseStatus,
    LedgerKind,
    OutboxStatus,
    Priority,
    StaffRole,
    TaskStatus,
    ThreadStatus,
    TimerStatus,
)
from frontdesk.record.types import JsonType, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type[Any]) -> Enum:
    """Enums are stored as short strings so both stores and future values stay simple."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JsonType}


class Portfolio(Base):
    __tablename__ = "portfolios"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    webhook_secret: Mapped[str | None] = mapped_column(String(200))
    writeback_url: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]


class PolicyVersion(Base):
    """Each policy loaded for a portfolio; decisions record the hash of the one they used."""

    __tablename__ = "policy_versions"
    __table_args__ = (UniqueConstraint("portfolio_id", "version_hash"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    version_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Owner(Base):
    __tablename__ = "owners"
    __table_args__ = (UniqueConstraint("portfolio_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    external_id: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))


class Property(Base):
    __tablename__ = "properties"
    __table_args__ = (UniqueConstraint("portfolio_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id"))
    external_id: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(400))
    aliases: Mapped[list[str]] = mapped_column(JsonType, default=list)
    phones: Mapped[list[PropertyPhone]] = relationship(
        back_populates="property", cascade="all, delete-orphan"
    )


class PropertyPhone(Base):
    """A tracking number: calls and texts to it belong to the property."""

    __tablename__ = "property_phones"
    id: Mapped[int] = mapped_column(primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.id"))
    e164: Mapped[str] = mapped_column(String(20), unique=True)
    property: Mapped[Property] = relationship(back_populates="phones")


class Unit(Base):
    __tablename__ = "units"
    __table_args__ = (
        UniqueConstraint("portfolio_id", "external_id"),
        Index("ix_units_property_number", "property_id", "number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    property_id: Mapped[int] = mapped_column(ForeignKey("properties.id"))
    external_id: Mapped[str] = mapped_column(String(100))
    number: Mapped[str] = mapped_column(String(40))
    bedrooms: Mapped[int | None]
    bathrooms: Mapped[float | None] = mapped_column(Float)
    square_feet: Mapped[int | None]
    market_rent_cents: Mapped[int | None] = mapped_column(BigInteger)


class Person(Base):
    """A resident, applicant or prospect; contact points carry consent per channel."""

    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("portfolio_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    external_id: Mapped[str | None] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_language: Mapped[str] = mapped_column(String(8), default="en")
    contacts: Mapped[list[ContactPoint]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class ContactPoint(Base):
    """One way to reach a person (E.164 phone or email), with consent and opt-out."""

    __tablename__ = "contact_points"
    __table_args__ = (
        UniqueConstraint("person_id", "channel", "address"),
        Index("ix_contact_points_lookup", "channel", "address"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    address: Mapped[str] = mapped_column(String(320))
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out_at: Mapped[datetime | None]
    person: Mapped[Person] = relationship(back_populates="contacts")


lease_residents = Table(
    "lease_residents",
    Base.metadata,
    Column("lease_id", ForeignKey("leases.id"), primary_key=True),
    Column("person_id", ForeignKey("people.id"), primary_key=True),
    # a person's leases (the primary key leads with the lease): every inbound message looks up
    # its sender's home by person
    Index("ix_lease_residents_person_id", "person_id"),
)


class Lease(Base):
    __tablename__ = "leases"
    __table_args__ = (UniqueConstraint("portfolio_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[LeaseStatus] = mapped_column(_enum(LeaseStatus))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    rent_cents: Mapped[int] = mapped_column(BigInteger)
    residents: Mapped[list[Person]] = relationship(secondary=lease_residents)


class Account(Base):
    """The receivable of one lease: the verified balance and its aging buckets."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("lease_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    lease_id: Mapped[int] = mapped_column(ForeignKey("leases.id"))
    balance_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    aged_0_30_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    aged_31_60_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    aged_61_90_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    aged_90_plus_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    oldest_due_date: Mapped[date | None] = mapped_column(Date)
    as_of: Mapped[date | None] = mapped_column(Date)


class LedgerEntry(Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (UniqueConstraint("portfolio_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(100))
    kind: Mapped[LedgerKind] = mapped_column(_enum(LedgerKind))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    posted_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(40))
    memo: Mapped[str | None] = mapped_column(String(400))


class Lead(Base):
    """A guest card: who called or wrote about renting, and what is next."""

    __tablename__ = "leads"
    __table_args__ = (UniqueConstraint("portfolio_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    property_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    external_id: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(24), default="new")
    summary: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class Thread(Base):
    __tablename__ = "threads"
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    property_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    status: Mapped[ThreadStatus] = mapped_column(_enum(ThreadStatus), default=ThreadStatus.OPEN)
    category: Mapped[str | None] = mapped_column(String(40))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    automation_paused: Mapped[bool] = mapped_column(Boolean, default=False)
    sender: Mapped[str] = mapped_column(String(320), default="")
    lease_id: Mapped[int | None] = mapped_column(ForeignKey("leases.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"))
    # Set by the engine when it links a new task, so one flush inserts the task and then
    # writes the thread's task_id in the thread's own UPDATE (engine.apply).
    task: Mapped[Task | None] = relationship(foreign_keys=[task_id])
    escalation: Mapped[str | None] = mapped_column(String(24))
    awaiting_detail: Mapped[str | None] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("channel", "provider_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id"), index=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    direction: Mapped[Direction] = mapped_column(_enum(Direction))
    provider_id: Mapped[str | None] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(8))
    sender: Mapped[str] = mapped_column(String(320), default="")
    at: Mapped[datetime]


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_queue_status", "queue", "status"),
        Index("ix_tasks_subject", "subject_type", "subject_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    property_id: Mapped[int | None] = mapped_column(ForeignKey("properties.id"))
    subject_type: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[int]
    queue: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus), default=TaskStatus.OPEN)
    priority: Mapped[Priority] = mapped_column(_enum(Priority), default=Priority.NORMAL)
    details: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    due_at: Mapped[datetime | None]
    sla_due_at: Mapped[datetime | None]
    created_by: Mapped[str] = mapped_column(String(100))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Event(Base):
    """The append-only timeline: what happened, to what, by which rule or person, and when."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_subject", "subject_type", "subject_id", "id"),
        Index("ix_events_portfolio_at", "portfolio_id", "at"),
    )
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    subject_type: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[int]
    kind: Mapped[str] = mapped_column(String(60))
    actor: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(400), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    policy_version: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime]


# The timeline as a Core table: hot paths insert many events at once without the ORM's
# per-row bookkeeping (events are append-only and never loaded back as entities there).
EVENTS = cast(Table, Event.__table__)


class WorkflowState(Base):
    """Where one subject stands in one workflow (e.g. an account's reminder stage)."""

    __tablename__ = "workflow_states"
    __table_args__ = (UniqueConstraint("workflow", "subject_type", "subject_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workflow: Mapped[str] = mapped_column(String(40))
    subject_type: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[int]
    state: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    updated_at: Mapped[datetime]


class Timer(Base):
    """The next time a workflow wants to look at a subject; claimed by a conditional UPDATE."""

    __tablename__ = "timers"
    __table_args__ = (UniqueConstraint("workflow", "subject_type", "subject_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    workflow: Mapped[str] = mapped_column(String(40))
    subject_type: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[int]
    status: Mapped[TimerStatus] = mapped_column(_enum(TimerStatus), default=TimerStatus.PENDING)
    next_due_at: Mapped[datetime] = mapped_column(index=True)
    claimed_until: Mapped[datetime | None]
    payload: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class OutboxItem(Base):
    """A message recorded before it is sent; delivered at-least-once under its idempotency key."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    subject_type: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[int]
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    recipient: Mapped[str] = mapped_column(String(320))
    template: Mapped[str] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[OutboxStatus] = mapped_column(_enum(OutboxStatus), default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    claimed_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    provider_ref: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


staff_property_scopes = Table(
    "staff_property_scopes",
    Base.metadata,
    Column("staff_user_id", ForeignKey("staff_users.id"), primary_key=True),
    Column("property_id", ForeignKey("properties.id"), primary_key=True),
)


class StaffUser(Base):
    """A person who works the queues; an empty property scope means every property."""

    __tablename__ = "staff_users"
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[StaffRole] = mapped_column(_enum(StaffRole))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    properties: Mapped[list[Property]] = relationship(secondary=staff_property_scopes)
