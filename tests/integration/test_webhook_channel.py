"""The PMS/CRM write-back channel against a real local HTTP server that records requests."""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk import signing
from frontdesk.channels.base import OutboundMessage, PermanentChannelError, TransientChannelError
from frontdesk.channels.registry import build_channels
from frontdesk.channels.webhook import WebhookChannel
from frontdesk.clock import SimClock
from frontdesk.config import Settings
from frontdesk.engine.outbox import deliver_due
from frontdesk.engine.services import Services
from frontdesk.record.enums import Channel, OutboxStatus
from frontdesk.record.models import OutboxItem, Portfolio

NOW = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
SECRET = "writeback-secret-abc"


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """The fake PMS: ``/status/<code>`` answers that code, ``/slow`` stalls, ``/with-id``
    returns its own request id; everything it received is kept in ``requests``."""

    url: str
    requests: list[Received] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    seen: list[Received] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            seen.append(Received(self.path, dict(self.headers.items()), self.rfile.read(length)))
            if self.path == "/slow":
                time.sleep(1.0)
            status = int(self.path.rsplit("/", 1)[1]) if self.path.startswith("/status/") else 200
            self.send_response(status)
            if self.path == "/with-id":
                self.send_header("X-Request-Id", "pms-777")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield Receiver(f"http://127.0.0.1:{server.server_address[1]}", seen)
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def writeback(url: str, key: str = "writeback:41", **metadata: object) -> OutboundMessage:
    body = json.dumps({"thread_id": 7, "status": "routed", "queue": "maintenance"})
    return OutboundMessage(
        idempotency_key=key,
        channel="webhook",
        recipient=url,
        template="writeback",
        body=body,
        metadata=dict(metadata),
    )


def channel(secret: str | None = SECRET, timeout: float = 5.0) -> WebhookChannel:
    return WebhookChannel(secret_for=lambda url: secret, timeout=timeout, clock=SimClock(NOW))


def test_writeback_is_signed_and_carries_its_idempotency_key(receiver: Receiver) -> None:
    message = writeback(receiver.url + "/pms/hook")

    receipt = channel().send(message)

    assert receipt.provider_ref == "writeback:41"
    [got] = receiver.requests
    assert got.path == "/pms/hook"
    assert got.body == message.body.encode()
    assert got.headers["Content-Type"] == "application/json"
    assert got.headers["Idempotency-Key"] == "writeback:41"
    timestamp = int(got.headers[signing.TIMESTAMP_HEADER])
    assert timestamp == int(NOW.timestamp())
    assert signing.verify(SECRET, timestamp, got.body, got.headers[signing.SIGNATURE_HEADER], NOW)
    assert not signing.verify(
        "other", timestamp, got.body, got.headers[signing.SIGNATURE_HEADER], NOW
    )


def test_secret_in_the_message_wins_over_the_lookup(receiver: Receiver) -> None:
    channel(secret="looked-up").send(writeback(receiver.url, secret="from-metadata"))

    [got] = receiver.requests
    timestamp = int(got.headers[signing.TIMESTAMP_HEADER])
    signature = got.headers[signing.SIGNATURE_HEADER]
    assert signing.verify("from-metadata", timestamp, got.body, signature, NOW)


def test_receivers_own_request_id_becomes_the_receipt(receiver: Receiver) -> None:
    assert channel().send(writeback(receiver.url + "/with-id")).provider_ref == "pms-777"


def test_resend_carries_the_same_idempotency_key(receiver: Receiver) -> None:
    message = writeback(receiver.url)
    channel().send(message)
    channel().send(message)

    keys = [r.headers["Idempotency-Key"] for r in receiver.requests]
    assert keys == ["writeback:41", "writeback:41"]


@pytest.mark.parametrize("status", [500, 503, 429, 408])
def test_server_errors_and_rate_limits_are_transient(receiver: Receiver, status: int) -> None:
    with pytest.raises(TransientChannelError, match=f"HTTP {status}"):
        channel().send(writeback(f"{receiver.url}/status/{status}"))


@pytest.mark.parametrize("status", [400, 401, 404, 422, 301])
def test_other_client_errors_are_permanent(receiver: Receiver, status: int) -> None:
    with pytest.raises(PermanentChannelError, match=f"HTTP {status}"):
        channel().send(writeback(f"{receiver.url}/status/{status}"))


