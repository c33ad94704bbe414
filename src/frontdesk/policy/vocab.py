"""The closed sets a policy speaks in: categories, escalations, outcomes and the like.

They live apart from the models so the cross-reference checks can use them on raw YAML data.
"""

from __future__ import annotations

from typing import Literal

PriorityName = Literal["low", "normal", "high", "urgent"]
ContactChannel = Literal["sms", "email"]
StopReason = Literal[
    "payment_posted",
    "promise_to_pay",
    "dispute",
    "hardship",
    "opt_out",
    "plan_request",
    "paid_already",
]
OfficeState = Literal["open", "after_hours", "holiday", "overflow"]
CallerType = Literal["prospect", "resident", "vendor", "unknown"]
CallOutcome = Literal[
    "live_queue", "tour_booking", "text_back", "next_morning_task", "human_review"
]

CATEGORIES: tuple[str, ...] = (
    "maintenance",
    "billing",
    "delinquency",
    "lease",
    "move",
    "access",
    "status_update",
    "general",
)
ESCALATIONS: tuple[str, ...] = (
    "emergency",
    "dispute",
    "accommodation",
    "legal",
    "hardship",
    "complaint",
    "fair_housing",
    "unclear",
)
WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
# A reminder sequence that ignored these would text people who paid or asked us to stop.
REQUIRED_STOPS: tuple[str, ...] = ("payment_posted", "opt_out")
