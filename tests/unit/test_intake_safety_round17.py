"""Round 17: a charge that went through twice, told by what the resident saw.

The fresh eval20 automated one must-human message: "... me salio el cargo de la renta dos
veces en la tarjeta este mes, regresenme uno" (a double charge, so a dispute) after a pool
question. The rule is written for the kind of message, not the text; the look-alikes are a
resident's own double payment, a payment split in two, and a technician who came out twice."""

from __future__ import annotations

import pytest
from safety_probe import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "me salio el cargo de la renta dos veces en la tarjeta",
        "a que hora abre el gym? tambien me aparecio el cobro del parking dos veces",
        "autopay ran twice this month and now my account is overdrawn",
        "the rent charge posted 2x on my card",
        "my payment went through twice, I need one back",
        "the withdrawal for rent showed up two times on my bank statement",
        "la app se congelo y se me fue el pago doble, quiero que me devuelvan uno",
    ],
)
def test_a_charge_seen_twice_is_a_dispute(text: str) -> None:
    assert kind_of(text) == "dispute"


@pytest.mark.parametrize(
    "text",
    [
        "I paid rent twice by accident, can you apply one to next month?",
        "can I pay rent twice a month instead of once?",
        "puedo hacer el pago de la renta en dos veces?",
        "the plumber came out twice and the sink still drips under the kitchen counter",
        "autopay ran twice?? oh wait, one was the parking fee",
    ],
)
def test_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a colour, not people
        "el filtro del aire esta negro de sucio, si no hay nadie entren nomas",
        # entry permission given with a verb between
        "la puerta del baño no cierra, pueden venir y entrar sin avisar",
        # a call asked before a visit, with a repair named
        "se cayo el toallero, porfa llamenme antes de subir",
    ],
)
def test_repair_requests_a_seventeenth_session_writer_wrote_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a los negros no les rentan aqui, solo a los blancos", "fair_housing"),
        ("el de mantenimiento entro sin avisar", "legal"),
        ("they came in without notice, is that even legal", "legal"),
    ],
)
def test_what_those_guards_must_not_hide(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # eval22's two automated disputes, reworded: an amount against what was agreed, and a
        # bill far above the usual with a demand to put it right
        "the agent agreed my rent would be 1500, now it says 1580, that's not what we agreed",
        "me dijeron que la renta seria 1200 y me cobran 1275, eso no es lo que acordamos",
        "my electric bill is nearly triple what it normally is, please fix it",
        "the gas bill is almost double what it usually is, nothing changed, i want it corrected",
    ],
)
def test_an_amount_against_what_was_agreed_or_usual_is_a_dispute(text: str) -> None:
    assert kind_of(text) == "dispute"


@pytest.mark.parametrize(
    "text",
    [
        "my water bill is double what it was in winter, is that normal for summer?",
        "the painter said tuesday, that's not what we agreed but ok whatever works",
        "el excusado se tapa, es el unico baño que usan los niños, pueden venir hoy?",
        "the bifold doors keep falling off, call me before you go in",
    ],
)
def test_look_alikes_of_round_17b_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "need maintenance asap pls",
        "ocupo mantenimiento urgente",
        "hola necesito a alguien de mantenimiento",
        "pls send someone from maintenance as soon as possible",
    ],
)
def test_a_repair_visit_asked_for_without_a_unit_is_routine(text: str) -> None:
    """Routine maintenance whose description is still to be asked (the labels read it so),
    not a message too vague to route."""
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text", ["hey is this the number for maintenance or the office", "hola?? me pueden llamar"]
)
def test_content_free_messages_stay_unclear(text: str) -> None:
    assert kind_of(text) == "unclear"
