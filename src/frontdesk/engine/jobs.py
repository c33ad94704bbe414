"""PostgreSQL fleets: Procrastinate claims and schedules the engine's work across machines.

Every few seconds Procrastinate defers one ``frontdesk.tick`` job (a periodic task is deferred
once per instant however many workers run), one worker takes it and calls ``run_once``. The
timer and outbox rows are still claimed one by one with conditional UPDATEs, so overlapping
ticks on several machines never handle a row twice.
"""

from __future__ import annotations

from typing import Any

import procrastinate
from sqlalchemy.engine import make_url

from frontdesk.engine.services import Services
from frontdesk.engine.worker import run_once

QUEUE = "frontdesk"
TICK_CRON = "* * * * * */5"  # every five seconds (sixth column: seconds)


def conninfo(database_url: str) -> str:
    """Turn our SQLAlchemy URL into the libpq URL Procrastinate's psycopg connector wants."""
    url = make_url(database_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def build_app(services: Services) -> procrastinate.App:
    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(conninfo=conninfo(services.settings.database_url))
    )

    @app.periodic(cron=TICK_CRON, periodic_id="tick")
    @app.task(name="frontdesk.tick", queue=QUEUE, pass_context=False)
    def tick(timestamp: int) -> dict[str, Any]:
        report = run_once(services, services.clock.now())
        return {f: getattr(report, f) for f in report.__dataclass_fields__}

    return app


def ensure_schema(database_url: str) -> bool:
    """Install Procrastinate's tables on first upgrade; returns True when it did."""
    import psycopg

    with psycopg.connect(conninfo(database_url), autocommit=True) as conn:
        exists = conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()
        if exists and exists[0] is not None:
            return False
        conn.execute(procrastinate.schema.SchemaManager.get_schema())
        return True
