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


@pytest.mark.parametrize(
    "text",
    [
        "my front door's been kicked in",
        "the CO thing is screaming and my head is pounding",
        "outlet by my bed just popped and there's black marks on it",
        "se está cayendo el techo del baño",
        "water's an inch deep in the laundry room",
    ],
)
def test_short_indirect_emergencies(text: str) -> None:
    assert kind_of(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "the breaker popped again, can someone reset it",
        "the paint on the bathroom ceiling is peeling",
        "se esta cayendo la pintura del techo del baño",
        "the CO detector chirps once a minute, I think it's the battery",
        "puddle about an inch wide under the fridge",
        "black marks on the wall where the couch rubbed",
    ],
)
def test_their_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("give me a call at 312 555 0199 thx", "safety.unclear.call_back_no_topic"),
        ("¿me regresan la llamada?", "safety.unclear.call_back_no_topic"),
        ("Hey it's Jamal, call me when you're free", "safety.unclear.call_back_no_topic"),
        ("it's Dana from 4B", "safety.unclear.who_only"),
        ("soy Carmen del 2C", "safety.unclear.who_only"),
        ("Priya, apt 7", "safety.unclear.who_only"),
        ("¿ya vino él?", "safety.unclear.no_content"),
        ("is it done?", "safety.unclear.no_content"),
        ("how much?", "safety.unclear.no_content"),
    ],
)
def test_messages_with_nothing_to_route_reach_a_person(text: str, rule: str) -> None:
    assert rule_of(text) == rule


@pytest.mark.parametrize(
    "text",
    [
        "call me before you come in, I work nights",
        "llámenme antes de entrar por favor",
        "can you call me about my lease renewal",
        "Do I need to schedule the move-out inspection or will you contact me?",
        "los de amazon no me pueden marcar por el interfon",
        "r u guys still coming at 2?",
        "it's Dana from 4B, my sink is clogged",
        "soy Carmen del 2C, ya pague la renta",
        "how much is the pet deposit?",
        "is the pool open yet?",
    ],
)
def test_a_call_or_a_name_with_a_topic_stays_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("lost my mom last week, need a little time on rent", "hardship"),
        ("oigan me llegó un cargo doble del estacionamiento, pago un solo lugar", "dispute"),
        ("por que me cobran la luz de las areas comunes? eso no me toca a mi", "dispute"),
        ("the notice says I'm 2 months behind, I'm not, I can show every payment", "dispute"),
        ("can I get the regional office's number", "complaint"),
        ("been emailing since april. does anyone read these?", "complaint"),
        ("rent this month goes in a separate account until my repairs are done", "legal"),
        ("could something to hold onto go in next to the tub?", "accommodation"),
        ("¿pueden poner algo para agarrarse junto al inodoro?", "accommodation"),
        ("pick up milk on ur way home", "unclear"),
        ("Hey can u tell Danny I'll be late to pick him up", "unclear"),
        ("jsjsjs perdón se me fue", "unclear"),
        ("pls ring my cell after 6, rather not put it in writing", "unclear"),
    ],
)
def test_brief_indirect_escalations(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "I lost my mom's spare key, can I get a new one made and what's the fee",
        "I'm a week behind, I'm not going to lie, can I pay friday",
        "does anyone read these notices on the board?",
        "is the regional office open on saturday?",
        "my rent goes into a separate account each month so I don't spend it",
        "need something to grab the hair out of the tub drain",
        "algo para agarrar el pelo del desague de la tina",
    ],
)
def test_their_routine_look_alikes(text: str) -> None:
    assert kind_of(text) is None
