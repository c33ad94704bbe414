"""Outbound channels against real parts: a real log file, a real SMTP server, the real twilio SDK.

Console and SMTP run end to end (files, processes, sockets). Twilio has no local server, so only
its HTTP transport is faked: the real ``twilio`` package builds and sends the request, and a
recording ``HttpClient`` stands where the network would be.
"""

from __future__ import annotations

import email
import email.policy
import json
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from twilio.http import HttpClient
from twilio.http.response import Response

from frontdesk.channels.base import (
    DeliveryReceipt,
    OutboundMessage,
    PermanentChannelError,
    TransientChannelError,
)
from frontdesk.channels.console import ConsoleChannel, read_deliveries
from frontdesk.channels.email import SmtpChannel, message_id_for
from frontdesk.channels.registry import build_channels
from frontdesk.channels.sms import IDEMPOTENCY_HEADER, TwilioSmsChannel
from frontdesk.channels.webhook import WebhookChannel
from frontdesk.config import Settings


def _message(key: str = "outbox-1", **overrides: Any) -> OutboundMessage:
    values: dict[str, Any] = {
        "idempotency_key": key,
        "channel": "email",
        "recipient": "resident@example.com",
        "template": "maintenance.ack",
        "body": "We received your request about the kitchen sink.\nA technician will call.",
        "subject": "Your request #42",
        "metadata": {"unit": "4B", "attempt": 1},
    }
    values.update(overrides)
    return OutboundMessage(**values)


# --- console -----------------------------------------------------------------------------------


def test_console_writes_one_json_line_per_message(tmp_path: Path) -> None:
    log = tmp_path / "outbox.jsonl"
    echoed: list[str] = []
    channel = ConsoleChannel(log, echo=echoed.append)

    first = channel.send(_message("k1"))
    second = channel.send(_message("k2", subject=None, recipient="+15551230000", channel="sms"))

    assert first == DeliveryReceipt(provider_ref="k1", duplicate=False)
    assert second == DeliveryReceipt(provider_ref="k2", duplicate=False)
    lines = log.read_text().splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    assert record == {
        "idempotency_key": "k1",
        "channel": "email",
        "recipient": "resident@example.com",
        "template": "maintenance.ack",
        "subject": "Your request #42",
        "body": "We received your request about the kitchen sink.\nA technician will call.",
        "metadata": {"unit": "4B", "attempt": 1},
    }
    assert [r["idempotency_key"] for r in read_deliveries(log)] == ["k1", "k2"]
    assert len(echoed) == 2 and "resident@example.com" in echoed[0]


def test_console_same_key_twice_is_written_once_and_reported_duplicate(tmp_path: Path) -> None:
    log = tmp_path / "outbox.jsonl"
    channel = ConsoleChannel(log)

    channel.send(_message("k1"))
    again = channel.send(_message("k1", body="a different rendering"))

    assert again == DeliveryReceipt(provider_ref="k1", duplicate=True)
    assert [r["body"] for r in read_deliveries(log)] == [_message().body]


def test_console_remembers_keys_across_restarts(tmp_path: Path) -> None:
    """A process killed after send but before 'mark sent' must not deliver again on restart."""
    log = tmp_path / "outbox.jsonl"
    ConsoleChannel(log).send(_message("k1"))

    restarted = ConsoleChannel(log)

    assert restarted.send(_message("k1")).duplicate is True
    assert restarted.send(_message("k2")).duplicate is False
    assert [r["idempotency_key"] for r in read_deliveries(log)] == ["k1", "k2"]


def test_console_sees_keys_another_writer_appended_after_its_first_scan(tmp_path: Path) -> None:
    log = tmp_path / "outbox.jsonl"
    worker_a, worker_b = ConsoleChannel(log), ConsoleChannel(log, name="email")
    worker_a.send(_message("k1"))  # a has scanned the file now
    worker_b.send(_message("k2"))

    assert worker_a.send(_message("k2")).duplicate is True
    assert worker_b.send(_message("k1")).duplicate is True
    assert worker_a.send(_message("k3")).duplicate is False
    assert worker_b.send(_message("k3")).duplicate is True
    assert [r["idempotency_key"] for r in read_deliveries(log)] == ["k1", "k2", "k3"]


