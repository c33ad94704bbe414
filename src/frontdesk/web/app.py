"""The HTTP edge: signed portal messages, Twilio SMS webhooks and a health check.

Built by :func:`create_app` from the services the composition root made; nothing is created at
import time, and each request reads the clock once (:func:`frontdesk.web.deps.request_now`).
"""

from __future__ import annotations

from fastapi import FastAPI

from frontdesk.engine.services import Services
from frontdesk.web import health, portal, twilio_sms


def create_app(services: Services) -> FastAPI:
    """A FastAPI app serving ``services``; the caller owns (and closes) the services."""
    app = FastAPI(title="frontdesk", version="0.1.0", docs_url=None, redoc_url=None)
    app.state.services = services
    app.include_router(portal.router)
    app.include_router(twilio_sms.router)
    app.include_router(health.router)
    return app
