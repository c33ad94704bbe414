"""Parsers for single CSV cells; each returns the typed value or raises ValueError with a reason.

Money is parsed with Decimal into integer cents and never passes through a float.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from frontdesk.phones import to_e164
from frontdesk.record.enums import LeaseStatus

_MONEY = re.compile(r"^(?P<neg>-)?\$?(?P<num>([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]*)?|\.[0-9]+)$")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRUE = {"yes", "y", "true", "t", "1"}
_FALSE = {"no", "n", "false", "f", "0"}
_LANGUAGES = {"en": "en", "english": "en", "es": "es", "spanish": "es", "español": "es"}
_LANGUAGES["espanol"] = "es"
_STATUSES = {s.value: s for s in LeaseStatus} | {
    "current": LeaseStatus.ACTIVE,
    "former": LeaseStatus.PAST,
    "notice given": LeaseStatus.NOTICE,
}


def text(raw: str) -> str:
    return raw


@lru_cache(maxsize=4096)
def money(raw: str) -> int:
    """``1,234.50``, ``$1234.5``, ``-12``, ``(12.00)`` → cents."""
    value = raw.replace(" ", "")
    negative = value.startswith("(") and value.endswith(")")
    if negative:
        value = value[1:-1]
    match = _MONEY.match(value)
    if match is None:
        raise ValueError(f"not a money amount: {raw!r}")
    try:
        amount = Decimal(match["num"].replace(",", ""))
    except InvalidOperation as exc:
        raise ValueError(f"not a money amount: {raw!r}") from exc
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"more than two decimal places: {raw!r}")
    cents = int(amount * 100)
    return -cents if negative or match["neg"] else cents


def non_negative_money(raw: str) -> int:
    cents = money(raw)
    if cents < 0:
        raise ValueError(f"must not be negative: {raw!r}")
    return cents


def positive_money(raw: str) -> int:
    cents = money(raw)
    if cents <= 0:
        raise ValueError(f"must be more than zero: {raw!r}")
    return cents


def whole_number(raw: str) -> int:
    """A count such as bedrooms or square feet; ``1,050`` and ``2.0`` are accepted."""
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation as exc:
        raise ValueError(f"not a whole number: {raw!r}") from exc
    if value != value.to_integral_value() or value < 0:
        raise ValueError(f"not a whole number: {raw!r}")
    return int(value)


def bath_count(raw: str) -> float:
    """Bathrooms come in halves (``1.5``); anything else is a typo."""
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation as exc:
        raise ValueError(f"not a bathroom count: {raw!r}") from exc
    if value < 0 or (value * 2) != (value * 2).to_integral_value():
        raise ValueError(f"not a bathroom count (whole or half): {raw!r}")
    return float(value)


@lru_cache(maxsize=4096)
def day(raw: str) -> date:
    """ISO ``2026-03-01`` or US ``03/01/2026``."""
    us = _US_DATE.match(raw)
    try:
        if us:
            return date(int(us[3]), int(us[1]), int(us[2]))
        if _ISO_DATE.match(raw):
            return date.fromisoformat(raw)
    except ValueError:
        pass
    raise ValueError(f"not a date (use 2026-03-01 or 03/01/2026): {raw!r}")


def flag(raw: str) -> bool:
    lowered = raw.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"not yes/no: {raw!r}")


def timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"not an IANA timezone: {raw!r}") from exc
    return raw


def language(raw: str) -> str:
    code = _LANGUAGES.get(raw.lower())
    if code is None:
        raise ValueError(f"not a supported language (en or es): {raw!r}")
    return code


def lease_status(raw: str) -> LeaseStatus:
    status = _STATUSES.get(" ".join(raw.lower().split()))
    if status is None:
        raise ValueError(f"not a lease status (future, active, notice, past): {raw!r}")
    return status


def email(raw: str) -> str:
    lowered = raw.lower()
    if not _EMAIL.match(lowered):
        raise ValueError(f"not an email address: {raw!r}")
    return lowered


def phone_parser(region: str) -> Callable[[str], str]:
    """A parser turning national or international phone numbers into E.164."""

    def parse(raw: str) -> str:
        return to_e164(raw, region)

    return parse


def split_list(raw: str) -> list[str]:
    """Semicolon-separated values, blanks dropped, order kept, duplicates removed."""
    return list(dict.fromkeys(part.strip() for part in raw.split(";") if part.strip()))


def list_of(parse: Callable[[str], str]) -> Callable[[str], list[str]]:
    def parse_all(raw: str) -> list[str]:
        return list(dict.fromkeys(parse(part) for part in split_list(raw)))

    return parse_all
