"""Signed portal messages over real HTTP: only a valid, fresh signature writes anything."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from frontdesk import signing
from frontdesk.engine.services import Services
from frontdesk.record.models import Event, Message, Portfolio, Thread
from frontdesk.web.app import create_app

SECRET = "portal-secret-0123456789"
GLOBEX_SECRET = "globex-secret-9876543210"
URL = "/api/v1/messages"


@pytest.fixture
def acme(services: Services) -> Services:
    """Portfolios ``acme`` and ``globex`` with webhook secrets, and ``bare`` without one."""
    now = services.clock.now()
    with services.sessions.begin() as session:
        session.add(Portfolio(key="acme", name="Acme", webhook_secret=SECRET, created_at=now))
        session.add(
            Portfolio(key="globex", name="Globex", webhook_secret=GLOBEX_SECRET, created_at=now)
        )
        session.add(Portfolio(key="bare", name="Bare", created_at=now))
    return services


@pytest.fixture
def client(acme: Services) -> Iterator[TestClient]:
    with TestClient(create_app(acme)) as test_client:
        yield test_client


@pytest.fixture
def server_url(acme: Services) -> Iterator[str]:
    """The app under a real uvicorn server on a free 127.0.0.1 port, in a thread."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(acme), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            pytest.fail("uvicorn did not start")
        threading.Event().wait(0.01)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def payload(**changes: Any) -> bytes:
    data: dict[str, Any] = {
        "portfolio": "acme",
        "message_id": "pm-123",
        "resident_id": "R-0002",
        "text": "The kitchen sink is leaking under the cabinet",
    }
    data.update(changes)
    return json.dumps({k: v for k, v in data.items() if v is not None}).encode()


def signed(services: Services, body: bytes, secret: str = SECRET, skew: int = 0) -> dict[str, str]:
    timestamp = int(services.clock.now().timestamp()) + skew
    return {"Content-Type": "application/json", **signing.signed_headers(secret, timestamp, body)}


def written(services: Services) -> dict[str, int]:
    with services.sessions() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Message, Event, Thread)
        }


NOTHING = {"messages": 0, "events": 0, "threads": 0}


def test_signed_message_is_received_once_over_a_real_server(
    acme: Services, server_url: str
) -> None:
    body = payload(lang="en")
    with httpx.Client(base_url=server_url) as http:
        first = http.post(URL, content=body, headers=signed(acme, body))
        again = http.post(URL, content=body, headers=signed(acme, body))

    assert first.status_code == 200, first.text
    assert set(first.json()) == {"thread_id", "message_id", "duplicate", "outcome"}
    assert first.json()["duplicate"] is False
    assert again.status_code == 200
    assert again.json()["duplicate"] is True
    assert again.json()["message_id"] == first.json()["message_id"]
    assert written(acme)["messages"] == 1
    with acme.sessions() as session:
        stored = session.scalars(select(Message)).one()
    assert (stored.provider_id, stored.sender) == ("acme:pm-123", "R-0002")


def test_concurrent_posts_are_each_recorded_and_answered(acme: Services, server_url: str) -> None:
    """Many requests at once share batches (group commit) yet each gets its own answer."""
    bodies = [payload(message_id=f"pm-{n}", resident_id=f"R-{n % 5}") for n in range(40)]

    def post(body: bytes) -> httpx.Response:
        with httpx.Client(base_url=server_url) as http:
            return http.post(URL, content=body, headers=signed(acme, body))

    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(post, bodies))
    assert [a.status_code for a in answers] == [200] * 40
    assert len({a.json()["message_id"] for a in answers}) == 40
    assert written(acme)["messages"] == 40
    with acme.sessions() as session:
        stored = set(session.scalars(select(Message.provider_id)))
    assert stored == {f"acme:pm-{n}" for n in range(40)}


def test_same_message_id_from_two_portfolios_is_two_messages(
    acme: Services, client: TestClient
) -> None:
    ours, theirs = payload(), payload(portfolio="globex")

    first = client.post(URL, content=ours, headers=signed(acme, ours))
    second = client.post(URL, content=theirs, headers=signed(acme, theirs, secret=GLOBEX_SECRET))

    assert (first.status_code, second.status_code) == (200, 200), second.text
    assert second.json()["duplicate"] is False
    assert second.json()["thread_id"] != first.json()["thread_id"]
    assert written(acme)["messages"] == 2


