"""Closed sets stored in the record."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"
    VOICE = "voice"
    PORTAL = "portal"
    CONSOLE = "console"
    WEBHOOK = "webhook"


class LeaseStatus(StrEnum):
    FUTURE = "future"
    ACTIVE = "active"
    NOTICE = "notice"
    PAST = "past"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class TaskStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    DONE = "done"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class TimerStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


class StaffRole(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    AGENT = "agent"
    VIEWER = "viewer"


class LedgerKind(StrEnum):
    CHARGE = "charge"
    PAYMENT = "payment"
    CREDIT = "credit"
    ADJUSTMENT = "adjustment"


class ThreadStatus(StrEnum):
    OPEN = "open"
    AWAITING_RESIDENT = "awaiting_resident"
    HUMAN = "human"
    CLOSED = "closed"
