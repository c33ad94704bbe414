"""Resident-message measures per day and property, computed from the timeline.

* routed without manual triage: messages that went straight to the right place (a work order,
  a question, an answer, or the right escalation queue) over all messages; manual triage is
  what a person had to sort: ``unclear``, an unmatched sender, a status question with no
  open work order;
* first response: time from a thread's first message to the first reply queued to the
  resident (automated or by staff), p50/p90 by message category;
* resolved without duplicate handoffs: threads handed to at most one queue;
* record completeness: threads with a task whose category's required details are all known;
* manual touches per thread: timeline events by staff (actor ``staff:...``).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.policy import Policy
from frontdesk.record.models import Event, Property, Task, Thread

MANUAL_TRIAGE_RULES = ("portal.escalate.unclear", "portal.unknown_sender", "portal.status_update")


@dataclass
class MessageMetrics:
    day: date
    property_name: str
    messages: int = 0
    triage_free: int = 0
    threads: int = 0
    single_handoff: int = 0
    with_task: int = 0
    complete: int = 0
    manual_touches: int = 0
    first_response: dict[str, list[float]] | None = None

    @property
    def triage_free_share(self) -> float:
        return self.triage_free / self.messages if self.messages else 0.0

    @property
    def completeness(self) -> float:
        return self.complete / self.with_task if self.with_task else 0.0

    @property
    def single_handoff_share(self) -> float:
        return self.single_handoff / self.threads if self.threads else 0.0

    @property
    def touches_per_thread(self) -> float:
        return self.manual_touches / self.threads if self.threads else 0.0

    def response_percentiles(self) -> dict[str, tuple[float, float, int]]:
        """category → (p50 seconds, p90 seconds, threads answered)."""
        out: dict[str, tuple[float, float, int]] = {}
        for category, values in sorted((self.first_response or {}).items()):
            ordered = sorted(values)
            p90 = ordered[max(0, round(0.9 * len(ordered)) - 1)]
            out[category] = (statistics.median(ordered), p90, len(ordered))
        return out


def message_metrics(
    session: Session, portfolio_id: int, start: datetime, end: datetime, policy: Policy
) -> list[MessageMetrics]:
    """Measures for threads started in [start, end), grouped by property-local day."""
    threads = session.scalars(
        select(Thread).where(
            Thread.portfolio_id == portfolio_id, Thread.created_at >= start, Thread.created_at < end
        )
    ).all()
    props = {
        p.id: p for p in session.scalars(select(Property).filter_by(portfolio_id=portfolio_id))
    }
    rows: dict[tuple[date, str], MessageMetrics] = {}
    for thread in threads:
        prop = props.get(thread.property_id) if thread.property_id else None
        zone = ZoneInfo(prop.timezone) if prop else ZoneInfo("UTC")
        key = (thread.created_at.astimezone(zone).date(), prop.name if prop else "(unmatched)")
        metrics = rows.setdefault(
            key, MessageMetrics(day=key[0], property_name=key[1], first_response=defaultdict(list))
        )
        _add_thread(session, metrics, thread, policy)
    return [rows[k] for k in sorted(rows)]


def _add_thread(session: Session, m: MessageMetrics, thread: Thread, policy: Policy) -> None:
    events = session.scalars(
        select(Event)
        .where(Event.subject_type == "thread", Event.subject_id == thread.id)
        .order_by(Event.id)
    ).all()
    m.threads += 1
    received = [e for e in events if e.kind == "message.received"]
    m.messages += len(received)
    decided = [e for e in events if e.kind == "message.classified"]
    # a status question creates a task only when there is no work order to report on
    manual = sum(1 for e in events if e.kind == "task.created" and e.actor in MANUAL_TRIAGE_RULES)
    m.triage_free += max(len(decided) - manual, 0)
    handoffs = sum(1 for e in events if e.kind == "task.created")
    m.single_handoff += handoffs <= 1
    m.manual_touches += sum(1 for e in events if e.actor.startswith("staff:"))
    _first_response(m, thread, events)
    if thread.task_id is not None:
        m.with_task += 1
        task = session.get(Task, thread.task_id)
        m.complete += task is not None and _complete(thread, task, policy)


def _first_response(m: MessageMetrics, thread: Thread, events: Sequence[Event]) -> None:
    first_in = next((e for e in events if e.kind == "message.received"), None)
    reply = next(
        (
            e
            for e in events
            if e.kind == "message.queued" and e.data.get("recipient") == thread.sender
        ),
        None,
    )
    if first_in is None or reply is None or m.first_response is None:
        return
    category = thread.category or "unknown"
    m.first_response[category].append((reply.at - first_in.at) / timedelta(seconds=1))


def _complete(thread: Thread, task: Task, policy: Policy) -> bool:
    category = thread.category if thread.category in policy.categories else None
    if category is None or task.kind.startswith("escalation."):
        return True  # an escalation's record is the conversation itself
    required = {d.name for d in policy.categories[category].required_details}
    known = {k for k, v in thread.details.items() if v}
    return required <= known
