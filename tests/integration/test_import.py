"""CSV portfolio import: counts, idempotency, all-or-nothing errors, updates and opt-outs."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.connectors import ImportFailed, import_portfolio
from frontdesk.demo.generate_sample import sample_folder, write_sample
from frontdesk.record.enums import Channel
from frontdesk.record.models import (
    Account,
    Base,
    ContactPoint,
    Event,
    Lease,
    LedgerEntry,
    Owner,
    Person,
    Portfolio,
    Property,
    PropertyPhone,
    Unit,
)

NOW = datetime(2026, 3, 2, 14, tzinfo=UTC)
LATER = datetime(2026, 3, 3, 9, tzinfo=UTC)
TABLES: tuple[type[Base], ...] = (
    Portfolio, Owner, Property, PropertyPhone, Unit, Person, ContactPoint, Lease, Account,
    LedgerEntry, Event,
)  # fmt: skip

PROPERTIES = """external_id,name,timezone,address,aliases,phone_numbers
P1,Elm Street Flats,America/Chicago,"1 Elm St, Chicago, IL",Elm;The Flats,(312) 555-0101
"""
UNITS = """external_id,property_id,unit_number,bedrooms,bathrooms,square_feet,market_rent
U1,P1,101,1,1,700,"$1,200.00"
U2,P1,102,2,1,"1,050",1400
"""
RESIDENTS = (
    "external_id,first_name,last_name,phone,email,preferred_language,sms_consent,sms_opt_out\n"
)
RESIDENTS += """R1,Ana,Flores,312-555-0123,Ana.Flores@Example.com,es,yes,no
R2,Sam,Lee,(312) 555-0124,,,y,
"""
LEASES = """external_id,unit_id,resident_ids,status,start_date,end_date,rent
L1,U1,R1;R2,active,2025-06-01,05/31/2026,"1,150.00"
"""


def write_folder(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / f"{name}.csv").write_text(content, encoding="utf-8")
    return folder


def small_folder(tmp_path: Path, **overrides: str) -> Path:
    files = {"properties": PROPERTIES, "units": UNITS, "residents": RESIDENTS, "leases": LEASES}
    return write_folder(tmp_path / "export", **(files | overrides))


def row_counts(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as session:
        return {
            t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
            for t in TABLES
        }


def refused(sessions: sessionmaker[Session], folder: Path) -> list[str]:
    with pytest.raises(ImportFailed) as failed:
        import_portfolio(sessions, folder, "acme", NOW)
    return [str(e) for e in failed.value.errors]


def test_sample_portfolio_imports_with_expected_counts(sessions: sessionmaker[Session]) -> None:
    seen: list[tuple[str, int]] = []
    report = import_portfolio(
        sessions,
        sample_folder(),
        "demo",
        NOW,
        portfolio_name="Demo",
        progress=lambda f, n: seen.append((f, n)),
    )

    created = {name: c["created"] for name, c in report.counts.items()}
    assert created["properties.csv"] == 3
    assert created["units.csv"] == 160
    assert created["owners"] == 2
    assert 130 <= created["residents.csv"] <= 170
    assert created["leases.csv"] > 120
    assert created["payments.csv"] > 100
    assert report.changed
    with sessions() as session:
        phones = set(session.scalars(select(PropertyPhone.e164)))
        sms = session.scalars(select(ContactPoint.address).where(ContactPoint.channel == "sms"))
        past_due = session.scalar(select(func.count()).where(Account.balance_cents > 0))
        event = session.scalars(select(Event)).one()
    assert phones == {"+13125550142", "+13125550143", "+15625550117", "+15185550188"}
    assert all(a.startswith("+1") and len(a) == 12 for a in sms)
    assert past_due and 15 <= past_due <= 45
    assert (event.kind, event.actor, event.subject_type) == (
        "import.completed",
        "import",
        "portfolio",
    )
    assert event.reason == "CSV import from sample"
    assert event.data == report.counts
    assert event.at == NOW
    assert ("units.csv", 160) in seen


def test_reimporting_the_same_folder_changes_nothing(sessions: sessionmaker[Session]) -> None:
    import_portfolio(sessions, sample_folder(), "demo", NOW)
    before = row_counts(sessions)

    report = import_portfolio(sessions, sample_folder(), "demo", LATER)

    assert not report.changed
    assert all(c["created"] == c["updated"] == 0 for c in report.counts.values())
    assert report.counts["units.csv"]["unchanged"] == 160
    assert row_counts(sessions) == before


def test_sample_generator_is_deterministic(tmp_path: Path) -> None:
    write_sample(tmp_path)
    for path in sample_folder().glob("*.csv"):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_one_bad_row_imports_nothing_and_names_file_line_column(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    folder = small_folder(tmp_path, units=UNITS.replace("1400", "abc"))

    assert refused(sessions, folder) == ["units.csv:3 market_rent: not a money amount: 'abc'"]
    assert set(row_counts(sessions).values()) == {0}


def test_every_error_is_reported_at_once(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    folder = small_folder(
        tmp_path,
        properties=PROPERTIES.replace("America/Chicago", "Mars/Olympus"),
        units=UNITS + "U1,P9,103,x,1,700,10\n",
        leases=LEASES.replace("R1;R2", "R1;R7").replace("active", "leased"),
    )

    errors = refused(sessions, folder)

    assert errors == [
        "properties.csv:2 timezone: not an IANA timezone: 'Mars/Olympus'",
        "units.csv:4 bedrooms: not a whole number: 'x'",
        "leases.csv:2 status: not a lease status (future, active, notice, past): 'leased'",
    ]
    assert set(row_counts(sessions).values()) == {0}


def test_references_and_duplicates_are_checked(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    folder = small_folder(
        tmp_path,
        units=UNITS + "U1,P9,103,1,1,700,10\n",
        leases=LEASES.replace("R1;R2", "R1;R7"),
        payments="external_id,lease_id,amount,posted_on\nPMT1,L9,10.00,2026-03-01\n",
    )

    assert refused(sessions, folder) == [
        "units.csv:4 external_id: duplicate 'U1' (first on line 2)",
        "units.csv:4 property_id: unknown property 'P9' (not in this folder or the store)",
        "leases.csv:2 resident_ids: unknown resident 'R7' (not in this folder or the store)",
        "payments.csv:2 lease_id: unknown lease 'L9' (not in this folder or the store)",
    ]
    assert set(row_counts(sessions).values()) == {0}


def test_references_may_point_at_rows_already_in_the_store(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    import_portfolio(sessions, small_folder(tmp_path), "acme", NOW)
    later = write_folder(
        tmp_path / "later",
        properties=PROPERTIES,
        units="external_id,property_id,unit_number\nU3,P1,103\n",
        leases="external_id,unit_id,resident_ids,status,start_date,rent\nL3,U3,R2,future,4/1/2026,900\n",
    )

    report = import_portfolio(sessions, later, "acme", LATER)

    assert report.counts["leases.csv"]["created"] == 1
    assert report.counts["properties.csv"] == {"created": 0, "updated": 0, "unchanged": 1}


def test_changed_rent_is_counted_and_written(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    import_portfolio(sessions, small_folder(tmp_path), "acme", NOW)
    changed = small_folder(tmp_path, leases=LEASES.replace('"1,150.00"', "1175.5"))

    report = import_portfolio(sessions, changed, "acme", LATER)

    assert report.counts["leases.csv"] == {"created": 0, "updated": 1, "unchanged": 0}
    assert report.counts["units.csv"] == {"created": 0, "updated": 0, "unchanged": 2}
    with sessions() as session:
        assert session.scalars(select(Lease.rent_cents)).one() == 117550
        assert session.scalar(select(func.count()).select_from(Event)) == 2


def test_header_variants_and_unknown_columns_are_accepted(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    folder = write_folder(
        tmp_path / "variants",
        properties="\ufeffExternal ID, Name ,TimeZone,Address,Phone Numbers,Region\n"
        "P1,Elm,America/Denver,1 Elm St,+1 720 555 0100,West\n",
        units="EXTERNAL ID,Property ID,Unit Number,Market Rent\nU1,P1,1A,$950\n",
    )

    report = import_portfolio(sessions, folder, "acme", NOW)

    assert report.counts["units.csv"]["created"] == 1
    with sessions() as session:
        unit = session.scalars(select(Unit)).one()
        assert (unit.number, unit.market_rent_cents) == ("1A", 95000)
        assert session.scalars(select(PropertyPhone.e164)).one() == "+17205550100"


def test_only_properties_file_is_required(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    report = import_portfolio(
        sessions, write_folder(tmp_path / "p", properties=PROPERTIES), "a", NOW
    )

    assert set(report.counts) == {"portfolio", "owners", "properties.csv"}
    assert refused(sessions, write_folder(tmp_path / "none", units=UNITS)) == [
        f"properties.csv:0 required file is missing from {tmp_path / 'none'}"
    ]


def test_missing_folder_and_non_utf8_file_are_clean_errors(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    assert refused(sessions, tmp_path / "nope")[0].endswith(
        ":0 cannot read folder: No such file or directory"
    )
    folder = small_folder(tmp_path)
    (folder / "units.csv").write_bytes(
        "external_id,property_id,unit_number\nU1,P1,Año\n".encode("latin-1")
    )

    errors = refused(sessions, folder)

    assert len(errors) == 1
    assert errors[0].startswith("units.csv:0 not UTF-8 text")


def test_residents_get_e164_phones_lowercase_emails_and_opt_outs(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    import_portfolio(sessions, small_folder(tmp_path), "acme", NOW)
    opted_out = small_folder(tmp_path, residents=RESIDENTS.replace("yes,no", "yes,yes"))

    report = import_portfolio(sessions, opted_out, "acme", LATER)
    again = import_portfolio(sessions, opted_out, "acme", LATER.replace(hour=12))

    assert report.counts["residents.csv"]["updated"] == 1
    assert not again.changed
    with sessions() as session:
        ana = session.scalars(select(Person).where(Person.external_id == "R1")).one()
        contacts = {c.channel: c for c in ana.contacts}
    assert ana.preferred_language == "es"
    assert contacts[Channel.SMS].address == "+13125550123"
    assert contacts[Channel.SMS].consent is True
    assert contacts[Channel.SMS].opted_out_at == LATER
    assert contacts[Channel.EMAIL].address == "ana.flores@example.com"
    assert contacts[Channel.EMAIL].opted_out_at is None


def test_an_import_never_lifts_an_opt_out(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    opted_out = small_folder(tmp_path, residents=RESIDENTS.replace("yes,no", "yes,yes"))
    import_portfolio(sessions, opted_out, "acme", NOW)
    import_portfolio(sessions, small_folder(tmp_path), "acme", LATER)  # the export says "no"
    with sessions() as session:
        ana = session.scalars(select(Person).where(Person.external_id == "R1")).one()
        sms = next(c for c in ana.contacts if c.channel == Channel.SMS)
    assert sms.opted_out_at == NOW


def test_balances_validate_buckets_and_zero_accounts_left_out(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    header = "Lease ID,As Of,Balance,Aged 0-30,Aged 31-60,Aged 61-90,Aged 90+\n"
    bad = small_folder(tmp_path, balances=header + "L1,2026-03-02,500.00,100,100,0,0\n")
    assert refused(sessions, bad) == [
        "balances.csv:2 balance: aging buckets add up to 200.00, not 500.00"
    ]
    owing = small_folder(tmp_path, balances=header + "L1,2026-03-02,500.00,300,200,0,0\n")
    import_portfolio(sessions, owing, "acme", NOW)
    paid = small_folder(tmp_path, balances=header)

    report = import_portfolio(sessions, paid, "acme", LATER)

    assert report.counts["balances.csv"] == {"created": 0, "updated": 1, "unchanged": 0}
    with sessions() as session:
        account = session.scalars(select(Account)).one()
        assert (account.balance_cents, account.aged_31_60_cents) == (0, 0)


def test_tracking_numbers_of_another_portfolio_are_refused(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    import_portfolio(sessions, sample_folder(), "demo", NOW)
    copy = shutil.copytree(sample_folder(), tmp_path / "copy")

    errors = refused(sessions, copy)

    assert len(errors) == 4
    assert errors[0] == (
        "properties.csv:2 phone_numbers: +13125550142 already belongs to property 'MAPLE' "
        "of portfolio 'demo'"
    )
