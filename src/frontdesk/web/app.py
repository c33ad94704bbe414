"""The HTTP edge: signed portal messages, Twilio SMS webhooks and a health check.

Built by :func:`create_app` from the services the composition root made; nothing is created at
import time, and each request reads the clock once (:func:`frontdesk.web.deps.request_now`).
Authenticated messages go through one :class:`InboundBatcher` (group commit), which the app
drains and stops when it shuts down.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.routing import request_response
from starlette.types import Receive, Scope, Send

from frontdesk.engine.batcher import DEFAULT_MAX_BATCH, InboundBatcher
from frontdesk.engine.intake_process import IntakeProcess
from frontdesk.engine.services import Services
from frontdesk.web import health, portal, twilio_sms


class FrontdeskApp(FastAPI):
    """FastAPI, except that ``POST /api/v1/messages`` skips the middleware stack.

    The portal endpoint is the server's hot path, and on 2 cores the generic layers (error
    middleware, telemetry, body limit, exception middleware, exit stacks, routing) cost a
    measurable share of each message. The endpoint enforces its own body limit and raises
    only ``HTTPException``s, answered here by the app's own handler exactly as the stack
    would; anything else reaches uvicorn, which answers 500 and logs it. Every other path
    and method goes through FastAPI as usual.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._portal = request_response(portal.post_message)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["path"] == portal.PATH
            and scope["method"] == "POST"
            and not self.user_middleware
        ):
            scope["app"] = self
            scope["starlette.exception_handlers"] = self._handlers()
            await self._portal(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

    def _handlers(self) -> tuple[dict[Any, Any], dict[int, Any]]:
        """The handlers Starlette's ExceptionMiddleware would put in the scope."""
        by_type = {k: v for k, v in self.exception_handlers.items() if not isinstance(k, int)}
        by_status = {k: v for k, v in self.exception_handlers.items() if isinstance(k, int)}
        return by_type, by_status


def create_app(
    services: Services, max_batch: int = DEFAULT_MAX_BATCH, intake: IntakeProcess | None = None
) -> FastAPI:
    """A FastAPI app serving ``services``; the caller owns (and closes) the services. With
    ``intake``, messages are understood in that child process (the app stops it)."""
    batcher = InboundBatcher(services, max_batch=max_batch, intake=intake)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await run_in_threadpool(batcher.close)

    app = FrontdeskApp(
        title="frontdesk", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan
    )
    app.state.services = services
    app.state.inbound = batcher
    app.state.portal_secrets = portal.SecretCache()
    app.add_route(portal.PATH, portal.post_message, methods=["POST"])  # also in the schema
    app.include_router(twilio_sms.router)
    app.include_router(health.router)
    return app
