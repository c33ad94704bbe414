"""How long `import_portfolio` takes on a large portfolio, first import and re-import.

    .venv/bin/python bench/import_speed.py --units 100000 \
        [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

Writes a synthetic portfolio (20 properties; per unit one resident, one lease, one payment;
one in five accounts past due) to a temporary folder and imports it twice per store.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scratch import scratch_store

from frontdesk.connectors.csv_import import import_portfolio
from frontdesk.record.db import make_engine, make_sessionmaker

NOW = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
ZONES = ("America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver")


def write_portfolio(folder: Path, units: int) -> None:
    props = 20
    files = {
        "properties.csv": ["external_id", "name", "timezone", "address"],
        "units.csv": ["external_id", "property_id", "unit_number", "bedrooms", "market_rent"],
        "residents.csv": ["external_id", "first_name", "last_name", "phone", "email"],
        "leases.csv": ["external_id", "unit_id", "resident_ids", "status", "start_date", "rent"],
        "balances.csv": ["lease_id", "as_of", "balance", "aged_0_30"],
        "payments.csv": ["external_id", "lease_id", "amount", "posted_on"],
    }
    writers = {}
    handles = []
    for name, header in files.items():
        handle = (folder / name).open("w", newline="", encoding="utf-8")
        handles.append(handle)
        writers[name] = csv.writer(handle)
        writers[name].writerow(header)
    for p in range(props):
        writers["properties.csv"].writerow(
            [f"P{p}", f"Property {p}", ZONES[p % len(ZONES)], f"{p} Main St"]
        )
    for u in range(units):
        writers["units.csv"].writerow([f"U{u}", f"P{u % props}", str(u), u % 4, "1,450.00"])
        phone = f"+1312555{u % 10000:04d}" if u % 3 else ""
        writers["residents.csv"].writerow([f"R{u}", "Pat", f"Doe{u}", phone, f"r{u}@example.com"])
        writers["leases.csv"].writerow([f"L{u}", f"U{u}", f"R{u}", "active", "2025-06-01", "1450"])
        writers["payments.csv"].writerow([f"PAY{u}", f"L{u}", "1450.00", "2026-02-03"])
        if u % 5 == 0:
            writers["balances.csv"].writerow([f"L{u}", "2026-03-01", "725.00", "725.00"])
    for handle in handles:
        handle.close()


def run(kind: str, postgres_url: str | None, folder: Path, units: int) -> None:
    with scratch_store(kind, postgres_url) as url:
        engine = make_engine(url)
        sessions = make_sessionmaker(engine)
        for label in ("first import", "re-import"):
            started = time.perf_counter()
            report = import_portfolio(sessions, folder, "bench", NOW)
            seconds = time.perf_counter() - started
            created = sum(c.get("created", 0) for c in report.counts.values())
            print(
                f"{kind:8} {label:13} {units:7d} units in {seconds:6.1f} s "
                f"({created} rows created)",
                flush=True,
            )
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--postgres-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_portfolio(folder, args.units)
        run("sqlite", None, folder, args.units)
        if args.postgres_url:
            run("postgres", args.postgres_url, folder, args.units)


if __name__ == "__main__":
    main()
