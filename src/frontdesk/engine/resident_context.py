"""Loading what the resident-message workflow needs: portfolio, resident, thread, work orders.

Shaped for a batch of inbound messages: each lookup serves every message of the batch in one
round trip where it can, so the cost per message falls as the batch grows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from frontdesk.engine.inbound import InboundMessage
from frontdesk.engine.policies import PolicyBook
from frontdesk.phones import to_e164
from frontdesk.policy import Policy
from frontdesk.record.enums import Channel, LeaseStatus, TaskStatus, ThreadStatus
from frontdesk.record.models import (
    ContactPoint,
    Lease,
    Person,
    Portfolio,
    Property,
    PropertyPhone,
    Task,
    Thread,
    Unit,
    lease_residents,
)
from frontdesk.workflows.portal_context import Resident, ThreadState, WorkOrder

THREAD_REUSE_WINDOW = timedelta(days=14)
LEASE_PREFERENCE = (LeaseStatus.ACTIVE, LeaseStatus.NOTICE, LeaseStatus.FUTURE, LeaseStatus.PAST)


def e164(number: str | None, region: str) -> str | None:
    """The E.164 form of an inbound address, or None when it is not a phone number."""
    if not number:
        return None
    try:
        return to_e164(number, region)
    except ValueError:
        return None


def stored_address(message: InboundMessage, region: str) -> str | None:
    """The sender's address as contact points store it: E.164 for SMS (None when it is not a
    phone number), lower-case for email; a portal sender's resident id as sent."""
    if message.channel == "sms":
        return e164(message.sender, region)
    if message.channel == "email":
        return message.sender.strip().lower()
    return message.sender


def find_portfolio(
    session: Session, message: InboundMessage, region: str, policies: PolicyBook
) -> tuple[Portfolio, Policy] | None:
    """The portfolio a message is for, with its active policy (one round trip when found by
    name or number). Portal messages name their portfolio; texts are known by the tracking
    number called."""
    if message.portfolio_key:
        return policies.for_portfolio(
            session, select(Portfolio).where(Portfolio.key == message.portfolio_key)
        )
    to = e164(message.to, region)
    if to:
        found = policies.for_portfolio(
            session,
            select(Portfolio)
            .join(Property, Property.portfolio_id == Portfolio.id)
            .join(PropertyPhone, PropertyPhone.property_id == Property.id)
            .where(PropertyPhone.e164 == to),
        )
        if found is not None:
            return found
    only = session.scalars(select(Portfolio).limit(2)).all()
    if len(only) != 1:
        return None
    return only[0], policies.active(session, only[0].id)


def find_residents(
    session: Session, portfolio_id: int, messages: Sequence[InboundMessage], region: str
) -> list[Resident | None]:
    """Each message's resident: verified portal identity, else the phone or email it came
    from. Portal identities come with their homes in one query; the homes of people found
    by address in one more."""
    portal_ids = {m.sender for m in messages if m.channel == "portal" and m.verified}
    by_external, homes = _portal_people(session, portfolio_id, portal_ids)
    people: list[tuple[_Person | None, bool]] = []
    for message in messages:
        if message.channel == "portal":
            verified = by_external.get(message.sender) if message.verified else None
            people.append((verified, False))
        else:
            people.append(_person_by_address(session, portfolio_id, message, region))
    looked_up = {p.id for p in by_external.values()}
    homes.update(_homes(session, {p.id for p, _ in people if p and p.id not in looked_up}))
    return [
        None if person is None else _resident(person, opted_out, homes.get(person.id))
        for person, opted_out in people
    ]


@dataclass(frozen=True)
class _Person:
    """What a resident's context needs of a person (columns, not a loaded entity)."""

    id: int
    first_name: str
    lang: str


@dataclass(frozen=True)
class _Home:
    """A person's best lease with its unit and property, as the columns the context uses."""

    lease_id: int
    lease_status: LeaseStatus
    unit: str
    property_id: int
    property_external_id: str
    property_name: str


def _resident(person: _Person, opted_out: bool, home: _Home | None) -> Resident:
    return Resident(
        person_id=person.id,
        first_name=person.first_name,
        lang=person.lang,
        property_id=home.property_id if home else None,
        property_external_id=home.property_external_id if home else None,
        property_name=home.property_name if home else "",
        unit=home.unit if home else "",
        lease_id=home.lease_id if home else None,
        lease_status=home.lease_status.value if home else None,
        reply_opted_out=opted_out,
    )