def test_console_recovers_from_a_line_torn_by_a_crash(tmp_path: Path) -> None:
    log = tmp_path / "outbox.jsonl"
    ConsoleChannel(log).send(_message("k1"))
    with log.open("ab") as handle:
        handle.write(b'{"idempotency_key": "k2", "chan')  # killed mid-write

    channel = ConsoleChannel(log)
    receipt = channel.send(_message("k2"))

    assert receipt.duplicate is False  # the fragment was never a delivery
    assert [r["idempotency_key"] for r in read_deliveries(log)] == ["k1", "k2"]
    assert channel.send(_message("k2")).duplicate is True


_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from frontdesk.channels.base import OutboundMessage
    from frontdesk.channels.console import ConsoleChannel

    log, go, count, reverse = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    keys = [f"key-{i}" for i in range(count)]
    if reverse == "1":
        keys.reverse()
    channel = ConsoleChannel(log)
    while not go.exists():
        time.sleep(0.001)
    fresh = 0
    for key in keys:
        message = OutboundMessage(key, "sms", "+15551230000", "reminder", f"body {key}")
        fresh += not channel.send(message).duplicate
    print(fresh)
    """
)


def test_console_two_processes_sending_the_same_keys_deliver_each_once(tmp_path: Path) -> None:
    log, go, count = tmp_path / "outbox.jsonl", tmp_path / "go", 300
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(log), str(go), str(count), reverse],
            stdout=subprocess.PIPE,
            text=True,
        )
        for reverse in ("0", "1", "0")
    ]
    time.sleep(0.5)  # let every interpreter start and wait at the line
    go.touch()
    fresh = [int(writer.communicate(timeout=60)[0]) for writer in writers]

    assert all(writer.returncode == 0 for writer in writers)
    keys = [r["idempotency_key"] for r in read_deliveries(log)]
    assert len(log.read_text().splitlines()) == count
    assert sorted(keys) == sorted(f"key-{i}" for i in range(count))
    assert sum(fresh) == count  # every key reported fresh by exactly one process


# --- SMTP --------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class _Mailbox:
    """An aiosmtpd handler that keeps envelopes, or answers RCPT/DATA with a chosen reply."""

    rcpt_reply: str | None = None
    data_reply: str | None = None
    envelopes: list[Envelope] = field(default_factory=list)

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Mailbox, int]]:
    mailbox = _Mailbox()
    port = _free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


def _smtp(port: int, timeout: float = 5.0) -> SmtpChannel:
    return SmtpChannel("127.0.0.1", port, sender="office@maple.example", timeout=timeout)


def test_smtp_delivers_to_a_real_server_with_a_deterministic_message_id(
    smtp_server: tuple[_Mailbox, int],
) -> None:
    mailbox, port = smtp_server
    channel = _smtp(port)

    receipt = channel.send(_message("outbox-7"))
    resend = channel.send(_message("outbox-7"))

    assert receipt.provider_ref == message_id_for("outbox-7")
    assert receipt.provider_ref.startswith("<") and receipt.provider_ref.endswith("@frontdesk>")
    assert resend.provider_ref == receipt.provider_ref
    assert len(mailbox.envelopes) == 2
    envelope = mailbox.envelopes[0]
    assert envelope.mail_from == "office@maple.example"
    assert envelope.rcpt_tos == ["resident@example.com"]
    assert isinstance(envelope.content, bytes)
    parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert parsed["To"] == "resident@example.com"
    assert parsed["Subject"] == "Your request #42"
    assert parsed["Message-ID"] == message_id_for("outbox-7")
    assert parsed["X-Frontdesk-Idempotency-Key"] == "outbox-7"
    body = parsed.get_content().replace("\r\n", "\n").strip()
    assert body == _message().body  # SMTP carries CRLF line ends
    again = email.message_from_bytes(mailbox.envelopes[1].content, policy=email.policy.default)  # type: ignore[arg-type]
    assert again["Message-ID"] == parsed["Message-ID"]


def test_smtp_message_ids_differ_per_key_and_subject_has_a_default(
    smtp_server: tuple[_Mailbox, int],
) -> None:
    mailbox, port = smtp_server
    _smtp(port).send(_message("a", subject=None))
    _smtp(port).send(_message("b"))

    first, second = (
        email.message_from_bytes(e.content, policy=email.policy.default)  # type: ignore[arg-type]
        for e in mailbox.envelopes
    )
    assert first["Message-ID"] != second["Message-ID"]
    assert first["Subject"]  # a default, never an empty subject line


@pytest.mark.parametrize(
    ("stage", "reply", "error"),
    [
        ("rcpt", "451 4.7.1 Greylisted, try again later", TransientChannelError),
        ("data", "451 4.3.0 Local error in processing", TransientChannelError),
        ("rcpt", "550 5.1.1 No such user here", PermanentChannelError),
        ("data", "554 5.7.1 Message rejected as spam", PermanentChannelError),
    ],
)
def test_smtp_reply_codes_decide_retry(
    smtp_server: tuple[_Mailbox, int], stage: str, reply: str, error: type[Exception]
) -> None:
    mailbox, port = smtp_server
    if stage == "rcpt":
        mailbox.rcpt_reply = reply
    else:
        mailbox.data_reply = reply

    with pytest.raises(error) as raised:
        _smtp(port).send(_message())

    assert reply.split()[0] in str(raised.value)
    assert not mailbox.envelopes


def test_smtp_closed_port_is_transient() -> None:
    with pytest.raises(TransientChannelError):
        _smtp(_free_port()).send(_message())


def test_smtp_server_that_never_greets_times_out_as_transient() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # the kernel accepts the connection; nobody ever says 220
        started = time.monotonic()
        with pytest.raises(TransientChannelError):
            _smtp(silent.getsockname()[1], timeout=0.5).send(_message())
    assert time.monotonic() - started < 5


# --- Twilio (real SDK, fake transport) ---------------------------------------------------------

ACCOUNT_SID = "AC" + "0" * 32
MESSAGES_URL = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


class _RecordingTransport(HttpClient):  # type: ignore[misc]
    """Stands in for the network only: records each request and returns a canned response."""

    def __init__(self, status: int = 201, body: str | None = None, raises: Exception | None = None):
        super().__init__(logger=None, is_async=False)
        self.status, self.raises = status, raises
        self.body = body if body is not None else json.dumps(_created_payload())
        self.requests: list[dict[str, Any]] = []

    def request(self, method: str, uri: str, **kwargs: Any) -> Response:
        self.requests.append({"method": method, "url": uri, **kwargs})
        if self.raises is not None:
            raise self.raises
        return Response(self.status, self.body, {"Content-Type": "application/json"})


def _created_payload() -> dict[str, Any]:
    return {
        "sid": "SM" + "a" * 32,
        "account_sid": ACCOUNT_SID,
        "to": "+15551230000",
        "from": "+15550009999",
        "body": "Rent reminder",
        "status": "queued",
        "direction": "outbound-api",
        "num_segments": "1",
        "date_created": "Mon, 02 Mar 2026 14:00:00 +0000",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM{'a' * 32}.json",
    }


def _sms(transport: _RecordingTransport) -> TwilioSmsChannel:
    return TwilioSmsChannel(ACCOUNT_SID, "token-xyz", "+15550009999", http_client=transport)


def _text(key: str = "outbox-9") -> OutboundMessage:
    return _message(key, channel="sms", recipient="+15551230000", subject=None, body="Rent due")


def test_twilio_sends_to_from_body_with_idempotency_header_and_returns_sid() -> None:
    transport = _RecordingTransport()

    receipt = _sms(transport).send(_text("outbox-9"))

    assert receipt == DeliveryReceipt(provider_ref="SM" + "a" * 32)
    [sent] = transport.requests
    assert sent["method"] == "POST"
    assert sent["url"] == MESSAGES_URL
    assert sent["data"] == {"To": "+15551230000", "From": "+15550009999", "Body": "Rent due"}
    assert sent["headers"][IDEMPOTENCY_HEADER] == "outbox-9"
    assert IDEMPOTENCY_HEADER == "I-Twilio-Idempotency-Token"
    assert sent["auth"] == (ACCOUNT_SID, "token-xyz")


def test_twilio_resend_carries_the_same_token_and_other_keys_do_not() -> None:
    transport = _RecordingTransport()
    channel = _sms(transport)

    channel.send(_text("outbox-9"))
    channel.send(_text("outbox-9"))
    channel.send(_text("outbox-10"))

    tokens = [r["headers"][IDEMPOTENCY_HEADER] for r in transport.requests]
    assert tokens == ["outbox-9", "outbox-9", "outbox-10"]


def test_twilio_invalid_to_number_is_permanent() -> None:
    error = {
        "code": 21211,
        "message": "The 'To' number +1555 is not a valid phone number.",
        "more_info": "https://www.twilio.com/docs/errors/21211",
        "status": 400,
    }
    transport = _RecordingTransport(status=400, body=json.dumps(error))

    with pytest.raises(PermanentChannelError) as raised:
        _sms(transport).send(_text())

    assert "21211" in str(raised.value)


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (503, "Service Unavailable"),
        (500, json.dumps({"code": 20500, "message": "Internal Server Error", "status": 500})),
        (429, json.dumps({"code": 20429, "message": "Too Many Requests", "status": 429})),
    ],
)
def test_twilio_server_errors_and_rate_limits_are_transient(status: int, body: str) -> None:
    with pytest.raises(TransientChannelError):
        _sms(_RecordingTransport(status=status, body=body)).send(_text())


def test_twilio_bad_credentials_are_permanent() -> None:
    body = json.dumps({"code": 20003, "message": "Authenticate", "status": 401})
    with pytest.raises(PermanentChannelError):
        _sms(_RecordingTransport(status=401, body=body)).send(_text())


@pytest.mark.parametrize(
    "failure",
    [requests.exceptions.ConnectionError("connection refused"), requests.exceptions.ReadTimeout()],
)
def test_twilio_network_failures_are_transient(failure: Exception) -> None:
    with pytest.raises(TransientChannelError):
        _sms(_RecordingTransport(raises=failure)).send(_text())


# --- registry ----------------------------------------------------------------------------------


def _settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "outbox_log": str(tmp_path / "outbox.jsonl"),
        "smtp_host": None,
        "twilio_account_sid": None,
        "twilio_auth_token": None,
        "twilio_from_number": None,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


def test_registry_falls_back_to_the_console_log_when_nothing_is_configured(
    tmp_path: Path,
) -> None:
    channels = build_channels(_settings(tmp_path))

    assert set(channels) == {"console", "email", "sms", "portal", "webhook"}
    logged = {n: c for n, c in channels.items() if n != "webhook"}
    assert all(isinstance(c, ConsoleChannel) for c in logged.values())
    assert {name: c.name for name, c in logged.items()} == {n: n for n in logged}
    channels["email"].send(_message("e1"))
    channels["sms"].send(_text("s1"))
    assert channels["portal"].send(_message("e1")).duplicate is True  # one shared log
    assert [r["idempotency_key"] for r in read_deliveries(tmp_path / "outbox.jsonl")] == [
        "e1",
        "s1",
    ]


def test_registry_uses_smtp_and_twilio_when_configured(tmp_path: Path) -> None:
    channels = build_channels(
        _settings(
            tmp_path,
            smtp_host="mail.example.com",
            smtp_port=2525,
            email_from="office@maple.example",
            twilio_account_sid=ACCOUNT_SID,
            twilio_auth_token="token-xyz",
            twilio_from_number="+15550009999",
        )
    )

    assert isinstance(channels["console"], ConsoleChannel)
    smtp = channels["email"]
    assert isinstance(smtp, SmtpChannel)
    assert (smtp.host, smtp.port, smtp.sender) == ("mail.example.com", 2525, "office@maple.example")
    assert isinstance(channels["sms"], TwilioSmsChannel)
    assert isinstance(channels["webhook"], WebhookChannel)


def test_registry_needs_every_twilio_setting_before_using_twilio(tmp_path: Path) -> None:
    channels = build_channels(
        _settings(tmp_path, twilio_account_sid=ACCOUNT_SID, twilio_auth_token="token-xyz")
    )
    assert isinstance(channels["sms"], ConsoleChannel)
