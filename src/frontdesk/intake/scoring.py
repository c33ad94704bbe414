"""The fitted model as plain arrays, so a message is scored without sklearn's per-call checks.

sklearn's ``transform`` and ``predict_proba`` validate their input on every call (array
checks, dataframe sniffing, sparse-matrix construction and stacking). For one message that
costs more than the arithmetic itself, and the live path scores a few messages at a time.
``LinearScorer`` holds the same numbers — each vectorizer's analyzer, vocabulary and idf, and
every head's coefficients stacked into one matrix — and repeats sklearn's arithmetic:
sublinear tf times idf, l2 norm per vectorizer, one product with the stacked weights, plus
the lexicon flags each head was trained with; then, when the model has one, the vagueness
head over those probabilities (vagueness.py). A test checks it against sklearn on training
messages, and that no decision changes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

from frontdesk.intake.details import detail_flags
from frontdesk.intake.topics import topic_flags
from frontdesk.intake.vagueness import VaguenessHead, vagueness_features

Analyzer = Callable[[str], list[str]]
NO_ESCALATION = "none"
_WORDS = re.compile(r"[a-z]{2,}")


@dataclass(frozen=True)
class _Vectorizer:
    """One fitted TF-IDF vectorizer (sublinear tf, l2 norm) and where its columns start."""

    analyze: Analyzer
    vocabulary: dict[str, int]
    idf: np.ndarray
    offset: int


@dataclass(frozen=True)
class _Head:
    """Which columns of the stacked logits belong to one head, and its class names."""

    names: tuple[str, ...]
    start: int
    stop: int

    def probabilities(self, logits: np.ndarray) -> np.ndarray:
        """Row-wise softmax over the head's classes, or the logistic for a binary head."""
        z = logits[:, self.start : self.stop]
        if z.shape[1] == 1:
            positive = 1.0 / (1.0 + np.exp(-z[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return np.asarray(e / e.sum(axis=1, keepdims=True))


@dataclass(frozen=True)
class Scores:
    """Probabilities for one message: every category, every escalation kind plus ``none``."""

    category: dict[str, float]
    escalation: dict[str, float]
    details: dict[str, float] = field(default_factory=dict)
    unknown_words: bool = False
    vague: float = 0.0  # P(too vague to route) from the vagueness head (0.0 without one)

    @property
    def top_category(self) -> tuple[str, float]:
        name = max(self.category, key=self.category.__getitem__)
        return name, self.category[name]

    @property
    def p_escalate(self) -> float:
        return 1.0 - self.escalation.get(NO_ESCALATION, 0.0)

    @property
    def top_escalation(self) -> tuple[str, float]:
        kinds = {k: v for k, v in self.escalation.items() if k != NO_ESCALATION}
        name = max(kinds, key=kinds.__getitem__)
        return name, kinds[name]


class LinearScorer:
    """Category, escalation and detail probabilities for a batch of messages."""

    def __init__(
        self,
        vectorizers: Sequence[Any],
        category_head: Any,
        escalation_head: Any,
        detail_heads: dict[str, Any],
        known_words: Mapping[str, int],
        topic_weight: float,
        detail_weight: float,
        vagueness_head: VaguenessHead | None = None,
    ) -> None:
        self._known_words = known_words
        self._vagueness = vagueness_head
        self._vectorizers: list[_Vectorizer] = []
        width = 0
        for vec in vectorizers:
            if not (vec.sublinear_tf and vec.use_idf and vec.norm == "l2"):
                raise ValueError("LinearScorer expects sublinear-tf, idf, l2-normed vectorizers")
            idf = np.asarray(vec.idf_, dtype=np.float32)
            self._vectorizers.append(_Vectorizer(vec.build_analyzer(), vec.vocabulary_, idf, width))
            width += len(vec.vocabulary_)
        blocks = [category_head.coef_[:, :width], escalation_head.coef_]
        blocks += [head.coef_[:, :width] for head in detail_heads.values()]
        self._weights = np.ascontiguousarray(np.vstack(blocks).T, dtype=np.float32)
        bias = [category_head.intercept_, escalation_head.intercept_]
        bias += [head.intercept_ for head in detail_heads.values()]
        self._bias = np.concatenate(bias).astype(np.float32)
        n_cat = category_head.coef_.shape[0]
        n_esc = escalation_head.coef_.shape[0]
        self._category = _Head(tuple(map(str, category_head.classes_)), 0, n_cat)
        self._escalation = _Head(tuple(map(str, escalation_head.classes_)), n_cat, n_cat + n_esc)
        self._details = {name: n_cat + n_esc + i for i, name in enumerate(detail_heads)}
        self._topic_weights = np.asarray(category_head.coef_[:, width:].T * topic_weight)
        self._detail_weights = (
            np.stack([head.coef_[0, width:] for head in detail_heads.values()]) * detail_weight
            if detail_heads
            else np.zeros((0, 0))
        )

    def encode(self, normalized: str) -> tuple[np.ndarray, np.ndarray]:
        """(column indices, tf-idf values) of the text's known n-grams, as sklearn computes them."""
        indices: list[np.ndarray] = []
        values: list[np.ndarray] = []
        for vec in self._vectorizers:
            known: dict[int, int] = {}
            for gram, count in Counter(vec.analyze(normalized)).items():
                column = vec.vocabulary.get(gram)
                if column is not None:
                    known[column] = count
            if not known:
                continue
            columns = np.fromiter(known.keys(), dtype=np.intp, count=len(known))
            tf = np.fromiter(known.values(), dtype=np.float32, count=len(known))
            weights = (np.log(tf) + np.float32(1.0)) * vec.idf[columns]
            weights /= np.sqrt(np.dot(weights, weights))
            indices.append(columns + vec.offset)
            values.append(weights)
        if not indices:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float32)
        return np.concatenate(indices), np.concatenate(values)

    def score_many(self, texts: Sequence[str], normalized: Sequence[str]) -> list[Scores]:
        """Every head's probabilities for each message, ``normalized`` being ``normalize``-d
        ``texts``: one sparse matrix for the batch, one product with the stacked weights."""
        if not texts:
            return []
        encoded = [self.encode(n) for n in normalized]
        indptr = np.cumsum([0, *(len(columns) for columns, _ in encoded)])
        x = sp.csr_matrix(
            (
                np.concatenate([values for _, values in encoded]),
                np.concatenate([columns for columns, _ in encoded]),
                indptr,
            ),
            shape=(len(encoded), self._weights.shape[0]),
        )
        logits = np.asarray(x @ self._weights, dtype=np.float64) + self._bias
        n_cat = self._category.stop
        topics = np.array([topic_flags(n) for n in normalized])
        logits[:, :n_cat] += topics @ self._topic_weights
        detail_columns = list(self._details.values())
        needs_flags = bool(detail_columns) or self._vagueness is not None
        flags = np.array([detail_flags(t) for t in texts] if needs_flags else [])
        if detail_columns:
            logits[:, detail_columns] += flags @ self._detail_weights.T
        categories = self._category.probabilities(logits).tolist()
        escalations = self._escalation.probabilities(logits).tolist()
        details = (1.0 / (1.0 + np.exp(-logits[:, detail_columns]))).tolist()
        category = [dict(zip(self._category.names, p, strict=True)) for p in categories]
        escalation = [dict(zip(self._escalation.names, p, strict=True)) for p in escalations]
        vague = [0.0] * len(texts)
        if self._vagueness is not None:
            rows = [
                vagueness_features(n, t, c, e, topics[i], flags[i])
                for i, (n, t, c, e) in enumerate(
                    zip(normalized, texts, category, escalation, strict=True)
                )
            ]
            vague = self._vagueness.probabilities(np.array(rows)).tolist()
        return [
            Scores(
                category[i],
                escalation[i],
                dict(zip(self._details, details[i], strict=True)),
                self._no_known_word(normalized[i]),
                vague[i],
            )
            for i in range(len(encoded))
        ]

    def _no_known_word(self, normalized: str) -> bool:
        """True when the message has words but the model has seen none of them ("qwerty")."""
        words = _WORDS.findall(normalized)
        return bool(words) and not any(w in self._known_words for w in words)
