"""Run the web app under uvicorn (what ``frontdesk serve`` calls).

One process serves SQLite (it has one writer). On PostgreSQL ``workers`` > 1 runs several
processes, each with its own group-commit batcher; per-sender locks in the engine keep one
resident's messages in order across them (see ``engine.messages.lock_senders``).
"""

from __future__ import annotations

import uvicorn
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from frontdesk.config import Settings
from frontdesk.engine.services import Services, bootstrap
from frontdesk.web.app import create_app


class ServeError(ValueError):
    """The serve options do not fit the configured store."""


def serve(
    services: Services,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    access_log: bool = True,
    workers: int = 1,
) -> None:
    """Serve until interrupted. Behind a proxy, set FRONTDESK_PUBLIC_BASE_URL for Twilio."""
    if workers < 1:
        raise ServeError("--workers must be at least 1")
    if workers > 1 and make_url(services.settings.database_url).get_backend_name() == "sqlite":
        raise ServeError("SQLite has one writer: serve it with one worker (--workers 1)")
    if workers == 1:
        app: FastAPI | str = create_app(services)
    else:
        services.close()  # each worker process builds its own from the same settings
        app = f"{__name__}:app_from_settings"
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        access_log=access_log,
        workers=workers,
        factory=workers > 1,
    )


def app_from_settings() -> FastAPI:
    """The app for one worker process, built from the environment like the CLI's."""
    return create_app(bootstrap(Settings()))
