"""Round 13: pointers at something the office never saw are `unclear`.

"the one by the window", "el de ayer en la tarde", "any news on that": nothing in them says
what they are about. As the answer to a detail the workflow asked for, an `unclear` message
yields to the question (``workflows.portal``), so these rules cost nothing in a dialogue."""

from __future__ import annotations

import pytest
from safety_probe import kind_of, rule_of


@pytest.mark.parametrize(
    "text",
    [
        "the one by the window",
        "that one by the door",
        "el de la ventana",
        "la que esta en la cocina",
        "yes, the one on the left",
    ],
)
def test_a_pointer_alone_reaches_a_person(text: str) -> None:
    assert rule_of(text) == "safety.unclear.pointer_only"


@pytest.mark.parametrize(
    "text",
    [
        "the one by the window is leaking",
        "the one that leaks",
        "the blue one",
        "la de la cocina gotea",
    ],
)
def test_a_pointer_that_says_something_stays_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "any news on that",
        "any update on the thing we talked about",
        "alguna novedad con lo de ayer?",
        "el de ayer en la tarde",
        "esa no, la de al lado",
        "yes that one, the second one",
        "lo que hablamos ayer sigue en pie?",
        "¿hay alguien?",
        "talking about the one from yesterday afternoon",
    ],
)
def test_fragments_with_nothing_to_route_reach_a_person(text: str) -> None:
    assert rule_of(text) == "safety.unclear.no_content"


@pytest.mark.parametrize(
    "text",
    [
        # status questions the record answers (workflows.portal.rule_status_update)
        "any news?",
        "any update?",
        "alguna novedad?",
        "any news on my ticket?",
        "alguna novedad con mi orden?",
        "any update on when someone is coming?",
        "alguna novedad de cuando vienen?",
        # a visit asked for at a named unit
        "necesito mantenimiento en el 508",
        "necesito mantenimiento urgente en el 12 por favor",
        "second floor",
    ],
)
def test_status_questions_and_named_units_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "hi it's Marco from 7D, what's happening?",
        "hellooo it's 9F again",
        "¿sí les llegó lo que mandé?",
    ],
)
def test_who_is_writing_then_filler_reaches_a_person(text: str) -> None:
    assert kind_of(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "need someone in 412 asap",
        "hi it's Marco from 7D, what's happening with my sink?",
        "hi it's Marco from 7D, the hallway light is out",
    ],
)
def test_who_is_writing_then_a_request_stays_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the manager told us you people can't use the pool after 8",
        'el de la oficina nos dijo que "ustedes los de fuera" no tienen derecho al salon',
    ],
)
def test_staff_quoted_calling_residents_outsiders_is_fair_housing(text: str) -> None:
    assert kind_of(text) == "fair_housing"


@pytest.mark.parametrize(
    "text",
    [
        "hi this is Ms. Reyes from Bright Steps, Mateo left his backpack here today",
        "hola soy la maestra de Sofi, olvido su mochila aqui",
    ],
)
def test_a_school_writing_to_a_parent_is_a_wrong_recipient(text: str) -> None:
    assert rule_of(text) == "safety.unclear.meant_for_family"


@pytest.mark.parametrize(
    "text",
    [
        "you people never fix anything",
        "people like you make this place great, thanks for fixing the gate",
        "my son left his jacket in the laundry room, did anyone turn one in?",
    ],
)
def test_their_look_alikes_are_not_those(text: str) -> None:
    assert kind_of(text) not in ("fair_housing", "unclear")


@pytest.mark.parametrize(
    "text",
    [
        "the pool is not for kids under 12 without an adult, is that still the rule?",
        "I asked how old I was supposed to be to use the gym alone, 16?",
        "the lady at the office said at my age I should get the senior discount, how do I apply?",
    ],
)
def test_age_and_children_in_a_rule_or_a_discount_are_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("about the gym", "safety.unclear.topic_only"),
        ("sobre el contrato", "safety.unclear.topic_only"),
        ("re: the thing from monday", "safety.unclear.topic_only"),
        ("it did it again last night", "safety.unclear.no_content"),
        ("volvio a pasar anoche", "safety.unclear.no_content"),
        ("sorry my son grabbed my phone", "safety.unclear.no_content"),
        ("happy bday tia!! see you sunday", "safety.unclear.meant_for_family"),
        ("is this the dentist? I need to move my appointment", "safety.unclear.wrong_number"),
        ("tell Andre the code is 2290", "safety.unclear.meant_for_family"),
    ],
)
def test_a_topic_alone_a_repeat_or_a_wrong_number_reaches_a_person(text: str, rule: str) -> None:
    assert rule_of(text) == rule


@pytest.mark.parametrize(
    "text",
    [
        "about the parking: is there a guest spot I can use saturday?",
        "tell maintenance the code is 1234",
        "can I switch to month to month?",
        "how much money do I owe?",
    ],
)
def test_a_request_an_answer_or_a_named_staff_stays_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("no me ha llegado la manutencion y no completo la renta", "hardship"),
        ("me bajaron a 3 dias de trabajo, no voy a completar", "hardship"),
        ("el banco dice que si salio el pago, por que aparece que debo?", "dispute"),
        ("me subieron la renta porque reporte las cucarachas", "legal"),
        ("the plumber left everything filthy and didn't even fix the leak", "complaint"),
    ],
)
def test_brief_indirect_escalations_round_13c(text: str, kind: str) -> None:
    assert kind_of(text) == kind
