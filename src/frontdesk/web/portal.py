"""``POST /api/v1/messages``: a resident's message from the operator's portal, signed per portfolio.

Order of checks (nothing is written unless all pass): signature headers present and well formed
(401), timestamp fresh (403), body names a portfolio (422), that portfolio has a secret and the
signature matches it (403), then the full body is validated (422) and handed to the engine.
"""

from __future__ import annotations

import json
import logging
import math
import time
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from frontdesk import signing
from frontdesk.engine.inbound import InboundMessage
from frontdesk.engine.services import Services
from frontdesk.record.models import Portfolio
from frontdesk.web.deps import raw_body, receive_message, services_of

log = logging.getLogger(__name__)
PATH = "/api/v1/messages"

PROVIDER_ID_MAX = 100  # the messages.provider_id column
PORTFOLIO_KEY_MAX = 64  # the portfolios.key column
SECRET_CACHE_SECONDS = 10.0
# One answer for every authentication failure after the headers parse, so a caller cannot
# tell an unknown portfolio from a wrong secret; the server log says which it was.
FORBIDDEN = "signature does not verify for this portfolio (check the secret and the raw body)"


class PortalMessageIn(BaseModel):
    """The portal's message, as documented in the README."""

    model_config = ConfigDict(extra="ignore")

    portfolio: str = Field(min_length=1, max_length=PORTFOLIO_KEY_MAX)
    message_id: str = Field(min_length=1, max_length=100)
    resident_id: str = Field(min_length=1, max_length=320)
    text: str = Field(min_length=1, max_length=20_000)
    lang: str | None = Field(default=None, min_length=2, max_length=8)
    thread_id: int | None = Field(default=None, gt=0)

    @property
    def provider_id(self) -> str:
        """Portal ids are unique per portfolio only; the record dedupes them across all."""
        return f"{self.portfolio}:{self.message_id}"

    @model_validator(mode="after")
    def _provider_id_fits(self) -> PortalMessageIn:
        if len(self.provider_id) > PROVIDER_ID_MAX:
            limit = PROVIDER_ID_MAX - 1
            raise ValueError(f"portfolio and message_id together may have {limit} characters")
        return self


class ReceivedOut(BaseModel):
    thread_id: int
    message_id: int
    duplicate: bool
    outcome: str


async def post_message(request: Request) -> JSONResponse:
    """The endpoint, as a plain Starlette route: the hottest path in the server skips
    FastAPI's dependency solving and response-model validation (a measurable share of its
    CPU); it validates its body itself and answers the same JSON and status codes."""
    services = services_of(request)
    now = services.clock.now()
    headers = _signature_headers(request)
    if not signing.is_fresh(headers.timestamp, now):
        raise HTTPException(
            403, f"{signing.TIMESTAMP_HEADER} is more than {signing.MAX_SKEW_SECONDS}s from now"
        )
    body = await raw_body(request)
    key = _portfolio_key(body)
    secrets: SecretCache = request.app.state.portal_secrets

    def verifies(secret: str | None) -> bool:
        if not secret:
            return False
        return signing.verify(secret, headers.timestamp, body, headers.signature, now)

    secret = secrets.cached(key)
    if not verifies(secret):
        # Not cached, stale, or just rotated: read the record before refusing.
        secret = await run_in_threadpool(secrets.load, services, key)
        if not verifies(secret):
            log.warning("portal message refused for %r: %s", key, _why(secret))
            raise HTTPException(403, FORBIDDEN)
    message = _inbound(_validated(body))
    result = await receive_message(request, message, now)
    out = ReceivedOut(
        thread_id=result.thread_id,
        message_id=result.message_id,
        duplicate=result.duplicate,
        outcome=result.outcome,
    )
    return JSONResponse(out.model_dump())


def _signature_headers(request: Request) -> signing.SignatureHeaders:
    try:
        return signing.parse_headers(
            request.headers.get(signing.TIMESTAMP_HEADER),
            request.headers.get(signing.SIGNATURE_HEADER),
        )
    except signing.SignatureHeaderError as exc:
        raise HTTPException(401, str(exc)) from exc


def _portfolio_key(body: bytes) -> str:
    """The portfolio named in the body: its secret is the one the signature must match."""
    try:
        data: Any = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HTTPException(422, f"body is not valid JSON: {exc}") from exc
    key = data.get("portfolio") if isinstance(data, dict) else None
    if not isinstance(key, str) or not key or len(key) > PORTFOLIO_KEY_MAX:
        limit = f"1-{PORTFOLIO_KEY_MAX} characters"
        raise HTTPException(422, f"body must be a JSON object with a 'portfolio' key of {limit}")
    return key


class SecretCache:
    """Portfolio webhook secrets, kept for ``ttl`` seconds so a busy portal does not cost a
    database read per request. A signature that fails against the cached secret is checked
    against the record before it is refused, so a new secret works at once; an old secret
    keeps working for at most ``ttl`` seconds after it is replaced."""

    def __init__(self, ttl: float = SECRET_CACHE_SECONDS) -> None:
        self.ttl = ttl
        self._secrets: dict[str, tuple[str | None, float]] = {}

    def cached(self, key: str) -> str | None:
        secret, read_at = self._secrets.get(key, (None, -math.inf))
        return secret if time.monotonic() - read_at < self.ttl else None

    def keys(self) -> set[str]:
        """The portfolios whose secret is held (for tests and diagnostics)."""
        return set(self._secrets)

    def load(self, services: Services, key: str) -> str | None:
        """Read the secret from the record. Only secrets that exist are kept, so the cache
        holds at most one entry per portfolio whatever unsigned requests name."""
        with services.sessions() as session:
            secret = session.scalars(
                select(Portfolio.webhook_secret).filter_by(key=key)
            ).one_or_none()
        if secret:
            self._secrets[key] = (secret, time.monotonic())
        else:
            self._secrets.pop(key, None)
        return secret


def _why(secret: str | None) -> str:
    if not secret:
        return "unknown portfolio, or its webhook_secret is not set"
    return "signature mismatch"


def _validated(body: bytes) -> PortalMessageIn:
    try:
        return PortalMessageIn.model_validate_json(body)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        raise HTTPException(422, errors) from exc


def _inbound(data: PortalMessageIn) -> InboundMessage:
    """A signed portal request vouches for the resident: the portal has logged them in."""
    return InboundMessage(
        channel="portal",
        provider_id=data.provider_id,
        sender=data.resident_id,
        body=data.text,
        portfolio_key=data.portfolio,
        lang_hint=data.lang,
        thread_ref=data.thread_id,
        verified=True,
    )
