"""The statistical layer: category and escalation probabilities from one shared text encoding.

One TF-IDF encoding (character n-grams 2-5 inside word boundaries, for typos, accents and
Spanish/English morphology, plus word uni/bi-grams) feeds two logistic regressions: one over
the eight categories and one over the escalation kinds plus ``none``. Two heads rather than a
joint label because the questions are independent (a gas leak is *maintenance* and an
*emergency*), a joint 8x9 label space would be sparse, and both heads share the encoding so
the artefact and the per-message cost stay small. Logistic regression gives probabilities
that the thresholds in ``understand`` can use directly, trains in seconds and is deterministic.

The fitted model and its thresholds travel as one joblib file; it is loaded lazily, once.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from frontdesk.intake.details import detail_flags
from frontdesk.intake.normalize import normalize
from frontdesk.intake.scoring import NO_ESCALATION as NO_ESCALATION
from frontdesk.intake.scoring import LinearScorer
from frontdesk.intake.scoring import Scores as Scores
from frontdesk.intake.topics import topic_flags
from frontdesk.intake.understanding import MAINTENANCE_DETAILS
from frontdesk.intake.vagueness import VaguenessHead

ARTIFACT = Path(__file__).parent / "artifacts" / "portal_model.joblib"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds tuned by cross-validation on the training split (see training.py).

    ``escalate``: P(any escalation) at or above which the model escalates.
    ``emergency``: P(emergency) at or above which the model calls it an emergency even when
    another kind is likelier (missing an emergency is the costliest mistake).
    ``category``: top category probability below which the message is ``unclear``.
    ``details``: (detail, P(given)) pairs at or above which a detail head says the detail is
    given; a detail not listed uses ``DETAIL_THRESHOLD``. Pairs rather than a dict so the
    thresholds stay hashable and comparable.
    ``vague``: P(too vague to route) from the vagueness head at or above which an otherwise
    routine message is ``unclear`` (infinite: never, as for a model without that head).
    """

    escalate: float = 0.35
    emergency: float = 0.15
    category: float = 0.40
    details: tuple[tuple[str, float], ...] = ()
    vague: float = math.inf

    def __post_init__(self) -> None:
        # One canonical order, so thresholds saved and loaded again compare equal.
        pairs = tuple(sorted((str(n), float(t)) for n, t in dict(self.details).items()))
        object.__setattr__(self, "details", pairs)

    def detail(self, name: str) -> float:
        """The threshold for one maintenance detail's head."""
        for detail, threshold in self.details:
            if detail == name:
                return threshold
        return DETAIL_THRESHOLD


DETAIL_THRESHOLD = 0.5


@dataclass
class PortalModel:
    """A fitted encoding, its two heads and the thresholds chosen for them."""

    features: FeatureUnion
    category_head: LogisticRegression
    escalation_head: LogisticRegression
    thresholds: Thresholds = field(default_factory=Thresholds)
    meta: dict[str, Any] = field(default_factory=dict)
    detail_heads: dict[str, LogisticRegression] = field(default_factory=dict)
    vagueness_head: VaguenessHead | None = None
    _scorer: tuple[tuple[Any, ...], LinearScorer] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def scores(self, texts: Sequence[str]) -> list[Scores]:
        """Probabilities for each text, scored as one batch by ``LinearScorer`` (see scoring.py)."""
        return self.scorer().score_many(texts, [normalize(t) for t in texts])

    def scorer(self) -> LinearScorer:
        """The heads as plain arrays, built on first use and again if a head is replaced.
        A head changed in place (refitted, ``coef_`` assigned) is not noticed: replace it."""
        # The cache keeps the parts themselves, so an identity check cannot match a new object.
        parts = (self.features, self.category_head, self.escalation_head)
        key = (*parts, self.vagueness_head, *self.detail_heads.values())
        cached = self._scorer
        if (
            cached is None
            or len(cached[0]) != len(key)
            or any(a is not b for a, b in zip(cached[0], key, strict=True))
        ):
            if self.features.transformer_weights:
                raise ValueError("weighted feature unions are not supported by LinearScorer")
            scorer = LinearScorer(
                [vec for _, vec in self.features.transformer_list],
                self.category_head,
                self.escalation_head,
                self.detail_heads,
                self.features.transformer_list[1][1].vocabulary_,
                TOPIC_FLAG_WEIGHT,
                DETAIL_FLAG_WEIGHT,
                self.vagueness_head,
            )
            cached = (key, scorer)
            self._scorer = cached
        return cached[1]

    def save(self, path: Path) -> None:
        """Write the artefact (compressed) with its format version."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT_VERSION,
            "features": self.features,
            "category_head": self.category_head,
            "escalation_head": self.escalation_head,
            "thresholds": {
                "escalate": float(self.thresholds.escalate),
                "emergency": float(self.thresholds.emergency),
                "category": float(self.thresholds.category),
                "details": {name: float(t) for name, t in self.thresholds.details},
                "vague": float(self.thresholds.vague),
            },
            "meta": self.meta,
            "detail_heads": self.detail_heads,
            "vagueness_head": self.vagueness_head,
        }
        joblib.dump(payload, path, compress=("zlib", 6))


def make_features() -> FeatureUnion:
    """The shared encoding; input is already ``normalize``-d, so no lowercasing here."""
    chars = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        lowercase=False,
        sublinear_tf=True,
        min_df=2,
        max_features=120_000,
        dtype=np.float32,
    )
    words = TfidfVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        lowercase=False,
        token_pattern=r"(?u)\b\w[\w'/]*\b",
        sublinear_tf=True,
        min_df=2,
        dtype=np.float32,
    )
    return FeatureUnion([("chars", chars), ("words", words)])


def make_head(c: float, seed: int) -> LogisticRegression:
    """A multinomial logistic regression; balanced weights so rare kinds are not drowned."""
    return LogisticRegression(
        C=c, max_iter=3000, class_weight="balanced", random_state=seed, tol=1e-4
    )


DETAIL_FLAG_WEIGHT = 3.0
TOPIC_FLAG_WEIGHT = 3.0


def with_topic_flags(x: Any, normalized: Sequence[str]) -> Any:
    """The text encoding plus the topic lexicons' counts (see topics.py) for the category head."""
    flags = np.array([topic_flags(t) for t in normalized], dtype=np.float32) * TOPIC_FLAG_WEIGHT
    return sp.hstack([x, sp.csr_matrix(flags)], format="csr")


