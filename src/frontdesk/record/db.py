"""Engines and sessions for both stores; SQLite gets WAL and a busy timeout."""

from __future__ import annotations

import sqlite3
from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Build an engine for ``url``; SQLite files run in WAL mode with foreign keys on."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if make_url(url).get_driver_name() == "psycopg":
        # PostgreSQL's own $1 placeholders, passed through by psycopg's RawCursor. With the
        # default %(name)s style psycopg rewrites every statement into $n form, and a batch's
        # multi-row INSERTs (over 50 parameters) are too long for its cache, so each one was
        # parsed again in Python, for every batch; that was a good part of a message's cost.
        kwargs.setdefault("paramstyle", "numeric_dollar")
        kwargs.setdefault("connect_args", {}).setdefault("cursor_factory", psycopg.RawCursor)
    # No pre-ping: it costs a round trip per transaction; recycle stale connections instead.
    return create_engine(url, pool_recycle=1800, **kwargs)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
