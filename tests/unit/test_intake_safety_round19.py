"""Round 19: three readings that eval25's misses showed (read once it had had its looks).

A mailroom door that "slams like a gunshot" was read as a shot fired, and a resident who saw a
mouse ("we both screamed") as staff who screamed at them: both escalated routine repairs. And a
carbon monoxide alarm that "is not the low battery chirp, it's the real alarm" was left to the
model: the battery look-alike guard read "battery" and "chirp" after the negated "low", so the
rule stood aside. A look-alike word right after another is now read with the first one.

Round 19b: a model trained with more fresh writing automated a held-out legal question ("is the
3 day notice on my door even legal?"); no rule read a legality question about anything but
"this", "that" or "it", nor rent withheld "hasta q arreglen" after a longer phrase."""

from __future__ import annotations

import pytest
from safety_probe import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "mailroom door closer is broken, the door slams like a gunshot",
        "the gate bangs like a gunshot every time someone lets it go",
        "there's a mouse. I saw it. It saw me. We both screamed.",
        "saw a rat in the laundry room and I screamed, please send pest control",
        "the carbon monoxide detector is doing the low battery chirp, not the alarm",
        "CO detector says low batt on the screen",
    ],
)
def test_loud_doors_startled_residents_and_battery_chirps_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("heard what sounded like gunshots in the parking lot", "emergency"),
        ("someone fired a gunshot outside building 2", "emergency"),
        ("the leasing agent screamed at me in front of my kids", "complaint"),
        (
            "CO alarm going off, won't stop, it's not the low battery chirp, it's the real alarm",
            "emergency",
        ),
        (
            "the carbon monoxide detector is going off with a long alarm, not a low battery chirp",
            "emergency",
        ),
        ("la alarma de monoxido no para, no es la bateria", "emergency"),
    ],
)
def test_what_those_readings_must_not_hide(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "is the 3 day notice on my door even legal? I paid half already",
        "The pool rules say no kids under 14 even with a parent. That doesn't seem legal",
        "no voy a pagar la renta de este mes hasta q arreglen la gotera",
    ],
)
def test_legality_questions_and_rent_withheld_are_legal(text: str) -> None:
    assert kind_of(text) == "legal"


@pytest.mark.parametrize(
    "text",
    [
        "is my legal name needed on the renewal form",
        "what is the legal limit for guests? just curious",
    ],
)
def test_the_word_legal_alone_is_no_legal_question(text: str) -> None:
    assert kind_of(text) is None
