"""Scratch stores for benchmarks: a temporary SQLite file or a throwaway PostgreSQL database."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from frontdesk.record.db import make_engine
from frontdesk.record.migrate import upgrade


@contextmanager
def scratch_store(kind: str, postgres_url: str | None) -> Iterator[str]:
    """Yield a migrated, empty store URL; it is removed afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'bench.db'}"
            engine = make_engine(url)
            upgrade(engine)
            engine.dispose()
            yield url
        return
    if not postgres_url:
        raise SystemExit("PostgreSQL benchmark needs --postgres-url")
    admin = make_engine(postgres_url, isolation_level="AUTOCOMMIT")
    name = f"frontdesk_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    try:
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
