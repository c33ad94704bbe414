"""The labelled message corpus: one JSON object per line, checked as it is read.

Line shape: ``{"id", "text", "lang": "en"|"es", "category", "escalation": null|kind,
"given": [maintenance details present]}``. A bad line is refused with its file, line number
and reason, so a labelling mistake is fixed at the source instead of silently training on it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from frontdesk.intake.understanding import CATEGORIES, ESCALATIONS, MAINTENANCE_DETAILS


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    id: str
    text: str
    lang: str
    category: str
    escalation: str | None
    given: frozenset[str]

    @property
    def must_human(self) -> bool:
        return self.escalation is not None

    @property
    def missing(self) -> tuple[str, ...]:
        """What a routine maintenance message still lacks, in the policy's order."""
        if self.category != "maintenance" or self.escalation is not None:
            return ()
        return tuple(d for d in MAINTENANCE_DETAILS if d not in self.given)


def load_examples(path: Path) -> list[Example]:
    """Read and validate a corpus file; raise ValueError naming the first bad line."""
    examples = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                examples.append(_parse(line, f"{path}:{number}"))
    return examples


def _parse(line: str, where: str) -> Example:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not JSON ({exc.msg})") from exc
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        raise ValueError(f"{where}: expected an object with a string 'text'")
    category, escalation = row.get("category"), row.get("escalation")
    if category not in CATEGORIES:
        raise ValueError(f"{where}: unknown category {category!r}")
    if escalation is not None and escalation not in ESCALATIONS:
        raise ValueError(f"{where}: unknown escalation {escalation!r}")
    given = row.get("given") or []
    unknown = set(given) - set(MAINTENANCE_DETAILS)
    if unknown:
        raise ValueError(f"{where}: unknown details {sorted(unknown)}")
    return Example(
        id=str(row.get("id", where)),
        text=row["text"],
        lang=str(row.get("lang") or "en"),
        category=category,
        escalation=escalation,
        given=frozenset(given),
    )
