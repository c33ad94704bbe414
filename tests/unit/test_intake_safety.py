"""The safety layer sends every kind of judgment call to a person, in English and Spanish,
and leaves look-alike routine messages alone."""

from __future__ import annotations

import pytest

from frontdesk.intake.normalize import normalize
from frontdesk.intake.safety import RULES, scan


def kind_of(text: str) -> str | None:
    matches = scan(normalize(text))
    return matches[0].kind if matches else None


def rule_of(text: str) -> str | None:
    matches = scan(normalize(text))
    return matches[0].rule if matches else None


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("There's a rotten egg smell by the stove", "safety.emergency.gas"),
        ("kitchen smells kinda like gas since this morning", "safety.emergency.gas"),
        ("I hear hissing behind the water heater", "safety.emergency.gas"),
        ("Huele a gas en la cocina, qué hago?", "safety.emergency.gas"),
        ("hay un olor como a huevo podrido cerca de la estufa", "safety.emergency.gas"),
        ("our CO detector is going off and my head hurts", "safety.emergency.carbon_monoxide"),
        ("the outlet in the bedroom is sparking and feels hot", "safety.emergency.fire"),
        ("sale humo del enchufe de la sala", "safety.emergency.fire"),
        ("Water is pouring through the bathroom ceiling!!", "safety.emergency.flood"),
        ("se reventó un tubo debajo del fregadero", "safety.emergency.flood"),
        ("my son is stuck in the elevator between floors", "safety.emergency.life_safety"),
        ("someone broke into my apartment last night", "safety.emergency.life_safety"),
        ("there are exposed wires hanging from the hallway light", "safety.emergency.electrical"),
    ],
)
def test_indirect_emergencies_are_caught_in_both_languages(text: str, rule: str) -> None:
    assert rule_of(text) == rule


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("My doctor says I need my dog with me, can I keep him?", "accommodation"),
        ("I'd like to request an emotional support animal", "accommodation"),
        ("could you install grab bars in the shower, I use a walker now", "accommodation"),
        ("mi médico dice que necesito un apartamento en planta baja", "accommodation"),
        ("I was charged twice for March rent", "dispute"),
        ("That late fee is wrong, I paid on the 1st", "dispute"),
        ("ya pagué la renta, ese cargo está equivocado", "dispute"),
        ("I lost my job last week and can't pay the full rent", "hardship"),
        ("perdí mi trabajo y no me alcanza para la renta", "hardship"),
        ("my attorney will be in touch about the mold", "legal"),
        ("I'm going to report this to code enforcement", "legal"),
        ("voy a hablar con un abogado", "legal"),
        ("The leasing agent said they don't rent to families with kids", "fair_housing"),
        ("I feel discriminated against because I'm Muslim", "fair_housing"),
        ("nos tratan diferente por ser latinos", "fair_housing"),
        ("The maintenance guy was rude and yelled at me", "complaint"),
        ("my upstairs neighbor keeps threatening me and my kids", "complaint"),
        ("los vecinos hacen ruido toda la noche, ya me quejé", "complaint"),
    ],
)
def test_every_escalation_kind_has_rules_that_fire(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The smoke detector in the hallway keeps chirping, probably a low battery",
        "el detector de humo pita cada minuto, creo que es la batería",
        "The back left burner won't light, the others are fine",
        "No gas smell, but the oven won't heat up",
        "Is there a pet fee if I adopt a cat?",
        "How much is pet rent for a small dog?",
        "The kitchen faucet drips a little, no rush",
        "Please ignore my last message, the light works now",
        "My dishwasher makes a grinding noise",
        "The handle on the closet door broke off in my hand",
        "When is the fire alarm inspection?",
        "Can I pay my gas bill through the portal?",
    ],
)
def test_look_alikes_stay_routine(text: str) -> None:
    assert scan(normalize(text)) == ()


def test_emergency_outranks_other_kinds_when_both_fire() -> None:
    matches = scan(normalize("My lawyer says the gas smell in the kitchen is your fault"))
    assert [m.kind for m in matches][:1] == ["emergency"]
    assert {m.kind for m in matches} >= {"emergency", "legal"}


def test_matches_name_the_words_they_fired_on() -> None:
    (match,) = scan(normalize("rotten egg smell near the oven"))
    assert match.evidence().rule == "safety.emergency.gas"
    assert "rotten egg" in match.evidence().matched


def test_rule_ids_are_named_by_kind() -> None:
    kinds = {"emergency", "dispute", "accommodation", "legal", "hardship", "complaint"}
    kinds |= {"fair_housing"}
    assert {r.kind for r in RULES} == kinds
    assert all(r.id.startswith(f"safety.{r.kind}.") for r in RULES)
