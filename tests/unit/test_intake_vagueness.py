"""The vagueness head: its features, its arithmetic, and that scoring and training agree."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
from sklearn.linear_model import LogisticRegression

from frontdesk.intake.model import Scores, Thresholds, fit, shipped_model
from frontdesk.intake.normalize import normalize
from frontdesk.intake.understand import decide
from frontdesk.intake.vagueness import FEATURES, fit_vagueness, vagueness_features

FLAT = {"maintenance": 0.25, "general": 0.25, "billing": 0.25, "lease": 0.25}
SURE = {"maintenance": 0.97, "general": 0.01, "billing": 0.01, "lease": 0.01}
ROUTINE = {"none": 0.9, "unclear": 0.05, "emergency": 0.05}


def _features(text: str, category: dict[str, float], escalation: dict[str, float]) -> dict:
    values = vagueness_features(normalize(text), text, category, escalation)
    return dict(zip(FEATURES, values, strict=True))


def test_features_read_the_shape_of_a_topicless_message() -> None:
    vague = _features("hola, una pregunta", FLAT, {"none": 0.6, "unclear": 0.4})
    assert vague["no_topic"] == vague["short"] == vague["short_no_topic"] == 1.0
    assert math.isclose(vague["category_entropy"], math.log(4))
    assert vague["p_unclear"] == 0.4 and math.isclose(vague["p_escalate"], 0.4)
    topical = _features(
        "the kitchen faucet is leaking under the sink, please fix it asap", SURE, ROUTINE
    )
    assert topical["no_topic"] == topical["short"] == topical["short_no_topic"] == 0.0
    assert topical["topic_words"] > 0 and topical["detail_signals"] > 0
    assert topical["category_entropy"] < vague["category_entropy"]
    assert _features("unit 4B?", SURE, ROUTINE)["has_digit"] == 1.0
    assert _features("unit 4B?", SURE, ROUTINE)["question"] == 1.0


def test_head_probabilities_equal_scikit_learns() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, len(FEATURES))) * rng.uniform(0.5, 3, len(FEATURES))
    y = (x[:, 0] + 0.5 * x[:, 3] + rng.normal(size=300) > 1.0).tolist()
    head = fit_vagueness(x, y)
    reference = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000).fit(
        (x - x.mean(axis=0)) / x.std(axis=0), y
    )
    expected = reference.predict_proba((x - x.mean(axis=0)) / x.std(axis=0))[:, 1]
    np.testing.assert_allclose(head.probabilities(x), expected, atol=1e-6)


def test_a_constant_feature_does_not_divide_by_zero() -> None:
    x = np.column_stack([np.arange(20.0), np.ones(20)])
    head = fit_vagueness(x, [v >= 10 for v in range(20)])
    assert np.isfinite(head.probabilities(x)).all()


def test_scorer_gives_the_head_the_features_training_computes() -> None:
    """Training computes the features from a message's scores; the live scorer computes them
    inside its batch. Both must hand the head the same numbers, or the threshold chosen in
    training would mean something else in production."""
    texts = ["the sink leaks in the kitchen", "pool hours?", "hola", "call me", "my fob broke"]
    model = fit(
        texts * 4,
        ["maintenance", "general", "general", "general", "access"] * 4,
        ["none", "none", "unclear", "unclear", "none"] * 4,
    )
    before = model.scores(texts)
    rows = np.array(
        [
            vagueness_features(normalize(t), t, s.category, s.escalation)
            for t, s in zip(texts, before, strict=True)
        ]
    )
    model.vagueness_head = fit_vagueness(rows, [False, False, True, True, False])
    after = model.scores(texts)
    assert [s.vague for s in before] == [0.0] * len(texts), "no head, no vagueness"
    np.testing.assert_allclose(
        [s.vague for s in after], model.vagueness_head.probabilities(rows), atol=1e-9
    )
    assert after[2].vague > 0.5 > after[0].vague


def test_a_vague_message_goes_to_a_person_and_a_clear_one_does_not() -> None:
    t = Thresholds(escalate=0.5, emergency=0.3, category=0.3, vague=0.8)
    scores = Scores(SURE, ROUTINE)
    routine = decide("the sink is leaking", replace(scores, vague=0.79), t)
    assert routine.escalation is None and routine.category == "maintenance"
    vague = decide("the sink is leaking", replace(scores, vague=0.8), t)
    assert (vague.escalation, vague.category, vague.rule) == ("unclear", "general", "model.vague")
    assert any(e.rule == "model.vague" for e in vague.evidence)
    # the safety rules still decide first: an emergency stays an emergency
    gas = decide("i smell gas in the kitchen", replace(scores, vague=0.99), t)
    assert gas.escalation == "emergency"
    # without a threshold (older artefacts) the head never decides
    assert (
        decide("the sink is leaking", replace(scores, vague=1.0), Thresholds()).must_human is False
    )


def test_the_shipped_model_has_a_vagueness_head_with_a_threshold() -> None:
    model = shipped_model()
    assert model.vagueness_head is not None
    assert 0.0 < model.thresholds.vague < 1.0
    vague, routine = model.scores(["buenas tardes, una preguntita", "the kitchen sink is leaking"])
    assert vague.vague > routine.vague
