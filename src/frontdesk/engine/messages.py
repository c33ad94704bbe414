"""Use case: inbound resident messages → context → understand → decide → record, one commit.

Messages are handled in batches (``receive_many``): every message of a batch shares one
transaction, one model pass and one round trip per lookup, which is what lets a small server
keep up with a busy portal. Two messages from the same sender in one batch are handled one
after the other (in rounds), so the second sees the thread the first left. A redelivery of
the same provider message id is recognised and changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdesk.engine.apply import apply_many
from frontdesk.engine.inbound import InboundMessage, ReceiveResult
from frontdesk.engine.resident_context import (
    Arrival,
    find_portfolio,
    find_residents,
    new_thread,
    open_work_orders,
    recent_threads,
    stored_address,
    thread_state,
)
from frontdesk.engine.services import Services
from frontdesk.intake.understand import understand_each
from frontdesk.intake.understanding import Understanding
from frontdesk.policy import Policy
from frontdesk.record.enums import Channel, Direction, ThreadStatus
from frontdesk.record.models import Message, Portfolio
from frontdesk.workflows import portal
from frontdesk.workflows.decision import Decision
from frontdesk.workflows.portal import is_new_topic
from frontdesk.workflows.portal_context import PortalMessage

REPLY_CHANNEL = {"portal": "portal", "sms": "sms", "email": "email"}


class UnknownDestination(LookupError):
    """The message names no portfolio we hold (unknown portal key or tracking number)."""


Outcome = ReceiveResult | UnknownDestination


def receive(services: Services, message: InboundMessage, now: datetime) -> ReceiveResult:
    """Record and handle one message; a redelivery returns the first result's ids."""
    try:
        outcome = receive_many(services, [(message, now)])[0]
    except IntegrityError:
        # Two deliveries of the same message raced; the other one won and recorded it.
        with services.sessions() as session:
            found = _duplicates(session, [message]).get(_key(message))
        if found is None:
            raise
        return found
    if isinstance(outcome, UnknownDestination):
        raise outcome
    return outcome


def receive_many(
    services: Services,
    batch: Sequence[tuple[InboundMessage, datetime]],
    understood: Sequence[Understanding] | None = None,
) -> list[Outcome]:
    """Record and handle every message of ``batch`` in one transaction, in order.

    A message for no portfolio we hold gets an ``UnknownDestination`` in its place and the
    others go on; any other failure raises and nothing of the batch is written (callers
    retry the messages one by one to find the one at fault). ``understood`` holds each
    message's understanding when it was worked out beforehand (``engine.intake_process``,
    with every maintenance detail required); otherwise messages are understood here.
    """
    if understood is not None and len(understood) != len(batch):
        raise ValueError("one understanding per message")
    results: list[Outcome | None] = [None] * len(batch)
    with services.sessions.begin() as session:
        region = services.settings.default_region
        senders = [sender_key(m, region) for m, _ in batch]
        lock_senders(session, senders)
        cache = _BatchCache(services, session)
        pending = list(range(len(batch)))
        while pending:
            now_round, pending = _one_per_sender(batch, senders, pending)
            items = [(i, *batch[i]) for i in now_round]
            _receive_round(services, session, cache, items, results, understood)
    assert all(r is not None for r in results)
    return [r for r in results if r is not None]


def sender_key(message: InboundMessage, region: str) -> str:
    """Who sent ``message``, with the address in the form contact points store it, so two
    spellings of one number or email are one sender for ordering and locking."""
    return f"{message.channel}:{stored_address(message, region) or message.sender}"


def lock_senders(session: Session, senders: Sequence[str]) -> None:
    """On PostgreSQL, hold a transaction lock per sender (``sender_key``) so that several
    server processes never handle two messages of one sender at once (the second waits,
    then sees the first's thread). Locks are taken in one statement, in key order, so two
    batches cannot deadlock. SQLite needs none: it has one writer, and ``frontdesk serve``
    runs one process on it."""
    if session.get_bind().dialect.name != "postgresql" or not senders:
        return
    keys = sorted({_lock_key(sender) for sender in senders})
    session.execute(
        text(
            "SELECT pg_advisory_xact_lock(k) FROM "
            "(SELECT unnest(CAST(:keys AS bigint[])) AS k ORDER BY 1) AS sorted"
        ),
        {"keys": keys},
    )


