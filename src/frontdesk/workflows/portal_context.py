"""What the resident-message workflow knows when it decides: plain values, loaded at the edge."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from frontdesk.intake.understanding import Understanding


@dataclass(frozen=True)
class Resident:
    person_id: int
    first_name: str
    lang: str
    property_id: int | None
    property_external_id: str | None
    property_name: str
    unit: str
    lease_id: int | None
    lease_status: str | None
    reply_opted_out: bool = False


@dataclass(frozen=True)
class ThreadState:
    id: int
    is_new: bool
    category: str | None
    escalation: str | None
    status: str
    automation_paused: bool
    awaiting_detail: str | None
    details: dict[str, Any]
    task_id: int | None


@dataclass(frozen=True)
class WorkOrder:
    id: int
    title: str
    status: str


@dataclass(frozen=True)
class PortalMessage:
    """The message being decided, with where replies go and how far the conversation is."""

    message_id: int
    channel: str
    reply_channel: str
    reply_to: str
    text: str
    understanding: Understanding
    thread: ThreadState
    resident: Resident | None
    open_work_orders: tuple[WorkOrder, ...] = ()
    writeback_url: str | None = None
    now: datetime | None = field(default=None, compare=False)
