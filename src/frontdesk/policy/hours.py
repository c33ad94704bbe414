"""Local clock times as policies write them, and holiday calendars for office hours.

Pure apart from a memo: the ``holidays`` package computes dates from rules, no network.
"""

from __future__ import annotations

import re
from datetime import date, time
from functools import lru_cache
from typing import Annotated

import holidays
from pydantic import BeforeValidator, PlainSerializer

_CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?")


def parse_clock(value: object) -> time:
    """Read a 24-hour "HH:MM" (seconds optional); anything else is a validation error."""
    if isinstance(value, time):
        return value
    match = _CLOCK.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f'must be a 24-hour time like "21:00", got {value!r}')
    return time(int(match[1]), int(match[2]), int(match[3] or 0))


def format_clock(value: time) -> str:
    """Back to the "HH:MM" a policy author wrote, so dumps and hashes read naturally."""
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


ClockTime = Annotated[
    time, BeforeValidator(parse_clock), PlainSerializer(format_clock, return_type=str)
]


@lru_cache(maxsize=512)
def _calendar(country: str, subdivision: str | None, year: int) -> tuple[tuple[date, str], ...]:
    found = holidays.country_holidays(country, subdiv=subdivision, years=year)
    return tuple(sorted(found.items()))


def public_holidays(country: str, subdivision: str | None, year: int) -> dict[date, str]:
    """The public holidays (with their names) of one year, including observed days."""
    return dict(_calendar(country, subdivision, year))


def calendar_problem(country: str, subdivision: str | None) -> str | None:
    """Why ``country``/``subdivision`` is not a calendar the holidays package knows, else None."""
    supported: dict[str, list[str]] = holidays.list_supported_countries()
    if country not in supported:
        return f"unknown holiday country '{country}' (use an ISO 3166 code such as US, CA, MX)"
    if subdivision is None:
        return None
    subdivisions = supported[country]
    if subdivision not in subdivisions:
        examples = ", ".join(subdivisions[:5]) or "none exist"
        return f"'{subdivision}' is not a subdivision of {country} (e.g. {examples})"
    try:
        holidays.country_holidays(country, subdiv=subdivision)
    except (NotImplementedError, KeyError, ValueError) as exc:
        return f"holiday calendar {country}/{subdivision} is not available ({exc})"
    return None
