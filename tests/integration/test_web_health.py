"""``/healthz`` answers ok only when the database takes a query."""

from __future__ import annotations

import dataclasses
import gc
import socket

import pytest
from fastapi.testclient import TestClient

from frontdesk.engine.services import Services
from frontdesk.intake.model import shipped_model
from frontdesk.record.db import make_engine, make_sessionmaker
from frontdesk.web.app import create_app
from frontdesk.web.serve import ServeError, serve, settle_heap


def test_healthz_is_ok_when_the_database_answers(services: Services) -> None:
    with TestClient(create_app(services)) as client:
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_is_503_when_the_database_is_unreachable(services: Services) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    engine = make_engine(f"postgresql+psycopg://nobody@127.0.0.1:{port}/none")
    down = dataclasses.replace(services, engine=engine, sessions=make_sessionmaker(engine))

    with TestClient(create_app(down)) as client:
        response = client.get("/healthz")
    engine.dispose()

    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"


def test_serve_refuses_several_processes_on_sqlite(services: Services) -> None:
    if services.engine.dialect.name != "sqlite":
        pytest.skip("only SQLite is limited to one server process")
    with pytest.raises(ServeError, match="one worker"):
        serve(services, workers=2)


def test_settle_heap_loads_the_model_and_freezes_what_exists() -> None:
    """Serving starts with the classifier loaded and the long-lived heap out of the collector's
    way (each full collection would otherwise walk the model again)."""
    gc.unfreeze()
    shipped_model()._scorer = None  # as in a fresh server process
    try:
        settle_heap()
        assert gc.get_freeze_count() > 10_000
        assert shipped_model.cache_info().currsize == 1
        assert shipped_model()._scorer is not None, "the scorer is built before serving"
    finally:
        gc.unfreeze()
