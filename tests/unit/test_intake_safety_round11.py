"""Round eleven, non-emergency must-human rules: indirect disputes, accommodation requests,
complaints, legal steps, fair-housing treatment and messages meant for someone else, each with
the routine look-alikes that must stay routine."""

from __future__ import annotations

import pytest
from safety_probe import kind_of, rule_of, scan_grows_linearly


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # ---- dispute: billed for something never had, done or asked for
        ("there's a $40 key replacement fee on my ledger and I've never lost a key", "dispute"),
        ("why is there a parking charge? we don't even have a car", "dispute"),
        ("me cobran renta de mascota y yo ni perro tengo", "dispute"),
        ("a smoking fine on my account?? I don't smoke, nobody here does", "dispute"),
        ("me pusieron un cargo por una fumigacion y yo no pedi nada", "dispute"),
        # ---- dispute: grounds given (proof, a promise, an opt-out, paid already)
        ("you kept $300 of my deposit for paint, the walls were fine and I have photos", "dispute"),
        ("me descontaron la limpieza del deposito, tengo video de como lo deje", "dispute"),
        (
            "the admin fee was supposed to be waived when I renewed, it's still on my bill",
            "dispute",
        ),
        ("me dijeron que me iban a quitar el cargo de la alberca y sigue en mi cuenta", "dispute"),
        ("I opted out of the cable package in writing and you're still billing me", "dispute"),
        ("I gave back my storage space in May and the charge keeps coming", "dispute"),
        ("ya pague la multa del estacionamiento y me la volvieron a cobrar", "dispute"),
        ("the repair charge for the oven: it broke on its own, I didn't damage it", "dispute"),
        ("I was told move-in rent would be $900 and you charged me $1,150", "dispute"),
        ("the trash charge on my statement is bogus, nobody picks up at my door", "dispute"),
        ("el cargo por pago rechazado esta mal, el banco dice que si paso", "dispute"),
        ("returned payment fee? my payment never bounced, check with the bank", "dispute"),
        ("you billed me a $60 trip fee and the plumber never showed up", "dispute"),
        ("the notice says I owe last month but I owe nothing, I paid it", "dispute"),
        ("me cobran unas persianas que ya estaban rotas desde que me mude", "dispute"),
        ("no voy a pagar esa multa, la bolsa no era mia", "dispute"),
        ("why am I paying a valet fee every month? that was never in my lease", "dispute"),
        ("still billing pet rent, my dog died in March and I told you", "dispute"),
        ("late fee again but I paid on the 2nd like every month", "dispute"),
        # ---- accommodation
        ("my vision is getting worse, can my statements come in large print?", "accommodation"),
        ("casi no veo las letras del recibo, me lo pueden leer por telefono?", "accommodation"),
        (
            "I get dizzy spells from a new medication, could a rail go in by the tub?",
            "accommodation",
        ),
        ("my knees are shot, any chance of a ground floor unit at renewal?", "accommodation"),
        ("after my spinal surgery I need the tub swapped for a walk-in shower", "accommodation"),
        ("tengo placa azul, me pueden dar un lugar mas cerca de la entrada?", "accommodation"),
        ("I have a brain injury and forget dates, can you text me a reminder?", "accommodation"),
        ("me pagan la incapacidad el dia 8, puedo cambiar mi fecha de pago?", "accommodation"),
        (
            "I'm on disability and my check comes on the 3rd, can the due date move?",
            "accommodation",
        ),
        ("mi terapeuta me dio una carta para mi gatito de apoyo", "accommodation"),
        ("the keypad is too high, I can't reach it from my chair", "accommodation"),
        (
            "could you put grab bars? my mother can't get out of the tub, barras para agarrarse",
            "accommodation",
        ),
        # ---- complaint
        ("I want to speak to whoever is above the property manager", "complaint"),
        ("can someone who can actually make decisions call me back", "complaint"),
        ("every time I ask about the dryer I hear next week, it's been a month", "complaint"),
        ("cada vez que pregunto por la regadera me dicen que mañana", "complaint"),
        ("your tech told me to stop whining and walked out", "complaint"),
        ("the night guard talks to me like I'm a thief", "complaint"),
        ("el guardia me trato como delincuente enfrente de mi familia", "complaint"),
        ("the neighbor in 6B keeps taking pictures of me from his balcony", "complaint"),
        (
            "someone keyed my car in the garage again and the office said work it out yourselves",
            "complaint",
        ),
        ("I want it on record that the painter was smoking inside my apartment", "complaint"),
        ("I've been ignored for weeks about my leaking window", "complaint"),
        ("quiero hablar con su jefe, nadie me regresa la llamada", "complaint"),
        ("three emails and not a single reply, is this a joke", "complaint"),
        ("me dejan esperando en la oficina y atienden primero a otros", "complaint"),
        # ---- legal
        ("the heat is out, I'm paying my rent into escrow until it works", "legal"),
        ("I hired a plumber myself and will deduct it from rent", "legal"),
        ("my state law says you can't keep the deposit for that", "legal"),
        ("a city inspector is coming Monday about the broken stairs", "legal"),
        ("I'm going to ask the city whether this building has an occupancy permit", "legal"),
        ("came home and there's a new lock on my door, I'm paid up", "legal"),
        ("they sent me a non-renewal right after I complained about the mold", "legal"),
        ("una abogada de la clinica legal me va a ayudar con el aumento", "legal"),
        ("I'm going to sue him, his dog bit me in the courtyard", "legal"),
        # ---- fair housing
        ("the manager said families with that many kids wear out the units", "fair_housing"),
        ("me dijeron que no me renuevan porque tengo muchos hijos", "fair_housing"),
        ("the pool sign says kids under 14 can't swim at all, even with a parent", "fair_housing"),
        ("la gerente me dijo que aprendiera ingles si queria que me atendieran", "fair_housing"),
        ("they told my boyfriend and me that two men in a studio isn't a good fit", "fair_housing"),
        ("a los vecinos gringos les arreglan todo en un dia y a mi no", "fair_housing"),
        ("my coworker who is white was offered a lower deposit for the same unit", "fair_housing"),
        ("they asked for a bigger deposit because I'm from Ghana", "fair_housing"),
        (
            "everyone on my floor got the new keys except us and the other muslim family",
            "fair_housing",
        ),
        (
            "the agent said we'd be happier somewhere with more families like ours, we're Somali",
            "fair_housing",
        ),
        (
            "our kids got a warning for chalk but the kids next door, nothing happens to them",
            "fair_housing",
        ),
        ("the office made me take down my mezuzah but the wreaths stay up", "fair_housing"),
        ("no rentan a mamas solteras, eso me dijo el agente", "fair_housing"),
        ("this is the fourth time I've asked about the dishwasher", "complaint"),
        ("ya es la tercera vez que les pido que arreglen la ventana", "complaint"),
        ("quiero hablar con alguien arriba del gerente", "complaint"),
        ("quiero hablar con la administradora, nadie hace caso", "complaint"),
        ("the fridge has been out for weeks and nobody came, again", "complaint"),
        ("my payment was marked late when it wasn't, fix the late fee", "dispute"),
        ("nos dejan al final porque somos latinos", "fair_housing"),
        ("me hacen esperar como no hablo ingles, ya van semanas", "fair_housing"),
        # ---- unclear: fragments and texts meant for someone else
        ("ok then", "unclear"),
        ("same as last time", "unclear"),
        ("lo que te dije ayer", "unclear"),
        ("the one on the left", "unclear"),
        ("tell her I said we're on our way", "unclear"),
        ("dile a tu mama que ya voy", "unclear"),
        ("Grandma says to call her tonight", "unclear"),
        ("happy birthday Leo!! see you saturday", "unclear"),
        ("about what we said earlier, still good?", "unclear"),
    ],
)
def test_round_eleven_must_reach_a_person(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # charges asked about, not contested
        "not saying it's wrong, what is the $9 service fee on my statement?",
        "can you send me a receipt for the $200 I paid on the 3rd?",
        "can I opt out of the renters insurance charge if I have my own policy?",
        "I don't have a pet yet, what is the pet fee?",
        "rent will be a few days late, I get paid on the 5th",
        "I'll pay the late fee with rent on Friday",
        "do I have to pay for a new fob if mine stopped working on its own?",
        "cambie de banco, como actualizo el autopay para que no rebote el pago",
        "my bank put a hold on the rent payment, it clears tomorrow",
        # lawyers and paralegals who are not the resident's side
        "my lawyer friend said the renewal looks fine, where do I sign",
        "my uncle's an attorney and he's helping me move in, can we use the freight elevator",
        "mi amigo el abogado me va a ayudar con la mudanza el sabado",
        "my cousin the paralegal read the renewal, it's all standard. how do I e-sign",
        # pets, neighbours, reminders and policy questions
        "is a 40 lb dog allowed? what's the monthly pet rent",
        "los vecinos de arriba hacen fiesta los viernes, a que hora empieza el horario de silencio",
        "the neighbor's music was loud last night, what are the quiet hours?",
        "just a friendly reminder about the closet door, no rush",
        "any update on the blinds? I put the request in on Monday",
        "the work order says completed, can you check when the tech is coming",
        "are kids under 10 not allowed in the hot tub, right?",
        "can I put up a mezuzah on my door frame?",
        # things that only look like a condition, a lawyer or an inspector
        "the dizziness from my meds is better now, heater works great",
        "please send maintenance to 311 when you can, the sink is clogged",
        "the lobby's automatic door is stuck open",
        "se fundio el foco de la cocina y no alcanzo a cambiarlo",
        "where do I return the parking tag and pool key at move out",
        "when does the move-out inspection usually happen?",
        "the smoke detector battery is dying, can someone change it",
        "the white car in my spot has been there two days",
        "someone's car alarm went off every time it rained, can you let people know",
        # a fault that keeps coming back, or one missed visit, is not a complaint
        "no hot water again, 3rd time this month, need it today",
        "tried the gate code 5 times and it won't take it",
        "hay que jalarle 3 veces al inodoro",
        "the work order says completed but nobody came, can you check",
        "el plomero iba a venir ayer y nunca llego, van a venir hoy?",
        "hay cucarachas otra vez, ya van 2 semanas",
        "el perro del vecino ladra todo el dia, pueden hablar con el?",
        "explíquenme el cargo de basura por favor, no me estoy quejando",
        "not trying to dispute anything, what is the $30 on my ledger?",
        # entry permission, a bank's hold, a battery, a plan without a hardship
        "se tapo el fregadero, pueden entrar sin avisar",
        "my bank put a hold on the rent, it clears tomorrow",
        "gonna be short $150 this month, will have it by the 15th",
        "rent will be in by wednesday, waiting on my check to clear",
        "no voy a poder pagar hasta el viernes, me pagan ese dia",
        "there are black spots behind the toilet, please only come in when I'm home",
        "my lab is a sweetheart, just walk in to fix the screen door",
        "need someone from maintenance to come by unit 214",
        # routine short texts that name a topic
        "is the pool open today?",
        "what time does the office close",
        "thanks, sounds good, see you at 3 for the inspection",
        "something's up with the hall bathroom, need someone today",
    ],
)
def test_round_eleven_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("you took cleaning out of my deposit but I have the receipt", "safety.dispute.grounds"),
        ("my cat died in April, why is pet rent still on my bill", "safety.dispute.grounds"),
        ("me estan cobrando estacionamiento y ni carro tengo", "safety.dispute.not_mine"),
        (
            "the guy in 2C keeps banging on my door at night",
            "safety.complaint.ignored_or_mistreated",
        ),
        (
            "el vecino pone la musica a todo volumen cada noche",
            "safety.complaint.neighbour_trouble",
        ),
        (
            "the kids under 12 aren't allowed in the courtyard at all",
            "safety.fair_housing.trait_named",
        ),
        (
            "our kids got a warning for chalk but the kids next door, nothing happens to them",
            "safety.fair_housing.compared_with_others",
        ),
        ("pick up bread on the way home", "safety.unclear.meant_for_family"),
    ],
)
def test_round_eleven_rules_by_name(text: str, rule: str) -> None:
    assert rule_of(text) == rule


def test_round_eleven_pet_death_is_not_hardship() -> None:
    # the pet's death makes the pet rent contested; it is not a loss of income
    assert kind_of("still charging me pet rent though my dog passed in june") == "dispute"
    assert kind_of("my husband passed in june and I can't pay rent") == "hardship"


@pytest.mark.parametrize(
    "word",
    [
        "dizzy",
        "escrow",
        "inspector",
        "whoever",
        "neighbors",
        "vecinos",
        "gringos",
        "kids",
        "receipt",
        "supposed",
        "never",
        "accent",
        "keeps",
        "then",
        "told",
    ],
)
def test_round_eleven_patterns_stay_linear(word: str) -> None:
    assert scan_grows_linearly(word)
