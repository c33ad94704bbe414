"""What every request handler shares: the services, the request's ``now``, the raw body."""

from __future__ import annotations

import asyncio
from datetime import datetime

from fastapi import HTTPException, Request

from frontdesk.engine.batcher import InboundBatcher
from frontdesk.engine.inbound import InboundMessage, ReceiveResult
from frontdesk.engine.messages import UnknownDestination
from frontdesk.engine.services import Services

MAX_BODY_BYTES = 256 * 1024


def services_of(request: Request) -> Services:
    """The services the composition root handed to :func:`frontdesk.web.app.create_app`."""
    services: Services = request.app.state.services
    return services


async def get_services(request: Request) -> Services:
    """Dependency form of :func:`services_of` (async: FastAPI would run a plain function in
    its thread pool, a hop that costs more than the lookup)."""
    return services_of(request)


async def request_now(request: Request) -> datetime:
    """The one clock reading for this request; every timestamp it writes comes from it."""
    return services_of(request).clock.now()


async def raw_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body exactly as sent (signatures cover these bytes), refused above ``limit``.

    Called from handlers, not as a dependency (FastAPI would take ``limit`` for a query field).
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> HTTPException:
    return HTTPException(413, f"request body is larger than {limit} bytes")


async def receive_message(
    request: Request, message: InboundMessage, now: datetime
) -> ReceiveResult:
    """Hand an authenticated message to the engine (through the app's batcher) and wait until
    it is recorded; a message for no portfolio we hold is 404."""
    batcher: InboundBatcher = request.app.state.inbound
    try:
        return await asyncio.wrap_future(batcher.submit(message, now))
    except UnknownDestination as exc:
        raise HTTPException(404, str(exc)) from exc