def _lock_key(sender: str) -> int:
    """A stable signed 64-bit key for the sender (same in every process)."""
    name = f"frontdesk.sender:{sender}".encode()
    return int.from_bytes(hashlib.blake2b(name, digest_size=8).digest(), "big", signed=True)


def _one_per_sender(
    batch: Sequence[tuple[InboundMessage, datetime]], senders: Sequence[str], pending: list[int]
) -> tuple[list[int], list[int]]:
    """Split ``pending`` into this round (each sender, thread and message id at most once)
    and the rest, keeping arrival order within a sender."""
    seen: set[object] = set()
    now_round: list[int] = []
    later: list[int] = []
    for i in pending:
        m = batch[i][0]
        keys: set[object] = {("sender", senders[i]), ("id", _key(m))}
        if m.thread_ref is not None:
            keys.add(("thread", m.thread_ref))
        if keys & seen:
            later.append(i)
        else:
            now_round.append(i)
        seen |= keys  # a deferred message still holds its sender's place in line
    return now_round, later


@dataclass
class _BatchCache:
    """Portfolios and their policies, looked up once per batch."""

    services: Services
    session: Session

    def __post_init__(self) -> None:
        self.found: dict[tuple[str | None, str | None], tuple[Portfolio, Policy] | None] = {}

    def portfolio(self, message: InboundMessage) -> tuple[Portfolio, Policy] | None:
        key = (message.portfolio_key, None if message.portfolio_key else message.to)
        if key not in self.found:
            region = self.services.settings.default_region
            policies = self.services.policies
            self.found[key] = find_portfolio(self.session, message, region, policies)
        return self.found[key]


# A message's place in the batch, the message, and the time it arrived.
Pending = tuple[int, InboundMessage, datetime]


def _receive_round(
    services: Services,
    session: Session,
    cache: _BatchCache,
    items: list[Pending],
    results: list[Outcome | None],
    understood: Sequence[Understanding] | None,
) -> None:
    duplicates = _duplicates(session, [m for _, m, _ in items])
    by_portfolio: dict[int, tuple[Portfolio, Policy, list[Pending]]] = {}
    for i, message, now in items:
        found = duplicates.get(_key(message))
        destination = None if found else cache.portfolio(message)
        if found is not None:
            results[i] = found
        elif destination is None:
            where = message.portfolio_key or message.to or "this message"
            results[i] = UnknownDestination(f"no portfolio for {where}")
        else:
            portfolio, policy = destination
            by_portfolio.setdefault(portfolio.id, (portfolio, policy, []))[2].append(
                (i, message, now)
            )
    for portfolio, policy, group in by_portfolio.values():
        _receive_for_portfolio(services, session, portfolio, policy, group, results, understood)


