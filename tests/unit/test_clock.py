"""The simulated clock moves only forward and only when told to."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from frontdesk.clock import SimClock, SystemClock, ensure_utc

T = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def test_sim_clock_jumps_forward_but_never_back() -> None:
    clock = SimClock(T)
    assert clock.jump_to(T + timedelta(hours=2)) == T + timedelta(hours=2)
    assert clock.jump_to(T) == T + timedelta(hours=2)
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(timedelta(seconds=-1))


def test_naive_times_are_refused_and_offsets_normalised() -> None:
    with pytest.raises(ValueError, match="naive"):
        ensure_utc(datetime(2026, 3, 2, 9, 0))
    chicago_winter = timezone(timedelta(hours=-6))
    assert ensure_utc(datetime(2026, 3, 2, 8, 0, tzinfo=chicago_winter)) == T


def test_system_clock_is_aware_utc() -> None:
    assert SystemClock().now().tzinfo is UTC
