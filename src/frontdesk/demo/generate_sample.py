"""A deterministic sample portfolio (three properties, 160 units) written as PMS-style CSV files.

The committed copy lives in ``demo/sample/``; regenerate it with
``python -m frontdesk.demo.generate_sample``. Dates are relative to the demo's simulated day.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SAMPLE_DAY = date(2026, 3, 2)
SEED = 2026


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


EN_FIRST = _words(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Chris Karen Daniel Lisa Matthew Nancy Anthony "
    "Betty Mark Sandra Steven Ashley Andrew Emily Joshua Megan Kevin Rachel Brian Laura Tyler "
    "Hannah Aisha Darnell Mei Priya Tariq Keisha Olivia Noah Grace Ethan"
)
EN_LAST = _words(
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore "
    "Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King "
    "Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Carter Roberts Nguyen Patel "
    "Kim Chen Okafor Washington Murphy Sullivan Kowalski"
)
ES_FIRST = _words(
    "José María Juan Guadalupe Luis Carmen Carlos Rosa Jorge Ana Miguel Sofía Alejandro Lucía "
    "Francisco Valentina Javier Isabel Ricardo Gabriela Fernando Elena Diego Patricia Raúl "
    "Mariana Andrés Verónica Héctor Daniela"
)
ES_LAST = _words(
    "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores "
    "Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ramos Vargas Castillo Jiménez "
    "Mendoza Ruiz Álvarez Romero Herrera Medina"
)
ASCII = str.maketrans("áéíóúñÁÉÍÓÚÑü", "aeiounAEIOUNu")


@dataclass(frozen=True)
class SampleProperty:
    key: str
    name: str
    timezone: str
    address: str
    aliases: tuple[str, ...]
    phones: tuple[str, ...]
    area_codes: tuple[str, ...]
    owner: tuple[str, str, str]
    units: int
    base_rent: int  # dollars for a one-bedroom


LAKESHORE = ("OWN-1", "Lakeshore Holdings LLC", "reports@lakeshore-holdings.example.com")
PACIFIC = ("OWN-2", "Pacific Crest Partners", "owners@pacificcrest.example.com")
PROPERTIES = (
    SampleProperty(
        "MAPLE", "Maple Court Apartments", "America/Chicago",
        "1420 W Maple Ave, Chicago, IL 60622", ("Maple Court", "Maple Ct"),
        ("(312) 555-0142", "(312) 555-0143"), ("312", "773", "872"), LAKESHORE, 60, 1450,
    ),
    SampleProperty(
        "HARBOR", "Harbor View Lofts", "America/Los_Angeles",
        "88 Harbor Blvd, Long Beach, CA 90802", ("Harbor View", "The Lofts at Harbor View"),
        ("(562) 555-0117",), ("562", "213", "310"), PACIFIC, 50, 2150,
    ),
    SampleProperty(
        "CEDAR", "Cedar Ridge Townhomes", "America/New_York",
        "300 Cedar Ridge Rd, Albany, NY 12203", ("Cedar Ridge", "Cedar Ridge TH"),
        ("(518) 555-0188",), ("518", "212", "646"), LAKESHORE, 50, 1650,
    ),
)  # fmt: skip


@dataclass
class Sample:
    """Rows for each file, keyed by file name, in header order."""

    rows: dict[str, list[list[str]]] = field(default_factory=dict)
    used_phones: set[str] = field(default_factory=set)
    used_emails: set[str] = field(default_factory=set)

    def add(self, file: str, row: list[object]) -> None:
        self.rows.setdefault(file, []).append(["" if v is None else str(v) for v in row])


HEADERS = {
    "properties.csv": "external_id name timezone address aliases phone_numbers owner_id "
    "owner_name owner_email",
    "units.csv": "external_id property_id unit_number bedrooms bathrooms square_feet market_rent",
    "residents.csv": "external_id first_name last_name phone email preferred_language "
    "sms_consent email_consent sms_opt_out email_opt_out",
    "leases.csv": "external_id unit_id resident_ids status start_date end_date rent",
    "balances.csv": "lease_id as_of balance aged_0_30 aged_31_60 aged_61_90 aged_90_plus "
    "oldest_due_date",
    "payments.csv": "external_id lease_id amount posted_on method memo",
}


def sample_folder() -> Path:
    """The committed sample portfolio shipped with the package."""
    return Path(__file__).parent / "sample"


def write_sample(folder: Path, seed: int = SEED) -> None:
    """Write the sample portfolio's CSV files into ``folder`` (same seed, same bytes)."""
    sample = build_sample(random.Random(seed))
    folder.mkdir(parents=True, exist_ok=True)
    for file, header in HEADERS.items():
        with (folder / file).open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(header.split())
            writer.writerows(sample.rows.get(file, []))


