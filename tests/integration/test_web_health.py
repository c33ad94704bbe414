"""``/healthz`` answers ok only when the database takes a query."""

from __future__ import annotations

import dataclasses
import socket

from fastapi.testclient import TestClient

from frontdesk.engine.services import Services
from frontdesk.record.db import make_engine, make_sessionmaker
from frontdesk.web.app import create_app


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
