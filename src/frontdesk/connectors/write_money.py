"""Writing accounts from the aged-receivables snapshot, and posted payments.

balances.csv is a complete snapshot: an account whose lease is missing from it is set to zero,
because receivables reports leave out leases that owe nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from frontdesk.connectors.csv_rows import BalanceRow, PaymentRow
from frontdesk.connectors.portfolio_store import ACCOUNT_FIELDS, Snapshot
from frontdesk.connectors.record_sync import Changes, sync_rows
from frontdesk.record.enums import LedgerKind
from frontdesk.record.models import Account, LedgerEntry


def write_balances(session: Session, snap: Snapshot, rows: list[BalanceRow], pid: int) -> Changes:
    desired = {snap.leases.ids[r.lease_id]: _balance_values(r) for r in rows}
    zeroed = _paid_off(snap, set(desired), max((r.as_of for r in rows), default=None))
    changes = sync_rows(session, Account, "lease_id", snap.accounts, desired | zeroed, pid)
    changes.listed = set(desired) | changes.updated
    return changes


def _balance_values(row: BalanceRow) -> dict[str, Any]:
    return {
        "balance_cents": row.balance,
        "aged_0_30_cents": row.aged_0_30 or 0,
        "aged_31_60_cents": row.aged_31_60 or 0,
        "aged_61_90_cents": row.aged_61_90 or 0,
        "aged_90_plus_cents": row.aged_90_plus or 0,
        "oldest_due_date": row.oldest_due_date,
        "as_of": row.as_of,
    }


def _zero(as_of: date | None) -> dict[str, Any]:
    return dict.fromkeys(ACCOUNT_FIELDS[:5], 0) | {"oldest_due_date": None, "as_of": as_of}


def _paid_off(snap: Snapshot, listed: set[Any], as_of: date | None) -> dict[Any, dict[str, Any]]:
    """Accounts not in the snapshot that still show money owed or credited."""
    return {
        lease_id: _zero(as_of)
        for lease_id, values in snap.accounts.values.items()
        if lease_id not in listed and any(values[:5])
    }


def write_payments(session: Session, snap: Snapshot, rows: list[PaymentRow], pid: int) -> Changes:
    _open_missing_accounts(session, snap, rows, pid)
    desired = {
        r.external_id: {
            "account_id": snap.accounts.ids[snap.leases.ids[r.lease_id]],
            "kind": LedgerKind.PAYMENT,
            "amount_cents": r.amount,
            "posted_on": r.posted_on,
            "method": r.method[:40] if r.method else None,
            "memo": r.memo[:400] if r.memo else None,
        }
        for r in rows
    }
    return sync_rows(session, LedgerEntry, "external_id", snap.ledger, desired, pid)


def _open_missing_accounts(
    session: Session, snap: Snapshot, rows: list[PaymentRow], pid: int
) -> None:
    lease_ids = {snap.leases.ids[r.lease_id] for r in rows}
    missing = {lease_id: _zero(None) for lease_id in lease_ids if lease_id not in snap.accounts.ids}
    sync_rows(session, Account, "lease_id", snap.accounts, missing, pid)