def test_closed_port_is_transient() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()

    with pytest.raises(TransientChannelError, match="failed"):
        channel().send(writeback(f"http://127.0.0.1:{port}/hook"))


def test_timeout_is_transient(receiver: Receiver) -> None:
    with pytest.raises(TransientChannelError):
        channel(timeout=0.2).send(writeback(receiver.url + "/slow"))


def test_without_a_secret_nothing_is_sent(receiver: Receiver) -> None:
    with pytest.raises(PermanentChannelError, match="webhook_secret"):
        channel(secret=None).send(writeback(receiver.url))

    assert receiver.requests == []


@pytest.mark.parametrize("url", ["", "ftp://pms.example.com/hook", "pms.example.com/hook"])
def test_unusable_url_is_permanent(url: str) -> None:
    with pytest.raises(PermanentChannelError, match="URL"):
        channel().send(writeback(url))


def test_registry_always_uses_the_real_webhook_channel(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, outbox_log=str(tmp_path / "outbox.jsonl"))

    assert isinstance(build_channels(settings)["webhook"], WebhookChannel)


def test_dispatcher_delivers_a_writeback_row_and_records_the_failure_of_another(
    services: Services, receiver: Receiver
) -> None:
    now = services.clock.now()
    with services.sessions.begin() as session:
        portfolio = Portfolio(key="acme", name="Acme", webhook_secret=SECRET, created_at=now)
        session.add(portfolio)
        session.flush()
        for key, path in (("writeback:1", "/pms"), ("writeback:2", "/status/400")):
            session.add(
                OutboxItem(
                    portfolio_id=portfolio.id,
                    subject_type="thread",
                    subject_id=1,
                    channel=Channel.WEBHOOK,
                    recipient=receiver.url + path,
                    template="writeback",
                    payload={"body": json.dumps({"thread_id": 1})},
                    idempotency_key=key,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
    webhook = WebhookChannel(secret_for=lambda url: SECRET, clock=services.clock)
    wired = dataclasses.replace(services, channels={"webhook": webhook})

    report = deliver_due(wired, now)

    assert (report.sent, report.failed) == (1, 1)
    with services.sessions() as session:
        rows = {r.idempotency_key: r for r in session.scalars(select(OutboxItem))}
    assert rows["writeback:1"].status == OutboxStatus.SENT
    assert rows["writeback:2"].status == OutboxStatus.FAILED
    assert "HTTP 400" in (rows["writeback:2"].last_error or "")
    sent = next(r for r in receiver.requests if r.path == "/pms")
    timestamp = int(sent.headers[signing.TIMESTAMP_HEADER])
    assert signing.verify(SECRET, timestamp, sent.body, sent.headers[signing.SIGNATURE_HEADER], now)


def test_resident_message_writes_back_to_the_pms_signed_with_the_portfolio_secret(
    services: Services, receiver: Receiver
) -> None:
    from frontdesk.engine.inbound import InboundMessage
    from frontdesk.engine.messages import receive

    now = services.clock.now()
    with services.sessions.begin() as session:
        session.add(
            Portfolio(
                key="acme",
                name="Acme",
                webhook_secret=SECRET,
                writeback_url=receiver.url + "/pms",
                created_at=now,
            )
        )
    message = InboundMessage(
        channel="sms",
        provider_id="SM1",
        sender="+13125550999",
        body="my sink is leaking in the kitchen",
        to="+13125550142",
    )
    result = receive(services, message, now)
    wired = dataclasses.replace(
        services, channels={**services.channels, "webhook": WebhookChannel(clock=services.clock)}
    )

    assert deliver_due(wired, now).failed == 0
    (sent,) = [r for r in receiver.requests if r.path == "/pms"]
    timestamp = int(sent.headers[signing.TIMESTAMP_HEADER])
    assert signing.verify(SECRET, timestamp, sent.body, sent.headers[signing.SIGNATURE_HEADER], now)
    payload = json.loads(sent.body)
    assert payload["thread_id"] == result.thread_id and payload["status"] == "human"
    assert sent.headers["Idempotency-Key"] == f"writeback:{result.message_id}"
