"""Import a portfolio from a folder of PMS-style CSV exports, all or nothing.

Every file and row is validated first and every problem reported; only a clean folder is
written, in one transaction, as upserts by external id. Re-importing the same folder is a no-op.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from frontdesk.connectors.csv_checks import Parsed, check_rows
from frontdesk.connectors.csv_folder import Progress, error_order, read_folder
from frontdesk.connectors.import_errors import ImportFailed, RowError
from frontdesk.connectors.portfolio_store import Snapshot, load_snapshot
from frontdesk.connectors.record_sync import Changes
from frontdesk.connectors.write_money import write_balances, write_payments
from frontdesk.connectors.write_people import write_leases, write_people
from frontdesk.connectors.write_places import write_owners, write_properties, write_units
from frontdesk.record.models import Event, Portfolio

__all__ = ["ImportFailed", "ImportReport", "RowError", "import_portfolio"]


@dataclass
class ImportReport:
    """Per file: how many rows were created, updated or already matched the store."""

    portfolio_key: str
    counts: dict[str, dict[str, int]]

    @property
    def changed(self) -> bool:
        return any(c["created"] or c["updated"] for c in self.counts.values())


def import_portfolio(
    sessions: sessionmaker[Session],
    folder: Path,
    portfolio_key: str,
    now: datetime,
    *,
    portfolio_name: str | None = None,
    default_region: str = "US",
    progress: Progress | None = None,
) -> ImportReport:
    """Validate and write the portfolio in ``folder``; raises ImportFailed, writing nothing."""
    parsed, errors = read_folder(folder, default_region, progress)
    if errors:
        raise ImportFailed(sorted(errors, key=error_order))
    phones = [e164 for row in parsed.properties for e164 in row.phone_numbers]
    with sessions() as session, session.begin():
        snap = load_snapshot(session, portfolio_key, phones)
        errors = check_rows(parsed, snap.known())
        if errors:
            raise ImportFailed(sorted(errors, key=error_order))
        portfolio, counts = _ensure_portfolio(session, snap, portfolio_key, portfolio_name, now)
        counts |= _write_files(session, snap, parsed, portfolio.id, now, progress)
        report = ImportReport(portfolio_key, counts)
        if report.changed:
            session.add(_completed_event(portfolio.id, folder, counts, now))
    return report


def _ensure_portfolio(
    session: Session, snap: Snapshot, key: str, name: str | None, now: datetime
) -> tuple[Portfolio, dict[str, dict[str, int]]]:
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    portfolio = snap.portfolio
    if portfolio is None:
        portfolio = Portfolio(key=key, name=name or key, created_at=now)
        session.add(portfolio)
        session.flush()
        counts["created"] = 1
    elif name and portfolio.name != name:
        portfolio.name = name
        counts["updated"] = 1
    else:
        counts["unchanged"] = 1
    return portfolio, {"portfolio": counts}


def _write_files(
    session: Session,
    snap: Snapshot,
    parsed: Parsed,
    pid: int,
    now: datetime,
    progress: Progress | None,
) -> dict[str, dict[str, int]]:
    """Write in reference order; a file absent from the folder is not counted."""
    counts = {"owners": write_owners(session, snap, parsed.properties, pid).counts()}
    writers: dict[str, Callable[[], Changes]] = {
        "properties.csv": lambda: write_properties(session, snap, parsed.properties, pid),
        "units.csv": lambda: write_units(session, snap, parsed.units, pid),
        "residents.csv": lambda: write_people(session, snap, parsed.residents, pid, now),
        "leases.csv": lambda: write_leases(session, snap, parsed.leases, pid),
        "balances.csv": lambda: write_balances(session, snap, parsed.balances, pid),
        "payments.csv": lambda: write_payments(session, snap, parsed.payments, pid),
    }
    for name, write in writers.items():
        if name in parsed.present:
            counts[name] = write().counts()
            if progress:
                progress(name, sum(counts[name].values()))
    return counts


def _completed_event(
    pid: int, folder: Path, counts: dict[str, dict[str, int]], now: datetime
) -> Event:
    return Event(
        portfolio_id=pid,
        subject_type="portfolio",
        subject_id=pid,
        kind="import.completed",
        actor="import",
        reason=f"CSV import from {folder.name}"[:400],
        data=counts,
        at=now,
    )
