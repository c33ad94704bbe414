"""The interface every outbound channel implements, and the errors that steer retries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class OutboundMessage:
    """What the dispatcher hands a channel: already rendered from an approved template."""

    idempotency_key: str
    channel: str
    recipient: str
    template: str
    body: str
    subject: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DeliveryReceipt:
    """Proof of hand-off: the provider's id for the message (Message-ID, Twilio SID, ...)."""

    provider_ref: str
    duplicate: bool = False


class ChannelError(Exception):
    """A delivery failed; ``permanent`` failures are not retried."""

    permanent: bool = False


class TransientChannelError(ChannelError):
    """Worth retrying later (network down, provider 5xx, rate limit)."""


class PermanentChannelError(ChannelError):
    """Retrying cannot help (invalid recipient, rejected content, missing credentials)."""

    permanent = True


class Channel(Protocol):
    """Sends one message. Must pass ``idempotency_key`` on so a resend is recognised."""

    name: str

    def send(self, message: OutboundMessage) -> DeliveryReceipt: ...
