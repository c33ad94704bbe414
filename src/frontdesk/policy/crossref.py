"""Checks that span sections: references to queues and templates, ordering, completeness.

They run on the plain data (the parsed YAML, or a model dumped to JSON) rather than on the
models, so they still report when another part of the file failed schema validation: a bad
policy is refused with every problem at once, not one per attempt.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from frontdesk.policy.templates import placeholders, text_problems
from frontdesk.policy.vocab import CATEGORIES, ESCALATIONS, REQUIRED_STOPS

Loc = tuple[str | int, ...]
Problem = tuple[Loc, str]


def cross_check(data: Mapping[str, Any]) -> list[Problem]:
    """Every cross-reference problem in ``data``, each with the path of the offending node."""
    refs = _Refs(data)
    problems: list[Problem] = []
    problems += _check_keys(data, "categories", CATEGORIES, "category")
    problems += _check_keys(data, "escalations", ESCALATIONS, "escalation")
    problems += _check_categories(data, refs)
    problems += _check_escalations(data, refs)
    problems += _check_reminders(data, refs)
    problems += _check_call_routes(data.get("call_routes"), ("call_routes",), refs)
    problems += _check_caps(data)
    problems += _check_templates(data, refs.languages)
    return problems


class _Refs:
    """The names other sections may point at, and the checks for one pointer."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        langs = data.get("languages", ["en", "es"])
        self.languages = [x for x in langs if isinstance(x, str)] if isinstance(langs, list) else []
        self.queues = _keys(data.get("queues"))
        self.templates = _keys(data.get("templates"))

    def queue(self, value: object, loc: Loc) -> list[Problem]:
        if isinstance(value, str) and value not in self.queues:
            return [(loc, f"unknown queue '{value}'")]
        return []

    def template(self, value: object, loc: Loc) -> list[Problem]:
        if isinstance(value, str) and value not in self.templates:
            return [(loc, f"unknown template '{value}'")]
        return []


def _keys(value: object) -> set[str]:
    return {str(k) for k in value} if isinstance(value, dict) else set()


def _items(value: object) -> Iterator[tuple[str, dict[str, Any]]]:
    """The (key, mapping) entries of a mapping section, skipping malformed ones."""
    if isinstance(value, dict):
        for key, entry in value.items():
            if isinstance(entry, dict):
                yield str(key), entry


def _entries(value: object) -> Iterator[tuple[int, dict[str, Any]]]:
    """The (index, mapping) entries of a list section, skipping malformed ones."""
    if isinstance(value, list):
        for index, entry in enumerate(value):
            if isinstance(entry, dict):
                yield index, entry


def _check_keys(
    data: Mapping[str, Any], section: str, expected: tuple[str, ...], noun: str
) -> list[Problem]:
    found = data.get(section)
    if not isinstance(found, dict):
        return []
    problems: list[Problem] = []
    for key in found:
        if key not in expected:
            allowed = ", ".join(expected)
            problems.append(((section, str(key)), f"unknown {noun} '{key}' (expected {allowed})"))
    for key in expected:
        if key not in found:
            problems.append(((section,), f"missing {noun} '{key}'"))
    return problems


def _check_categories(data: Mapping[str, Any], refs: _Refs) -> list[Problem]:
    problems: list[Problem] = []
    for key, category in _items(data.get("categories")):
        loc: Loc = ("categories", key)
        problems += refs.queue(category.get("queue"), (*loc, "queue"))
        problems += refs.template(category.get("ack_template"), (*loc, "ack_template"))
        seen: set[str] = set()
        for i, detail in _entries(category.get("required_details")):
            name = detail.get("name")
            if isinstance(name, str) and name in seen:
                problems.append(((*loc, "required_details", i, "name"), f"duplicate '{name}'"))
            seen.add(str(name))
            problems += refs.template(detail.get("prompt"), (*loc, "required_details", i, "prompt"))
    return problems


def _check_escalations(data: Mapping[str, Any], refs: _Refs) -> list[Problem]:
    problems: list[Problem] = []
    for key, escalation in _items(data.get("escalations")):
        loc: Loc = ("escalations", key)
        problems += refs.queue(escalation.get("queue"), (*loc, "queue"))
        problems += refs.template(escalation.get("resident_template"), (*loc, "resident_template"))
    return problems