HOME_COLUMNS = (
    Lease.id,
    Lease.status,
    Unit.number,
    Property.id,
    Property.external_id,
    Property.name,
)


def _best_home_first() -> tuple[Any, ...]:
    """Order a person's leases best first: active, notice, future, past; newest first."""
    rank = case(
        *((Lease.status == status, n) for n, status in enumerate(LEASE_PREFERENCE)),
        else_=len(LEASE_PREFERENCE),
    )
    return rank, Lease.start_date.desc(), Lease.id.desc()


def _portal_people(
    session: Session, portfolio_id: int, external_ids: set[str]
) -> tuple[dict[str, _Person], dict[int, _Home]]:
    """Portal residents by external id, and the best home of each who has one, in one round
    trip (a person with no lease comes back once, with empty home columns)."""
    if not external_ids:
        return {}, {}
    rows = session.execute(
        select(
            Person.external_id,
            Person.id,
            Person.first_name,
            Person.preferred_language,
            *HOME_COLUMNS,
        )
        .select_from(Person)
        .outerjoin(lease_residents, lease_residents.c.person_id == Person.id)
        .outerjoin(Lease, lease_residents.c.lease_id == Lease.id)
        .outerjoin(Unit, Unit.id == Lease.unit_id)
        .outerjoin(Property, Property.id == Unit.property_id)
        .where(Person.portfolio_id == portfolio_id, Person.external_id.in_(external_ids))
        .order_by(Person.id, *_best_home_first())
    ).all()
    people: dict[str, _Person] = {}
    homes: dict[int, _Home] = {}
    for external_id, person_id, first_name, lang, lease_id, *home in rows:
        if str(external_id) in people:
            continue  # a worse lease of someone already seen
        people[str(external_id)] = _Person(person_id, first_name, lang)
        if lease_id is not None:
            homes[person_id] = _Home(lease_id, *home)
    return people, homes


def _homes(session: Session, person_ids: set[int]) -> dict[int, _Home]:
    """Each person's best lease with its unit and property, for all of them in one round
    trip (columns only: no entities to load)."""
    if not person_ids:
        return {}
    rows = session.execute(
        select(lease_residents.c.person_id, *HOME_COLUMNS)
        .join(Lease, lease_residents.c.lease_id == Lease.id)
        .join(Unit, Unit.id == Lease.unit_id)
        .join(Property, Property.id == Unit.property_id)
        .where(lease_residents.c.person_id.in_(person_ids))
        .order_by(lease_residents.c.person_id, *_best_home_first())
    ).all()
    homes: dict[int, _Home] = {}
    for person_id, *home in rows:
        if person_id not in homes:
            homes[person_id] = _Home(*home)
    return homes


def _person_by_address(
    session: Session, portfolio_id: int, message: InboundMessage, region: str
) -> tuple[_Person | None, bool]:
    """The person whose phone (SMS) or email sent ``message``, and whether they opted out."""
    channel = Channel.SMS if message.channel == "sms" else Channel.EMAIL
    address = stored_address(message, region)
    if not address:
        return None, False
    row = session.execute(
        select(Person.id, Person.first_name, Person.preferred_language, ContactPoint.opted_out_at)
        .join(ContactPoint, ContactPoint.person_id == Person.id)
        .where(
            Person.portfolio_id == portfolio_id,
            ContactPoint.channel == channel,
            ContactPoint.address == address,
        )
        .limit(1)
    ).first()
    if row is None:
        return None, False
    return _Person(row.id, row.first_name, row.preferred_language), row.opted_out_at is not None


@dataclass(frozen=True)
class Arrival:
    """One inbound message of a batch with what is already known about it."""

    message: InboundMessage
    resident: Resident | None
    now: datetime


