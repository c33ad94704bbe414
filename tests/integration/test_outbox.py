"""The dispatcher retries with backoff, records failures, and delivers once per key."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from frontdesk.channels.base import (
    DeliveryReceipt,
    OutboundMessage,
    PermanentChannelError,
    TransientChannelError,
)
from frontdesk.channels.console import read_deliveries
from frontdesk.engine.apply import apply_decision
from frontdesk.engine.outbox import deliver_due
from frontdesk.engine.services import Services
from frontdesk.policy import default_policy
from frontdesk.record.enums import OutboxStatus
from frontdesk.record.models import Event, OutboxItem
from frontdesk.workflows.decision import Decision, SendMessage, Subject


class FlakyProvider:
    """Stands in for an SMS provider's REST endpoint (no local one exists): it refuses the
    first ``failures`` sends with a transient error, then accepts, and keeps what it got."""

    name = "sms"

    def __init__(self, failures: int, permanent: bool = False) -> None:
        self.failures = failures
        self.permanent = permanent
        self.received: list[OutboundMessage] = []

    def send(self, message: OutboundMessage) -> DeliveryReceipt:
        if self.failures > 0:
            self.failures -= 1
            error = PermanentChannelError if self.permanent else TransientChannelError
            raise error("provider said no")
        self.received.append(message)
        return DeliveryReceipt(provider_ref=f"SM{len(self.received)}")


def queue_sms(services: Services, portfolio_id: int, key: str = "sms-1") -> None:
    now = services.clock.now()
    decision = Decision(
        portfolio_id,
        Subject("task", 1),
        (
            SendMessage(
                rule="test.rule",
                reason="test",
                channel="sms",
                recipient="+13125550142",
                template="staff.task_sla_breached",
                lang="en",
                variables={"task_id": 1, "title": "Leak", "queue": "maintenance"},
                idempotency_key=key,
            ),
        ),
    )
    apply_decision(services.sessions, decision, now, default_policy())


def test_transient_failures_back_off_exponentially_then_deliver_once(
    services: Services, portfolio_id: int
) -> None:
    provider = FlakyProvider(failures=2)
    services.channels = {"sms": provider}
    queue_sms(services, portfolio_id)
    now = services.clock.now()
    assert deliver_due(services, now).retried == 1
    assert deliver_due(services, now + timedelta(seconds=29)).touched == 0  # not yet due
    assert deliver_due(services, now + timedelta(seconds=30)).retried == 1
    second_failure = now + timedelta(seconds=30)
    assert deliver_due(services, second_failure + timedelta(seconds=59)).touched == 0
    assert deliver_due(services, second_failure + timedelta(seconds=60)).sent == 1
    assert deliver_due(services, second_failure + timedelta(hours=5)).touched == 0
    assert len(provider.received) == 1
    with services.sessions() as session:
        item = session.scalars(select(OutboxItem)).one()
        assert (item.status, item.attempts, item.provider_ref) == (OutboxStatus.SENT, 3, "SM1")
        kinds = session.scalars(select(Event.kind).order_by(Event.id)).all()
        assert kinds == [
            "message.queued",
            "message.retry_scheduled",
            "message.retry_scheduled",
            "message.sent",
        ]


def test_permanent_failure_is_recorded_with_its_reason(
    services: Services, portfolio_id: int
) -> None:
    services.channels = {"sms": FlakyProvider(failures=1, permanent=True)}
    queue_sms(services, portfolio_id)
    assert deliver_due(services, services.clock.now()).failed == 1
    with services.sessions() as session:
        item = session.scalars(select(OutboxItem)).one()
        assert item.status == OutboxStatus.FAILED and item.last_error == "provider said no"
        failed = session.scalars(select(Event).filter_by(kind="message.failed")).one()
        assert failed.reason == "permanent failure"


def test_gives_up_after_max_attempts(services: Services, portfolio_id: int) -> None:
    services.channels = {"sms": FlakyProvider(failures=100)}
    queue_sms(services, portfolio_id)
    now = services.clock.now()
    for _ in range(services.settings.outbox_max_attempts):
        now += timedelta(hours=2)
        deliver_due(services, now)
    with services.sessions() as session:
        item = session.scalars(select(OutboxItem)).one()
        assert item.status == OutboxStatus.FAILED
        assert item.attempts == services.settings.outbox_max_attempts


def test_message_for_an_unconfigured_channel_fails_visibly(
    services: Services, portfolio_id: int
) -> None:
    services.channels = {}
    queue_sms(services, portfolio_id)
    assert deliver_due(services, services.clock.now()).failed == 1
    with services.sessions() as session:
        assert "no channel configured" in (
            session.scalars(select(OutboxItem)).one().last_error or ""
        )


def test_console_channel_delivery_is_logged_once(services: Services, portfolio_id: int) -> None:
    queue_sms(services, portfolio_id, key="a")
    queue_sms(services, portfolio_id, key="b")
    assert deliver_due(services, services.clock.now()).sent == 2
    rows = read_deliveries(services.settings.outbox_log)
    assert sorted(r["idempotency_key"] for r in rows) == ["a", "b"]
