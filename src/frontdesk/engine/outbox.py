"""The dispatcher: deliver recorded outbox rows, at-least-once, under their idempotency keys.

Order of work for each row: claim it (and count the attempt) in a committed transaction, send
outside any transaction, then record the outcome. A process killed after sending but before
recording leaves a claimed row whose lease runs out; the next attempt re-sends with the same
idempotency key, which the channel (or provider) recognises, so the resident gets one message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.channels.base import ChannelError, DeliveryReceipt, OutboundMessage
from frontdesk.engine.apply import backoff
from frontdesk.engine.claims import claim_outbox, due_outbox_ids
from frontdesk.engine.services import Services
from frontdesk.engine.timeline import note
from frontdesk.record.enums import Channel, OutboxStatus
from frontdesk.record.models import OutboxItem, Portfolio


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def touched(self) -> int:
        return self.sent + self.retried + self.failed


def deliver_due(services: Services, now: datetime, limit: int = 200) -> DeliveryReport:
    """Deliver one batch of due outbox rows (at most ``limit``)."""
    lease_until = now + timedelta(seconds=services.settings.claim_lease_seconds)
    with services.sessions.begin() as session:
        ids = due_outbox_ids(session, now, limit)
        claimed = [i for i in ids if claim_outbox(session, i, now, lease_until)]
        messages = {i: _message(session, session.get_one(OutboxItem, i)) for i in claimed}
    report = DeliveryReport()
    for item_id, message in messages.items():
        outcome = _send(services, message)
        status = _record(services, item_id, now, outcome)
        if status == OutboxStatus.SENT:
            report.sent += 1
        elif status == OutboxStatus.FAILED:
            report.failed += 1
        else:
            report.retried += 1
    return report


def _message(session: Session, item: OutboxItem) -> OutboundMessage:
    metadata: dict[str, object] = {"outbox_id": item.id, "lang": item.payload.get("lang")}
    if item.channel == Channel.WEBHOOK:
        # Write-backs are signed with the portfolio's secret, looked up at send time and
        # never copied into the outbox row.
        metadata["secret"] = session.scalar(
            select(Portfolio.webhook_secret).where(Portfolio.id == item.portfolio_id)
        )
    return OutboundMessage(
        idempotency_key=item.idempotency_key,
        channel=item.channel.value,
        recipient=item.recipient,
        template=item.template,
        body=str(item.payload.get("body", "")),
        subject=item.payload.get("subject"),
        metadata=metadata,
    )


def _send(services: Services, message: OutboundMessage) -> DeliveryReceipt | ChannelError:
    channel = services.channels.get(message.channel)
    if channel is None:
        error = ChannelError(f"no channel configured for {message.channel!r}")
        error.permanent = True
        return error
    try:
        return channel.send(message)
    except ChannelError as exc:
        return exc
    except Exception as exc:  # an unexpected channel bug is retried, and its reason kept
        return ChannelError(f"{type(exc).__name__}: {exc}")


def _record(
    services: Services, item_id: int, now: datetime, outcome: DeliveryReceipt | ChannelError
) -> OutboxStatus:
    settings = services.settings
    with services.sessions.begin() as session:
        item = session.get_one(OutboxItem, item_id)
        item.claimed_until = None
        if isinstance(outcome, DeliveryReceipt):
            item.status = OutboxStatus.SENT
            item.sent_at = now
            item.provider_ref = outcome.provider_ref
            item.last_error = None
            _event(
                session,
                item,
                "message.sent",
                "delivered",
                now,
                {"provider_ref": outcome.provider_ref, "duplicate": outcome.duplicate},
            )
            return item.status
        item.last_error = str(outcome) or type(outcome).__name__
        if outcome.permanent or item.attempts >= settings.outbox_max_attempts:
            item.status = OutboxStatus.FAILED
            why = "permanent failure" if outcome.permanent else f"gave up after {item.attempts}"
            _event(session, item, "message.failed", why, now, {"error": item.last_error})
            return item.status
        delay = backoff(
            item.attempts, settings.outbox_backoff_seconds, settings.outbox_backoff_max_seconds
        )
        item.next_attempt_at = now + delay
        _event(
            session,
            item,
            "message.retry_scheduled",
            f"attempt {item.attempts} failed",
            now,
            {"error": item.last_error, "next_attempt_at": item.next_attempt_at.isoformat()},
        )
        return item.status


def _event(
    session: Session,
    item: OutboxItem,
    kind: str,
    reason: str,
    now: datetime,
    data: dict[str, object],
) -> None:
    details = {"outbox_id": item.id, "channel": item.channel.value, **data}
    note(session, item, actor="engine.outbox", kind=kind, reason=reason, at=now, data=details)
