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
from frontdesk.intake.corpus import load_examples
from frontdesk.intake.normalize import normalize
from frontdesk.intake.prefilter import LiteralIndex, required_literals
from frontdesk.intake.safety import RULE_PATTERNS, RULES, scan
from frontdesk.intake.safety_judgment import CONTENT_FREE
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
    assert all(RULE_PATTERNS.literals[rule.id] for rule in RULES)
    assert RULE_PATTERNS.literals[CONTENT_FREE.id] is None


def test_a_matching_rule_always_has_one_of_its_words_present() -> None:
    texts = [normalize(e.text) for path in training_files(CORPUS) for e in load_examples(path)]
    assert len(texts) > 5000
    fired = 0
    for rule in RULES:
        literals = RULE_PATTERNS.literals[rule.id]
        assert literals is not None
        for text in texts:
            if rule.patterns.search(text):
                fired += 1
                assert any(word in text for word in literals), (rule.id, text)
    assert fired > 1000  # the property was exercised, not vacuous


def test_scan_with_the_filter_equals_running_every_rule() -> None:
    texts = [normalize(e.text) for path in training_files(CORPUS) for e in load_examples(path)]
    for text in texts[::3]:
        everyone = (*RULES, CONTENT_FREE)
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
