"""The policy schema: what a portfolio's YAML may say, checked field by field.

Every model forbids unknown keys so a typo (``quiet_hour:``) is refused instead of silently
ignored. Checks that span sections (references, ordering) live in ``crossref``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from frontdesk.policy.crossref import cross_check, format_path
from frontdesk.policy.hours import ClockTime, calendar_problem, format_clock, public_holidays
from frontdesk.policy.merge import deep_merge
from frontdesk.policy.templates import TemplateError, render_text
from frontdesk.policy.vocab import (
    WEEKDAYS,
    CallerType,
    CallOutcome,
    ContactChannel,
    OfficeState,
    PriorityName,
    StopReason,
)

# Validation context key: the loader runs the cross-checks itself to report each problem apart.
DEFER_CROSS_CHECK = "frontdesk.policy.defer_cross_check"
SCHEMA_VERSION = 1

_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
_E164 = re.compile(r"\+[1-9]\d{6,14}")

NonEmpty = Annotated[str, Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Queue(_Model):
    label: NonEmpty
    sla_hours: float = Field(gt=0)


class RequiredDetail(_Model):
    """One detail the resident must give before work is created, and the prompt asking for it."""

    name: NonEmpty
    prompt: NonEmpty


class Category(_Model):
    queue: NonEmpty
    priority: PriorityName
    sla_hours: float | None = Field(default=None, gt=0)
    required_details: list[RequiredDetail] = []
    ack_template: NonEmpty


class Escalation(_Model):
    """Where a message needing judgment goes, what staff should do, and what the resident hears."""

    queue: NonEmpty
    priority: PriorityName
    recommended_action: NonEmpty
    resident_template: str | None = None
    page_on_call: bool = False


class OnCall(_Model):
    channel: ContactChannel
    address: NonEmpty

    @model_validator(mode="after")
    def _address_fits_channel(self) -> OnCall:
        if self.channel == "sms" and not _E164.fullmatch(self.address):
            raise ValueError(
                f"address must be an E.164 number like +15551234567 for sms, got {self.address!r}"
            )
        if self.channel == "email" and "@" not in self.address:
            raise ValueError(f"address must be an email address for email, got {self.address!r}")
        return self


class ReminderStage(_Model):
    name: NonEmpty
    days_past_due: int = Field(ge=0)
    min_balance_cents: int = Field(ge=0)
    channel: ContactChannel
    template: NonEmpty
    stop_on: list[StopReason]


class Reminders(_Model):
    stages: list[ReminderStage] = Field(min_length=1)
    escalate_after_broken_promises: int = Field(ge=1)
    legal_review_days_past_due: int = Field(ge=0)
    legal_review_min_balance_cents: int = Field(ge=0)


class QuietHours(_Model):
    """No outreach between ``start`` and ``end`` local time; the window may wrap midnight."""

    start: ClockTime
    end: ClockTime

    @model_validator(mode="after")
    def _not_empty(self) -> QuietHours:
        if self.start == self.end:
            raise ValueError("start and end must differ")
        return self

    def contains(self, local_time: time) -> bool:
        """Whether ``local_time`` falls inside quiet hours (start inclusive, end exclusive)."""
        if self.start < self.end:
            return self.start <= local_time < self.end
        return local_time >= self.start or local_time < self.end


class ContactCaps(_Model):
    per_day: int = Field(ge=1)
    per_week: int = Field(ge=1)


class DayHours(_Model):
    open: ClockTime
    close: ClockTime

    @model_validator(mode="after")
    def _opens_before_closing(self) -> DayHours:
        if self.open >= self.close:
            opens, closes = format_clock(self.open), format_clock(self.close)
            raise ValueError(f"open ({opens}) must be before close ({closes})")
        return self


class OfficeHours(_Model):
    """Each weekday's hours; every day must be listed and ``null`` means closed all day."""

    monday: DayHours | None
    tuesday: DayHours | None
    wednesday: DayHours | None
    thursday: DayHours | None
    friday: DayHours | None
    saturday: DayHours | None
    sunday: DayHours | None

    def on(self, day: date) -> DayHours | None:
        hours: DayHours | None = getattr(self, WEEKDAYS[day.weekday()])
        return hours


class OfficeHoursOverride(_Model):
    """A property's changes to some weekdays; unlisted days keep the portfolio's hours."""

    monday: DayHours | None = None
    tuesday: DayHours | None = None
    wednesday: DayHours | None = None
    thursday: DayHours | None = None
    friday: DayHours | None = None
    saturday: DayHours | None = None
    sunday: DayHours | None = None


class Holidays(_Model):
    country: str = "US"
    subdivision: str | None = None
    extra_dates: list[date] = []
    closed_on_holidays: bool = True

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str) -> str:
        problem = calendar_problem(value, None)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("subdivision")
    @classmethod
    def _known_subdivision(cls, value: str | None, info: ValidationInfo) -> str | None:
        country = info.data.get("country")
        problem = calendar_problem(country, value) if country and value else None
        if problem:
            raise ValueError(problem)
        return value


class HolidaysOverride(_Model):
    """Checked once merged, since a subdivision only makes sense with the effective country."""

    country: str | None = None
    subdivision: str | None = None
    extra_dates: list[date] | None = None
    closed_on_holidays: bool | None = None


class RouteCondition(_Model):
    """What a call must look like for a route to apply; an unset field matches anything."""

    office_state: OfficeState | None = None
    caller_type: CallerType | None = None
    language: str | None = None

    def matches(self, office_state: str, caller_type: str, language: str | None) -> bool:
        return (
            self.office_state in (None, office_state)
            and self.caller_type in (None, caller_type)
            and (self.language is None or self.language == language)
        )