def _check_reminders(data: Mapping[str, Any], refs: _Refs) -> list[Problem]:
    reminders = data.get("reminders")
    if not isinstance(reminders, dict):
        return []
    problems: list[Problem] = []
    previous: tuple[int, int] | None = None
    names: set[str] = set()
    for i, stage in _entries(reminders.get("stages")):
        loc: Loc = ("reminders", "stages", i)
        problems += refs.template(stage.get("template"), (*loc, "template"))
        name = stage.get("name")
        if isinstance(name, str) and name in names:
            problems.append(((*loc, "name"), f"duplicate stage name '{name}'"))
        names.add(str(name))
        days = stage.get("days_past_due")
        if isinstance(days, int) and not isinstance(days, bool):
            if previous is not None and days <= previous[1]:
                message = f"must be greater than stages[{previous[0]}] ({previous[1]})"
                problems.append(((*loc, "days_past_due"), message))
            previous = (i, days)
        stop_on = stage.get("stop_on")
        if isinstance(stop_on, list):
            for reason in REQUIRED_STOPS:
                if reason not in stop_on:
                    problems.append(((*loc, "stop_on"), f"must include '{reason}'"))
    return problems


def _check_call_routes(routes: object, loc: Loc, refs: _Refs) -> list[Problem]:
    """Routes point at real queues and templates, and the last one catches every call."""
    if not isinstance(routes, list):
        return []
    if not routes:
        return [(loc, "needs at least one route; the last must have an empty 'when'")]
    problems: list[Problem] = []
    last = len(routes) - 1
    for i, route in _entries(routes):
        problems += _check_route(route, (*loc, i), refs)
        when = route.get("when") or {}
        catch_all = isinstance(when, dict) and not any(v is not None for v in when.values())
        if i == last and not catch_all:
            message = "the last route must be a catch-all with an empty 'when'"
            problems.append(((*loc, i, "when"), message))
        elif i < last and catch_all:
            message = f"an empty 'when' matches every call, so routes after [{i}] never run"
            problems.append(((*loc, i, "when"), message))
    return problems


def _check_route(route: dict[str, Any], loc: Loc, refs: _Refs) -> list[Problem]:
    problems = refs.queue(route.get("queue"), (*loc, "queue"))
    problems += refs.template(route.get("template"), (*loc, "template"))
    outcome = route.get("outcome")
    if outcome in ("live_queue", "next_morning_task") and route.get("queue") is None:
        problems.append(((*loc, "queue"), f"a {outcome} route must name a queue"))
    if outcome == "text_back" and route.get("template") is None:
        problems.append(((*loc, "template"), "a text_back route must name a template"))
    when = route.get("when")
    language = when.get("language") if isinstance(when, dict) else None
    if isinstance(language, str) and language not in refs.languages:
        problems.append(((*loc, "when", "language"), f"'{language}' is not in languages"))
    return problems


def _check_caps(data: Mapping[str, Any]) -> list[Problem]:
    caps = data.get("contact_caps")
    if not isinstance(caps, dict):
        return []
    per_day, per_week = caps.get("per_day"), caps.get("per_week")
    if isinstance(per_day, int) and isinstance(per_week, int) and per_day > per_week:
        return [(("contact_caps", "per_day"), f"must not exceed per_week ({per_week})")]
    return []


def _check_templates(data: Mapping[str, Any], languages: list[str]) -> list[Problem]:
    templates = data.get("templates")
    if not isinstance(templates, dict):
        return []
    problems: list[Problem] = []
    for key, texts in templates.items():
        if isinstance(texts, dict):
            problems += _check_template(str(key), texts, languages)
    return problems


def _check_template(key: str, texts: dict[Any, Any], languages: list[str]) -> list[Problem]:
    loc: Loc = ("templates", key)
    problems: list[Problem] = [
        (loc, f"missing language '{x}'") for x in languages if x not in texts
    ]
    reference: tuple[str, set[str]] | None = None
    for lang, text in texts.items():
        if lang not in languages:
            problems.append(((*loc, str(lang)), f"language '{lang}' is not in languages"))
        if not isinstance(text, str):
            continue
        found = text_problems(text)
        problems += [((*loc, str(lang)), message) for message in found]
        if found:
            continue
        names = set(placeholders(text))
        if reference is None:
            reference = (str(lang), names)
        elif names != reference[1]:
            shown = ", ".join(sorted(names ^ reference[1]))
            message = f"placeholders differ from '{reference[0]}' ({shown})"
            problems.append(((*loc, str(lang)), message))
    return problems


def format_path(loc: Loc) -> str:
    """``("reminders", "stages", 2, "days_past_due")`` → ``reminders.stages[2].days_past_due``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path
