"""An inbound resident message as the channels hand it to the engine, and what became of it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class InboundMessage:
    """One message from outside, already authenticated by its channel.

    ``sender`` is the resident's external id for the portal (a verified identity), an E.164
    phone number for SMS, an email address for email. ``to`` is the tracking number an SMS
    was sent to. ``provider_id`` (portal message id, Twilio MessageSid) makes redelivery safe.
    """

    channel: str
    provider_id: str
    sender: str
    body: str
    portfolio_key: str | None = None
    to: str | None = None
    lang_hint: str | None = None
    thread_ref: int | None = None
    verified: bool = False


@dataclass(frozen=True)
class ReceiveResult:
    thread_id: int
    message_id: int
    duplicate: bool
    outcome: str
    rules: tuple[str, ...] = field(default_factory=tuple)
