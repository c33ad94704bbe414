"""SMS through Twilio's Messages API, carrying the idempotency key as Twilio's token header.

``MessageList.create`` in twilio-python takes no extra headers, so the key rides on a thin
transport wrapper: each send wraps the shared HTTP client (one pooled connection set) in a
per-send object that adds ``I-Twilio-Idempotency-Token``, so a resend after a crash carries the
same token as the first attempt. Caveat: Twilio documents that header on the webhooks it sends
us; we have not confirmed that the Messages API deduplicates requests by it, so this is best
effort on Twilio's side, and a crash between Twilio's reply and "mark sent" may still text twice.
"""

from __future__ import annotations

from typing import Any

from twilio.base.exceptions import TwilioException
from twilio.http import HttpClient
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from frontdesk.channels.base import (
    ChannelError,
    DeliveryReceipt,
    OutboundMessage,
    PermanentChannelError,
    TransientChannelError,
)

IDEMPOTENCY_HEADER = "I-Twilio-Idempotency-Token"
# Statuses worth retrying besides 5xx: request timeout, conflict, rate limit.
_TRANSIENT_STATUSES = frozenset({408, 409, 429})


class TwilioSmsChannel:
    """Sends each message as one SMS from ``from_number``; returns Twilio's message SID."""

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        from_number: str,
        http_client: Any = None,
        timeout: float = 10.0,
        name: str = "sms",
    ) -> None:
        if not (account_sid and auth_token and from_number):
            raise ValueError("Twilio needs an account SID, an auth token and a from number")
        self.name = name
        self.account_sid = account_sid
        self.from_number = from_number
        self._auth_token = auth_token
        # Shared across sends so connections are pooled; tests pass a recording transport.
        self._transport: Any = http_client or TwilioHttpClient(timeout=timeout)

    def send(self, message: OutboundMessage) -> DeliveryReceipt:
        if not message.recipient.strip():
            raise PermanentChannelError("SMS has no recipient number")
        client = Client(
            self.account_sid,
            self._auth_token,
            http_client=_IdempotentTransport(self._transport, message.idempotency_key),
        )
        try:
            created = client.messages.create(
                to=message.recipient, from_=self.from_number, body=message.body
            )
        except TwilioException as exc:
            raise _from_twilio(exc) from exc
        except OSError as exc:
            # requests' ConnectionError and Timeout are OSErrors: the network may come back.
            raise TransientChannelError(f"Twilio unreachable: {exc!r}") from exc
        sid = getattr(created, "sid", None)
        if not sid:
            raise TransientChannelError("Twilio accepted the request but returned no SID")
        return DeliveryReceipt(provider_ref=str(sid))


class _IdempotentTransport(HttpClient):  # type: ignore[misc]  # twilio ships no type hints
    """Delegates to the real transport, adding the idempotency token to every request."""

    def __init__(self, inner: Any, token: str) -> None:
        super().__init__(inner.logger, False, inner.timeout)
        self._inner = inner
        self._token = token

    def request(
        self,
        method: str,
        uri: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Any:
        merged = {**(headers or {}), IDEMPOTENCY_HEADER: self._token}
        return self._inner.request(
            method,
            uri,
            params=params,
            data=data,
            headers=merged,
            auth=auth,
            timeout=timeout,
            allow_redirects=allow_redirects,
        )


def _from_twilio(exc: TwilioException) -> ChannelError:
    """Map an API error by HTTP status: 429/5xx retry, other 4xx (bad 'To', auth) do not."""
    status = getattr(exc, "status", None)
    code = getattr(exc, "code", None)
    text = getattr(exc, "msg", None) or getattr(exc, "title", None) or type(exc).__name__
    detail = f"Twilio HTTP {status} (code {code}): {text}"
    if not isinstance(status, int):
        # No status means no answer we understood (e.g. a garbled body): try again later.
        return TransientChannelError(f"Twilio error: {exc!r}")
    if status in _TRANSIENT_STATUSES or status >= 500:
        return TransientChannelError(detail)
    return PermanentChannelError(detail)
