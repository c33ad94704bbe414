"""LinearScorer gives scikit-learn's own probabilities, on the shipped model and on a small one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from frontdesk.intake.corpus import load_examples
from frontdesk.intake.model import (
    PortalModel,
    fit,
    shipped_model,
    with_detail_flags,
    with_topic_flags,
)
from frontdesk.intake.normalize import normalize
from frontdesk.intake.understand import decide
from frontdesk.intake.vagueness import vagueness_features

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "portal"
EDGE_CASES = ["", "   ", "qwerty zxcv", "!!!", "ñ", "el AC no esta working en la cocina"]


def _sklearn_probabilities(model: PortalModel, texts: Sequence[str]) -> dict[str, np.ndarray]:
    """The reference: the fitted vectorizers' ``transform`` and each head's ``predict_proba``."""
    normalized = [normalize(t) for t in texts]
    x = model.features.transform(normalized)
    found = {
        "category": model.category_head.predict_proba(with_topic_flags(x, normalized)),
        "escalation": model.escalation_head.predict_proba(x),
    }
    xd = with_detail_flags(x, texts)
    for name, head in model.detail_heads.items():
        found[name] = head.predict_proba(xd)[:, 1]
    return found


def _assert_same(model: PortalModel, texts: Sequence[str]) -> None:
    expected = _sklearn_probabilities(model, texts)
    scores = model.scores(texts)
    cat_names = [str(c) for c in model.category_head.classes_]
    esc_names = [str(c) for c in model.escalation_head.classes_]
    got_cat = np.array([[s.category[c] for c in cat_names] for s in scores])
    got_esc = np.array([[s.escalation[c] for c in esc_names] for s in scores])
    np.testing.assert_allclose(got_cat, expected["category"], atol=1e-5)
    np.testing.assert_allclose(got_esc, expected["escalation"], atol=1e-5)
    for name in model.detail_heads:
        got = np.array([s.details[name] for s in scores])
        np.testing.assert_allclose(got, expected[name], atol=1e-5)


def test_shipped_model_scores_equal_sklearn_on_training_messages() -> None:
    model = shipped_model()
    texts = [e.text for e in load_examples(CORPUS / "train_more9.jsonl")] + EDGE_CASES
    assert len(model.detail_heads) == 5
    _assert_same(model, texts)


def test_decisions_equal_those_from_sklearn_probabilities() -> None:
    """Tiny float differences must not change what happens to any training message."""
    model = shipped_model()
    texts = [e.text for e in load_examples(CORPUS / "train_eval4.jsonl")]
    expected = _sklearn_probabilities(model, texts)
    cat_names = [str(c) for c in model.category_head.classes_]
    esc_names = [str(c) for c in model.escalation_head.classes_]
    assert model.vagueness_head is not None
    for i, (text, scores) in enumerate(zip(texts, model.scores(texts), strict=True)):
        category = dict(zip(cat_names, expected["category"][i].tolist(), strict=True))
        escalation = dict(zip(esc_names, expected["escalation"][i].tolist(), strict=True))
        # the vagueness head reads the category and escalation probabilities: give it
        # sklearn's, so that its answer is part of the comparison too
        features = vagueness_features(normalize(text), text, category, escalation)
        reference = type(scores)(
            category,
            escalation,
            {name: float(expected[name][i]) for name in model.detail_heads},
            scores.unknown_words,
            vague=float(model.vagueness_head.probabilities(np.array([features]))[0]),
        )
        ours = decide(text, scores, model.thresholds)
        theirs = decide(text, reference, model.thresholds)
        assert (ours.category, ours.escalation, ours.missing) == (
            theirs.category,
            theirs.escalation,
            theirs.missing,
        ), text


def test_binary_heads_and_a_replaced_head_are_scored_like_sklearn() -> None:
    texts = [
        "the kitchen sink leaks, come today",
        "gas smell by the stove",
        "dryer is broken, ok to enter",
        "what time is the pool open",
        "se rompio la estufa, vengan mañana",
        "the bathroom fan is loud asap",
    ] * 4
    categories = [
        "maintenance",
        "maintenance",
        "maintenance",
        "general",
        "maintenance",
        "maintenance",
    ] * 4
    escalations = ["none", "emergency", "none", "none", "none", "none"] * 4
    given = [
        frozenset({"location", "description", "urgency"}),
        frozenset({"location", "description"}),
        frozenset({"description", "entry_permission"}),
        frozenset(),
        frozenset({"description", "availability"}),
        frozenset({"location", "description", "urgency"}),
    ] * 4
    model = fit(texts, categories, escalations, 1.0, 1.0, given=given)
    assert model.escalation_head.coef_.shape[0] == 1, "two escalation classes: one binary head"
    assert model.category_head.coef_.shape[0] == 1
    _assert_same(model, texts + EDGE_CASES)
    before = model.scorer()
    model.detail_heads = {}
    assert model.scorer() is not before, "replacing heads rebuilds the scorer"
    assert all(s.details == {} for s in model.scores(texts))


def test_weighted_feature_unions_are_refused() -> None:
    model = fit(
        ["a leak", "pool hours"] * 3, ["maintenance", "general"] * 3, ["none", "emergency"] * 3
    )
    model.features.transformer_weights = {"chars": 2.0, "words": 1.0}
    with pytest.raises(ValueError, match="weighted"):
        model.scores(["a leak"])
