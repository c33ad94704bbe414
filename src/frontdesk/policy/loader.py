"""Loading a policy file: every problem is reported at once, each with its path and line.

A bad policy is refused as a whole (``PolicyError``), never half-applied and never shown as a
raw traceback or pydantic dump: operators edit these files by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from frontdesk.policy.crossref import Loc, Problem, cross_check, format_path
from frontdesk.policy.merge import deep_merge
from frontdesk.policy.schema import DEFER_CROSS_CHECK, Policy
from frontdesk.policy.yaml_source import YamlSyntaxError, duplicate_keys, line_of, read_yaml


@dataclass(frozen=True)
class PolicyIssue:
    """One problem in a policy file: where (dotted path, line) and what is wrong."""

    path: str
    message: str
    line: int | None = None
    source: str | None = None

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        prefix = f"{where} " if where else ""
        return f"{prefix}{self.path}: {self.message}" if self.path else f"{prefix}{self.message}"


class PolicyError(Exception):
    """A policy was refused; ``issues`` lists every problem found, in file order."""

    def __init__(self, issues: list[PolicyIssue], source: str = "<policy>") -> None:
        self.issues = issues
        self.source = source
        count = f"{len(issues)} problem" + ("s" if len(issues) != 1 else "")
        lines = "\n".join(f"  {issue}" for issue in issues)
        super().__init__(f"{source}: policy refused ({count}); fix and load again:\n{lines}")


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    """Validate policy YAML ``text``; raises PolicyError listing every problem found."""
    try:
        data, root = read_yaml(text)
    except YamlSyntaxError as exc:
        issue = _issue("", f"not valid YAML: {exc.message}", exc.line, source)
        raise PolicyError([issue], source) from None
    policy, problems = validate_data(data)
    issues = [_issue(format_path(loc), msg, line_of(root, loc), source) for loc, msg in problems]
    issues += [
        _issue(
            format_path(loc), "key appears twice; the earlier value would be ignored", line, source
        )
        for loc, line in duplicate_keys(root)
    ]
    if issues or policy is None:
        issues.sort(key=lambda issue: (issue.line is None, issue.line or 0))
        raise PolicyError(issues, source)
    return policy


def load_policy(path: Path) -> Policy:
    """Read and validate a policy file; an unreadable file is a PolicyError too."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError([_issue("", "file not found", None, source)], source) from None
    except (OSError, UnicodeDecodeError) as exc:
        message = f"cannot read the file ({exc.__class__.__name__}: {exc})"
        raise PolicyError([_issue("", message, None, source)], source) from None
    return parse_policy(text, source=source)


def default_policy_text() -> str:
    """The shipped default policy file, a starting point for an operator's own."""
    return files("frontdesk.policy").joinpath("default.yaml").read_text(encoding="utf-8")


@cache
def default_policy() -> Policy:
    """The shipped default policy (US operator, English and Spanish); treat it as read-only."""
    return parse_policy(default_policy_text(), source="frontdesk/policy/default.yaml")


def validate_data(data: object) -> tuple[Policy | None, list[Problem]]:
    """Schema errors, cross-reference errors and each property's effective-policy errors."""
    if not isinstance(data, dict):
        kind = "an empty document" if data is None else f"a {type(data).__name__}"
        message = f"a policy must be a mapping of sections (name, queues, ...), not {kind}"
        return None, [((), message)]
    policy: Policy | None = None
    problems: list[Problem] = []
    try:
        policy = Policy.model_validate(data, context={DEFER_CROSS_CHECK: True})
    except ValidationError as exc:
        problems += [_from_pydantic(error) for error in exc.errors()]
    problems += cross_check(data)
    problems += _property_problems(data)
    unique = list(dict.fromkeys(problems))
    return (policy if not unique else None), unique


def _property_problems(data: dict[str, Any]) -> list[Problem]:
    """Problems an override causes in the policy its property would run under."""
    overrides = data.get("properties")
    if not isinstance(overrides, dict):
        return []
    base = {key: value for key, value in data.items() if key != "properties"}
    problems: list[Problem] = []
    for external_id, override in overrides.items():
        if not isinstance(override, dict):
            continue
        _, found = validate_data(deep_merge(base, override))
        problems += [
            (("properties", str(external_id), *loc), msg)
            for loc, msg in found
            if loc and loc[0] in override
        ]
    return problems


def _from_pydantic(error: ErrorDetails) -> Problem:
    loc: Loc = tuple(part for part in error["loc"] if part != "[key]")
    kind = error["type"]
    if kind == "extra_forbidden":
        return loc, f"unknown key '{loc[-1]}' (check the spelling)"
    if kind == "missing":
        return loc, "required"
    message = error["msg"].removeprefix("Value error, ")
    if kind in ("literal_error", "enum"):
        message = f"{message}, got {error['input']!r}"
    return loc, message


def _issue(path: str, message: str, line: int | None, source: str) -> PolicyIssue:
    return PolicyIssue(path=path, message=message, line=line, source=source)
