"""What the store already holds for a portfolio, loaded in a handful of queries before an import."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.connectors.csv_checks import Known
from frontdesk.connectors.record_sync import CHUNK, Existing, load_existing
from frontdesk.record.enums import Channel
from frontdesk.record.models import (
    Account,
    ContactPoint,
    Lease,
    LedgerEntry,
    Owner,
    Person,
    Portfolio,
    Property,
    PropertyPhone,
    Unit,
    lease_residents,
)

OWNER_FIELDS = ("name", "email")
PROPERTY_FIELDS = ("owner_id", "name", "timezone", "address", "aliases")
UNIT_FIELDS = ("property_id", "number", "bedrooms", "bathrooms", "square_feet", "market_rent_cents")
PERSON_FIELDS = ("first_name", "last_name", "preferred_language")
LEASE_FIELDS = ("unit_id", "status", "start_date", "end_date", "rent_cents")
ACCOUNT_FIELDS = (
    "balance_cents",
    "aged_0_30_cents",
    "aged_31_60_cents",
    "aged_61_90_cents",
    "aged_90_plus_cents",
    "oldest_due_date",
    "as_of",
)
LEDGER_FIELDS = ("account_id", "kind", "amount_cents", "posted_on", "method", "memo")


@dataclass(frozen=True)
class Contact:
    id: int
    channel: Channel
    address: str
    consent: bool
    opted_out_at: datetime | None


@dataclass
class Snapshot:
    """The portfolio's rows keyed the way the CSV files refer to them."""

    portfolio: Portfolio | None
    owners: Existing
    properties: Existing
    units: Existing
    people: Existing
    leases: Existing
    accounts: Existing  # keyed by lease id
    ledger: Existing
    phones: dict[str, tuple[int, int]]  # e164 -> (phone row id, property id)
    foreign_phones: dict[str, str]
    contacts: dict[int, list[Contact]] = field(default_factory=dict)
    lease_people: dict[int, set[int]] = field(default_factory=dict)

    def known(self) -> Known:
        return Known(
            properties={str(k) for k in self.properties.ids},
            units={str(k) for k in self.units.ids},
            residents={str(k) for k in self.people.ids},
            leases={str(k) for k in self.leases.ids},
            foreign_phones=self.foreign_phones,
        )


def load_snapshot(session: Session, portfolio_key: str, csv_phones: Iterable[str]) -> Snapshot:
    portfolio = session.scalars(select(Portfolio).where(Portfolio.key == portfolio_key)).first()
    pid = portfolio.id if portfolio else None
    return Snapshot(
        portfolio=portfolio,
        owners=load_existing(session, Owner, "external_id", OWNER_FIELDS, pid),
        properties=load_existing(session, Property, "external_id", PROPERTY_FIELDS, pid),
        units=load_existing(session, Unit, "external_id", UNIT_FIELDS, pid),
        people=load_existing(session, Person, "external_id", PERSON_FIELDS, pid),
        leases=load_existing(session, Lease, "external_id", LEASE_FIELDS, pid),
        accounts=load_existing(session, Account, "lease_id", ACCOUNT_FIELDS, pid),
        ledger=load_existing(session, LedgerEntry, "external_id", LEDGER_FIELDS, pid),
        phones=_own_phones(session, pid),
        foreign_phones=_foreign_phones(session, pid, sorted(set(csv_phones))),
        contacts=_contacts(session, pid),
        lease_people=_lease_people(session, pid),
    )


def _own_phones(session: Session, pid: int | None) -> dict[str, tuple[int, int]]:
    query = (
        select(PropertyPhone.e164, PropertyPhone.id, PropertyPhone.property_id)
        .join(Property)
        .where(Property.portfolio_id == pid)
    )
    return {row[0]: (row[1], row[2]) for row in session.execute(query)}


def _foreign_phones(session: Session, pid: int | None, numbers: list[str]) -> dict[str, str]:
    """Tracking numbers in the CSV that another portfolio's property already answers."""
    held: dict[str, str] = {}
    for start in range(0, len(numbers), CHUNK):
        query = (
            select(PropertyPhone.e164, Property.external_id, Portfolio.key)
            .join(Property, PropertyPhone.property_id == Property.id)
            .join(Portfolio, Property.portfolio_id == Portfolio.id)
            .where(PropertyPhone.e164.in_(numbers[start : start + CHUNK]))
        )
        if pid is not None:
            query = query.where(Property.portfolio_id != pid)
        for e164, prop, key in session.execute(query):
            held[e164] = f"property {prop!r} of portfolio {key!r}"
    return held


def _contacts(session: Session, pid: int | None) -> dict[int, list[Contact]]:
    query = (
        select(
            ContactPoint.person_id,
            ContactPoint.id,
            ContactPoint.channel,
            ContactPoint.address,
            ContactPoint.consent,
            ContactPoint.opted_out_at,
        )
        .join(Person)
        .where(Person.portfolio_id == pid, Person.external_id.is_not(None))
    )
    contacts: dict[int, list[Contact]] = defaultdict(list)
    for person_id, cid, channel, address, consent, opted_out_at in session.execute(query):
        contacts[person_id].append(Contact(cid, channel, address, consent, opted_out_at))
    return contacts


def _lease_people(session: Session, pid: int | None) -> dict[int, set[int]]:
    query = (
        select(lease_residents.c.lease_id, lease_residents.c.person_id)
        .join(Lease, Lease.id == lease_residents.c.lease_id)
        .where(Lease.portfolio_id == pid)
    )
    people: dict[int, set[int]] = defaultdict(set)
    for lease_id, person_id in session.execute(query):
        people[lease_id].add(person_id)
    return people
