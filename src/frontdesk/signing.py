"""Signed JSON webhooks, both ways: the portal posting to us and our write-back to a PMS/CRM.

Wire format: ``X-Frontdesk-Timestamp: <unix seconds>`` and
``X-Frontdesk-Signature: sha256=<hex HMAC-SHA256 of b"<timestamp>." + raw body>``, keyed with the
portfolio's ``webhook_secret``. Signing the timestamp with the body lets a receiver refuse
replays older than :data:`MAX_SKEW_SECONDS`. Standard library only, so any client (and our
write-back channel) can use the same code.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

TIMESTAMP_HEADER = "X-Frontdesk-Timestamp"
SIGNATURE_HEADER = "X-Frontdesk-Signature"
SCHEME = "sha256="
MAX_SKEW_SECONDS = 300


class SignatureHeaderError(ValueError):
    """The signature headers are missing or not in the documented format."""


@dataclass(frozen=True)
class SignatureHeaders:
    """The parsed, not yet verified, signature headers of one request."""

    timestamp: int
    signature: str


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The ``X-Frontdesk-Signature`` value for ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return SCHEME + mac.hexdigest()


def signed_headers(secret: str, timestamp: int, body: bytes) -> dict[str, str]:
    """Both headers a sender adds to a request carrying ``body``."""
    return {TIMESTAMP_HEADER: str(timestamp), SIGNATURE_HEADER: sign(secret, timestamp, body)}


def parse_headers(timestamp: str | None, signature: str | None) -> SignatureHeaders:
    """Parse both header values or say which one is missing or malformed."""
    if not timestamp or not signature:
        raise SignatureHeaderError(
            f"both {TIMESTAMP_HEADER} and {SIGNATURE_HEADER} headers are required"
        )
    if not timestamp.strip().isdigit():
        raise SignatureHeaderError(f"{TIMESTAMP_HEADER} must be unix seconds, e.g. 1767225600")
    digest = signature.strip().removeprefix(SCHEME)
    if not signature.strip().startswith(SCHEME) or not _is_sha256_hex(digest):
        raise SignatureHeaderError(f"{SIGNATURE_HEADER} must be 'sha256=<64 hex digits>'")
    return SignatureHeaders(int(timestamp.strip()), SCHEME + digest.lower())


def is_fresh(timestamp: int, now: datetime, max_skew: int = MAX_SKEW_SECONDS) -> bool:
    """Whether ``timestamp`` lies within ``max_skew`` seconds of ``now``, either side."""
    return abs(now.timestamp() - timestamp) <= max_skew


def verify(
    secret: str,
    timestamp: int,
    body: bytes,
    signature: str,
    now: datetime,
    max_skew: int = MAX_SKEW_SECONDS,
) -> bool:
    """True when ``signature`` is ours for ``body`` at ``timestamp`` and the timestamp is fresh."""
    expected = sign(secret, timestamp, body)
    matches = hmac.compare_digest(expected.encode(), signature.strip().lower().encode())
    return matches and is_fresh(timestamp, now, max_skew)


def _is_sha256_hex(digest: str) -> bool:
    return len(digest) == 64 and all(c in "0123456789abcdefABCDEF" for c in digest)
