"""Too vague to route: a small second-stage head over what the model already says.

The n-gram heads learn topics from words, so a message with no topic ("buenas, una pregunta",
"is this the office or the other line") still gets a category, often with fair confidence,
and the escalation head sees too few such messages to learn "no topic" from their words.
What does tell them apart is the shape of the first stage's answer together with the
lexicons: a flat category distribution, some weight on ``unclear``, few words, no topic word,
no repair detail. ``VaguenessHead`` is a logistic regression over those few numbers, fitted in
``frontdesk train`` on out-of-fold scores (what the model says about messages it never saw),
so it learns how the model behaves on new phrasing, not on its own training sentences.
For given thresholds it only adds an escalation (``unclear``) to a message the rest would have
automated. Its threshold is searched together with the others, inside the over-escalation
budget, so turning it on may move those too; ``frontdesk train`` prints the cross-validated
figures with and without it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression

from frontdesk.intake.details import detail_flags
from frontdesk.intake.topics import topic_flags

FEATURES = (
    "top_category_p",
    "category_entropy",
    "p_unclear",
    "p_escalate",
    "log_words",
    "topic_words",
    "strongest_topic",
    "no_topic",
    "short",
    "short_no_topic",
    "has_digit",
    "question",
    "detail_signals",
)
SHORT_WORDS = 4
_TOKENS = re.compile(r"\w+")


def vagueness_features(
    normalized: str,
    text: str,
    category: Mapping[str, float],
    escalation: Mapping[str, float],
    topics: Sequence[float] | None = None,
    details: Sequence[float] | None = None,
) -> list[float]:
    """The numbers ``VaguenessHead`` reads, in ``FEATURES`` order (``topics``/``details``:
    the lexicon flags when the caller has them already)."""
    words = len(_TOKENS.findall(normalized))
    p = [v for v in category.values() if v > 0.0]
    topic = list(topics) if topics is not None else topic_flags(normalized)
    detail = list(details) if details is not None else detail_flags(text)
    no_topic = float(sum(topic) == 0.0)
    short = float(words <= SHORT_WORDS)
    return [
        max(category.values()),
        -sum(v * math.log(v) for v in p),
        escalation.get("unclear", 0.0),
        1.0 - escalation.get("none", 0.0),
        math.log1p(words),
        sum(topic),
        max(topic),
        no_topic,
        short,
        short * no_topic,
        float(any(c.isdigit() for c in normalized)),
        float(normalized.rstrip().endswith("?")),
        sum(detail),
    ]


@dataclass(frozen=True)
class VaguenessHead:
    """A fitted logistic regression on standardised ``FEATURES``, kept as plain arrays so
    scoring needs no sklearn call."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """P(too vague to route) for each row of ``features``."""
        z = ((features - self.mean) / self.scale) @ self.coef + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-z)))


def fit_vagueness(features: np.ndarray, vague: Sequence[bool], seed: int = 0) -> VaguenessHead:
    """Fit the head (balanced weights: vague messages are a few percent of the corpus)."""
    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale == 0.0] = 1.0
    head = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000, random_state=seed).fit(
        (features - mean) / scale, list(vague)
    )
    return VaguenessHead(mean, scale, head.coef_[0].copy(), float(head.intercept_[0]))
