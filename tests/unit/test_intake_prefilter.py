"""The literal prefilter may only skip a pattern that cannot match.

Two kinds of check: small patterns whose required words are known by hand, and the property
over the real safety rules and the train corpus: whenever a rule's pattern matches a message,
one of the rule's required words is in it (so skipping on "none present" never loses a match).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frontdesk.intake import details
from frontdesk.intake import safety_rule as safety_rule_module
from frontdesk.intake.corpus import load_examples
from frontdesk.intake.normalize import normalize
from frontdesk.intake.prefilter import LiteralIndex, PatternGroups, required_literals
from frontdesk.intake.safety import ALL_RULES, RULE_ALTERNATIVES, RULES, scan
from frontdesk.intake.safety_judgment import CONTENT_FREE, WHEN_ONLY
from frontdesk.intake.safety_rule import SafetyRule, any_of, standalone
from frontdesk.intake.safety_rule import rule as make_rule
from frontdesk.intake.training import training_files

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "portal"


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bgas\b", {"gas"}),
        (r"(?<!on )\bdisab\w*|\bwheel ?chair", {"disab", "wheel"}),
        (r"\b(?:charged|billed) (?:\S+ ){0,4}(?:twice|double)", {"charged", "billed"}),
        (r"^(?=.*\bgrace period\b)(?=.*\blate fee\b)", {"grace period"}),
        (r"smoke(?! detector)", {"smoke"}),
        (r"a?b", {"b"}),
        (r"(?:water|agua)+ everywhere", {" everywhere"}),
    ],
)
def test_required_words_of_a_pattern(pattern: str, literals: set[str]) -> None:
    assert required_literals(pattern) == literals


@pytest.mark.parametrize(
    "pattern",
    [r"^[\W\d_]*$", r"\w+", r"(?i)gas", r"(?:gas)?", r"gas|\d+"],
)
def test_a_pattern_without_required_words_is_never_skipped(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_index_finds_overlapping_words() -> None:
    index = LiteralIndex([frozenset({"gas", "gas leak"}), frozenset({"leak"}), None])
    assert index.present("a gas leak here") == {"gas", "gas leak", "leak"}
    assert index.present("all fine") == set()
    assert LiteralIndex([None]).present("anything") == set()


def test_every_rule_but_the_content_free_one_has_a_filter() -> None:
    assert all(all(RULE_ALTERNATIVES.literals[r.id]) for r in ALL_RULES if r is not CONTENT_FREE)
    assert RULE_ALTERNATIVES.literals[CONTENT_FREE.id] == (None,)
    # a time alone needs one of its time words (the lookahead)
    assert "tomorrow" in RULE_ALTERNATIVES.literals[WHEN_ONLY.id][0]


def test_a_matching_rule_always_has_one_of_its_words_present() -> None:
    """Each alternative the scan filters: when it matches, one of its words is in the text."""
    texts = [normalize(e.text) for path in training_files(CORPUS) for e in load_examples(path)]
    assert len(texts) > 5000
    fired = 0
    for rule in RULES:
        for pattern, literals in zip(rule.parts, RULE_ALTERNATIVES.literals[rule.id], strict=True):
            assert literals is not None
            for text in texts:
                if pattern.search(text):
                    fired += 1
                    assert any(word in text for word in literals), (rule.id, pattern.pattern, text)
    assert fired > 1000  # the property was exercised, not vacuous


def test_scan_with_the_filter_equals_running_every_rule() -> None:
    texts = [normalize(e.text) for path in training_files(CORPUS) for e in load_examples(path)]
    for text in texts[::3]:
        everyone = ALL_RULES
        unfiltered = [rule.id for rule in everyone if rule.match(text) is not None]
        assert sorted(m.rule for m in scan(text)) == sorted(unfiltered), text


def test_patterns_stay_plain_lowercase() -> None:
    """The filter reads patterns as written; a case-folding flag would hide words from it."""
    for rule in RULES:
        assert not rule.patterns.flags & re.IGNORECASE, rule.id


def test_pattern_set_finds_what_each_pattern_finds() -> None:
    """The detail lexicons read through a PatternSet: same first match as searching directly."""
    lexicons = details._LEXICONS
    texts = [normalize(e.text) for path in training_files(CORPUS) for e in load_examples(path)]
    hits = 0
    for text in texts[::2]:
        search = lexicons.searcher(text)
        for name, pattern in lexicons.patterns.items():
            direct = pattern.search(text)
            through = search(name)
            assert (direct and direct.group(0)) == (through and through.group(0)), (name, text)
            hits += direct is not None
    assert hits > 3000


# ---- the quick reject: each rule's alternatives filtered and searched one by one -------------

_GAS_OR_SMOKE = make_rule(
    "safety.emergency.test_gas_or_smoke",
    [r"\bgas (?:leak|smell)\b", r"\bsmoke\b(?! detector)", r"\bgas\b", r"\bolor a gas\b"],
)


def _through_the_filter(safety_rule: SafetyRule, text: str) -> str | None:
    """What ``scan`` gets from the rule: its possible alternatives only, then ``match_among``."""
    groups = PatternGroups({safety_rule.id: safety_rule.parts})
    candidates = groups.possible(text).get(safety_rule.id)
    return safety_rule.match_among(text, candidates) if candidates else None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("all quiet here", None),  # no alternative's word: rejected without a search
        ("the gas stove is on", "gas"),  # one alternative's word
        ("smoke everywhere", "smoke"),
        ("the smoke detector beeps", None),  # the word is there, its alternative cannot match
        ("gas leak and smoke", "gas leak"),  # both at one position: the earlier alternative
        ("smoke, then a gas leak", "smoke"),  # both: the leftmost match
        ("no gas leak, but smoke", "smoke"),  # a negated match, then a real one
        ("not smoke, no gas smell", None),  # every match negated
        ("no gas leak but a gas smell", "gas smell"),  # negated, then the same alternative again
        ("sin olor a gas, gas", "gas"),  # a match nested in a negated one
    ],
)
def test_the_quick_reject_never_changes_a_match(text: str, words: str | None) -> None:
    assert _GAS_OR_SMOKE.match(text) == words
    assert _through_the_filter(_GAS_OR_SMOKE, text) == words


def test_every_rule_is_split_into_the_patterns_it_joins() -> None:
    for safety_rule in RULES:
        if safety_rule.alternatives:
            joined = any_of(p.pattern for p in safety_rule.alternatives)
            assert joined == safety_rule.patterns.pattern, safety_rule.id
    split = sum(len(r.alternatives) for r in RULES)
    assert split > 300  # the wide rules are split; single-pattern rules need not be


def test_patterns_that_cannot_stand_alone_are_not_split() -> None:
    """A group reference would point elsewhere alone; a global flag would apply to all."""
    backref = ["(a)x", r"\1y"]
    assert standalone(backref, re.compile(any_of(backref))) == ()
    assert standalone(["gas"], re.compile("gas")) == ()
    plain = [r"\bgas\b", "smoke"]
    assert [p.pattern for p in standalone(plain, re.compile(any_of(plain)))] == plain


def test_pattern_groups_keep_only_possible_alternatives_in_order() -> None:
    groups = PatternGroups(
        {
            "a": [re.compile(r"\bgas\b"), re.compile(r"\w+"), re.compile("smoke")],
            "b": [re.compile("flood")],
        }
    )
    assert groups.possible("smoke and gas") == {"a": groups.groups["a"]}
    assert groups.possible("nothing") == {"a": (groups.groups["a"][1],)}
    assert groups.possible("a flood")["b"] == groups.groups["b"]


def test_rules_through_the_filter_equal_their_full_match_on_the_corpus() -> None:
    """Every rule, on train messages and on versions with a negation or a repeat added."""
    texts = [normalize(e.text) for path in training_files(CORPUS) for e in load_examples(path)]
    assert len(texts) > 5000
    variants = []
    for i, text in enumerate(texts[::20]):
        variants += [text, f"no {text}", f"{text} not {texts[i]} {text}"]
    fired = 0
    for text in variants:
        possible = RULE_ALTERNATIVES.possible(text)
        for safety_rule in ALL_RULES:
            full = safety_rule.match(text)
            candidates = possible.get(safety_rule.id)
            assert (safety_rule.match_among(text, candidates) if candidates else None) == full
            fired += full is not None
    assert fired > 500


@pytest.mark.parametrize("long_text", [10**9, 0])
def test_scan_of_long_texts_is_the_same_either_way(
    monkeypatch: pytest.MonkeyPatch, long_text: int
) -> None:
    """Past ``LONG_TEXT`` a rule with mostly candidates runs its combined pattern instead."""
    texts = [normalize(e.text) for path in training_files(CORPUS) for e in load_examples(path)]
    text = " no ".join(texts[:600:3])
    expected = [(r.id, r.match(text)) for r in ALL_RULES]
    monkeypatch.setattr(safety_rule_module, "LONG_TEXT", long_text)
    found = {m.rule: m.matched for m in scan(text)}
    assert [(rule_id, found.get(rule_id)) for rule_id, _ in expected] == expected
