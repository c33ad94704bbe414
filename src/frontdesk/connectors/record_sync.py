"""Set-based upserts: load a table's rows for a portfolio once, diff in memory, write in bulk.

Rows are keyed by a natural key (an external id, or the lease id for accounts). Only rows whose
values differ are written, so re-importing the same data touches nothing.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from frontdesk.record.models import Base

CHUNK = 5000


@dataclass
class Existing:
    """The rows of one table: key → primary key, and key → the compared field values."""

    fields: tuple[str, ...]
    ids: dict[Hashable, int] = field(default_factory=dict)
    values: dict[Hashable, tuple[Any, ...]] = field(default_factory=dict)

    def current(self, key: Hashable, name: str) -> Any:
        """The stored value of field ``name`` for ``key``, or None for a new row."""
        values = self.values.get(key)
        return None if values is None else values[self.fields.index(name)]


@dataclass
class Changes:
    """Which keys a sync created or updated, out of all the keys the file listed."""

    listed: set[Hashable] = field(default_factory=set)
    created: set[Hashable] = field(default_factory=set)
    updated: set[Hashable] = field(default_factory=set)

    def counts(self) -> dict[str, int]:
        updated = self.updated - self.created
        unchanged = len(self.listed - self.created - updated)
        return {"created": len(self.created), "updated": len(updated), "unchanged": unchanged}


def table_of(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def load_existing(
    session: Session, model: type[Base], key: str, fields: Sequence[str], portfolio_id: int | None
) -> Existing:
    """Every row of ``model`` in the portfolio, in one query."""
    existing = Existing(tuple(fields))
    if portfolio_id is None:
        return existing
    table = table_of(model)
    columns = [table.c[name] for name in fields]
    query = select(table.c.id, table.c[key], *columns).where(
        table.c.portfolio_id == portfolio_id, table.c[key].is_not(None)
    )
    for row in session.execute(query):
        existing.ids[row[1]] = row[0]
        existing.values[row[1]] = tuple(row[2:])
    return existing


def sync_rows(
    session: Session,
    model: type[Base],
    key: str,
    existing: Existing,
    desired: Mapping[Any, Mapping[str, Any]],
    portfolio_id: int,
) -> Changes:
    """Insert new keys and update changed ones; ``existing.ids`` learns the new primary keys."""
    changes = Changes(listed=set(desired))
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for item_key, values in desired.items():
        current = existing.values.get(item_key)
        wanted = tuple(values[name] for name in existing.fields)
        if current is None:
            inserts.append({key: item_key, "portfolio_id": portfolio_id, **values})
            changes.created.add(item_key)
        elif current != wanted:
            updates.append({"id": existing.ids[item_key], **values})
            changes.updated.add(item_key)
        existing.values[item_key] = wanted
    bulk_insert(session, model, inserts)
    bulk_update(session, model, updates)
    if inserts:
        _learn_ids(session, model, key, existing, portfolio_id)
    return changes


def bulk_insert(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table_of(model)), rows[start : start + CHUNK])


def bulk_update(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Rows carry their ``id``; SQLAlchemy turns this into UPDATE ... WHERE id = :id batches."""
    for start in range(0, len(rows), CHUNK):
        session.execute(update(model), rows[start : start + CHUNK])


def bulk_delete(session: Session, model: type[Base], ids: Iterable[int]) -> None:
    table = table_of(model)
    id_list = list(ids)
    for start in range(0, len(id_list), CHUNK):
        session.execute(delete(table).where(table.c.id.in_(id_list[start : start + CHUNK])))


def _learn_ids(
    session: Session, model: type[Base], key: str, existing: Existing, portfolio_id: int
) -> None:
    table = table_of(model)
    query = select(table.c[key], table.c.id).where(
        table.c.portfolio_id == portfolio_id, table.c[key].is_not(None)
    )
    existing.ids.update({row[0]: row[1] for row in session.execute(query)})