def test_wrong_signature_over_a_real_server_is_403_and_writes_nothing(
    acme: Services, server_url: str
) -> None:
    body = payload()
    response = httpx.post(
        server_url + URL, content=body, headers=signed(acme, body, secret="guessed")
    )

    assert response.status_code == 403
    assert written(acme) == NOTHING


def test_body_changed_after_signing_is_403(acme: Services, client: TestClient) -> None:
    headers = signed(acme, payload())

    response = client.post(URL, content=payload(text="Please refund my deposit"), headers=headers)

    assert response.status_code == 403
    assert written(acme) == NOTHING


@pytest.mark.parametrize("skew", [-301, 301, -3600])
def test_stale_or_future_timestamp_is_403(acme: Services, client: TestClient, skew: int) -> None:
    body = payload()

    response = client.post(URL, content=body, headers=signed(acme, body, skew=skew))

    assert response.status_code == 403
    assert "Timestamp" in response.json()["detail"]
    assert written(acme) == NOTHING


@pytest.mark.parametrize(
    "drop_or_replace",
    [
        {signing.TIMESTAMP_HEADER: None},
        {signing.SIGNATURE_HEADER: None},
        {signing.TIMESTAMP_HEADER: "yesterday"},
        {signing.SIGNATURE_HEADER: "md5=abc"},
        {signing.SIGNATURE_HEADER: "sha256=not-hex"},
    ],
)
def test_missing_or_malformed_signature_headers_are_401(
    acme: Services, client: TestClient, drop_or_replace: dict[str, str | None]
) -> None:
    body = payload()
    headers = signed(acme, body)
    for name, value in drop_or_replace.items():
        headers.pop(name)
        if value is not None:
            headers[name] = value

    response = client.post(URL, content=body, headers=headers)

    assert response.status_code == 401
    assert "X-Frontdesk-" in response.json()["detail"]
    assert written(acme) == NOTHING


@pytest.mark.parametrize("portfolio", ["nobody", "bare"])
def test_unknown_portfolio_or_one_without_a_secret_is_403(
    acme: Services, client: TestClient, portfolio: str
) -> None:
    body = payload(portfolio=portfolio)

    response = client.post(URL, content=body, headers=signed(acme, body))

    assert response.status_code == 403
    assert written(acme) == NOTHING


def test_missing_fields_after_a_valid_signature_are_422_naming_them(
    acme: Services, client: TestClient
) -> None:
    body = json.dumps({"portfolio": "acme", "message_id": "pm-9"}).encode()

    response = client.post(URL, content=body, headers=signed(acme, body))

    assert response.status_code == 422
    missing = {tuple(error["loc"]) for error in response.json()["detail"]}
    assert missing == {("resident_id",), ("text",)}
    assert written(acme) == NOTHING


def test_message_id_too_long_for_the_record_is_422(acme: Services, client: TestClient) -> None:
    body = payload(message_id="m" * 96)

    response = client.post(URL, content=body, headers=signed(acme, body))

    assert response.status_code == 422
    assert "message_id" in response.text
    assert written(acme) == NOTHING


def test_body_that_is_not_json_is_422(acme: Services, client: TestClient) -> None:
    body = b"portfolio=acme"

    response = client.post(URL, content=body, headers=signed(acme, body))

    assert response.status_code == 422
    assert "JSON" in response.json()["detail"]
    assert written(acme) == NOTHING


def test_verify_accepts_its_own_signature_within_five_minutes_either_side(
    services: Services,
) -> None:
    now = services.clock.now()
    body = payload()
    for skew in (-300, 0, 300):
        timestamp = int(now.timestamp()) + skew
        assert signing.verify(SECRET, timestamp, body, signing.sign(SECRET, timestamp, body), now)
    stale = int(now.timestamp()) - 301
    assert not signing.verify(SECRET, stale, body, signing.sign(SECRET, stale, body), now)


