"""How fast the engine records decisions, fires timers and delivers the outbox.

    .venv/bin/python bench/engine_throughput.py --decisions 5000 \
        [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

Each decision is a realistic unit of work: a timeline event, a task with an SLA (so a timer),
and one approved message in the outbox. Prints one line per store and phase.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scratch import scratch_store

from frontdesk.channels.console import ConsoleChannel
from frontdesk.clock import SimClock
from frontdesk.config import Settings
from frontdesk.engine.apply import apply_decision
from frontdesk.engine.outbox import deliver_due
from frontdesk.engine.services import bootstrap
from frontdesk.engine.timers import fire_due
from frontdesk.record.models import Portfolio
from frontdesk.workflows.decision import CreateTask, Decision, RecordEvent, SendMessage, Subject

T0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def decision(portfolio_id: int, i: int) -> Decision:
    rule = {"rule": "bench.rule", "reason": "benchmark"}
    return Decision(
        portfolio_id,
        Subject("thread", i),
        (
            RecordEvent(**rule, kind="bench.received", data={"i": i}),
            CreateTask(
                **rule,
                queue="maintenance",
                kind="work_order",
                title=f"Task {i}",
                sla_due_at=T0 + timedelta(hours=1),
            ),
            SendMessage(
                **rule,
                channel="sms",
                recipient="+13125550142",
                template="staff.task_sla_breached",
                lang="en",
                variables={"task_id": i, "title": "Leak", "queue": "maintenance"},
                idempotency_key=f"bench-{i}",
            ),
        ),
    )


def run(kind: str, postgres_url: str | None, n: int) -> None:
    with scratch_store(kind, postgres_url) as url, tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "outbox.jsonl"
        console = ConsoleChannel(log)
        services = bootstrap(
            Settings(database_url=url, outbox_log=str(log)),
            clock=SimClock(T0),
            channels={"sms": console},
        )
        with services.sessions.begin() as session:
            portfolio = Portfolio(key="bench", name="Bench", created_at=T0)
            session.add(portfolio)
            session.flush()
            portfolio_id = portfolio.id
            policy = services.policies.active(session, portfolio_id)

        started = time.perf_counter()
        for i in range(n):
            apply_decision(services.sessions, decision(portfolio_id, i), T0, policy)
        report("apply", kind, n, time.perf_counter() - started)

        started = time.perf_counter()
        sent = 0
        while (batch := deliver_due(services, T0, limit=500).sent) > 0:
            sent += batch
        report("deliver", kind, sent, time.perf_counter() - started)

        later = T0 + timedelta(hours=2)
        started = time.perf_counter()
        fired = 0
        while (batch := fire_due(services, later, limit=500).fired) > 0:
            fired += batch
        report("fire (SLA breach + page)", kind, fired, time.perf_counter() - started)
        services.close()


def report(phase: str, kind: str, count: int, seconds: float) -> None:
    print(
        f"{kind:8} {phase:26} {count:7d} in {seconds:7.2f} s = {count / seconds:8.0f}/s", flush=True
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decisions", type=int, default=5000)
    parser.add_argument("--postgres-url")
    args = parser.parse_args()
    run("sqlite", None, args.decisions)
    if args.postgres_url:
        run("postgres", args.postgres_url, args.decisions)


if __name__ == "__main__":
    main()
