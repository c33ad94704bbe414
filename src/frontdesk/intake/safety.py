"""The safety layer: named rules that send a message to a person, whatever the model thinks.

Each rule has patterns in English and Spanish (run on ``normalize``-d text, so accents are
folded and shorthand expanded) and optional guards: look-alikes that cancel it (a smoke alarm
chirping for a battery is routine, not a fire). Patterns tolerate common typos. A rule only
matches when its words are not directly negated ("no gas smell", "no huele a gas").
A pattern that needs a second cue later in the message looks for it at most ``AHEAD``
(safety_rule.py) characters ahead, so a long run of one trigger word stays linear; the few
lookaheads anchored at the start of the message run once and read all of it.
When several kinds match, ``ESCALATION_PRIORITY`` picks the one that decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.intake.prefilter import PatternGroups
from frontdesk.intake.safety_complaint import COMPLAINT_RULES
from frontdesk.intake.safety_emergency import EMERGENCY_RULES
from frontdesk.intake.safety_judgment import CONTENT_FREE, JUDGMENT_RULES, WHEN_ONLY
from frontdesk.intake.safety_money import MONEY_RULES
from frontdesk.intake.safety_rule import SafetyRule
from frontdesk.intake.understanding import Evidence

RULES: tuple[SafetyRule, ...] = EMERGENCY_RULES + JUDGMENT_RULES + MONEY_RULES + COMPLAINT_RULES

# Most dangerous first: an emergency outranks everything; complaints are the mildest.
ESCALATION_PRIORITY = (
    "emergency",
    "fair_housing",
    "legal",
    "hardship",
    "accommodation",
    "dispute",
    "complaint",
    "unclear",
)


@dataclass(frozen=True)
class SafetyMatch:
    """A rule that fired, with the words it fired on."""

    rule: str
    kind: str
    matched: str

    def evidence(self) -> Evidence:
        return Evidence(self.rule, self.matched)


# every rule the scan runs, in order: the content-free ones last (they name a message by what
# it lacks)
ALL_RULES = (*RULES, CONTENT_FREE, WHEN_ONLY)
# Each rule's alternatives by rule id, for the literal prefilter: the scan filters them one by
# one (``PatternGroups``).
RULE_ALTERNATIVES = PatternGroups({rule.id: rule.parts for rule in ALL_RULES})


def scan(normalized: str) -> tuple[SafetyMatch, ...]:
    """Every safety rule that fires on ``normalized`` text, most urgent kind first.

    An alternative none of whose required words occur cannot match and is not run
    (``prefilter``); a rule with no alternative left cannot fire."""
    possible = RULE_ALTERNATIVES.possible(normalized)
    found = []
    for rule in ALL_RULES:
        candidates = possible.get(rule.id)
        if not candidates:
            continue
        words = rule.match_among(normalized, candidates)
        if words is not None:
            found.append(SafetyMatch(rule.id, rule.kind, words))
    return tuple(sorted(found, key=lambda m: ESCALATION_PRIORITY.index(m.kind)))


def decisive(matches: tuple[SafetyMatch, ...]) -> SafetyMatch | None:
    """The match that decides the escalation: the first of the most urgent kind."""
    return matches[0] if matches else None
