"""Round 14: a time alone, a choice between things never named, and whose number this is.

"after 3 works", "both I guess", "este numero es de la oficina o de otra compania?": nothing in
them says what they are about. As the answer to a detail the workflow asked for, an `unclear`
message yields to the question (``workflows.portal``), so these rules cost nothing in a
dialogue; as a message of its own a person reads it."""

from __future__ import annotations

import pytest
from safety_probe import kind_of, rule_of


@pytest.mark.parametrize(
    "text",
    [
        "after 3 works",
        "3:30 works",
        "thursday then",
        "around 6ish",
        "next week is fine",
        "sat morning or sun afternoon",
        "el martes entonces",
        "manana temprano?",
        "cuando gusten pero no el jueves",
        "los sabados estoy todo el dia",
    ],
)
def test_a_time_alone_reaches_a_person(text: str) -> None:
    assert rule_of(text) == "safety.unclear.when_only"


@pytest.mark.parametrize(
    "text",
    [
        "tomorrow works for the sink repair",
        "r u guys still coming at 2?",
        "is someone still coming today between 1 and 5?",
        "money will be there thursday",
        "I'll pay friday",
        "is the office open saturday?",
        "necesito a alguien para el bano, estoy en las mananas",
        "whenever is fine honestly",
        "late again sorry, friday",
    ],
)
def test_a_time_with_a_topic_a_visit_or_a_payment_stays_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "good morning!",
        "buenas tardes",
    ],
)
def test_a_greeting_is_named_as_content_free_not_as_a_time(text: str) -> None:
    assert rule_of(text) == "safety.unclear.no_content"


@pytest.mark.parametrize(
    "text",
    [
        "este numero es de las oficinas de los apartamentos o de otra compañia?",
        "is this the leasing office or the management company?",
        "what company is this",
        "who am i texting, the office or the owner?",
        "wait which form",
        "the paper one or the online one?",
        "see attached pls",
        "where do I drop it",
        "can I just do it myself",
        "both I guess",
        "el de arriba o el de abajo?",
        "lo puedo hacer yo?",
        "ya no funciona otra vez",
        "sigo esperando eso",
    ],
)
def test_whose_number_or_a_choice_never_named_reaches_a_person(text: str) -> None:
    assert rule_of(text) == "safety.unclear.no_content"


@pytest.mark.parametrize(
    "text",
    [
        "where do I drop off the rent check",
        "what form do I need for a pet",
        "the online portal won't let me pay",
        "el formulario de la mascota donde lo dejo?",
        "both bathrooms have no hot water",
        "the top burner doesn't work",
        "la puerta de arriba no sirve",
        "ya hice el pago",
        "can someone come check my unit, 214",
        "no hurry at all",
        "el resto lo tengo para el 15",
    ],
)
def test_the_same_words_with_a_topic_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Is this Dr. Patel's office? I need to reschedule my cleaning",
            "safety.unclear.wrong_number",
        ),
        ("can u pick up the kids at 4 im stuck at work", "safety.unclear.wrong_number"),
        ("running 10 min late save me a seat", "safety.unclear.meant_for_family"),
        ("llego tarde guardame lugar", "safety.unclear.meant_for_family"),
        ("tell your brother I'll be late tonight", "safety.unclear.meant_for_family"),
        ("ok gracias pero para cuando", "safety.unclear.pointer_only"),
        ("thanks but what about mine", "safety.unclear.pointer_only"),
        ("it's in the pic", "safety.unclear.pointer_only"),
        (
            "buenas, le escribe la del edificio de atrás, cuando tenga un minutito",
            "safety.unclear.no_content",
        ),
        ("oiga disculpe, con quien hablo para lo de la otra vez?", "safety.unclear.no_content"),
    ],
)
def test_a_wrong_number_or_thanks_but_what_about_it_reaches_a_person(text: str, rule: str) -> None:
    assert rule_of(text) == rule


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my eyes are bad, can notices come in big print", "accommodation"),
        (
            'my work order\'s been "in progress" a month and no one will tell me anything',
            "complaint",
        ),
        (
            "me cobran seguro de inquilino y yo tengo mi propia poliza, ya mande el comprobante",
            "dispute",
        ),
        ("my dad died and I have to move home, can I get my deposit back fast?", "hardship"),
        ("since the surgery we're broke, how do we get out of the lease early", "hardship"),
        ("no pago la renta hasta que arreglen el agua caliente", "legal"),
        ("voy a reportar estos cargos a la fiscalia, no estan en mi contrato", "legal"),
    ],
)
def test_brief_must_human_phrasings_reach_a_person(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "thanks but I figured it out",
        "ok gracias pero tambien el lavabo gotea",
        "no pago la renta hasta el viernes, ok?",
        "no pago hasta que me pagan el 15",
        "can u pick up the kids from the pool area? they're too loud",
        "the faucet is broke",
        "I've been here a month, where do I get a parking sticker",
        "puedo renovar por 6 meses nada mas?",
        "ya paso un mes y nada del deposito, cuando lo mandan",
        "me cobraron el seguro de renta pero yo tengo mi propio seguro, donde subo la poliza?",
        "need maintenance in my unit please",
        "yes you can go in",
    ],
)
def test_their_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("la ventana de mi cuarto esta rota, alguien la quebro anoche para meterse", "emergency"),
        ("someone smashed the patio door glass to get in last night", "emergency"),
        ("alarma de monoxido sonando y no para, no es la bateria", "emergency"),
        ("el techo de la sala esta goteando muchisimo y se esta inflando", "emergency"),
        ("oigo un silbido en la tuberia del gas y huele raro", "emergency"),
        ("water dripping from the ceiling crack, bucket fills every few minutes", "emergency"),
        ("she's not Black and I am, why was her leak fixed first?", "fair_housing"),
        ("la agente me dijo que no le rentan a madres solteras", "fair_housing"),
        ("we can't renew because the building is going adults only", "fair_housing"),
        ("no tengo mascota, por que me cobran renta de mascota?", "dispute"),
        ("no devolvi las llaves tarde, las deje el dia 30, quiten ese cargo", "dispute"),
        ("my father had a stroke, can the notice period be shortened", "hardship"),
        ("did i text the right place? looking for the apartment people", "unclear"),
        ("the thing in the hallway, is it yours?", "unclear"),
        ("ah ok pero y lo otro?", "unclear"),
    ],
)
def test_round_14c_phrasings_reach_a_person(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "my son broke the window playing ball, can someone fix it",
        "toilet seat broke lol. feel free to come in and swap it",
        "la secadora hace un silbido cuando da vueltas",
        "the smoke alarm keeps chirping, I think it's the battery",
        "the bucket under the sink fills up in a week, slow drip",
        "se permiten perros? cuanto cobran de mascota",
        "is the pool adults only after 8?",
        "what's the notice period to move out?",
        "looking for a 2 bedroom, do you have any?",
        "the thing in the hallway is leaking",
    ],
)
def test_round_14c_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None
