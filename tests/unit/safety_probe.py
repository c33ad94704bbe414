"""What the safety layer decides for one raw message, for the safety rule test tables."""

from __future__ import annotations

import time

from frontdesk.intake.normalize import normalize
from frontdesk.intake.safety import scan


def kind_of(text: str) -> str | None:
    """The escalation kind the decisive rule gives ``text``, or None when no rule fires."""
    matches = scan(normalize(text))
    return matches[0].kind if matches else None


def rule_of(text: str) -> str | None:
    """The id of the decisive rule for ``text``, or None when no rule fires."""
    matches = scan(normalize(text))
    return matches[0].rule if matches else None


def _scan_seconds(text: str) -> float:
    normalized = normalize(text)
    started = time.perf_counter()
    scan(normalized)
    return time.perf_counter() - started


def scan_grows_linearly(word: str, chars: int = 12_000) -> bool:
    """Whether scanning ``word`` repeated to ``chars`` characters costs about four times
    scanning a quarter of that, as linear growth does, and well under the sixteen times of a
    pattern that rereads the rest of the text from every position (an unbounded lookahead).
    A ratio of the best of three interleaved runs each, not seconds, so that a busy machine
    does not fail it."""

    def repeated(n: int) -> str:
        return (word + " ") * (n // (len(word) + 1))

    quarter, whole = repeated(chars // 4), repeated(chars)
    runs = [(_scan_seconds(quarter), _scan_seconds(whole)) for _ in range(3)]
    return min(w for _, w in runs) < 10 * min(q for q, _ in runs) + 0.02
