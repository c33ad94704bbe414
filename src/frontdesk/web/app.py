"""The HTTP edge: signed portal messages, Twilio SMS webhooks and a health check.

Built by :func:`create_app` from the services the composition root made; nothing is created at
import time, and each request reads the clock once (:func:`frontdesk.web.deps.request_now`).
Authenticated messages go through one :class:`InboundBatcher` (group commit), which the app
drains and stops when it shuts down.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from frontdesk.engine.batcher import DEFAULT_MAX_BATCH, InboundBatcher
from frontdesk.engine.services import Services
from frontdesk.web import health, portal, twilio_sms


def create_app(services: Services, max_batch: int = DEFAULT_MAX_BATCH) -> FastAPI:
    """A FastAPI app serving ``services``; the caller owns (and closes) the services."""
    batcher = InboundBatcher(services, max_batch=max_batch)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await run_in_threadpool(batcher.close)

    app = FastAPI(
        title="frontdesk", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan
    )
    app.state.services = services
    app.state.inbound = batcher
    app.state.portal_secrets = portal.SecretCache()
    app.add_route(portal.PATH, portal.post_message, methods=["POST"])
    app.include_router(twilio_sms.router)
    app.include_router(health.router)
    return app
