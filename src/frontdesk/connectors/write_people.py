"""Writing residents with their contact points, and leases with the residents on them.

A phone or email in the file replaces the resident's other contact point on that channel; a
blank cell leaves what the store has. Consent and opt-out cells that are blank change nothing.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from frontdesk.connectors.csv_rows import LeaseRow, ResidentRow
from frontdesk.connectors.portfolio_store import Contact, Snapshot
from frontdesk.connectors.record_sync import (
    Changes,
    bulk_delete,
    bulk_insert,
    bulk_update,
    sync_rows,
)
from frontdesk.record.enums import Channel
from frontdesk.record.models import ContactPoint, Lease, Person, lease_residents


def write_people(
    session: Session, snap: Snapshot, rows: list[ResidentRow], pid: int, now: datetime
) -> Changes:
    desired = {
        r.external_id: {
            "first_name": r.first_name,
            "last_name": r.last_name,
            "preferred_language": r.preferred_language
            or snap.people.current(r.external_id, "preferred_language")
            or "en",
        }
        for r in rows
    }
    changes = sync_rows(session, Person, "external_id", snap.people, desired, pid)
    changes.updated |= _write_contacts(session, snap, rows, now)
    return changes


class _ContactPlan:
    def __init__(self) -> None:
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.deletes: list[int] = []


def _write_contacts(
    session: Session, snap: Snapshot, rows: list[ResidentRow], now: datetime
) -> set[Hashable]:
    plan = _ContactPlan()
    changed: set[Hashable] = set()
    for row in rows:
        person_id = snap.people.ids[row.external_id]
        have = snap.contacts.get(person_id, [])
        sms = (Channel.SMS, row.phone, row.sms_consent, row.sms_opt_out)
        email = (Channel.EMAIL, row.email, row.email_consent, row.email_opt_out)
        for channel, address, consent, opt_out in (sms, email):
            if address and _plan_contact(
                plan, person_id, have, channel, address, consent, opt_out, now
            ):
                changed.add(row.external_id)
    bulk_delete(session, ContactPoint, plan.deletes)
    bulk_update(session, ContactPoint, plan.updates)
    bulk_insert(session, ContactPoint, plan.inserts)
    return changed


def _plan_contact(
    plan: _ContactPlan,
    person_id: int,
    have: list[Contact],
    channel: Channel,
    address: str,
    consent: bool | None,
    opt_out: bool | None,
    now: datetime,
) -> bool:
    """Plan the writes for one channel of one person; True when anything changes."""
    same = [c for c in have if c.channel == channel and c.address == address]
    stale = [c.id for c in have if c.channel == channel and c.address != address]
    plan.deletes += stale
    if not same:
        opted_out_at = now if opt_out else None
        new = {"person_id": person_id, "channel": channel, "address": address}
        plan.inserts.append({**new, "consent": bool(consent), "opted_out_at": opted_out_at})
        return True
    contact = same[0]
    values = {
        "consent": contact.consent if consent is None else consent,
        "opted_out_at": _opted_out_at(contact.opted_out_at, opt_out, now),
    }
    if (values["consent"], values["opted_out_at"]) != (contact.consent, contact.opted_out_at):
        plan.updates.append({"id": contact.id, **values})
        return True
    return bool(stale)


def _opted_out_at(current: datetime | None, opt_out: bool | None, now: datetime) -> datetime | None:
    """An import can record an opt-out but never lift one: only the resident can opt back in."""
    return (current or now) if opt_out else current


def write_leases(session: Session, snap: Snapshot, rows: list[LeaseRow], pid: int) -> Changes:
    desired = {
        r.external_id: {
            "unit_id": snap.units.ids[r.unit_id],
            "status": r.status,
            "start_date": r.start_date,
            "end_date": r.end_date,
            "rent_cents": r.rent,
        }
        for r in rows
    }
    changes = sync_rows(session, Lease, "external_id", snap.leases, desired, pid)
    changes.updated |= _write_lease_people(session, snap, rows)
    return changes


def _write_lease_people(session: Session, snap: Snapshot, rows: list[LeaseRow]) -> set[Hashable]:
    """Make each listed lease name exactly its listed residents; returns changed leases."""
    added: list[dict[str, int]] = []
    changed: set[Hashable] = set()
    for row in rows:
        lease_id = snap.leases.ids[row.external_id]
        want = {snap.people.ids[resident] for resident in row.resident_ids}
        have = snap.lease_people.get(lease_id, set())
        added += [{"lease_id": lease_id, "person_id": p} for p in want - have]
        if gone := have - want:
            session.execute(
                delete(lease_residents).where(
                    lease_residents.c.lease_id == lease_id,
                    lease_residents.c.person_id.in_(gone),
                )
            )
        if want != have:
            changed.add(row.external_id)
    for start in range(0, len(added), 5000):
        session.execute(insert(lease_residents), added[start : start + 5000])
    return changed
