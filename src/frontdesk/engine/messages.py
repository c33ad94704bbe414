"""Use case: one inbound resident message → context → understand → decide → record, one commit.

Redelivery of the same provider message id is recognised and changes nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdesk.engine.apply import apply
from frontdesk.engine.inbound import InboundMessage, ReceiveResult
from frontdesk.engine.resident_context import (
    find_portfolio,
    find_resident,
    open_work_orders,
    pick_thread,
    thread_state,
)
from frontdesk.engine.services import Services
from frontdesk.intake.understand import understand
from frontdesk.record.enums import Channel, Direction, ThreadStatus
from frontdesk.record.models import Event, Message, Portfolio, Thread
from frontdesk.workflows import portal
from frontdesk.workflows.portal_context import PortalMessage

REPLY_CHANNEL = {"portal": "portal", "sms": "sms", "email": "email"}


class UnknownDestination(LookupError):
    """The message names no portfolio we hold (unknown portal key or tracking number)."""


def receive(services: Services, message: InboundMessage, now: datetime) -> ReceiveResult:
    """Record and handle ``message``; a redelivery returns the first result's ids."""
    try:
        with services.sessions.begin() as session:
            return _receive(services, session, message, now)
    except IntegrityError:
        # Two deliveries of the same message raced; the other one won and recorded it.
        with services.sessions() as session:
            found = _duplicate(session, message)
        if found is None:
            raise
        return found


def _duplicate(session: Session, message: InboundMessage) -> ReceiveResult | None:
    row = session.execute(
        select(Message.id, Message.thread_id).where(
            Message.channel == Channel(message.channel),
            Message.provider_id == message.provider_id,
        )
    ).first()
    if row is None:
        return None
    return ReceiveResult(
        thread_id=row.thread_id, message_id=row.id, duplicate=True, outcome="duplicate"
    )


def _receive(
    services: Services, session: Session, message: InboundMessage, now: datetime
) -> ReceiveResult:
    duplicate = _duplicate(session, message)
    if duplicate is not None:
        return duplicate
    region = services.settings.default_region
    portfolio = find_portfolio(session, message, region)
    if portfolio is None:
        raise UnknownDestination(
            f"no portfolio for {message.portfolio_key or message.to or 'this message'}"
        )
    policy = services.policies.active(session, portfolio.id)
    resident = find_resident(session, portfolio.id, message, region)
    effective = policy.for_property(resident.property_external_id if resident else None)
    required = [d.name for d in effective.categories["maintenance"].required_details]
    understanding = understand(message.body, message.lang_hint, required)
    thread, is_new = pick_thread(session, portfolio.id, message, resident, understanding, now)
    inbound = _record_inbound(session, portfolio, thread, message, understanding.lang, now)
    context = PortalMessage(
        message_id=inbound.id,
        channel=message.channel,
        reply_channel=REPLY_CHANNEL.get(message.channel, message.channel),
        reply_to=message.sender,
        text=message.body,
        understanding=understanding,
        thread=thread_state(thread, is_new=is_new),
        resident=resident,
        open_work_orders=(
            open_work_orders(session, resident) if understanding.category == "status_update" else ()
        ),
        writeback_url=portfolio.writeback_url,
    )
    decision = portal.decide(context, effective, now, portfolio.id)
    apply(session, decision, now, effective)
    return ReceiveResult(
        thread_id=thread.id,
        message_id=inbound.id,
        duplicate=False,
        outcome=_outcome(decision.rules()),
        rules=tuple(decision.rules()),
    )


def _record_inbound(
    session: Session,
    portfolio: Portfolio,
    thread: Thread,
    message: InboundMessage,
    lang: str,
    now: datetime,
) -> Message:
    inbound = Message(
        thread_id=thread.id,
        channel=Channel(message.channel),
        direction=Direction.INBOUND,
        provider_id=message.provider_id,
        body=message.body,
        lang=lang,
        sender=message.sender,
        at=now,
    )
    session.add(inbound)
    session.flush()
    session.add(
        Event(
            portfolio_id=portfolio.id,
            subject_type="thread",
            subject_id=thread.id,
            kind="message.received",
            actor=f"channel.{message.channel}",
            reason="verified resident" if message.verified else "sender matched by address",
            data={
                "message_id": inbound.id,
                "provider_id": message.provider_id,
                "sender": message.sender,
            },
            at=now,
        )
    )
    if thread.status == ThreadStatus.CLOSED:
        thread.status = ThreadStatus.OPEN
    return inbound


def _outcome(rules: list[str]) -> str:
    """A short word for the API: escalated, asked, routed, answered, for_human, unverified."""
    for prefix, word in (
        ("portal.escalate.", "escalated"),
        ("portal.ask.", "asked"),
        ("portal.route.", "routed"),
        ("portal.status_update", "answered"),
        ("portal.human_thread", "for_human"),
        ("portal.unknown_sender", "unverified"),
    ):
        if any(r.startswith(prefix) for r in rules):
            return word
    return "recorded"
