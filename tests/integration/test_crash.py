"""A worker killed with SIGKILL between commit and send, or between send and recording,
still leads to exactly one delivery per idempotency key."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from frontdesk.channels.console import read_deliveries
from frontdesk.engine.outbox import deliver_due
from frontdesk.engine.services import Services
from frontdesk.record.enums import OutboxStatus
from frontdesk.record.models import OutboxItem

SCRIPT = Path(__file__).with_name("crash_worker.py")
KEYS = ["crash-1", "crash-2", "crash-3"]


def run_until_killed(mode: str, services: Services, portfolio_id: int) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            mode,
            services.settings.database_url,
            services.settings.outbox_log,
            str(portfolio_id),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr


def statuses(services: Services) -> dict[str, OutboxStatus]:
    with services.sessions() as session:
        return {i.idempotency_key: i.status for i in session.scalars(select(OutboxItem))}


def test_killed_after_commit_before_send_delivers_each_message_once(
    services: Services, portfolio_id: int
) -> None:
    run_until_killed("after-commit", services, portfolio_id)
    assert statuses(services) == dict.fromkeys(KEYS, OutboxStatus.PENDING)
    assert read_deliveries(services.settings.outbox_log) == []
    report = deliver_due(services, services.clock.now())
    assert report.sent == 3
    keys = [row["idempotency_key"] for row in read_deliveries(services.settings.outbox_log)]
    assert sorted(keys) == KEYS


def test_killed_between_send_and_record_never_sends_twice(
    services: Services, portfolio_id: int
) -> None:
    run_until_killed("after-commit", services, portfolio_id)
    run_until_killed("after-send", services, portfolio_id)
    # two messages reached the channel; the dead worker recorded only the first as sent
    delivered = [r["idempotency_key"] for r in read_deliveries(services.settings.outbox_log)]
    assert len(delivered) == 2
    assert sorted(statuses(services).values()) == sorted(
        [OutboxStatus.SENT, OutboxStatus.PENDING, OutboxStatus.PENDING]
    )
    now = services.clock.now()
    # while the dead worker's lease holds, nobody touches the rows it had claimed
    assert deliver_due(services, now).touched == 0
    lease_over = now + timedelta(seconds=services.settings.claim_lease_seconds + 1)
    assert deliver_due(services, lease_over).sent == 2
    keys = [r["idempotency_key"] for r in read_deliveries(services.settings.outbox_log)]
    assert sorted(keys) == KEYS  # each exactly once
    assert set(statuses(services).values()) == {OutboxStatus.SENT}
