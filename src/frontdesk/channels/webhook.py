"""Write-back to an operator's PMS/CRM: a signed JSON POST to the portfolio's ``writeback_url``.

``OutboundMessage.recipient`` is the URL and ``body`` the JSON text. Each request is signed like
the portal's requests to us (:mod:`frontdesk.web.signing`) and carries ``Idempotency-Key``, so a
resend after a crash can be recognised by the receiver. An unsigned write-back is never sent:
without a secret the row fails with a reason the console shows.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from frontdesk.channels.base import (
    DeliveryReceipt,
    OutboundMessage,
    PermanentChannelError,
    TransientChannelError,
)
from frontdesk.clock import Clock, SystemClock
from frontdesk.signing import signed_headers

IDEMPOTENCY_HEADER = "Idempotency-Key"
# Headers a receiver may use to hand back its own id for what we sent.
RECEIPT_HEADERS = ("X-Request-Id", "X-Receipt-Id")
# Besides 5xx, worth retrying: request timeout and rate limit.
_TRANSIENT_STATUSES = frozenset({408, 429})


class WebhookChannel:
    """POSTs each message to its recipient URL; returns the receiver's id or our key."""

    def __init__(
        self,
        secret_for: Callable[[str], str | None] | None = None,
        timeout: float = 10.0,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
        name: str = "webhook",
    ) -> None:
        self.name = name
        self._secret_for = secret_for
        self._timeout = timeout
        self._client = http_client
        self._clock = clock or SystemClock()

    def send(self, message: OutboundMessage) -> DeliveryReceipt:
        url = message.recipient.strip()
        if not url.startswith(("http://", "https://")):
            raise PermanentChannelError(f"write-back URL must be http(s)://..., got {url!r}")
        body = message.body.encode()
        headers = {
            "Content-Type": "application/json",
            IDEMPOTENCY_HEADER: message.idempotency_key,
            **signed_headers(self._secret(message, url), self._timestamp(), body),
        }
        response = self._post(url, body, headers)
        _raise_for_status(response, url)
        ref = next((response.headers[h] for h in RECEIPT_HEADERS if h in response.headers), None)
        return DeliveryReceipt(provider_ref=ref or message.idempotency_key)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def _secret(self, message: OutboundMessage, url: str) -> str:
        secret = message.metadata.get("secret")
        if not secret and self._secret_for is not None:
            secret = self._secret_for(url)
        if not secret:
            raise PermanentChannelError(
                f"no signing secret for write-back to {url}: set the portfolio's webhook_secret"
            )
        return str(secret)

    def _timestamp(self) -> int:
        # The receiver compares this with its own wall clock, so it is read at send time.
        return int(self._clock.now().timestamp())

    def _post(self, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        if self._client is None:
            self._client = httpx.Client(timeout=self._timeout, follow_redirects=False)
        try:
            return self._client.post(url, content=body, headers=headers, timeout=self._timeout)
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise PermanentChannelError(f"write-back URL {url} is unusable: {exc}") from exc
        except httpx.TransportError as exc:
            # Connection refused, DNS, timeouts, resets: the receiver may be back later.
            raise TransientChannelError(f"write-back to {url} failed: {exc!r}") from exc


def _raise_for_status(response: httpx.Response, url: str) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    detail = f"write-back to {url} answered HTTP {status}: {response.text[:200]}"
    if status in _TRANSIENT_STATUSES or status >= 500:
        raise TransientChannelError(detail)
    # Other 4xx, and 3xx (redirects are not followed: update the writeback_url instead).
    raise PermanentChannelError(detail)
