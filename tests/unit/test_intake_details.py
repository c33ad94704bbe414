"""Maintenance details already given, language, normalization and plain facts."""

from __future__ import annotations

import pytest

from frontdesk.intake.details import details_given, extract_facts
from frontdesk.intake.language import detect_language
from frontdesk.intake.normalize import normalize


def test_a_complete_request_gives_all_five_details() -> None:
    text = (
        "The bathroom sink is leaking under the cabinet. Not urgent. You can let yourselves "
        "in with the master key, I'm home weekdays after 5pm."
    )
    assert details_given(text) == {
        "location",
        "description",
        "urgency",
        "entry_permission",
        "availability",
    }


def test_a_bare_request_gives_nothing() -> None:
    assert details_given("I need someone from maintenance") == frozenset()


def test_refusing_entry_still_answers_entry_permission() -> None:
    given = details_given("Please don't come in unless I'm home, the dog gets anxious")
    assert "entry_permission" in given


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la regadera del baño gotea", {"location", "description"}),
        ("no es urgente, pueden entrar con la llave maestra", {"urgency", "entry_permission"}),
        ("estoy en casa los martes por la tarde", {"availability"}),
        (
            "se tapo el fregadero de la cocina, lo antes posible",
            {"location", "description", "urgency"},
        ),
    ],
)
def test_spanish_details_are_recognised_without_accents_too(text: str, expected: set[str]) -> None:
    assert details_given(text, "es") == expected
    assert details_given(normalize(text), "es") == expected


def test_typos_and_shorthand_still_count() -> None:
    given = details_given("kitchn faucet leeking pls fix asap, ok to enter tmrw")
    assert {"location", "description", "urgency", "entry_permission", "availability"} == given


def test_units_are_read_in_common_spellings() -> None:
    assert extract_facts("Apt 12, the heater is out")["unit"] == "12"
    assert extract_facts("unit #305 here")["unit"] == "305"
    assert extract_facts("This is 4B, my door sticks")["unit"] == "4B"
    assert extract_facts("depto 7-c, no hay agua")["unit"] == "7C"


def test_amounts_become_integer_cents() -> None:
    facts = extract_facts("I paid $1,250.50 but the ledger says 1300 dollars and a $45 fee")
    assert facts["amounts_cents"] == [125050, 130000, 4500]


def test_dates_are_kept_as_written_without_reading_a_clock() -> None:
    facts = extract_facts("Can someone come tomorrow or next Friday? Rent was due the 15th, 03/01")
    assert facts["dates"] == ["tomorrow", "next friday", "the 15th", "03/01"]


def test_spanish_morning_is_not_tomorrow() -> None:
    assert extract_facts("estoy en casa por la mañana") == {}
    assert extract_facts("pueden venir mañana")["dates"] == ["manana"]


def test_messages_without_facts_give_an_empty_dict() -> None:
    assert extract_facts("the light in the hallway flickers") == {}


@pytest.mark.parametrize(
    ("text", "hint", "lang"),
    [
        ("My sink is clogged again", None, "en"),
        ("Mi fregadero está tapado otra vez", None, "es"),
        ("el bano no tiene agua caliente", None, "es"),
        ("ok", "es-MX", "es"),
        ("gracias", "fr", "es"),
        ("", None, "en"),
    ],
)
def test_language_is_detected_and_a_supported_hint_wins(
    text: str, hint: str | None, lang: str
) -> None:
    assert detect_language(text, hint) == lang


def test_normalize_folds_accents_repeats_and_shorthand() -> None:
    assert normalize("PLEEEASE fix it ASAP, el baño x favor") == (
        "please fix it as soon as possible, el bano por favor"
    )
