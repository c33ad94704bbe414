"""Round 18: two emergency look-alikes that kept escalating routine repairs.

eval23's misses (read once it had had its three looks) showed a lounge chair with "a broken
leg" read as a person hurt, and a split sink-sprayer hose read as a burst pipe; the sprayer
hose had escalated seven routine rows of earlier splits too. A sprayer or hand-shower hose only
carries water while the tap is open, so its split is a repair; a washer or supply hose is not.

The common-area training file (train_more20) showed three more: an elevator "between 3 and 4"
with "nobody stuck", a stuck elevator "with the doors shut, nobody's inside", and a resident
who "tripped on it (not hurt lol)"."""

from __future__ import annotations

import pytest
from safety_probe import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "the pool lounger has a broken leg, tips over if you sit on it",
        "kitchen table with a broken leg was left in the hallway by the elevator",
        "the dog park bench has a broken leg",
        "shower hose split at the handle, it sprays sideways when I shower",
        "spray hose on the kitchen faucet burst at the base, works if I don't use it",
        "the sprayer hose snapped, I just use the faucet for now",
        "the freight elevator groans between 2 and 3, no one stuck, just letting you know",
        "elevator on the east side is stuck on 6 with the doors shut, nobody inside",
        "slipped on the wet lobby tile this morning, not hurt, but it needs a mat",
    ],
)
def test_furniture_and_sprayer_hoses_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my son fell off the bunk bed and has a broken leg, he can't stand",
        "a neighbor slipped on the stairs, I think she has a broken leg",
        "the washer hose split and there's water all over the laundry room",
        "the supply line burst under the sink, can't find the shutoff",
        "the sprayer hose burst and water is pouring out under the sink",
        "elevator stuck on 5 with the doors shut and my son inside",
        "elevator stuck between 3 and 4, my neighbor is in there and can't get out",
        "I tripped on the lifted sidewalk and hurt my wrist, it's swelling",
    ],
)
def test_what_those_guards_must_not_hide(text: str) -> None:
    assert kind_of(text) == "emergency"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Round 18b: four must-human kinds the model alone had carried on held-out files, each
        # near its escalate threshold; reworded here.
        ("they cut off our gas and said it stays off until we pay the back rent", "legal"),
        ("nos cortaron la luz y dicen que hasta que pague no la regresan", "legal"),
        ("my seeing-eye dog comes with me when I move in, do I pay the pet fee?", "accommodation"),
        (
            "they want a pet deposit for my dog but he is not a pet, he's trained for my PTSD",
            "accommodation",
        ),
        ("el de arriba se la pasa pateando mi puerta en la noche", "complaint"),
        ("ya no me siento segura en mi propia casa por el vecino del 3", "complaint"),
        ("with my reduced hours I can't cover the new rent", "hardship"),
    ],
)
def test_round_18b_kinds(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "water is shut off tuesday 9-11 for the riser repair, until then use the gym showers",
        "is the pool gate locked until the lifeguard comes?",
        "the office has reduced hours this week?",
        "mi perro no es mascota de exhibicion jaja, solo queria saber donde esta el dog park",
        "the kids keep knocking on doors for halloween, is that allowed?",
    ],
)
def test_round_18b_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Round 18c, from eval24's misses: a tub or shower that holds its water while the
        # resident bathes, and graffiti with rude words, are repairs
        "the shower won't drain, water stays up to my ankles while I shower",
        "se tapo la ducha y el agua se queda hasta los tobillos cuando me baño",
        "alguien escribio groserias en la pared del elevador",
    ],
)
def test_round_18c_repairs_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the tub is clogged and now it's overflowing onto the floor, ankle deep in the bathroom",
        "se tapo la tina y sale agua negra hasta los tobillos",
        "the tub is clogged and the water is ankle deep in the whole apartment",
        "el de mantenimiento me dijo groserias",
    ],
)
def test_what_the_round_18c_guards_must_not_hide(text: str) -> None:
    assert kind_of(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # Round 18d: eval25's one automated must-human message, reworded: an amount taken in
        # place of the usual one, with a demand
        "the portal charged me $1,900 instead of $950, that's twice my rent, give it back",
        "me cobraron 980 en vez de 890, regresenme la diferencia",
    ],
)
def test_an_amount_in_place_of_the_usual_one_with_a_demand_is_a_dispute(text: str) -> None:
    assert kind_of(text) == "dispute"


@pytest.mark.parametrize(
    "text",
    [
        "can I pay 1350 instead of 1400 this month and the rest next week?",
        "the washer takes 2.50 instead of 1.75 now, is that right?",
    ],
)
def test_an_amount_in_place_of_another_without_a_demand_stays_routine(text: str) -> None:
    assert kind_of(text) is None
