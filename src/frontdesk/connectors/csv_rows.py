"""The row schema of each export file and turning raw cells into typed rows.

Blank optional cells become ``None`` (or an empty list); blank required cells are errors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from frontdesk.connectors import csv_values as v
from frontdesk.connectors.csv_read import RawFile
from frontdesk.connectors.import_errors import RowError
from frontdesk.record.enums import LeaseStatus


@dataclass(frozen=True)
class Col:
    name: str
    parse: Callable[[str], Any]
    required: bool = False
    many: bool = False


@dataclass(frozen=True)
class PropertyRow:
    line: int
    external_id: str
    name: str
    timezone: str
    address: str
    aliases: list[str]
    phone_numbers: list[str]
    owner_id: str | None
    owner_name: str | None
    owner_email: str | None


@dataclass(frozen=True)
class UnitRow:
    line: int
    external_id: str
    property_id: str
    unit_number: str
    bedrooms: int | None
    bathrooms: float | None
    square_feet: int | None
    market_rent: int | None


@dataclass(frozen=True)
class ResidentRow:
    line: int
    external_id: str
    first_name: str
    last_name: str
    phone: str | None
    email: str | None
    preferred_language: str | None
    sms_consent: bool | None
    email_consent: bool | None
    sms_opt_out: bool | None
    email_opt_out: bool | None


@dataclass(frozen=True)
class LeaseRow:
    line: int
    external_id: str
    unit_id: str
    resident_ids: list[str]
    status: LeaseStatus
    start_date: date
    end_date: date | None
    rent: int


@dataclass(frozen=True)
class BalanceRow:
    line: int
    lease_id: str
    as_of: date
    balance: int
    aged_0_30: int | None
    aged_31_60: int | None
    aged_61_90: int | None
    aged_90_plus: int | None
    oldest_due_date: date | None


@dataclass(frozen=True)
class PaymentRow:
    line: int
    external_id: str
    lease_id: str
    amount: int
    posted_on: date
    method: str | None
    memo: str | None


BUCKETS = ("aged_0_30", "aged_31_60", "aged_61_90", "aged_90_plus")


def schemas(region: str) -> dict[str, tuple[Col, ...]]:
    """Every file's columns; phone numbers are read with ``region`` as the default country."""
    phone = v.phone_parser(region)
    return {
        "properties.csv": (
            Col("external_id", v.text, required=True),
            Col("name", v.text, required=True),
            Col("timezone", v.timezone, required=True),
            Col("address", v.text, required=True),
            Col("aliases", v.split_list, many=True),
            Col("phone_numbers", v.list_of(phone), many=True),
            Col("owner_id", v.text),
            Col("owner_name", v.text),
            Col("owner_email", v.email),
        ),
        "units.csv": (
            Col("external_id", v.text, required=True),
            Col("property_id", v.text, required=True),
            Col("unit_number", v.text, required=True),
            Col("bedrooms", v.whole_number),
            Col("bathrooms", v.bath_count),
            Col("square_feet", v.whole_number),
            Col("market_rent", v.non_negative_money),
        ),
        "residents.csv": (
            Col("external_id", v.text, required=True),
            Col("first_name", v.text, required=True),
            Col("last_name", v.text, required=True),
            Col("phone", phone),
            Col("email", v.email),
            Col("preferred_language", v.language),
            Col("sms_consent", v.flag),
            Col("email_consent", v.flag),
            Col("sms_opt_out", v.flag),
            Col("email_opt_out", v.flag),
        ),
        "leases.csv": (
            Col("external_id", v.text, required=True),
            Col("unit_id", v.text, required=True),
            Col("resident_ids", v.split_list, required=True, many=True),
            Col("status", v.lease_status, required=True),
            Col("start_date", v.day, required=True),
            Col("end_date", v.day),
            Col("rent", v.non_negative_money, required=True),
        ),
        "balances.csv": (
            Col("lease_id", v.text, required=True),
            Col("as_of", v.day, required=True),
            Col("balance", v.money, required=True),
            *(Col(bucket, v.money) for bucket in BUCKETS),
            Col("oldest_due_date", v.day),
        ),
        "payments.csv": (
            Col("external_id", v.text, required=True),
            Col("lease_id", v.text, required=True),
            Col("amount", v.positive_money, required=True),
            Col("posted_on", v.day, required=True),
            Col("method", v.text),
            Col("memo", v.text),
        ),
    }


ROW_TYPES: dict[str, type[Any]] = {
    "properties.csv": PropertyRow,
    "units.csv": UnitRow,
    "residents.csv": ResidentRow,
    "leases.csv": LeaseRow,
    "balances.csv": BalanceRow,
    "payments.csv": PaymentRow,
}

R = TypeVar("R")


def parse_rows(raw: RawFile, cols: Sequence[Col], row_type: Callable[..., R]) -> list[R]:
    """Typed rows of ``raw``; every bad cell and failed row check is added to ``raw.errors``."""
    rows: list[R] = []
    for line, cells in raw.rows:
        values, errors = _parse_cells(raw.name, line, cells, cols)
        raw.errors.extend(errors)
        if errors:
            continue
        row = row_type(line=line, **values)
        problems = [RowError(raw.name, line, c, r) for c, r in _row_problems(row)]
        raw.errors.extend(problems)
        if not problems:
            rows.append(row)
    return rows


def _parse_cells(
    file: str, line: int, cells: dict[str, str], cols: Sequence[Col]
) -> tuple[dict[str, Any], list[RowError]]:
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    for col in cols:
        cell = cells.get(col.name, "")
        if not cell:
            values[col.name] = [] if col.many else None
            if col.required:
                errors.append(RowError(file, line, col.name, "required value is missing"))
            continue
        try:
            values[col.name] = col.parse(cell)
        except ValueError as exc:
            errors.append(RowError(file, line, col.name, str(exc)))
    return values, errors


def _row_problems(row: object) -> list[tuple[str, str]]:
    """Checks across the cells of one row: owners named, dates ordered, buckets adding up."""
    if isinstance(row, PropertyRow):
        return _owner_problems(row)
    if isinstance(row, LeaseRow) and row.end_date and row.end_date < row.start_date:
        return [("end_date", f"ends {row.end_date} before it starts {row.start_date}")]
    if isinstance(row, BalanceRow):
        return _bucket_problems(row)
    return []


def _owner_problems(row: PropertyRow) -> list[tuple[str, str]]:
    if row.owner_id and not row.owner_name:
        return [("owner_name", "required when owner_id is given")]
    if not row.owner_id and (row.owner_name or row.owner_email):
        return [("owner_id", "required when owner_name or owner_email is given")]
    return []


def _bucket_problems(row: BalanceRow) -> list[tuple[str, str]]:
    buckets = [getattr(row, name) for name in BUCKETS]
    if any(b is None for b in buckets) or sum(buckets) == row.balance:
        return []
    total = sum(buckets) / 100
    return [("balance", f"aging buckets add up to {total:.2f}, not {row.balance / 100:.2f}")]
