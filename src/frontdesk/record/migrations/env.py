"""Alembic environment: runs on a connection handed in by ``frontdesk.record.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from frontdesk.record.db import make_engine
from frontdesk.record.migrate import only_our_tables
from frontdesk.record.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=only_our_tables,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.config.get_main_option("sqlalchemy.url")
    assert url, "sqlalchemy.url is not set"
    with make_engine(url).begin() as conn:
        _run(conn)
