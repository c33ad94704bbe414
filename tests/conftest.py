"""Shared fixtures: a migrated store on SQLite (always) and PostgreSQL (when configured).

``FRONTDESK_TEST_POSTGRES_URL`` names a server database we may create databases from; each test
run gets its own throwaway database so nothing leaks between runs. When the variable is unset
the PostgreSQL cases skip and say so; when it is set and the server is down they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import SimClock
from frontdesk.config import Settings
from frontdesk.engine.services import Services, bootstrap
from frontdesk.record.db import make_engine, make_sessionmaker
from frontdesk.record.migrate import upgrade
from frontdesk.record.models import Base

POSTGRES_URL = os.environ.get("FRONTDESK_TEST_POSTGRES_URL")
T0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """Create a fresh PostgreSQL database for this test session and drop it afterwards."""
    if not POSTGRES_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: FRONTDESK_TEST_POSTGRES_URL is unset")
        pytest.skip("PostgreSQL tests need FRONTDESK_TEST_POSTGRES_URL (set by .ci/run; README)")
    admin = make_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"frontdesk_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_all(engine: Engine) -> None:
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty store; every test using it runs once per store."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'frontdesk.db'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
        return
    url = request.getfixturevalue("postgres_database")
    engine = make_engine(url)
    _truncate_all(engine)
    engine.dispose()
    yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_sessionmaker(engine)


@pytest.fixture
def portfolio_id(sessions: sessionmaker[Session]) -> int:
    """An empty portfolio to hang test rows on."""
    from frontdesk.record.models import Portfolio

    with sessions.begin() as session:
        portfolio = Portfolio(key="acme", name="Acme Homes", created_at=T0)
        session.add(portfolio)
        session.flush()
        return portfolio.id


@pytest.fixture
def services(db_url: str, tmp_path: Path) -> Iterator[Services]:
    """The engine's composition root on the test store, a simulated clock at T0, and the
    real console channel writing to a temporary file for every channel name."""
    from frontdesk.channels.console import ConsoleChannel

    settings = Settings(database_url=db_url, outbox_log=str(tmp_path / "outbox.jsonl"))
    console = ConsoleChannel(Path(settings.outbox_log))
    built = bootstrap(
        settings,
        clock=SimClock(T0),
        channels={name: console for name in ("console", "sms", "email", "webhook")},
    )
    yield built
    built.close()


MAPLE_LINE = "+13125550142"


@pytest.fixture
def maple_line(services: Services) -> int:
    """Portfolio ``acme`` with one property, Maple Court, whose tracking number is
    ``MAPLE_LINE`` (texts to it reach that portfolio); returns the property's id."""
    from frontdesk.record.models import Portfolio, Property, PropertyPhone

    with services.sessions.begin() as session:
        portfolio = Portfolio(key="acme", name="Acme", created_at=services.clock.now())
        session.add(portfolio)
        session.flush()
        prop = Property(
            portfolio_id=portfolio.id,
            external_id="MAPLE",
            name="Maple Court",
            timezone="America/Chicago",
            address="1 Maple",
            aliases=[],
        )
        session.add(prop)
        session.flush()
        session.add(PropertyPhone(property_id=prop.id, e164=MAPLE_LINE))
        return prop.id
