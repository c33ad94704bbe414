"""Time as a value: business code receives ``now`` from a Clock read once at the edge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can say what time it is (always timezone-aware UTC)."""

    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock, for the worker, the web app and the CLI."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class SimClock:
    """A clock that only moves when told to; simulations jump it to the next due work."""

    def __init__(self, start: datetime) -> None:
        self._now = ensure_utc(start)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> datetime:
        if delta < timedelta(0):
            raise ValueError("a simulated clock never runs backwards")
        self._now += delta
        return self._now

    def jump_to(self, when: datetime) -> datetime:
        """Move to ``when`` unless it is in the past (then stay put)."""
        when = ensure_utc(when)
        if when > self._now:
            self._now = when
        return self._now


def ensure_utc(value: datetime) -> datetime:
    """Refuse naive datetimes: every stored time is timezone-aware UTC."""
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value.isoformat()} given; times must be timezone-aware")
    return value.astimezone(UTC)