def with_detail_flags(x: Any, texts: Sequence[str]) -> Any:
    """The text encoding plus the lexicon's detail signals, so the detail heads can lean on
    hand-written patterns (which generalise to new phrasing) and learn the corpus's conventions
    (a "bathroom fan" names a thing, "in the bathroom" names a place) from the n-grams."""
    flags = np.array([detail_flags(t) for t in texts], dtype=np.float32) * DETAIL_FLAG_WEIGHT
    return sp.hstack([x, sp.csr_matrix(flags)], format="csr")


def fit(
    texts: Sequence[str],
    categories: Sequence[str],
    escalations: Sequence[str],
    c_category: float = 10.0,
    c_escalation: float = 10.0,
    seed: int = 0,
    given: Sequence[frozenset[str]] | None = None,
) -> PortalModel:
    """Fit the encoding and both heads on the same texts (escalation ``none`` = routine).

    With ``given``, also fit one binary head per maintenance detail, on maintenance messages.
    """
    features, x, normalized = _encoded(texts)
    cat = make_head(c_category, seed).fit(with_topic_flags(x, normalized), list(categories))
    esc = make_head(c_escalation, seed).fit(x, list(escalations))
    model = PortalModel(features, cat, esc)
    if given is not None:
        model.detail_heads = _fit_detail_heads(x, texts, categories, given, seed)
    return model


def fit_grid(
    texts: Sequence[str],
    categories: Sequence[str],
    escalations: Sequence[str],
    cs: Sequence[float],
    seed: int = 0,
    given: Sequence[frozenset[str]] | None = None,
) -> dict[float, PortalModel]:
    """``fit`` once per C (both heads at that C), for the C search of cross-validation. The
    encoding and the detail heads do not depend on C, so they are fitted once and shared:
    each model equals ``fit(..., c, c, seed, given)`` at a fraction of the cost."""
    features, x, normalized = _encoded(texts)
    x_topics = with_topic_flags(x, normalized)
    details = _fit_detail_heads(x, texts, categories, given, seed) if given is not None else {}
    models = {}
    for c in cs:
        cat = make_head(c, seed).fit(x_topics, list(categories))
        esc = make_head(c, seed).fit(x, list(escalations))
        models[c] = PortalModel(features, cat, esc, detail_heads=dict(details))
    return models


def _encoded(texts: Sequence[str]) -> tuple[FeatureUnion, Any, list[str]]:
    """A fitted encoding, the texts encoded with it, and the normalised texts."""
    features = make_features()
    normalized = [normalize(t) for t in texts]
    x = features.fit_transform(normalized)
    _drop_fitting_leftovers(features)
    return features, x, normalized


def _fit_detail_heads(
    x: Any,
    texts: Sequence[str],
    categories: Sequence[str],
    given: Sequence[frozenset[str]],
    seed: int,
) -> dict[str, LogisticRegression]:
    rows = [i for i, c in enumerate(categories) if c == "maintenance"]
    xd = with_detail_flags(x[rows], [texts[i] for i in rows])
    heads = {}
    for name in MAINTENANCE_DETAILS:
        y = [name in given[i] for i in rows]
        if len(set(y)) == 2:
            heads[name] = LogisticRegression(C=30.0, max_iter=3000, random_state=seed).fit(xd, y)
    return heads


def _drop_fitting_leftovers(features: FeatureUnion) -> None:
    # Vectorizers keep the cut-off vocabulary (`stop_words_`) only for inspection; it can be
    # larger than the model itself.
    for _, vec in features.transformer_list:
        if hasattr(vec, "stop_words_"):
            vec.stop_words_ = None


def load(path: Path) -> PortalModel:
    """Read an artefact written by ``PortalModel.save``; refuse other format versions."""
    payload = joblib.load(path)
    if payload.get("format") != FORMAT_VERSION:
        raise ValueError(
            f"{path}: model format {payload.get('format')!r}, expected {FORMAT_VERSION}; "
            "retrain with `frontdesk train`"
        )
    return PortalModel(
        payload["features"],
        payload["category_head"],
        payload["escalation_head"],
        _thresholds(payload["thresholds"]),
        payload.get("meta", {}),
        payload.get("detail_heads", {}),
        payload.get("vagueness_head"),
    )


def _thresholds(saved: dict[str, Any]) -> Thresholds:
    """Thresholds as ``save`` wrote them (artefacts from before per-detail thresholds or the
    vagueness head have none: 0.5 per detail, and never vague)."""
    details = saved.get("details", {})
    return Thresholds(
        escalate=float(saved["escalate"]),
        emergency=float(saved["emergency"]),
        category=float(saved["category"]),
        details=tuple(details.items()),
        vague=float(saved.get("vague", math.inf)),
    )


@functools.cache
def shipped_model() -> PortalModel:
    """The model shipped in the package, loaded on first use and kept for the process."""
    if not ARTIFACT.exists():
        raise FileNotFoundError(
            f"{ARTIFACT} is missing; build it with `frontdesk train --corpus corpus/portal`"
        )
    return load(ARTIFACT)
