"""Signed portal webhook → record → outbox, through `frontdesk serve` on 127.0.0.1.

    .venv/bin/python bench/e2e_messages.py --messages 3000 --residents 2000 \
        [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test] [--events 1000000]

For each store: import a synthetic portfolio, start `frontdesk serve` in its own process
(as an operator runs it), POST signed messages over --connections keep-alive connections and
report messages/s; then pad the timeline with filler events up to --events stored events and
measure again (after VACUUM ANALYZE, see ``settle``), to see whether the per-message cost
stays flat as the record grows. With --stored-messages the padding also fills the messages
table (old inbound messages of one other sender, on one closed thread) up to that many rows: the
redelivery check looks every message up by channel and provider id.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import uvloop
from sqlalchemy import func, insert, select, text, update

sys.path.insert(0, str(Path(__file__).parent))

from import_speed import write_portfolio
from scratch import scratch_store

from frontdesk.channels.console import ConsoleChannel
from frontdesk.config import Settings
from frontdesk.connectors.csv_import import import_portfolio
from frontdesk.engine.services import Services, bootstrap
from frontdesk.record.enums import Channel, Direction, ThreadStatus
from frontdesk.record.models import Event, Message, Portfolio, Thread
from frontdesk.signing import signed_headers

SECRET = "bench-secret"
FRONTDESK = Path(sys.executable).parent / "frontdesk"
TEXTS = [
    "the kitchen sink is leaking under the cabinet, not urgent, ok to enter, home after 3",
    "my bathroom fan stopped working",
    "any update on my work order?",
    "what time does the pool open",
    "hay una fuga en el baño, pueden entrar, estoy en casa en la tarde",
    "I already paid rent, this late fee is wrong",
    "smoke detector keeps chirping in the hallway",
    "can I get a new gate remote, mine broke",
    "how do I set up autopay",
    "I'd like to renew my lease for another year",
]


def start_server(
    url: str, log: Path, port: int, access_log: bool, workers: int
) -> subprocess.Popen[bytes]:
    """`frontdesk serve` in its own process, configured through the environment."""
    env = {**os.environ, "FRONTDESK_DATABASE_URL": url, "FRONTDESK_OUTBOX_LOG": str(log)}
    command = [str(FRONTDESK), "serve", "--port", str(port), "--workers", str(workers)]
    if not access_log:
        command.append("--no-access-log")
    server = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit(f"frontdesk serve exited with {server.returncode}") from None
            time.sleep(0.1)
    server.kill()
    raise SystemExit("frontdesk serve did not start within 60 s")


def post_all(port: int, start: int, count: int, residents: int, connections: int) -> float:
    """POST ``count`` signed messages over ``connections`` keep-alive connections; seconds.

    The load generator is a minimal asyncio HTTP/1.1 client (it shares the 2 cores with the
    server, so it must be cheap); every response must be 200 with an outcome, or it stops.
    """
    return uvloop.run(_post_all(port, start, count, residents, connections))


async def _post_all(port: int, start: int, count: int, residents: int, connections: int) -> float:
    numbers = iter(range(start, start + count))

    async def connection() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for n in numbers:
            body = json.dumps(
                {
                    "portfolio": "bench",
                    "message_id": f"m{n}",
                    "resident_id": f"R{n % residents}",
                    "text": TEXTS[n % len(TEXTS)],
                }
            ).encode()
            headers = signed_headers(SECRET, int(time.time()), body)
            head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            request = (
                "POST /api/v1/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n{head}\r\n"
            )
            writer.write(request.encode() + body)
            status, answer = await _response(reader)
            if status != 200 or b'"outcome"' not in answer:
                raise SystemExit(f"message {n}: HTTP {status} {answer[:200]!r}")
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(connections)))
    return time.perf_counter() - started


async def _response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")
    )
    return status, await reader.readexactly(length)


PAD_AT = datetime(2025, 1, 1, tzinfo=UTC)


def pad_events(services: Services, portfolio_id: int, target: int) -> int:
    """Filler events on 100,000 accounts, up to ``target`` stored."""
    return _insert_up_to(
        services,
        Event,
        target,
        lambda n: {
            "portfolio_id": portfolio_id,
            "subject_type": "account",
            "subject_id": n % 100_000,
            "kind": "filler",
            "actor": "bench",
            "reason": "",
            "data": {},
            "policy_version": None,
            "at": PAD_AT,
        },
    )


def pad_messages(services: Services, portfolio_id: int, target: int) -> int:
    """Old inbound SMS messages of one sender on one closed thread, up to ``target`` stored."""
    with services.sessions.begin() as session:
        thread = Thread(
            portfolio_id=portfolio_id,
            channel=Channel.SMS,
            status=ThreadStatus.CLOSED,
            sender="+13125559999",
            created_at=PAD_AT,
            updated_at=PAD_AT,
        )
        session.add(thread)
        session.flush()
        thread_id = thread.id
    return _insert_up_to(
        services,
        Message,
        target,
        lambda n: {
            "thread_id": thread_id,
            "channel": Channel.SMS,
            "direction": Direction.INBOUND,
            "provider_id": f"SMpad{n}",
            "body": "filler",
            "lang": "en",
            "sender": "+13125559999",
            "at": PAD_AT,
        },
    )


def _insert_up_to(
    services: Services,
    model: type[Event] | type[Message],
    target: int,
    row: Callable[[int], dict[str, object]],
) -> int:
    """Insert ``row(n)`` for n from the rows already stored up to ``target``, 50,000 at a time;
    the rows stored in the end."""
    with services.sessions.begin() as session:
        have = session.scalar(select(func.count()).select_from(model)) or 0
    while have < target:
        batch = min(50_000, target - have)
        with services.sessions.begin() as session:
            session.execute(insert(model), [row(have + i) for i in range(batch)])
        have += batch
    return have


def settle(services: Services) -> None:
    """Vacuum and analyse after padding, as a store that grew over months would be: a million
    fresh rows otherwise start PostgreSQL's autovacuum in the middle of the measurement."""
    if services.engine.dialect.name == "postgresql":
        with services.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with services.engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def run(kind: str, postgres_url: str | None, args: argparse.Namespace, folder: Path) -> None:
    with scratch_store(kind, postgres_url) as url, tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "outbox.jsonl"
        services = bootstrap(
            Settings(database_url=url, outbox_log=str(log)),
            channels={n: ConsoleChannel(log) for n in ("sms", "email", "portal", "webhook")},
        )
        import_portfolio(services.sessions, folder, "bench", datetime.now(UTC))
        with services.sessions.begin() as session:
            session.execute(update(Portfolio).values(webhook_secret=SECRET))
            portfolio_id = session.scalars(select(Portfolio.id)).one()
        port = 8700 if kind == "sqlite" else 8701
        workers = 1 if kind == "sqlite" else args.pg_workers
        server = start_server(url, log, port, args.access_log, workers)
        try:
            # warm-up: model load, caches
            post_all(port, 10_000_000, 200, args.residents, args.connections)
            seconds = post_all(port, 0, args.messages, args.residents, args.connections)
            report(kind, args.messages, pad_events(services, portfolio_id, 0), seconds)
            if args.events or args.stored_messages:
                stored = pad_events(services, portfolio_id, args.events)
                messages = (
                    pad_messages(services, portfolio_id, args.stored_messages)
                    if args.stored_messages
                    else 0
                )
                settle(services)
                seconds = post_all(
                    port, args.messages, args.messages, args.residents, args.connections
                )
                report(kind, args.messages, stored, seconds, messages)
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(30)
            services.close()


def report(kind: str, count: int, stored: int, seconds: float, messages: int = 0) -> None:
    also = f" and {messages:,} messages" if messages else ""
    print(
        f"{kind:8} {count} messages with {stored:>9,} events{also} stored: "
        f"{count / seconds:6.0f} msg/s ({1000 * seconds / count:.2f} ms each)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--residents", type=int, default=2000)
    parser.add_argument("--events", type=int, default=0)
    parser.add_argument(
        "--stored-messages",
        type=int,
        default=0,
        help="also pad the messages table to this many rows before the second measurement",
    )
    parser.add_argument("--connections", type=int, default=32, help="concurrent clients")
    parser.add_argument(
        "--access-log",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="serve with uvicorn's per-request access log (the default of frontdesk serve)",
    )
    parser.add_argument(
        "--pg-workers", type=int, default=2, help="frontdesk serve --workers on PostgreSQL"
    )
    parser.add_argument("--postgres-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_portfolio(folder, args.residents)
        run("sqlite", None, args, folder)
        if args.postgres_url:
            run("postgres", args.postgres_url, args, folder)


if __name__ == "__main__":
    main()
