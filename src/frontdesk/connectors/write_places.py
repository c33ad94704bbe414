"""Writing owners, properties with their tracking numbers, and units."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from sqlalchemy.orm import Session

from frontdesk.connectors.csv_rows import PropertyRow, UnitRow
from frontdesk.connectors.portfolio_store import Snapshot
from frontdesk.connectors.record_sync import (
    Changes,
    bulk_delete,
    bulk_insert,
    bulk_update,
    sync_rows,
)
from frontdesk.record.models import Owner, Property, PropertyPhone, Unit


def write_owners(session: Session, snap: Snapshot, rows: list[PropertyRow], pid: int) -> Changes:
    desired = {
        r.owner_id: {"name": r.owner_name, "email": r.owner_email} for r in rows if r.owner_id
    }
    return sync_rows(session, Owner, "external_id", snap.owners, desired, pid)


def write_properties(
    session: Session, snap: Snapshot, rows: list[PropertyRow], pid: int
) -> Changes:
    desired = {r.external_id: _property_values(snap, r) for r in rows}
    changes = sync_rows(session, Property, "external_id", snap.properties, desired, pid)
    changes.updated |= _write_phones(session, snap, rows)
    return changes


def _property_values(snap: Snapshot, row: PropertyRow) -> dict[str, Any]:
    return {
        "owner_id": snap.owners.ids[row.owner_id] if row.owner_id else None,
        "name": row.name,
        "timezone": row.timezone,
        "address": row.address,
        "aliases": row.aliases,
    }


def _write_phones(session: Session, snap: Snapshot, rows: list[PropertyRow]) -> set[Hashable]:
    """Make each listed property answer exactly its listed numbers; returns changed properties."""
    wanted = {e164: snap.properties.ids[r.external_id] for r in rows for e164 in r.phone_numbers}
    listed = {snap.properties.ids[r.external_id] for r in rows}
    moves: list[dict[str, Any]] = []
    touched: set[int] = set()
    for e164, property_id in wanted.items():
        current = snap.phones.get(e164)
        if current is not None and current[1] != property_id:
            moves.append({"id": current[0], "property_id": property_id})
            touched |= {current[1], property_id}
        elif current is None:
            touched.add(property_id)
    inserts = [
        {"e164": e164, "property_id": prop}
        for e164, prop in wanted.items()
        if e164 not in snap.phones
    ]
    dropped = {e164: v for e164, v in snap.phones.items() if v[1] in listed and e164 not in wanted}
    touched |= {prop for _, prop in dropped.values()}
    bulk_delete(session, PropertyPhone, [phone_id for phone_id, _ in dropped.values()])
    bulk_update(session, PropertyPhone, moves)
    bulk_insert(session, PropertyPhone, inserts)
    by_id = {db_id: key for key, db_id in snap.properties.ids.items()}
    return {by_id[prop] for prop in touched}


def write_units(session: Session, snap: Snapshot, rows: list[UnitRow], pid: int) -> Changes:
    desired = {
        r.external_id: {
            "property_id": snap.properties.ids[r.property_id],
            "number": r.unit_number,
            "bedrooms": r.bedrooms,
            "bathrooms": r.bathrooms,
            "square_feet": r.square_feet,
            "market_rent_cents": r.market_rent,
        }
        for r in rows
    }
    return sync_rows(session, Unit, "external_id", snap.units, desired, pid)