class CallRoute(_Model):
    name: NonEmpty
    when: RouteCondition = RouteCondition()
    outcome: CallOutcome
    queue: str | None = None
    template: str | None = None


class PropertyOverride(_Model):
    """What one property does differently; everything unset comes from the portfolio."""

    quiet_hours: QuietHours | None = None
    contact_caps: ContactCaps | None = None
    office_hours: OfficeHoursOverride | None = None
    holidays: HolidaysOverride | None = None
    on_call: OnCall | None = None
    call_routes: list[CallRoute] | None = None


class Policy(_Model):
    """A portfolio's validated policy; ``for_property`` gives the one a property runs under."""

    version: int = SCHEMA_VERSION
    name: NonEmpty
    languages: list[str] = ["en", "es"]
    queues: dict[str, Queue]
    categories: dict[str, Category]
    escalations: dict[str, Escalation]
    on_call: OnCall
    reminders: Reminders
    quiet_hours: QuietHours
    contact_caps: ContactCaps
    office_hours: OfficeHours
    holidays: Holidays = Holidays()
    call_routes: list[CallRoute]
    templates: dict[str, dict[str, str]]
    properties: dict[str, PropertyOverride] = {}

    _memo: dict[str, Any] = PrivateAttr(default_factory=dict)

    @field_validator("version")
    @classmethod
    def _supported_version(cls, value: int) -> int:
        if value != SCHEMA_VERSION:
            raise ValueError(
                f"unsupported policy version {value}; this frontdesk reads version {SCHEMA_VERSION}"
            )
        return value

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("list at least one language; the first is the fallback")
        if len(set(value)) != len(value):
            raise ValueError("languages must not repeat")
        for code in value:
            if not _LANGUAGE.fullmatch(code):
                raise ValueError(f"'{code}' is not a language code like 'en' or 'es'")
        return value

    @model_validator(mode="after")
    def _cross_references(self, info: ValidationInfo) -> Policy:
        if isinstance(info.context, dict) and info.context.get(DEFER_CROSS_CHECK):
            return self
        problems = cross_check(self.model_dump(mode="json"))
        if problems:
            raise ValueError("; ".join(f"{format_path(loc)}: {msg}" for loc, msg in problems))
        return self

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy whose memo starts empty: an updated copy must not reuse this one's hash."""
        copied = super().model_copy(update=update, deep=deep)
        copied._memo = {}
        return copied

    @property
    def version_hash(self) -> str:
        """sha256 of the canonical JSON of the validated policy; key order does not matter."""
        if "hash" not in self._memo:
            canonical = json.dumps(
                self.model_dump(mode="json"),
                sort_keys=True,
                separators=(",", ":"),
                ensure_ascii=False,
            )
            self._memo["hash"] = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        digest: str = self._memo["hash"]
        return digest

    def for_property(self, external_id: str | None) -> Policy:
        """The effective policy for a property: its override merged onto this one, re-validated.

        The result has no ``properties`` of its own, so its hash names exactly what applied.
        """
        override = self.properties.get(external_id) if external_id is not None else None
        if override is None:
            return self
        key = f"property:{external_id}"
        if key not in self._memo:
            base = self.model_dump(mode="json", exclude={"properties"})
            patch = override.model_dump(mode="json", exclude_unset=True)
            self._memo[key] = Policy.model_validate(deep_merge(base, patch))
        effective: Policy = self._memo[key]
        return effective

    def render(self, template: str, lang: str, variables: Mapping[str, object]) -> str:
        """Approved text for ``template`` in ``lang`` (or the first language if ``lang`` is not
        offered), with placeholders filled; raises TemplateError rather than improvise."""
        texts = self.templates.get(template)
        if texts is None:
            raise TemplateError(template, f"unknown template '{template}'")
        chosen = lang if lang in self.languages else self.languages[0]
        text = texts.get(chosen)
        if text is None:
            raise TemplateError(template, f"template '{template}' has no '{chosen}' text")
        return render_text(template, text, variables)

    def holiday_calendar(self, years: Iterable[int]) -> dict[date, str]:
        """Every day the office counts as a holiday in ``years``, with its name."""
        found: dict[date, str] = {}
        rules = self.holidays
        for year in years:
            found.update(public_holidays(rules.country, rules.subdivision, year))
            found.update({d: "Office holiday" for d in rules.extra_dates if d.year == year})
        return dict(sorted(found.items()))

    def is_holiday(self, day: date) -> bool:
        rules = self.holidays
        return day in rules.extra_dates or day in public_holidays(
            rules.country, rules.subdivision, day.year
        )

    def office_state(self, local_dt: datetime) -> Literal["open", "after_hours", "holiday"]:
        """Open, after hours or holiday at a property-local time (overflow is the caller's call)."""
        day = local_dt.date()
        if self.holidays.closed_on_holidays and self.is_holiday(day):
            return "holiday"
        hours = self.office_hours.on(day)
        if hours is not None and hours.open <= local_dt.time() < hours.close:
            return "open"
        return "after_hours"

    def is_open(self, local_dt: datetime) -> bool:
        """Whether the office is staffed at ``local_dt``, a time already in the property's zone."""
        return self.office_state(local_dt) == "open"

    def route_call(self, office_state: str, caller_type: str, language: str | None) -> CallRoute:
        """The first call route whose condition matches; the last route always does."""
        for route in self.call_routes:
            if route.when.matches(office_state, caller_type, language):
                return route
        return self.call_routes[-1]