def recent_threads(
    session: Session, portfolio_id: int, arrivals: Sequence[Arrival]
) -> list[Thread | None]:
    """The conversation each message may continue: the thread it names, else its sender's
    latest open thread on that channel from the last 14 days. Residents' threads come in
    one query; unknown senders and named threads are looked up one by one (rare)."""
    found: list[Thread | None] = [None] * len(arrivals)
    bulk = [
        i for i, a in enumerate(arrivals) if a.resident is not None and a.message.thread_ref is None
    ]
    if bulk:
        latest: dict[tuple[int, Channel], Thread] = {}
        oldest = min(arrivals[i].now for i in bulk) - THREAD_REUSE_WINDOW
        candidates = session.scalars(
            select(Thread)
            .where(
                Thread.portfolio_id == portfolio_id,
                Thread.person_id.in_({_person_id(arrivals[i]) for i in bulk}),
                Thread.channel.in_({Channel(arrivals[i].message.channel) for i in bulk}),
                Thread.updated_at >= oldest,
                Thread.status != ThreadStatus.CLOSED,
            )
            .order_by(Thread.updated_at.desc(), Thread.id.desc())
        )
        for candidate in candidates:
            assert candidate.person_id is not None
            latest.setdefault((candidate.person_id, candidate.channel), candidate)
        for i in bulk:
            a = arrivals[i]
            thread = latest.get((_person_id(a), Channel(a.message.channel)))
            if thread is not None and thread.updated_at >= a.now - THREAD_REUSE_WINDOW:
                found[i] = thread
    for i, a in enumerate(arrivals):
        if i not in bulk:
            found[i] = _recent_thread(session, portfolio_id, a.message, a.resident, a.now)
    return found


def _person_id(arrival: Arrival) -> int:
    assert arrival.resident is not None
    return arrival.resident.person_id


def new_thread(portfolio_id: int, arrival: Arrival) -> Thread:
    """A conversation for a new topic or a new sender (added to no session yet)."""
    resident = arrival.resident
    return Thread(
        portfolio_id=portfolio_id,
        property_id=resident.property_id if resident else None,
        person_id=resident.person_id if resident else None,
        lease_id=resident.lease_id if resident else None,
        channel=Channel(arrival.message.channel),
        status=ThreadStatus.OPEN,
        category=None,
        escalation=None,
        automation_paused=False,
        awaiting_detail=None,
        task_id=None,
        verified=resident is not None,
        sender=arrival.message.sender,
        details={},
        created_at=arrival.now,
        updated_at=arrival.now,
    )


def _recent_thread(
    session: Session,
    portfolio_id: int,
    message: InboundMessage,
    resident: Resident | None,
    now: datetime,
) -> Thread | None:
    query = select(Thread).where(Thread.portfolio_id == portfolio_id)
    if message.thread_ref is not None:
        query = query.where(Thread.id == message.thread_ref)
    else:
        query = query.where(
            Thread.channel == Channel(message.channel),
            Thread.updated_at >= now - THREAD_REUSE_WINDOW,
            Thread.status != ThreadStatus.CLOSED,
        )
    if resident is not None:
        query = query.where(Thread.person_id == resident.person_id)
    else:
        query = query.where(Thread.person_id.is_(None), Thread.sender == message.sender)
    return session.scalars(query.order_by(Thread.updated_at.desc(), Thread.id.desc())).first()


def thread_state(thread: Thread, is_new: bool) -> ThreadState:
    return ThreadState(
        id=thread.id,
        is_new=is_new,
        category=thread.category,
        escalation=thread.escalation,
        status=thread.status.value,
        automation_paused=thread.automation_paused,
        awaiting_detail=thread.awaiting_detail,
        details=dict(thread.details),
        task_id=thread.task_id,
    )


WORK_ORDERS_SHOWN = 5


def open_work_orders(
    session: Session, residents: Sequence[Resident]
) -> dict[int, tuple[WorkOrder, ...]]:
    """Each resident's open tasks (up to five, newest first) from the threads they started,
    by person id, for all of them in one query."""
    if not residents:
        return {}
    rows = session.execute(
        select(Thread.person_id, Task.id, Task.title, Task.status)
        .join(Thread, Thread.task_id == Task.id)
        .where(
            Thread.person_id.in_({r.person_id for r in residents}),
            Task.status.not_in([TaskStatus.DONE, TaskStatus.CANCELLED]),
            Task.kind.not_like("escalation.%"),
        )
        .order_by(Thread.person_id, Task.created_at.desc(), Task.id.desc())
    ).all()
    found: dict[int, list[WorkOrder]] = {r.person_id: [] for r in residents}
    for row in rows:
        orders = found[row.person_id]
        if len(orders) < WORK_ORDERS_SHOWN:
            orders.append(WorkOrder(id=row.id, title=row.title, status=row.status.value))
    return {person_id: tuple(orders) for person_id, orders in found.items()}
