"""Run in a subprocess by test_crash.py: do part of the engine's work, then SIGKILL itself.

Modes:
  after-commit  apply a decision that queues three messages, then die before any delivery.
  after-send    deliver with the real console channel and die right after the second send,
                before the dispatcher can record it as sent.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

from frontdesk.channels.base import DeliveryReceipt, OutboundMessage
from frontdesk.channels.console import ConsoleChannel
from frontdesk.clock import SimClock
from frontdesk.config import Settings
from frontdesk.engine.apply import apply_decision
from frontdesk.engine.outbox import deliver_due
from frontdesk.engine.services import bootstrap
from frontdesk.policy import default_policy
from frontdesk.workflows.decision import Decision, SendMessage, Subject

NOW = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
KEYS = ("crash-1", "crash-2", "crash-3")


class DieAfterSends:
    """The real console channel, but the process is killed after ``n`` sends."""

    name = "sms"

    def __init__(self, inner: ConsoleChannel, n: int) -> None:
        self.inner = inner
        self.left = n

    def send(self, message: OutboundMessage) -> DeliveryReceipt:
        receipt = self.inner.send(message)
        self.left -= 1
        if self.left == 0:
            os.kill(os.getpid(), signal.SIGKILL)
        return receipt


def main(mode: str, db_url: str, log: str, portfolio_id: int) -> None:
    settings = Settings(database_url=db_url, outbox_log=log)
    console = ConsoleChannel(Path(log))
    services = bootstrap(settings, clock=SimClock(NOW), channels={"sms": DieAfterSends(console, 2)})
    if mode == "after-commit":
        actions = tuple(
            SendMessage(
                rule="test.crash",
                reason="crash test",
                channel="sms",
                recipient="+13125550142",
                template="staff.task_sla_breached",
                lang="en",
                variables={"task_id": 1, "title": "Leak", "queue": "maintenance"},
                idempotency_key=key,
            )
            for key in KEYS
        )
        apply_decision(
            services.sessions,
            Decision(portfolio_id, Subject("task", 1), actions),
            NOW,
            default_policy(),
        )
        os.kill(os.getpid(), signal.SIGKILL)
    deliver_due(services, NOW)
    raise SystemExit("the channel should have killed this process")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
