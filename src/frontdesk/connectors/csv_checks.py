"""Checks across rows and files: duplicate keys and references to rows that do not exist.

A reference may point at a row in this folder or at one already in the store for the portfolio.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass, field

from frontdesk.connectors.csv_rows import (
    BalanceRow,
    LeaseRow,
    PaymentRow,
    PropertyRow,
    ResidentRow,
    UnitRow,
)
from frontdesk.connectors.import_errors import RowError


@dataclass
class Parsed:
    """The typed rows of every file present in the folder."""

    present: set[str] = field(default_factory=set)
    properties: list[PropertyRow] = field(default_factory=list)
    units: list[UnitRow] = field(default_factory=list)
    residents: list[ResidentRow] = field(default_factory=list)
    leases: list[LeaseRow] = field(default_factory=list)
    balances: list[BalanceRow] = field(default_factory=list)
    payments: list[PaymentRow] = field(default_factory=list)


@dataclass(frozen=True)
class Known:
    """External ids already in the store for this portfolio, and tracking numbers held elsewhere."""

    properties: Set[str]
    units: Set[str]
    residents: Set[str]
    leases: Set[str]
    foreign_phones: dict[str, str]  # e164 -> who holds it outside this portfolio


def check_rows(parsed: Parsed, known: Known) -> list[RowError]:
    errors = [
        *_duplicates(
            "properties.csv", "external_id", ((r.line, r.external_id) for r in parsed.properties)
        ),
        *_duplicates("units.csv", "external_id", ((r.line, r.external_id) for r in parsed.units)),
        *_duplicates(
            "residents.csv", "external_id", ((r.line, r.external_id) for r in parsed.residents)
        ),
        *_duplicates("leases.csv", "external_id", ((r.line, r.external_id) for r in parsed.leases)),
        *_duplicates("balances.csv", "lease_id", ((r.line, r.lease_id) for r in parsed.balances)),
        *_duplicates(
            "payments.csv", "external_id", ((r.line, r.external_id) for r in parsed.payments)
        ),
        *_owner_conflicts(parsed.properties),
        *_phone_conflicts(parsed.properties, known.foreign_phones),
    ]
    return errors + _reference_errors(parsed, known)


def _duplicates(file: str, column: str, keys: Iterable[tuple[int, str]]) -> list[RowError]:
    first: dict[str, int] = {}
    errors = []
    for line, key in keys:
        if key in first:
            reason = f"duplicate {key!r} (first on line {first[key]})"
            errors.append(RowError(file, line, column, reason))
        first.setdefault(key, line)
    return errors


def _owner_conflicts(rows: list[PropertyRow]) -> list[RowError]:
    seen: dict[str, PropertyRow] = {}
    errors = []
    for row in rows:
        if not row.owner_id:
            continue
        first = seen.setdefault(row.owner_id, row)
        if (first.owner_name, first.owner_email) != (row.owner_name, row.owner_email):
            reason = f"owner {row.owner_id!r} has a different name or email on line {first.line}"
            errors.append(RowError("properties.csv", row.line, "owner_id", reason))
    return errors


def _phone_conflicts(rows: list[PropertyRow], foreign: dict[str, str]) -> list[RowError]:
    holder: dict[str, PropertyRow] = {}
    errors = []
    for row in rows:
        for e164 in row.phone_numbers:
            first = holder.setdefault(e164, row)
            if first is not row:
                reason = f"{e164} is also the number of {first.external_id!r} (line {first.line})"
                errors.append(RowError("properties.csv", row.line, "phone_numbers", reason))
            elif e164 in foreign:
                reason = f"{e164} already belongs to {foreign[e164]}"
                errors.append(RowError("properties.csv", row.line, "phone_numbers", reason))
    return errors


def _reference_errors(parsed: Parsed, known: Known) -> list[RowError]:
    properties = known.properties | {r.external_id for r in parsed.properties}
    units = known.units | {r.external_id for r in parsed.units}
    residents = known.residents | {r.external_id for r in parsed.residents}
    leases = known.leases | {r.external_id for r in parsed.leases}
    errors = [
        _missing("units.csv", r.line, "property_id", "property", r.property_id, properties)
        for r in parsed.units
    ]
    errors += [
        _missing("leases.csv", r.line, "unit_id", "unit", r.unit_id, units) for r in parsed.leases
    ]
    errors += [
        _missing("leases.csv", r.line, "resident_ids", "resident", resident, residents)
        for r in parsed.leases
        for resident in r.resident_ids
    ]
    errors += [
        _missing("balances.csv", r.line, "lease_id", "lease", r.lease_id, leases)
        for r in parsed.balances
    ]
    errors += [
        _missing("payments.csv", r.line, "lease_id", "lease", r.lease_id, leases)
        for r in parsed.payments
    ]
    return [e for e in errors if e is not None]


def _missing(
    file: str, line: int, column: str, what: str, key: str, known: Set[str]
) -> RowError | None:
    if key in known:
        return None
    return RowError(file, line, column, f"unknown {what} {key!r} (not in this folder or the store)")
