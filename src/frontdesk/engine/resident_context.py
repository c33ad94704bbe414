"""Loading what the resident-message workflow needs: portfolio, resident, thread, work orders."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session

from frontdesk.engine.inbound import InboundMessage
from frontdesk.intake.understanding import Understanding
from frontdesk.phones import to_e164
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
from frontdesk.workflows.portal import is_new_topic
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


def find_portfolio(session: Session, message: InboundMessage, region: str) -> Portfolio | None:
    """Portal messages name their portfolio; texts are known by the tracking number called."""
    if message.portfolio_key:
        return session.scalars(select(Portfolio).filter_by(key=message.portfolio_key)).one_or_none()
    to = e164(message.to, region)
    if to:
        found = session.scalars(
            select(Portfolio)
            .join(Property, Property.portfolio_id == Portfolio.id)
            .join(PropertyPhone, PropertyPhone.property_id == Property.id)
            .where(PropertyPhone.e164 == to)
        ).first()
        if found is not None:
            return found
    only = session.scalars(select(Portfolio).limit(2)).all()
    return only[0] if len(only) == 1 else None


def find_resident(
    session: Session, portfolio_id: int, message: InboundMessage, region: str
) -> Resident | None:
    """Verified portal identity, else the phone or email the message came from."""
    person, opted_out = _person(session, portfolio_id, message, region)
    if person is None:
        return None
    row = session.execute(_home_query(person.id)).first()
    lease, unit, prop = row if row is not None else (None, None, None)
    return Resident(
        person_id=person.id,
        first_name=person.first_name,
        lang=person.preferred_language,
        property_id=prop.id if prop else None,
        property_external_id=prop.external_id if prop else None,
        property_name=prop.name if prop else "",
        unit=unit.number if unit else "",
        lease_id=lease.id if lease else None,
        lease_status=lease.status.value if lease else None,
        reply_opted_out=opted_out,
    )


def _home_query(person_id: int) -> Select[Lease, Unit, Property]:
    """The person's best lease (active, notice, future, past; newest first) with unit and
    property, in one round trip."""
    rank = case(
        *((Lease.status == status, n) for n, status in enumerate(LEASE_PREFERENCE)),
        else_=len(LEASE_PREFERENCE),
    )
    return (
        select(Lease, Unit, Property)
        .join(lease_residents, lease_residents.c.lease_id == Lease.id)
        .join(Unit, Unit.id == Lease.unit_id)
        .join(Property, Property.id == Unit.property_id)
        .where(lease_residents.c.person_id == person_id)
        .order_by(rank, Lease.start_date.desc())
        .limit(1)
    )


def _person(
    session: Session, portfolio_id: int, message: InboundMessage, region: str
) -> tuple[Person | None, bool]:
    if message.channel == "portal":
        if not message.verified:
            return None, False
        person = session.scalars(
            select(Person).filter_by(portfolio_id=portfolio_id, external_id=message.sender)
        ).one_or_none()
        return person, False
    channel = Channel.SMS if message.channel == "sms" else Channel.EMAIL
    address = (
        e164(message.sender, region) if channel == Channel.SMS else message.sender.strip().lower()
    )
    if not address:
        return None, False
    row = session.execute(
        select(Person, ContactPoint.opted_out_at)
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
    return row[0], row[1] is not None


def pick_thread(
    session: Session,
    portfolio_id: int,
    message: InboundMessage,
    resident: Resident | None,
    understanding: Understanding,
    now: datetime,
) -> tuple[Thread, bool]:
    """The conversation this message continues, or a new one (new topic, new sender)."""
    thread = _recent_thread(session, portfolio_id, message, resident, now)
    if thread is not None and not is_new_topic(thread_state(thread, False), understanding):
        return thread, False
    created = Thread(
        portfolio_id=portfolio_id,
        property_id=resident.property_id if resident else None,
        person_id=resident.person_id if resident else None,
        lease_id=resident.lease_id if resident else None,
        channel=Channel(message.channel),
        status=ThreadStatus.OPEN,
        verified=resident is not None,
        sender=message.sender,
        details={},
        created_at=now,
        updated_at=now,
    )
    session.add(created)
    session.flush()
    return created, True


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


def open_work_orders(session: Session, resident: Resident | None) -> tuple[WorkOrder, ...]:
    """The resident's open tasks, newest first, from the threads they started."""
    if resident is None:
        return ()
    rows = session.execute(
        select(Task.id, Task.title, Task.status)
        .join(Thread, Thread.task_id == Task.id)
        .where(
            Thread.person_id == resident.person_id,
            Task.status.not_in([TaskStatus.DONE, TaskStatus.CANCELLED]),
            Task.kind.not_like("escalation.%"),
        )
        .order_by(Task.created_at.desc(), Task.id.desc())
        .limit(5)
    ).all()
    return tuple(WorkOrder(id=r.id, title=r.title, status=r.status.value) for r in rows)