def _receive_for_portfolio(
    services: Services,
    session: Session,
    portfolio: Portfolio,
    policy: Policy,
    group: list[Pending],
    results: list[Outcome | None],
    understood: Sequence[Understanding] | None,
) -> None:
    region = services.settings.default_region
    residents = find_residents(session, portfolio.id, [m for _, m, _ in group], region)
    arrivals = [Arrival(m, r, now) for (_, m, now), r in zip(group, residents, strict=True)]
    effective = [
        policy.for_property(a.resident.property_external_id if a.resident else None)
        for a in arrivals
    ]
    required = [[d.name for d in e.categories["maintenance"].required_details] for e in effective]
    if understood is None:
        understandings = understand_each(
            [
                (a.message.body, a.message.lang_hint, r)
                for a, r in zip(arrivals, required, strict=True)
            ]
        )
    else:
        understandings = [
            understood[i].owing(r) for (i, _, _), r in zip(group, required, strict=True)
        ]
    threads = []
    for arrival, found, understanding in zip(
        arrivals, recent_threads(session, portfolio.id, arrivals), understandings, strict=True
    ):
        if found is not None and not is_new_topic(thread_state(found, False), understanding):
            threads.append((found, False))
        else:
            created = new_thread(portfolio.id, arrival)
            session.add(created)
            threads.append((created, True))
    if any(is_new for _, is_new in threads):
        session.flush()  # new threads' ids, one round trip
    inbound = [
        _inbound_row(thread.id, a.message, u.lang, a.now)
        for (thread, _), a, u in zip(threads, arrivals, understandings, strict=True)
    ]
    session.add_all(inbound)
    session.flush()  # message ids, one round trip
    received = [
        _received_event(portfolio.id, thread.id, row, a.message)
        for (thread, _), row, a in zip(threads, inbound, arrivals, strict=True)
    ]
    work_orders = open_work_orders(
        session,
        [
            a.resident
            for a, u in zip(arrivals, understandings, strict=True)
            if a.resident is not None and u.category == "status_update"
        ],
    )
    decisions: list[tuple[Decision, datetime, Policy]] = []
    for n, arrival in enumerate(arrivals):
        thread, is_new = threads[n]
        if thread.status == ThreadStatus.CLOSED:
            thread.status = ThreadStatus.OPEN
        context = PortalMessage(
            message_id=inbound[n].id,
            channel=arrival.message.channel,
            reply_channel=REPLY_CHANNEL.get(arrival.message.channel, arrival.message.channel),
            reply_to=arrival.message.sender,
            text=arrival.message.body,
            understanding=understandings[n],
            thread=thread_state(thread, is_new=is_new),
            resident=arrival.resident,
            open_work_orders=(
                work_orders.get(arrival.resident.person_id, ())
                if arrival.resident and understandings[n].category == "status_update"
                else ()
            ),
            writeback_url=portfolio.writeback_url,
        )
        decision = portal.decide(context, effective[n], arrival.now, portfolio.id)
        decisions.append((decision, arrival.now, effective[n]))
        results[group[n][0]] = ReceiveResult(
            thread_id=thread.id,
            message_id=inbound[n].id,
            duplicate=False,
            outcome=_outcome(decision.rules()),
            rules=tuple(decision.rules()),
        )
    apply_many(session, decisions, events=received)


def _key(message: InboundMessage) -> tuple[Channel, str]:
    return Channel(message.channel), message.provider_id


def _duplicates(
    session: Session, messages: Sequence[InboundMessage]
) -> dict[tuple[Channel, str], ReceiveResult]:
    """Messages already recorded under the same channel and provider id (redeliveries).

    One ``channel = ? AND provider_id IN (...)`` per channel, not a row-value IN: SQLite
    answers that with a scan of every stored message, this with the unique index."""
    by_channel: dict[Channel, set[str]] = {}
    for message in messages:
        channel, provider_id = _key(message)
        by_channel.setdefault(channel, set()).add(provider_id)
    if not by_channel:
        return {}
    rows = session.execute(
        select(Message.channel, Message.provider_id, Message.id, Message.thread_id).where(
            or_(
                *(
                    and_(Message.channel == channel, Message.provider_id.in_(ids))
                    for channel, ids in by_channel.items()
                )
            )
        )
    )
    return {
        (row.channel, row.provider_id): ReceiveResult(
            thread_id=row.thread_id, message_id=row.id, duplicate=True, outcome="duplicate"
        )
        for row in rows
    }


def _inbound_row(thread_id: int, message: InboundMessage, lang: str, now: datetime) -> Message:
    return Message(
        thread_id=thread_id,
        channel=Channel(message.channel),
        direction=Direction.INBOUND,
        provider_id=message.provider_id,
        body=message.body,
        lang=lang,
        sender=message.sender,
        at=now,
    )


def _received_event(
    portfolio_id: int, thread_id: int, row: Message, message: InboundMessage
) -> dict[str, object]:
    return {
        "portfolio_id": portfolio_id,
        "subject_type": "thread",
        "subject_id": thread_id,
        "kind": "message.received",
        "actor": f"channel.{message.channel}",
        "reason": "verified resident" if message.verified else "sender matched by address",
        "data": {
            "message_id": row.id,
            "provider_id": message.provider_id,
            "sender": message.sender,
        },
        "policy_version": None,
        "at": row.at,
    }


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
