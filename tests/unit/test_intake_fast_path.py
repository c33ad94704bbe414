"""The hand-rolled scoring path equals scikit-learn's own on the shipped model."""

from __future__ import annotations

import numpy as np

from frontdesk.intake.model import encode, probabilities, shipped_model, with_topic_flags
from frontdesk.intake.normalize import normalize

TEXTS = ["the bathroom sink drips", "huele a gas en la cocina", "any news?", "this fee is wrong"]


def test_fast_scoring_matches_predict_proba() -> None:
    model = shipped_model()
    texts = [normalize(t) for t in TEXTS]
    x = encode(model.features, texts)
    assert abs(x - model.features.transform(texts)).max() == 0
    for head, features in (
        (model.escalation_head, x),
        (model.category_head, with_topic_flags(x, texts)),
    ):
        np.testing.assert_allclose(
            probabilities(head, features), head.predict_proba(features), atol=1e-9
        )
