"""Run the web app under uvicorn (what ``frontdesk serve`` calls)."""

from __future__ import annotations

import uvicorn

from frontdesk.engine.services import Services
from frontdesk.web.app import create_app


def serve(services: Services, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted. Behind a proxy, set FRONTDESK_PUBLIC_BASE_URL for Twilio."""
    config = uvicorn.Config(create_app(services), host=host, port=port, log_level="info")
    uvicorn.Server(config).run()
