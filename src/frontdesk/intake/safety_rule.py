"""One safety rule: patterns, look-alike guards, a required second cue, and negation.

Patterns run on ``normalize``-d text. A match directly preceded by a negation ("no gas smell",
"sin olor a gas") does not count, unless the rule says negation is part of its meaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# How far ahead a pattern looks for its second cue: longer than any message in the corpus, and
# bounded so that a long run of one trigger word cannot make a scan quadratic (with ``.*``,
# 20,000 characters of "nauseas " took 1.7 s).
AHEAD = r".{0,500}"

_NEGATION = re.compile(r"(?:\bno|\bnot|n't|\bnever|\bwithout|\bsin|\bni|\bnada de)\s+(?:\w+\s+)?$")


@dataclass(frozen=True)
class SafetyRule:
    """One named trigger: any pattern fires it unless a guard (a known look-alike) matches."""

    id: str
    kind: str
    patterns: re.Pattern[str]
    guards: re.Pattern[str] | None = None
    negatable: bool = True
    requires: re.Pattern[str] | None = None

    def match(self, text: str) -> str | None:
        """The words this rule fired on in ``text`` (already normalized), or None."""
        words = self._first_match(text)
        if words is None:
            return None
        if self.guards is not None and self.guards.search(text):
            return None
        if self.requires is not None and not self.requires.search(text):
            return None
        return words

    def _first_match(self, text: str) -> str | None:
        for m in self.patterns.finditer(text):
            if self.negatable and _NEGATION.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            return m.group(0)
        return None


def rule(
    rule_id: str,
    patterns: Iterable[str],
    guards: Iterable[str] = (),
    negatable: bool = True,
    requires: Iterable[str] = (),
) -> SafetyRule:
    """A rule from pattern lists; ``requires`` must also match somewhere (a second cue)."""
    return SafetyRule(
        id=rule_id,
        kind=rule_id.split(".")[1],
        patterns=re.compile(any_of(patterns)),
        guards=re.compile(any_of(guards)) if list(guards) else None,
        negatable=negatable,
        requires=re.compile(any_of(requires)) if list(requires) else None,
    )


def any_of(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)
