"""One safety rule: patterns, look-alike guards, a required second cue, and negation.

Patterns run on ``normalize``-d text. A match directly preceded by a negation ("no gas smell",
"sin olor a gas") does not count, unless the rule says negation is part of its meaning.

A rule also keeps its pattern strings compiled one by one (``alternatives``): the scan runs only
those whose required words occur (``prefilter``), and their leftmost match is the combined
pattern's first match (``leftmost``), so most texts never run the combined pattern at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# How far ahead a pattern looks for its second cue: longer than any message in the corpus, and
# bounded so that a long run of one trigger word cannot make a scan quadratic (with ``.*``,
# 20,000 characters of "nauseas " took 1.7 s).
AHEAD = r".{0,500}"

# In a text past this length a rule most of whose alternatives are candidates runs its combined
# pattern instead (``match_among``): it stops at its first match, while candidates that do not
# match read on to the end. On concatenated corpus messages of 20,000 characters (the portal's
# limit) that made it 1.7x faster; below 10,000 the candidates were as fast or faster. A long
# run of one word leaves few candidates, and they stay ten times faster than the combined one.
LONG_TEXT = 10_000

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
    # The pattern strings ``patterns`` joins, each compiled alone; empty when they cannot stand
    # alone (``standalone``), and then ``patterns`` is the rule's only alternative.
    alternatives: tuple[re.Pattern[str], ...] = ()

    @property
    def parts(self) -> tuple[re.Pattern[str], ...]:
        """The alternatives whose alternation ``any_of`` is ``patterns``, in order."""
        return self.alternatives or (self.patterns,)

    def match(self, text: str) -> str | None:
        """The words this rule fired on in ``text`` (already normalized), or None."""
        return self._checked(text, self._first_match(text))

    def match_among(self, text: str, candidates: Sequence[re.Pattern[str]]) -> str | None:
        """``match(text)``, where ``candidates`` are the ``parts`` (in order) that may match
        ``text``: the others cannot, as they lack every one of their required words.

        The candidates' own regexes are small, and together they find the matches the
        combined pattern finds, in the same order (``leftmost``)."""
        if len(text) > LONG_TEXT and 2 * len(candidates) > len(self.parts):
            return self.match(text)
        return self._checked(text, self._first_match_among(text, candidates))

    def _checked(self, text: str, words: str | None) -> str | None:
        """``words`` unless there are none, a guard matches, or the second cue is missing."""
        if words is None:
            return None
        if self.guards is not None and self.guards.search(text):
            return None
        if self.requires is not None and not self.requires.search(text):
            return None
        return words

    def _first_match(self, text: str) -> str | None:
        for m in self.patterns.finditer(text):
            if self.negatable and _negated(text, m.start()):
                continue
            return m.group(0)
        return None

    def _first_match_among(self, text: str, candidates: Sequence[re.Pattern[str]]) -> str | None:
        """``_first_match``, reading the matches of ``patterns`` from the candidates alone.

        After a match ``finditer`` searches on from its end; a candidate's next match that
        starts there or later is still its next one, so only the others search again."""
        upcoming = [pattern.search(text) for pattern in candidates]
        while (first := leftmost(upcoming)) is not None:
            if not (self.negatable and _negated(text, first.start())):
                return first.group(0)
            end = first.end()
            if end == first.start():  # finditer steps past an empty match its own way: use it
                return self._first_match(text)
            upcoming = [
                m if m is None or m.start() >= end else pattern.search(text, end)
                for pattern, m in zip(candidates, upcoming, strict=True)
            ]
        return None


def _negated(text: str, start: int) -> bool:
    """Whether a negation ("no", "sin", ...) directly precedes ``start``."""
    return _NEGATION.search(text[max(0, start - 30) : start]) is not None


def leftmost(found: Sequence[re.Match[str] | None]) -> re.Match[str] | None:
    """Of each alternative's first match (in order), the one the alternation finds first.

    The alternation matches at the leftmost position where any alternative does, with the
    first such alternative (and that alternative's own match there), so the earliest start
    wins and a tie goes to the earlier alternative."""
    best: re.Match[str] | None = None
    for m in found:
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def standalone(patterns: Sequence[str], combined: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """``patterns`` compiled one by one, when each alone matches as it does inside ``combined``.

    It does not when a pattern is not well-formed on its own, carries a flag that ``combined``
    applies to every pattern, or when group references could point across patterns; then ()."""
    if len(patterns) < 2 or combined.groups:
        return ()
    try:
        compiled = tuple(re.compile(p) for p in patterns)
    except re.error:
        return ()
    if any(p.flags != combined.flags for p in compiled):
        return ()
    return compiled


def rule(
    rule_id: str,
    patterns: Iterable[str],
    guards: Iterable[str] = (),
    negatable: bool = True,
    requires: Iterable[str] = (),
) -> SafetyRule:
    """A rule from pattern lists; ``requires`` must also match somewhere (a second cue)."""
    pattern_list = list(patterns)
    combined = re.compile(any_of(pattern_list))
    return SafetyRule(
        id=rule_id,
        kind=rule_id.split(".")[1],
        patterns=combined,
        guards=re.compile(any_of(guards)) if list(guards) else None,
        negatable=negatable,
        requires=re.compile(any_of(requires)) if list(requires) else None,
        alternatives=standalone(pattern_list, combined),
    )


def any_of(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)