def test_a_rotated_secret_works_at_once_and_the_old_one_stops_when_the_cache_expires(
    acme: Services,
) -> None:
    app = create_app(acme)
    with TestClient(app) as client:
        first = payload(message_id="pm-1")
        assert client.post(URL, content=first, headers=signed(acme, first)).status_code == 200
        with acme.sessions.begin() as session:
            session.execute(
                update(Portfolio).where(Portfolio.key == "acme").values(webhook_secret="new-one")
            )
        second = payload(message_id="pm-2")
        fresh = client.post(URL, content=second, headers=signed(acme, second, secret="new-one"))
        assert fresh.status_code == 200
        app.state.portal_secrets.ttl = 0  # as if SECRET_CACHE_SECONDS had passed
        third = payload(message_id="pm-3")
        assert client.post(URL, content=third, headers=signed(acme, third)).status_code == 403


def _free_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def _serve_workers(acme: Services, tmp_path: Path, port: int) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of `frontdesk serve --workers 2` on ``acme``'s store."""
    if acme.engine.dialect.name != "postgresql":
        pytest.skip("several server processes are for PostgreSQL (SQLite takes one)")
    env = {
        **os.environ,
        "FRONTDESK_DATABASE_URL": acme.settings.database_url,
        "FRONTDESK_OUTBOX_LOG": str(tmp_path / "outbox.jsonl"),
    }
    frontdesk = Path(sys.executable).parent / "frontdesk"
    return [str(frontdesk), "serve", "--port", str(port), "--workers", "2"], env


