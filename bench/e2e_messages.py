"""Signed portal webhook → record → outbox, through a real uvicorn server on 127.0.0.1.

    .venv/bin/python bench/e2e_messages.py --messages 3000 --residents 2000 \
        [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test] [--events 1000000]

For each store: import a synthetic portfolio, then POST signed messages from 8 client threads
and report messages/s; then pad the timeline with filler events up to --events stored events
and measure again, to see whether the per-message cost stays flat as the record grows.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import func, insert, select, update

sys.path.insert(0, str(Path(__file__).parent))

from import_speed import write_portfolio
from scratch import scratch_store

from frontdesk.channels.console import ConsoleChannel
from frontdesk.config import Settings
from frontdesk.connectors.csv_import import import_portfolio
from frontdesk.engine.services import Services, bootstrap
from frontdesk.record.models import Event, Portfolio
from frontdesk.signing import signed_headers
from frontdesk.web.app import create_app

SECRET = "bench-secret"
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


def start_server(services: Services, port: int) -> uvicorn.Server:
    config = uvicorn.Config(create_app(services), host="127.0.0.1", port=port, log_level="error")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server


def post_all(port: int, start: int, count: int, residents: int) -> float:
    url = f"http://127.0.0.1:{port}/api/v1/messages"

    def one(client: httpx.Client, n: int) -> None:
        body = json.dumps(
            {
                "portfolio": "bench",
                "message_id": f"m{n}",
                "resident_id": f"R{n % residents}",
                "text": TEXTS[n % len(TEXTS)],
            }
        ).encode()
        headers = signed_headers(SECRET, int(time.time()), body)
        response = client.post(url, content=body, headers=headers)
        response.raise_for_status()

    started = time.perf_counter()
    with ThreadPoolExecutor(8) as pool, httpx.Client(timeout=60) as client:
        list(pool.map(lambda n: one(client, n), range(start, start + count)))
    return time.perf_counter() - started


def pad_events(services: Services, portfolio_id: int, target: int) -> int:
    with services.sessions.begin() as session:
        have = session.scalar(select(func.count()).select_from(Event)) or 0
    at = datetime(2025, 1, 1, tzinfo=UTC)
    while have < target:
        batch = min(50_000, target - have)
        rows = [
            {
                "portfolio_id": portfolio_id,
                "subject_type": "account",
                "subject_id": (have + i) % 100_000,
                "kind": "filler",
                "actor": "bench",
                "reason": "",
                "data": {},
                "policy_version": None,
                "at": at,
            }
            for i in range(batch)
        ]
        with services.sessions.begin() as session:
            session.execute(insert(Event), rows)
        have += batch
    return have


def run(kind: str, postgres_url: str | None, args: argparse.Namespace, folder: Path) -> None:
    with scratch_store(kind, postgres_url) as url, tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "outbox.jsonl"
        console = ConsoleChannel(log)
        services = bootstrap(
            Settings(database_url=url, outbox_log=str(log)),
            channels={n: console for n in ("sms", "email", "portal", "webhook")},
        )
        import_portfolio(services.sessions, folder, "bench", datetime.now(UTC))
        with services.sessions.begin() as session:
            session.execute(update(Portfolio).values(webhook_secret=SECRET))
            portfolio_id = session.scalars(select(Portfolio.id)).one()
        port = 8700 if kind == "sqlite" else 8701
        server = start_server(services, port)
        post_all(port, 10_000_000, 50, args.residents)  # warm-up: model load, caches
        seconds = post_all(port, 0, args.messages, args.residents)
        report(kind, args.messages, pad_events(services, portfolio_id, 0), seconds)
        if args.events:
            stored = pad_events(services, portfolio_id, args.events)
            seconds = post_all(port, args.messages, args.messages, args.residents)
            report(kind, args.messages, stored, seconds)
        server.should_exit = True
        services.close()


def report(kind: str, count: int, stored: int, seconds: float) -> None:
    print(
        f"{kind:8} {count} messages with {stored:>9,} events stored: {count / seconds:6.0f} "
        f"msg/s ({1000 * seconds / count:.2f} ms each)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--residents", type=int, default=2000)
    parser.add_argument("--events", type=int, default=0)
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
