"""Round 13b: fair housing said indirectly, and the few other kinds the rules missed.

Steering ("more for professionals", "not for families", a senior home suggested), remarks
about who the resident is ("have your husband call", a quoted "you people", a slur about a
group left up), a voucher found out and the unit gone, and one household held to a rule the
next one is not. Each has a routine look-alike that must stay routine: playground rules, a
voucher inspection date, a guest's wheelchair, a bible study booking, a Spanish notice."""

from __future__ import annotations

import pytest
from safety_probe import kind_of, rule_of


@pytest.mark.parametrize(
    "text",
    [
        "the agent said the 3rd floor is really more for young professionals, we have a toddler",
        "she said the 2 bedroom isn't for families and showed me a 1 bedroom instead",
        "nos dijeron que el edificio nuevo no es para familias con ninos",
        "the manager said at my age the senior building would suit me better",
        "me dijeron que a mi edad ya no deberia vivir sola aqui",
        "the agent asked how old we were and then said the unit was gone",
        "they told us they try not to put kids on the top floor",
        "she said the big unit is a lot of money for a single mom",
        "the office said people like you live mostly at the other property",
        "the manager said the loft units are not available to deaf tenants",
        "somebody left a note saying no kids in this building and the office shrugged",
    ],
)
def test_steering_by_who_the_resident_is_is_fair_housing(text: str) -> None:
    assert kind_of(text) == "fair_housing"


@pytest.mark.parametrize(
    "text",
    [
        "the office told me to have my boyfriend call about the lease because I wouldn't get it",
        'el de mantenimiento dijo "ustedes siempre dejan basura" cuando vino',
        'the maintenance guy said "you people never clean" when he came for the sink',
        "someone spray painted slurs about muslims on the mailboxes and it's still there",
        "el gerente dijo que si no hablo ingles no me pueden atender",
        "my neighbor who speaks english got her stove fixed the same day, mine has waited weeks",
        "the manager keeps talking to my daughter instead of answering me, I'm the tenant",
        "the leasing lady asked where I'm really from and then the unit was taken",
    ],
)
def test_remarks_about_who_the_resident_is_are_fair_housing(text: str) -> None:
    # the kind, not the rule: a quoted "you people" may be caught by an earlier rule as well
    assert kind_of(text) == "fair_housing"


def test_a_woman_told_to_send_her_husband_is_a_remark_about_her() -> None:
    text = "the leasing agent told me to have my husband call because women don't get leases"
    assert rule_of(text) == "safety.fair_housing.remark_about_group"


@pytest.mark.parametrize(
    "text",
    [
        "they found out I have a voucher and now the apartment is taken",
        "the office said they are phasing out section 8 in building A",
        "primero atienden a los que pagan renta completa y a los del programa al final",
    ],
)
def test_a_voucher_found_out_and_held_against_the_resident_is_fair_housing(text: str) -> None:
    assert kind_of(text) == "fair_housing"


@pytest.mark.parametrize(
    "text",
    [
        "I got fined for my kids chalk drawing but the couple next door painted their door and"
        " got nothing",
        "the noise letter only went to us, the family with the baby",
        "they took down our pride banner, the team banners on the same floor are still up",
        "me prohibieron el altar en la ventana pero la vecina tiene su arbol de navidad",
        "the office can't add my wife to the lease but the guy in 4C added his girlfriend",
        "the guard stops my family at the gate every day, it happens to us and not to the other"
        " neighbors, my kids see it",
        "la diferencia es que nosotros somos hondurenos, a los demas no les dicen nada",
    ],
)
def test_a_household_singled_out_is_fair_housing(text: str) -> None:
    assert kind_of(text) == "fair_housing"


@pytest.mark.parametrize(
    "text",
    [
        "what time does the playground close for kids under 5?",
        "the garage is not a place for kids to play, a car almost hit one",
        "please don't put kids bikes in the hallway, they block the exit",
        "the toddler room is not just for families, anyone can use it?",
        "is the quiet floor more for students?",
        "when is my voucher inspection scheduled? the caseworker asked me",
        "my section 8 caseworker needs a copy of the lease, can you email it?",
        "can I get a receipt with my portion and the housing authority portion?",
        "does the housing authority pay you directly or should I forward their check?",
        "is the office open on the holiday monday? what are the holiday office hours",
        "can we book the prayer room friday afternoon for our group?",
        "can I reserve the community room for a bible study on sunday?",
        "los avisos del edificio se pueden mandar en espanol?",
        "me pueden mandar el contrato en espanol? mi mama no lee bien el ingles",
        "which door has the ramp? my guest uses a wheelchair and is coming saturday",
        "does the elevator fit a wheelchair? my grandma is visiting next week",
        "I'll have my husband call the office tomorrow about the lease",
        "the office asked me to have my husband sign the renewal too",
        "mi vecina que habla ingles me ayudo con la solicitud",
        "please call my son instead of me, he handles my bills",
        "can I bring someone to translate at the lease signing?",
        "someone wrote graffiti on the stairwell wall in building 3",
        "does the gym have a women-only hour?",
        "is there a 55+ building in your portfolio? my parents are looking",
        "do I need a marriage certificate to add my spouse to the lease?",
        "my kids got a warning for the pool but they were with me the whole time",
        "I was told to move my car but the lot was empty, can you explain?",
        "me cobraron la multa pero estaba de viaje con mis hijos, me la pueden quitar?",
        "the blind in my bedroom is broken, can someone fix it",
        "brown water coming from my kitchen tap since this morning",
        "they asked how old my kids are for the pool passes",
        "can I put a menorah in the window or is that against the fire rules?",
    ],
)
def test_routine_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the $40 fee on my ledger, I paid it at the office back in january", "dispute"),
        (
            "me descontaron del deposito la alfombra y la deje igual que como me la dieron",
            "dispute",
        ),
        ("el recargo de basura no me corresponde, yo no vivia ahi ese mes", "dispute"),
        (
            "why does it say delinquent? my portion was paid directly by the housing authority",
            "dispute",
        ),
        ("they sent a non-renewal right after the city inspector came to check the heat", "legal"),
        ("my key stopped working, somebody changed the locks and I paid rent on the 1st", "legal"),
        ("I'm putting my rent in a savings account until the leak is fixed", "legal"),
        ("ya no puedo con las escaleras por mi cadera, hay algo en planta baja?", "accommodation"),
        ("the outlet next to the bed in the kids room keeps popping", "emergency"),
        ("sale humo del enchufe de la sala", "emergency"),
    ],
)
def test_other_kinds_said_plainly_are_caught(text: str, kind: str) -> None:
    assert kind_of(text) == kind