def _wait_until_healthy(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail("the server did not start")


def _port_is_closed(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError:
        return True
    return False


def test_several_server_processes_share_the_port_and_record_every_message(
    acme: Services, tmp_path: Path
) -> None:
    """`frontdesk serve --workers 2` on PostgreSQL: two processes, one port, each message
    recorded once; SIGTERM to the supervisor stops them all (nothing left on the port)."""
    port = _free_port()
    command, env = _serve_workers(acme, tmp_path, port)
    server = subprocess.Popen([*command, "--no-access-log"], env=env)
    try:
        _wait_until_healthy(port)
        bodies = [payload(message_id=f"mp-{n}", resident_id=f"R-{n % 4}") for n in range(24)]
        now = int(time.time())  # the server runs on the system clock, not the test's

        def post(body: bytes) -> int:
            headers = {
                "Content-Type": "application/json",
                **signing.signed_headers(SECRET, now, body),
            }
            with httpx.Client(base_url=f"http://127.0.0.1:{port}") as http:
                return http.post(URL, content=body, headers=headers).status_code

        with ThreadPoolExecutor(8) as pool:
            assert list(pool.map(post, bodies)) == [200] * 24
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(60) == 0
    assert written(acme)["messages"] == 24
    assert _port_is_closed(port)


def test_the_supervisor_stops_on_sigint_even_when_started_with_sigint_ignored(
    acme: Services, tmp_path: Path
) -> None:
    """A shell starts background jobs with SIGINT ignored; the supervisor must still stop
    (workers included) when it is sent SIGINT, as uvicorn's single process does."""
    port = _free_port()
    command, env = _serve_workers(acme, tmp_path, port)

    def ignore_sigint() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    server = subprocess.Popen([*command, "--no-access-log"], env=env, preexec_fn=ignore_sigint)
    try:
        _wait_until_healthy(port)
        server.send_signal(signal.SIGINT)
        assert server.wait(60) == 0
    finally:
        if server.poll() is None:
            server.kill()
    assert _port_is_closed(port)


def test_a_server_process_that_cannot_start_fails_the_whole_server(
    acme: Services, tmp_path: Path
) -> None:
    """If the workers cannot take the port, `frontdesk serve --workers 2` exits non-zero
    (a service manager can then restart it) instead of 0."""
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    port = holder.getsockname()[1]
    try:
        command, env = _serve_workers(acme, tmp_path, port)
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    finally:
        holder.close()
    assert done.returncode == 1
    assert "server stopped" in done.stderr


def _children(pid: int) -> list[tuple[int, str]]:
    """Pid and command line of each of a process's children (Linux /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            line = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            found.append((int(child), line))
    return found


def test_one_server_process_understands_messages_in_a_child_process(
    acme: Services, tmp_path: Path
) -> None:
    """`frontdesk serve` with one worker (the SQLite case) starts an intake process beside it
    (engine.intake_process) and records every message through it; it stops with the server."""
    if not sys.platform.startswith("linux"):
        pytest.skip("reads the server's children from /proc")
    port = _free_port()
    env = {
        **os.environ,
        "FRONTDESK_DATABASE_URL": acme.settings.database_url,
        "FRONTDESK_OUTBOX_LOG": str(tmp_path / "outbox.jsonl"),
    }
    frontdesk = Path(sys.executable).parent / "frontdesk"
    command = [str(frontdesk), "serve", "--port", str(port), "--no-access-log"]
    server = subprocess.Popen(command, env=env)
    try:
        _wait_until_healthy(port)
        intake = [pid for pid, c in _children(server.pid) if "spawn_main" in c]
        assert len(intake) == 1, _children(server.pid)
        gas = "I smell rotten eggs by the stove"  # an emergency, from a sender we do not know
        texts = [gas if n % 2 else "The kitchen sink is leaking" for n in range(16)]
        bodies = [
            payload(message_id=f"mi-{n}", resident_id=f"R-{n}", text=t) for n, t in enumerate(texts)
        ]
        now = int(time.time())

        def post(body: bytes) -> str:
            headers = {
                "Content-Type": "application/json",
                **signing.signed_headers(SECRET, now, body),
            }
            with httpx.Client(base_url=f"http://127.0.0.1:{port}") as http:
                answer = http.post(URL, content=body, headers=headers)
            assert answer.status_code == 200
            return str(answer.json()["outcome"])

        with ThreadPoolExecutor(8) as pool:
            outcomes = list(pool.map(post, bodies))
    finally:
        server.send_signal(signal.SIGTERM)
        # uvicorn shuts down cleanly, then re-raises the signal it caught
        assert server.wait(60) in (0, -signal.SIGTERM)
    assert outcomes == ["escalated" if t == gas else "unverified" for t in texts]
    assert written(acme)["messages"] == 16
    assert _port_is_closed(port)
    assert not Path(f"/proc/{intake[0]}").exists(), "the intake process stops with the server"


def test_requests_naming_unknown_portfolios_leave_nothing_cached(acme: Services) -> None:
    """Forged requests for made-up portfolios are refused and not remembered, and an
    over-long portfolio key is refused before any lookup."""
    app = create_app(acme)
    with TestClient(app) as client:
        for n in range(5):
            body = payload(portfolio=f"made-up-{n}")
            assert client.post(URL, content=body, headers=signed(acme, body)).status_code == 403
        body = payload(portfolio="x" * 65)
        answer = client.post(URL, content=body, headers=signed(acme, body))
        assert answer.status_code == 422
        real = payload(message_id="pm-ok")
        assert client.post(URL, content=real, headers=signed(acme, real)).status_code == 200
        assert app.state.portal_secrets.keys() == {"acme"}


def test_the_hot_path_answers_like_the_middleware_stack(acme: Services) -> None:
    """The portal endpoint skips FastAPI's middleware (``FrontdeskApp``); with a middleware
    added it goes through the stack. Both must give the same status and body."""
    body = payload(message_id="pm-stack")
    bad = signed(acme, body, secret="not-the-secret")
    answers = []
    for with_middleware in (False, True):
        app = create_app(acme)
        if with_middleware:
            app.add_middleware(_PassThrough)
        with TestClient(app) as test_client:
            refused = test_client.post(URL, content=body, headers=bad)
            missing = test_client.post(URL, content=body)
        answers.append((refused.status_code, refused.json(), missing.status_code, missing.json()))
    assert answers[0] == answers[1]
    assert answers[0][0] == 403 and answers[0][2] == 401


def test_an_unexpected_error_on_the_hot_path_is_a_500(
    acme: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(acme)

    def broken(*args: object) -> None:
        raise RuntimeError("engine down")

    monkeypatch.setattr(app.state.inbound, "submit", broken)
    body = payload(message_id="pm-broken")
    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.post(URL, content=body, headers=signed(acme, body))
    assert response.status_code == 500


class _PassThrough:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)
