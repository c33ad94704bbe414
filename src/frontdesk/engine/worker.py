"""Run the engine's two one-step functions until there is nothing due.

``run_once`` is what every runner calls: the in-process loop (SQLite and single-machine
deployments), the Procrastinate job (PostgreSQL fleets) and the simulator.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from frontdesk.engine.outbox import deliver_due
from frontdesk.engine.services import Services
from frontdesk.engine.timers import fire_due

MAX_ROUNDS = 1000


@dataclass
class RunReport:
    timers_fired: int = 0
    timers_failed: int = 0
    messages_sent: int = 0
    messages_retried: int = 0
    messages_failed: int = 0

    def add(self, other: RunReport) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def busy(self) -> bool:
        return any(getattr(self, n) for n in self.__dataclass_fields__)


def run_once(services: Services, now: datetime, batch: int = 200) -> RunReport:
    """Fire due timers, then deliver due messages, batch after batch, until both are idle."""
    report = RunReport()
    for _ in range(MAX_ROUNDS):
        ticks = fire_due(services, now, batch)
        sent = deliver_due(services, now, batch)
        report.add(
            RunReport(
                timers_fired=ticks.fired,
                timers_failed=ticks.failed,
                messages_sent=sent.sent,
                messages_retried=sent.retried,
                messages_failed=sent.failed,
            )
        )
        if ticks.touched < batch and sent.touched < batch:
            break
    return report


def run_forever(
    services: Services,
    stop: threading.Event,
    on_report: Callable[[RunReport], None] | None = None,
) -> None:
    """The in-process worker loop: poll, run what is due, sleep, until ``stop`` is set."""
    while not stop.is_set():
        report = run_once(services, services.clock.now())
        if on_report is not None and report.busy:
            on_report(report)
        stop.wait(services.settings.worker_poll_seconds)
