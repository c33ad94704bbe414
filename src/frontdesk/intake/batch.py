"""Triage a JSONL stream of messages offline, through the same ``understand`` as live traffic.

Input: one JSON object per line, ``{"id": ..., "text": "...", "lang": "en"|"es"?}``.
Output: exactly one JSON line per non-blank input line, in input order:
``{"id", "category", "escalation", "must_human", "missing", "lang", "confidence", "rule"}``.

A line that cannot be understood (not JSON, not an object, no string ``text``) is not
skipped and does not stop the run: its output line is
``{"id": <id or null>, "line": <line number>, "error": "<reason>", "must_human": true}``
(a person must look at what we could not read), and the same error is kept in
``BatchReport.errors`` for the caller to print on stderr and turn into the exit status.
Blank lines are ignored. Messages are scored in chunks for speed; each one still goes through
``understand_many`` → ``decide``, the code path the live workflow uses.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TextIO

from frontdesk.intake.model import PortalModel
from frontdesk.intake.understand import understand_many
from frontdesk.intake.understanding import Understanding

KINDS = ("portal",)
CHUNK = 256


@dataclass(frozen=True)
class BatchError:
    """One input line we could not understand, and why."""

    line: int
    id: Any
    reason: str

    def message(self) -> str:
        ident = f" (id {self.id})" if self.id is not None else ""
        return f"line {self.line}{ident}: {self.reason}"


@dataclass
class BatchReport:
    """Counts for the run and every error, in input order."""

    read: int = 0
    understood: int = 0
    must_human: int = 0
    errors: list[BatchError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class _Parsed:
    line: int
    id: Any
    text: str | None
    lang: str | None
    error: str | None = None


def triage_stream(
    lines: Iterable[str],
    out: TextIO,
    kind: str = "portal",
    *,
    model: PortalModel | None = None,
) -> BatchReport:
    """Understand every message in ``lines`` and write one JSON result line each to ``out``."""
    if kind not in KINDS:
        raise ValueError(f"unknown triage kind {kind!r}; expected one of {', '.join(KINDS)}")
    report = BatchReport()
    parsed = _parse_lines(lines)
    while chunk := list(islice(parsed, CHUNK)):
        report.read += len(chunk)
        for row in _triage_chunk(chunk, model):
            if "error" in row:
                report.errors.append(BatchError(row["line"], row["id"], row["error"]))
            else:
                report.understood += 1
                report.must_human += bool(row["must_human"])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return report


def _parse_lines(lines: Iterable[str]) -> Iterator[_Parsed]:
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            yield _parse(raw, number)


def _parse(raw: str, number: int) -> _Parsed:
    try:
        row = json.loads(raw)
    except json.JSONDecodeError as exc:
        return _Parsed(number, None, None, None, f"not valid JSON ({exc.msg})")
    if not isinstance(row, dict):
        return _Parsed(number, None, None, None, "expected a JSON object")
    ident, text, lang = row.get("id"), row.get("text"), row.get("lang")
    if not isinstance(text, str):
        return _Parsed(number, ident, None, None, "missing or non-string 'text'")
    return _Parsed(number, ident, text, lang if isinstance(lang, str) else None)


def _triage_chunk(chunk: list[_Parsed], model: PortalModel | None) -> list[dict[str, Any]]:
    good = [p for p in chunk if p.error is None]
    try:
        results: dict[int, Understanding | str] = dict(
            zip(map(id, good), _understand(good, model), strict=True)
        )
    except Exception:
        results = {}
        for p in good:
            try:
                results[id(p)] = _understand([p], model)[0]
            except Exception as exc:
                results[id(p)] = f"could not be understood ({type(exc).__name__}: {exc})"
    rows = []
    for p in chunk:
        outcome = results.get(id(p), p.error)
        if isinstance(outcome, Understanding):
            rows.append(_row(p.id, outcome))
        else:
            rows.append({"id": p.id, "line": p.line, "error": outcome, "must_human": True})
    return rows


def _understand(parsed: list[_Parsed], model: PortalModel | None) -> list[Understanding]:
    return understand_many([p.text or "" for p in parsed], [p.lang for p in parsed], model=model)


def _row(ident: Any, u: Understanding) -> dict[str, Any]:
    return {
        "id": ident,
        "category": u.category,
        "escalation": u.escalation,
        "must_human": u.must_human,
        "missing": list(u.missing),
        "lang": u.lang,
        "confidence": u.confidence,
        "rule": u.rule,
    }