def build_sample(rng: random.Random) -> Sample:
    sample = Sample()
    for prop in PROPERTIES:
        owner_id, owner_name, owner_email = prop.owner
        sample.add("properties.csv", [
            prop.key, prop.name, prop.timezone, prop.address, ";".join(prop.aliases),
            ";".join(prop.phones), owner_id, owner_name, owner_email,
        ])  # fmt: skip
        for index in range(prop.units):
            _add_unit(sample, rng, prop, index)
    return sample


def _add_unit(sample: Sample, rng: random.Random, prop: SampleProperty, index: int) -> None:
    floor, slot = divmod(index, 10)
    unit_id = f"{prop.key}-{(floor + 1) * 100 + slot + 1}"
    bedrooms = rng.choices((0, 1, 2, 3), weights=(1, 4, 4, 1))[0]
    rent = prop.base_rent + (bedrooms - 1) * 350 + rng.randrange(-4, 5) * 25
    square_feet = 480 + bedrooms * 310 + rng.randrange(0, 12) * 10
    sample.add("units.csv", [
        unit_id, prop.key, unit_id.split("-")[1], bedrooms, 1 if bedrooms < 2 else 2,
        f"{square_feet:,}", f"{rent:,}.00",
    ])  # fmt: skip
    roll = rng.random()
    if roll < 0.12:
        return  # vacant and never leased in this export
    if roll < 0.18:
        _add_lease(sample, rng, prop, unit_id, "past", rent)
        if rng.random() < 0.5:
            _add_lease(sample, rng, prop, unit_id, "future", rent)
        return
    status = "notice" if rng.random() < 0.09 else "active"
    _add_lease(sample, rng, prop, unit_id, status, rent)


def _add_lease(
    sample: Sample, rng: random.Random, prop: SampleProperty, unit_id: str, status: str, rent: int
) -> None:
    lease_id = f"L-{unit_id}-{status[0].upper()}"
    residents = [_add_resident(sample, rng, prop) for _ in range(1 if rng.random() < 0.93 else 2)]
    start, end = _lease_dates(rng, status)
    rent_cents = (rent - rng.randrange(0, 4) * 25) * 100
    sample.add("leases.csv", [
        lease_id, unit_id, ";".join(residents), status, start.isoformat(),
        end.isoformat() if end else "", _dollars(rent_cents),
    ])  # fmt: skip
    if status in ("active", "notice"):
        _add_receivable(sample, rng, lease_id, rent_cents)


def _lease_dates(rng: random.Random, status: str) -> tuple[date, date | None]:
    if status == "future":
        return _month_start(SAMPLE_DAY, 1), _month_start(SAMPLE_DAY, 13) - timedelta(days=1)
    if status == "past":
        start = _month_start(SAMPLE_DAY, -rng.randrange(14, 30))
        return start, _month_start(start, 12) - timedelta(days=1)
    if status == "notice":
        start = _month_start(SAMPLE_DAY, -rng.randrange(11, 24))
        return start, _month_start(SAMPLE_DAY, rng.randrange(1, 3)) - timedelta(days=1)
    start = _month_start(SAMPLE_DAY, -rng.randrange(0, 22))
    if rng.random() < 0.1:
        return start, None  # month-to-month
    months = 12 if start > _month_start(SAMPLE_DAY, -12) else 24
    return start, _month_start(start, months) - timedelta(days=1)


