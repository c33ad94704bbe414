"""Composition root: one place builds the store, channels, clock and handlers from settings.

Tests pass their own clock or channels here instead of patching our code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.channels.base import Channel
from frontdesk.channels.registry import build_channels
from frontdesk.clock import Clock, SystemClock
from frontdesk.config import Settings
from frontdesk.engine.handlers import DEFAULT_HANDLERS, TimerHandler
from frontdesk.engine.policies import PolicyBook
from frontdesk.record.db import make_engine, make_sessionmaker


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    channels: Mapping[str, Channel]
    policies: PolicyBook = field(default_factory=PolicyBook)
    handlers: Mapping[str, TimerHandler] = field(default_factory=lambda: dict(DEFAULT_HANDLERS))

    def close(self) -> None:
        self.engine.dispose()


def bootstrap(
    settings: Settings | None = None,
    *,
    clock: Clock | None = None,
    channels: Mapping[str, Channel] | None = None,
    handlers: Mapping[str, TimerHandler] | None = None,
) -> Services:
    settings = settings or Settings()
    engine = make_engine(settings.database_url)
    return Services(
        settings=settings,
        engine=engine,
        sessions=make_sessionmaker(engine),
        clock=clock or SystemClock(),
        channels=channels if channels is not None else build_channels(settings),
        handlers=handlers if handlers is not None else dict(DEFAULT_HANDLERS),
    )
