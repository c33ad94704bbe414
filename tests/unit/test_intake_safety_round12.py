"""Round 12: twins in the rules made one, so each copy says the same thing.

The creaking-ceiling patterns share one surface (a creaking ceiling fan is only a fan), the
dead-pet cue is one list for the hardship guard and the dispute grounds, and the dispute
guard hears a Spanish "cierto?" question as the fair-housing guard does."""

from __future__ import annotations

import pytest
from safety_probe import kind_of, rule_of


@pytest.mark.parametrize(
    "text",
    [
        "there's a crack up by the ceiling fan and the ceiling fan creaks when it spins",
        "crack near the ceiling fan, and now the ceiling fan creaks loudly",
    ],
)
def test_a_creaking_ceiling_fan_is_not_a_ceiling_giving_way(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the ceiling creaks at night and a crack opened right over the bed",
        "el techo cruje y ya se ve una grieta sobre la cama",
        "cracks all over and the ceiling is creaking above the crib",
    ],
)
def test_a_creaking_ceiling_with_a_crack_is_still_an_emergency(text: str) -> None:
    assert rule_of(text) == "safety.emergency.structural"


@pytest.mark.parametrize(
    "text",
    [
        "my bird died in march but pet rent is still on my bill, please remove the charge",
        "mi perro fallecio en enero y me siguen cobrando la renta de mascota",
    ],
)
def test_pet_rent_billed_for_a_pet_that_died_is_a_dispute(text: str) -> None:
    assert kind_of(text) == "dispute"


def test_a_pet_rent_question_ending_in_cierto_is_routine() -> None:
    assert kind_of("el cargo de mascota lo quitan si el perro ya murio, cierto?") is None
