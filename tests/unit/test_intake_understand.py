"""``understand`` with the shipped model: safety first, routine routed, details and facts."""

from __future__ import annotations

import pytest

from frontdesk.intake.model import Scores, Thresholds
from frontdesk.intake.understand import decide, understand
from frontdesk.intake.understanding import CATEGORIES, ESCALATIONS, MAINTENANCE_DETAILS


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("there's a rotten egg smell by the stove", "safety.emergency.gas"),
        ("Huele como a gas cerca del calentador", "safety.emergency.gas"),
        ("my doctor says I need my dog, he helps with my panic attacks", "safety.accommodation"),
        ("I was billed twice for the same water charge", "safety.dispute"),
    ],
)
def test_safety_rules_decide_before_the_model(text: str, rule: str) -> None:
    u = understand(text)
    assert u.must_human
    assert u.rule.startswith(rule)
    assert any(e.rule.startswith(rule) for e in u.evidence)
    assert u.missing == ()


def test_an_indirect_emergency_is_an_emergency_even_in_spanish() -> None:
    u = understand("sale mucha agua del techo de la cocina y no para", lang_hint=None)
    assert u.escalation == "emergency"
    assert u.lang == "es"


@pytest.mark.parametrize(
    "text",
    [
        "The smoke detector in my bedroom chirps every minute, I think the battery is low",
        "back burner on the stove won't light, no smell at all, just clicks",
        "Quick question, what's the pet fee for a cat?",
    ],
)
def test_look_alikes_are_not_sent_to_a_person(text: str) -> None:
    u = understand(text)
    assert u.escalation is None, u


def test_routine_maintenance_lists_missing_details_in_policy_order() -> None:
    u = understand("The kitchen sink is leaking under the cabinet, not urgent.")
    assert (u.category, u.escalation) == ("maintenance", None)
    assert u.rule == "model.category"
    assert u.missing == ("entry_permission", "availability")


def test_a_complete_maintenance_request_is_missing_nothing() -> None:
    u = understand(
        "Bathroom faucet in the master bath drips constantly. No rush. You can let yourselves "
        "in with the key, I'm home after 5pm on weekdays."
    )
    assert u.category == "maintenance"
    assert u.missing == ()


def test_required_details_from_policy_limit_what_is_missing() -> None:
    u = understand("The kitchen sink is leaking", required_details=("availability", "location"))
    assert u.missing == ("availability",)


def test_spanish_routine_request_is_understood_in_spanish() -> None:
    u = understand("La lavadora no centrifuga, no es urgente. Estoy en casa los sábados.")
    assert (u.category, u.escalation, u.lang) == ("maintenance", None, "es")
    assert "urgency" in u.details_given and "availability" in u.details_given


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("How do I set up autopay for rent?", "billing"),
        ("I'd like to renew my lease for another 12 months", "lease"),
        ("My gate fob stopped opening the garage", "access"),
        ("Any update on the work order for my dishwasher?", "status_update"),
        ("Quiero mudarme el próximo mes, ¿cómo doy el aviso?", "move"),
    ],
)
def test_routine_categories(text: str, category: str) -> None:
    u = understand(text)
    assert u.category == category
    assert u.missing == ()


def test_a_content_free_message_goes_to_a_person_as_unclear() -> None:
    u = understand("hello?? anyone")
    assert u.escalation == "unclear"
    assert u.must_human


def test_a_message_of_words_never_seen_is_unclear() -> None:
    u = understand("zxqv plorkt")
    assert (u.escalation, u.rule) == ("unclear", "model.unknown_words")


def test_an_empty_message_is_unclear() -> None:
    u = understand("   ")
    assert (u.escalation, u.rule) == ("unclear", "intake.empty")


def test_facts_come_with_the_understanding() -> None:
    u = understand("Unit 7C: I paid $1,200.00 on 03/02 but the portal shows a balance")
    assert u.facts["unit"] == "7C"
    assert u.facts["amounts_cents"] == [120000]
    assert "03/02" in u.facts["dates"]


def test_every_understanding_uses_the_contract_vocabulary() -> None:
    for text in ("hi", "my toilet is clogged", "I'm going to sue you", "ok gracias"):
        u = understand(text)
        assert u.category in CATEGORIES
        assert u.escalation is None or u.escalation in ESCALATIONS
        assert 0.0 <= u.confidence <= 1.0
        assert set(u.missing) <= set(MAINTENANCE_DETAILS)


def _scores(category: float, p_none: float, p_emergency: float = 0.0) -> Scores:
    rest = (1.0 - category) / 2
    return Scores(
        {"maintenance": category, "general": rest, "billing": rest},
        {"none": p_none, "emergency": p_emergency, "dispute": 1.0 - p_none - p_emergency},
    )


def test_low_category_confidence_becomes_unclear() -> None:
    u = decide("the blinds look odd by the door", _scores(0.3, 0.95), Thresholds(0.5, 0.3, 0.5))
    assert (u.escalation, u.rule) == ("unclear", "model.low_confidence")
    assert u.category == "general"  # too vague to route is too vague to have a topic


def test_model_escalation_names_the_kind() -> None:
    u = decide("please look at this", _scores(0.9, 0.2), Thresholds(0.5, 0.3, 0.5))
    assert (u.escalation, u.rule) == ("dispute", "model.escalation.dispute")


def test_a_plausible_emergency_outranks_a_likelier_other_kind() -> None:
    u = decide("please look at this", _scores(0.9, 0.3, 0.35), Thresholds(0.5, 0.3, 0.5))
    assert (u.escalation, u.rule) == ("emergency", "model.escalation.emergency")


def test_confident_routine_is_automated() -> None:
    u = decide("please look at this", _scores(0.9, 0.95), Thresholds(0.5, 0.3, 0.5))
    assert (u.escalation, u.rule, u.must_human) == (None, "model.category", False)


def test_each_detail_head_is_read_at_its_own_threshold() -> None:
    s = _scores(0.9, 0.95)
    scores = Scores(s.category, s.escalation, {"location": 0.4, "description": 0.55})
    default = decide("the sink upstairs", scores, Thresholds(0.5, 0.3, 0.5))
    assert default.details_given == {"description"}  # 0.5 for both
    tuned = Thresholds(0.5, 0.3, 0.5, details=(("description", 0.6), ("location", 0.35)))
    assert decide("the sink upstairs", scores, tuned).details_given == {"location"}
