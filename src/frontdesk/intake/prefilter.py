"""Skip the regexes that cannot match: one pass for the words every match must contain.

The safety layer runs a few hundred alternatives over every message, and Python's ``re`` tries
each of them at every position. But almost every alternative needs some literal text to match
at all ("charged", "olor a gas", "wheel"). ``required_literals`` reads that set from the
pattern's own parse tree, so it is exact by construction: when none of a pattern's literals
occurs in the text, the pattern cannot match and need not run. One Aho-Corasick pass
(``pyahocorasick``) finds every literal of every pattern at once.

A pattern whose parse we cannot reduce to literals (a character class at every step, a flag
group) gets ``None`` and always runs, so the filter can only save work, never change a result.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import ahocorasick

# The parser behind ``re.compile``. It is private, but it is the only exact reading of a
# pattern; if it changes shape, ``required_literals`` returns None and every pattern runs.
_sre_parse: Any
try:
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Python versions
    _sre_parse = None

Literals = frozenset[str] | None

# Zero-width items: a literal run continues across them ("no\b gas" still needs "no gas").
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def required_literals(pattern: str) -> Literals:
    """Strings one of which occurs in the text whenever ``pattern`` matches; None if unknown."""
    if _sre_parse is None:
        return None
    try:
        tree = _sre_parse.parse(pattern)
        if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        return _sequence(list(tree))
    except Exception:  # an unexpected parse shape: no filter, the pattern always runs
        return None


def _sequence(items: list[tuple[Any, Any]]) -> Literals:
    """The most selective required set among the items of a concatenation."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(arg)
            continue
        if name in _ZERO_WIDTH:
            if name == "ASSERT":  # a lookaround that must hold: its words are in the text too
                _direction, sub = arg
                found = _sequence(list(sub))
                if found:
                    candidates.append(found)
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        found = _item(name, arg)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({run}))
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(len(w) for w in s), -len(s)))


def _item(name: str, arg: Any) -> Literals:
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = arg
        if add_flags:
            raise ValueError("flag group")
        return _sequence(list(sub))
    if name == "BRANCH":
        _, branches = arg
        union: set[str] = set()
        for branch in branches:
            found = _sequence(list(branch))
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if name == "ATOMIC_GROUP":
        return _sequence(list(arg))
    if name in _REPEATS:
        low, _high, sub = arg
        return _sequence(list(sub)) if low >= 1 else None
    if name in ("IN", "ANY", "NOT_LITERAL", "GROUPREF", "GROUPREF_EXISTS", "CATEGORY"):
        return None
    raise ValueError(f"unknown pattern item {name}")


class LiteralIndex:
    """All literals of many patterns in one automaton; ``present`` lists which occur."""

    def __init__(self, literal_sets: Iterable[Literals]) -> None:
        self._automaton = ahocorasick.Automaton()
        for literals in literal_sets:
            for word in literals or ():
                if word not in self._automaton:
                    self._automaton.add_word(word, word)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def present(self, text: str) -> set[str]:
        """Every indexed literal that occurs in ``text``."""
        if self._empty:
            return set()
        return {word for _end, word in self._automaton.iter(text)}


class PatternGroups:
    """Named groups of alternatives (a rule's pattern list) that share one literal pass.

    Filtering each alternative on its own words, not the group on the union of them, drops the
    wide groups in which one alternative needs only a common fragment."""

    def __init__(self, groups: Mapping[str, Sequence[re.Pattern[str]]]) -> None:
        self.groups = {name: tuple(patterns) for name, patterns in groups.items()}
        self.literals = {
            name: tuple(required_literals(p.pattern) for p in patterns)
            for name, patterns in self.groups.items()
        }
        self._always: dict[str, list[int]] = {}
        self._needing: dict[str, list[tuple[str, int]]] = {}
        for name, literal_sets in self.literals.items():
            for i, literals in enumerate(literal_sets):
                if literals is None:
                    self._always.setdefault(name, []).append(i)
                for word in literals or ():
                    self._needing.setdefault(word, []).append((name, i))
        self._index = LiteralIndex(
            literals for literal_sets in self.literals.values() for literals in literal_sets
        )

    def possible(self, text: str) -> dict[str, tuple[re.Pattern[str], ...]]:
        """Per group, the alternatives that may match ``text``, in their order; a group none
        of whose alternatives can match is left out."""
        hits = {name: set(indexes) for name, indexes in self._always.items()}
        for word in self._index.present(text):
            for name, i in self._needing[word]:
                hits.setdefault(name, set()).add(i)
        return {
            name: tuple(self.groups[name][i] for i in sorted(indexes))
            for name, indexes in hits.items()
        }


class PatternSet:
    """Named single patterns that share one literal pass per text (``possible``, ``searcher``):
    ``PatternGroups`` of one pattern each, read by name."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        self.patterns = dict(patterns)
        self._groups = PatternGroups({name: (p,) for name, p in self.patterns.items()})

    def possible(self, text: str) -> set[str]:
        """The names of the patterns that may match ``text``: the others lack every one of
        their required words, so they cannot."""
        return set(self._groups.possible(text))

    def searcher(self, text: str) -> Callable[[str], re.Match[str] | None]:
        """``search(name)`` for ``text``: the pattern's first match, or None without running
        it when it cannot match."""
        possible = self.possible(text)

        def search(name: str) -> re.Match[str] | None:
            return self.patterns[name].search(text) if name in possible else None

        return search