def _month_start(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _add_resident(sample: Sample, rng: random.Random, prop: SampleProperty) -> str:
    resident_id = f"R-{len(sample.rows.get('residents.csv', [])) + 1:04d}"
    spanish = rng.random() < 0.3
    first = rng.choice(ES_FIRST if spanish else EN_FIRST)
    last = rng.choice(ES_LAST if spanish else EN_LAST)
    language = "es" if spanish and rng.random() < 0.85 else "en"
    phone = _new_phone(sample, rng, prop) if rng.random() < 0.96 else None
    email = _new_email(sample, first, last) if rng.random() < 0.9 else None
    sms_opt_out = phone is not None and rng.random() < 0.04
    email_opt_out = email is not None and rng.random() < 0.03
    sample.add("residents.csv", [
        resident_id, first, last, phone, email, language,
        _yes(rng.random() < 0.9), _yes(rng.random() < 0.93),
        _yes(sms_opt_out), _yes(email_opt_out),
    ])  # fmt: skip
    return resident_id


def _new_phone(sample: Sample, rng: random.Random, prop: SampleProperty) -> str:
    while True:
        phone = f"({rng.choice(prop.area_codes)}) 555-01{rng.randrange(100):02d}"
        if phone not in sample.used_phones and phone not in prop.phones:
            sample.used_phones.add(phone)
            return phone


def _new_email(sample: Sample, first: str, last: str) -> str:
    stem = f"{first}.{last}".lower().translate(ASCII)
    email, n = f"{stem}@example.com", 1
    while email in sample.used_emails:
        n += 1
        email = f"{stem}{n}@example.com"
    sample.used_emails.add(email)
    return email


def _add_receivable(sample: Sample, rng: random.Random, lease_id: str, rent: int) -> None:
    """About a fifth of accounts are past due, spread across the aging buckets."""
    roll = rng.random()
    if roll < 0.2:
        months_late = rng.choices((1, 2, 3, 4), weights=(11, 5, 2, 2))[0]
        _add_past_due(sample, rng, lease_id, rent, months_late)
        return
    balance = -rng.randrange(2, 6) * 2500 if roll > 0.98 else 0
    sample.add("balances.csv", [lease_id, SAMPLE_DAY, _dollars(balance)] + [""] * 5)
    for month in (-1, 0):
        _add_payment(sample, rng, lease_id, rent, month)


def _add_past_due(
    sample: Sample, rng: random.Random, lease_id: str, rent: int, months_late: int
) -> None:
    buckets = [0, 0, 0, 0]
    for bucket in range(months_late):
        buckets[min(bucket, 3)] += rent
    partial = rng.choice((0, 0, 25, 50)) * rent // 100
    buckets[months_late - 1 if months_late < 4 else 3] -= partial
    oldest = _month_start(SAMPLE_DAY, -(months_late - 1))
    sample.add("balances.csv", [
        lease_id, SAMPLE_DAY, _dollars(sum(buckets)), *(_dollars(b) for b in buckets), oldest,
    ])  # fmt: skip
    _add_payment(sample, rng, lease_id, rent, -months_late)
    if partial:
        _add_payment(sample, rng, lease_id, partial, -1, memo="Partial payment")


def _add_payment(
    sample: Sample, rng: random.Random, lease_id: str, cents: int, month: int, memo: str = ""
) -> None:
    posted = _month_start(SAMPLE_DAY, month) + timedelta(
        days=rng.randrange(0, 2 if month == 0 else 5)
    )
    method = rng.choice(("ACH", "ACH", "Online portal", "Check", "Money order"))
    payment_id = f"PMT-{len(sample.rows.get('payments.csv', [])) + 1:05d}"
    note = memo or f"Rent {posted:%B %Y}"
    sample.add("payments.csv", [payment_id, lease_id, _dollars(cents), posted, method, note])


def _dollars(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def _yes(value: bool) -> str:
    return "yes" if value else "no"


if __name__ == "__main__":
    write_sample(sample_folder())
    print(f"wrote {sample_folder()}")
