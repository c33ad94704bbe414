"""The safety layer sends every kind of judgment call to a person, in English and Spanish,
and leaves look-alike routine messages alone."""

from __future__ import annotations

import time

import pytest
from safety_probe import kind_of, rule_of, scan_grows_linearly

from frontdesk.intake.normalize import normalize
from frontdesk.intake.safety import RULES, scan


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("There's a rotten egg smell by the stove", "safety.emergency.gas"),
        ("kitchen smells kinda like gas since this morning", "safety.emergency.gas"),
        ("I hear hissing behind the water heater", "safety.emergency.gas"),
        ("Huele a gas en la cocina, qué hago?", "safety.emergency.gas"),
        ("hay un olor como a huevo podrido cerca de la estufa", "safety.emergency.gas"),
        ("our CO detector is going off and my head hurts", "safety.emergency.carbon_monoxide"),
        (
            "the outlet in the bedroom is sparking and feels hot",
            "safety.emergency.sparks_or_burning",
        ),
        ("sale humo del enchufe de la sala", "safety.emergency.fire"),
        ("Water is pouring through the bathroom ceiling!!", "safety.emergency.flood"),
        ("se reventó un tubo debajo del fregadero", "safety.emergency.flood"),
        ("my son is stuck in the elevator between floors", "safety.emergency.life_safety"),
        ("someone broke into my apartment last night", "safety.emergency.life_safety"),
        ("there are exposed wires hanging from the hallway light", "safety.emergency.electrical"),
    ],
)
def test_indirect_emergencies_are_caught_in_both_languages(text: str, rule: str) -> None:
    assert rule_of(text) == rule


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("My doctor says I need my dog with me, can I keep him?", "accommodation"),
        ("I'd like to request an emotional support animal", "accommodation"),
        ("could you install grab bars in the shower, I use a walker now", "accommodation"),
        ("mi médico dice que necesito un apartamento en planta baja", "accommodation"),
        ("I was charged twice for March rent", "dispute"),
        ("That late fee is wrong, I paid on the 1st", "dispute"),
        ("ya pagué la renta, ese cargo está equivocado", "dispute"),
        ("I lost my job last week and can't pay the full rent", "hardship"),
        ("perdí mi trabajo y no me alcanza para la renta", "hardship"),
        ("my attorney will be in touch about the mold", "legal"),
        ("I'm going to report this to code enforcement", "legal"),
        ("voy a hablar con un abogado", "legal"),
        ("The leasing agent said they don't rent to families with kids", "fair_housing"),
        ("I feel discriminated against because I'm Muslim", "fair_housing"),
        ("nos tratan diferente por ser latinos", "fair_housing"),
        ("The maintenance guy was rude and yelled at me", "complaint"),
        ("my upstairs neighbor keeps threatening me and my kids", "complaint"),
        ("los vecinos hacen ruido toda la noche, ya me quejé", "complaint"),
    ],
)
def test_every_escalation_kind_has_rules_that_fire(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The smoke detector in the hallway keeps chirping, probably a low battery",
        "el detector de humo pita cada minuto, creo que es la batería",
        "The back left burner won't light, the others are fine",
        "No gas smell, but the oven won't heat up",
        "Is there a pet fee if I adopt a cat?",
        "How much is pet rent for a small dog?",
        "The kitchen faucet drips a little, no rush",
        "Please ignore my last message, the light works now",
        "My dishwasher makes a grinding noise",
        "The handle on the closet door broke off in my hand",
        "When is the fire alarm inspection?",
        "Can I pay my gas bill through the portal?",
    ],
)
def test_look_alikes_stay_routine(text: str) -> None:
    assert scan(normalize(text)) == ()


def test_emergency_outranks_other_kinds_when_both_fire() -> None:
    matches = scan(normalize("My lawyer says the gas smell in the kitchen is your fault"))
    assert [m.kind for m in matches][:1] == ["emergency"]
    assert {m.kind for m in matches} >= {"emergency", "legal"}


def test_matches_name_the_words_they_fired_on() -> None:
    (match,) = scan(normalize("rotten egg smell near the oven"))
    assert match.evidence().rule == "safety.emergency.gas"
    assert "rotten egg" in match.evidence().matched


def test_rule_ids_are_named_by_kind() -> None:
    kinds = {"emergency", "dispute", "accommodation", "legal", "hardship", "complaint"}
    kinds |= {"fair_housing", "unclear"}
    assert {r.kind for r in RULES} == kinds
    assert all(r.id.startswith(f"safety.{r.kind}.") for r in RULES)


# ---- broadened rules: new phrasings of the same ideas, with typos and without accents ----------


@pytest.mark.parametrize(
    "text",
    [
        "wtaer is coming out of the cieling light in the hall",
        "el agua esta saliendo por la lampara del pasillo",
        "theres water dripping into the breaker panel behind the door",
        "el contacto de la recamara esta caliente y truena",
        "fuse box feels hot and is crackling",
        "smoe coming out from under the dryer",
        "the CO alarm keeps sounding, it's not a chirp, it's continuous",
        "garage is ankle-deep in water and rising",
        "the water heater is spraying like a fire hose",
        "my neighbor fainted by the mailboxes",
        "mi vecina esta desmayada en la escalera",
        "I tripped on the loose tread and I think I broke my wrist",
        "me resbalé en la escalera rota y me lastimé la rodilla",
        "my 3 year old locked himself in the bedroom",
        "la nena se encerró en el baño y no puede salir",
        "patio door glass shattered and the tv is gone",
        "forzaron la puerta y se llevaron la tele",
        "furnace quit overnight and grandpa is 91, it's freezing",
        "se descompuso la calefacción y mi bebé de 2 meses está helado, bajo cero afuera",
    ],
)
def test_broadened_emergencies(text: str) -> None:
    assert kind_of(text) == "emergency"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I didn't authorise the $60 pest fee", "dispute"),
        ("ese recargo no es mío, nunca lo autoricé", "dispute"),
        ("the carpet was already stained when we moved in, why am I charged for it", "dispute"),
        ("me descontaron del deposito por el piso y ya estaba rayado cuando llegamos", "dispute"),
        ("they took the rent out twice, $1250 twice this month", "dispute"),
        ("I paid by money order on the 2nd and the ledger still shows a balance", "dispute"),
        ("the bank says my payment cleared but you show I owe", "dispute"),
        ("I dropped off both garage remotes and you're still charging me for one", "dispute"),
        ("the plant closed and I can't cover the full rent this month", "hardship"),
        ("my wife is in the hospital and we're going to be late on rent", "hardship"),
        ("mi esposo falleció y no sé cómo voy a pagar la renta", "hardship"),
        ("no me han llegado los pagos del desempleo y me faltan 300 de la renta", "hardship"),
        ("I'm keeping this month's rent until the heat is fixed", "legal"),
        ("no voy a pagar hasta que arreglen el techo", "legal"),
        ("I already called 311 about the roaches", "legal"),
        ("you can't shut off my water because I'm behind on rent, that's illegal", "legal"),
        ("my paralegal cousin says you can't do that", "legal"),
        ("I have MS and need a railing by the front steps", "accommodation"),
        ("tengo esclerosis y necesito barras en el baño", "accommodation"),
        ("my SSDI arrives on the 3rd, could rent be due on the 5th", "accommodation"),
        ("can the peephole be lowered? I can't reach it from my chair", "accommodation"),
        ("can my live-in caregiver be added to the lease", "accommodation"),
        ("management clearly doesn't care, give me the corporate email", "complaint"),
        ("la oficina no hace nada, quiero el número del dueño", "complaint"),
        ("the leasing agent laughed at me and hung up on me", "complaint"),
        ("a guy from 2B keeps following me to the laundry room, I feel unsafe", "complaint"),
        ("6 weeks and they keep closing the request without fixing it", "complaint"),
        ("once I said I'm expecting a baby, suddenly the unit was already rented", "fair_housing"),
        ("cuando mencioné que soy musulmana ya no había departamentos", "fair_housing"),
        ("the application asked what religion we are", "fair_housing"),
        ("the gym sign says women can't use it after 8pm", "fair_housing"),
        ("call me when you get a chance", "unclear"),
        ("mañana después de las 3", "unclear"),
        ("xkcd", "unclear"),
    ],
)
def test_broadened_judgment_calls(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "the CO detector chirps once a minute, I think the battery is low",
        "el detector de monóxido pita, creo que son las pilas",
        "CO detector beeping 1x per minute and the little screen says LB",
        "el detector de monóxido pita una vez por minuto",
        "smoke alarm goes off whenever I cook bacon",
        "the left burner clicks and sparks but won't light, no gas smell",
        "the outlet sparked? no sorry, it just buzzes",
        "what's the pet fee for a cat, my dog is allowed right?",
        "not disputing anything, just explain the $30 admin fee",
        "I want to contest... actually no, just explain the water charge",
        "I'll send the rent Friday after payday",
        "can I do half now and half on the 15th?",
        "can I set up a payment plan for the balance?",
        "a friend of mine who is a lawyer read the renewal and says it looks fine",
        "do I need a lawyer to sign the renewal?",
        "not complaining, just wondering when the pool opens",
        "go ahead and enter if nobody answers",
        "what counts as normal wear and tear at move out?",
        "slow drip from the bathroom ceiling, not a flood, no rush",
        "no heat but it's mild out, not urgent",
        "what's the fire evacuation route",
        "my dog walker needs a fob",
        "the toilet lever is loose",
        "can I install a towel bar in the bathroom",
        "thanks!",
        "I returned my keys, when will I get my deposit back?",
        "do I need to give notice if my roommate moves out?",
        "the closet shelf collapsed",
        "the range hood doesn't pull out the smoke from cooking",
        "who picks up the dog poop bags",
    ],
)
def test_broadened_rules_keep_look_alikes_routine(text: str) -> None:
    assert scan(normalize(text)) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the power strip under my desk got hot enough to melt the rug", "emergency"),
        ("huele a gass en el pasillo del segundo piso", "emergency"),
        ("the laundry room is flooding, water keeps coming", "emergency"),
        ("water is seeping in under my front door from the hall", "emergency"),
        ("somebody pried my door lock while I was at work", "emergency"),
        ("my 3 month old is here and we have no heat, it's snowing", "emergency"),
        ("the toddler is inside and I'm locked out on the patio", "emergency"),
        (
            "my account shows the deposit as unpaid but I paid it at signing, receipt attached",
            "dispute",
        ),
        ("the office says I never returned my parking remote but I did", "dispute"),
        ("can management come into my unit without any notice?", "legal"),
        ("the tenants union asked me to request the building's inspection records", "legal"),
        ("my job moved me to part time so I'll be short on rent", "hardship"),
        ("paying for my dad's funeral, can I pay rent on the 12th", "hardship"),
    ],
)
def test_indirect_escalations_of_this_round_reach_a_person(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "the heater smells like burning dust the first time it runs, normal?",
        "how long is the grace period before a late fee is added",
        "thinking of subletting while I travel, is that allowed?",
        "is it ok if I paint the bedroom? is that allowed",
    ],
)
def test_look_alikes_of_this_round_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the ceiling over my bed is drooping and I hear cracking", "emergency"),
        ("se cayó el plafón de la cocina y está saliendo agua", "emergency"),
        ("hay una bolsa de agua en el techo de la sala", "emergency"),
        ("the breaker panel keeps popping and the lights die", "emergency"),
        ("el contacto de la sala hace tronidos", "emergency"),
        ("a man fell off the landing in building C and he is not getting up", "emergency"),
        ("locked out in the snow with my baby, please hurry", "emergency"),
        ("whenever the heater runs my wife gets headaches and feels dizzy", "emergency"),
        ("the hallway smells like someone just struck a match", "emergency"),
        ("huele a cerillo en el pasillo", "emergency"),
        ("you pulled a duplicate debit for rent this month", "dispute"),
        ("I wasn't late, the payment portal was down on the 1st", "dispute"),
        ("your maintenance guy broke the blind and now I'm charged $40", "dispute"),
        ("me cobran la puerta pero la rompió el técnico", "dispute"),
        ("my employer cut my hours in half so rent will be short", "hardship"),
        ("la fábrica donde trabajaba cerró y no tengo para la renta", "hardship"),
        ("the front desk never answers and the voicemail is always full", "complaint"),
        ("they keep closing my request without fixing it", "complaint"),
        ("yep that one", "unclear"),
        ("me pueden llamar", "unclear"),
        ("test 123", "unclear"),
        ("como le hago", "unclear"),
        ("they kicked our back door open last night", "emergency"),
        ("the meter reading on my water bill is wrong, I was away all month", "dispute"),
        ("este caargo esta mal", "dispute"),
        ("no tengo trabajo desde enero, puedo pagar la mitad?", "hardship"),
    ],
)
def test_escalations_of_round_four_reach_a_person(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "the ceiling fan is drooping a bit and wobbles",
        "the gym cut its hours for the holidays",
        "my dog fell off the couch lol, anyway the blinds are broken",
        "I struck a match to light the candle",
        "paid in full for the year, can I get a receipt?",
        "the tech fixed the sink, thanks",
        "thanks!",
        "the bathroom ceiling has a small stain",
    ],
)
def test_look_alikes_of_round_four_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("sizzling sounds coming from the fuse box", "emergency"),
        ("se está regresando el drenaje por la coladera del baño", "emergency"),
        ("somebody tried to force my door with a crowbar last night", "emergency"),
        ("un tipo trató de abrir la ventana de la sala a las 3am", "emergency"),
        ("there's a bullet hole in my living room window", "emergency"),
        ("who is your boss? nobody here answers me", "complaint"),
        ("¿quién es su jefe? necesito hablar con alguien", "complaint"),
        ("they wouldn't let us book the party room for Eid but others were fine", "fair_housing"),
        ("the screen costs $90? it was already torn when we moved in", "dispute"),
        ("did u get it", "unclear"),
        ("oops wrong chat, meant for my brother lol", "unclear"),
        ("the thing from before? did that go thru", "unclear"),
        ("so what am i supposed to do now", "unclear"),
    ],
)
def test_escalations_of_round_five_reach_a_person(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "did you get my message about the AC yesterday?",
        "the water heater makes popping sounds when it starts",
        "good morning, the kitchen sink is clogged",
        "did you get my rent payment?",
        "how much does a replacement fob cost?",
        "who is the contact for the gym classes",
        "I tried to open the mailbox but the key sticks",
    ],
)
def test_look_alikes_of_round_five_stay_routine(text: str) -> None:
    assert kind_of(text) is None


# ---- round six: from cross-validation misses on train with eval5 and train_more10 added ------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the ceiling in my daughter's bedroom just caved in, plaster everywhere", "emergency"),
        ("el techo del baño de visitas se vino abajo", "emergency"),
        ("the hallway smells like a struck match, nobody is cooking", "emergency"),
        ("smells like a match that just went out near the heater", "emergency"),
        (
            "I'm losing my hearing and can't hear the smoke alarm, can you add a flashing one",
            "accommodation",
        ),
        ("mi papá está perdiendo la vista, ¿pueden poner más luz en la escalera?", "accommodation"),
        ("they want to raise my rent mid-lease, is that even legal?", "legal"),
        (
            "no creo que eso sea legal, me cobran por reparar la puerta que ustedes rompieron",
            "legal",
        ),
        ("still nothing about the dishwasher, 21 days now", "complaint"),
        ("I'm done being polite, fix the heat", "complaint"),
        ("can you call me as soon as possible", "unclear"),
        ("is this an office number?", "unclear"),
    ],
)
def test_escalations_of_round_six_reach_a_person(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "the ceiling fan light cover came down in the kitchen",
        "I lit a match to check the pilot, it still won't light, no gas smell",
        "still waiting on the plumber, it's been 3 days",
        "I'm losing my mailbox key all the time, can I get a spare?",
        "kitchen faucet drips, please come as soon as possible",
    ],
)
def test_look_alikes_of_round_six_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # time left or planned is not time waited
        "I still need to give 60 days notice right?",
        "I still have 45 days left on my lease, can I renew?",
        "is the pool still closed for the next 14 days?",
        "aun tengo 30 dias para pagar la renta?",
        "still have 2 months left on my lease",
        "i have been here for 20 days and still love it, where is the gym",
        # a ceiling fixture coming down, or someone coming down, is not the ceiling
        "ceiling light cover came down in the hallway",
        "ceiling tile came down in the closet",
        "I called about the ceiling stain, the inspector came down yesterday",
        # a lost hearing aid is not hearing loss
        "I lost my hearing aid in the laundry room",
        "I lost my vision insurance card",
    ],
)
def test_look_alikes_of_round_six_review_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize("filler", ["hmm", "pls", "k", "it's"])
def test_many_filler_words_do_not_make_the_scan_backtrack(filler: str) -> None:
    """A word that fits two branches of the content-free pattern used to be retried both ways
    for every repetition (2^n): 30 of them and one real word took hours. Possessive now."""
    started = time.perf_counter()
    assert kind_of(f"{filler} " * 40 + "banana") is None
    assert kind_of(f"{filler} " * 40) == "unclear"
    assert time.perf_counter() - started < 1.0  # hours before the fix; milliseconds now


# ---- round seven: emergencies in boundary_more12 that rules and model both automated ----------
@pytest.mark.parametrize(
    "text",
    [
        "se fue la luz y mi esposo usa una máquina de oxígeno, la batería dura una hora",
        "power went out and my mom is on oxygen, the concentrator has maybe 2 hours of battery",
        "we lost power and my dad sleeps with a cpap",
        "no hay luz en el edificio y mi hijo usa un respirador",
        "Mrs. Patel tripped on the elevator ledge where it stops low and broke her wrist i think",
        "my daughter broke her ankle on the loose step by the pool",
        "the lady downstairs has a broken hip, she is on the floor of the lobby",
        "me rompí la muñeca con el escalón suelto de la entrada",
        "la señora de abajo se cayó en el estacionamiento y se rompió la pierna",
        # either order, and other ways to say the power is out
        "my mom is on oxygen and the power went out",
        "mi esposo usa oxigeno y se nos fue la luz",
        "the power's out and my dad's cpap has no battery",
        "no hay electricidad y mi hijo está conectado a un respirador",
        # symptoms beside a CO alarm, even one that sounds like a battery beep
        "the CO alarm goes off once a minute and I feel dizzy",
        "el detector de monoxido suena una vez por minuto y estamos mareados",
        "my head hurts and the carbon monoxide detector keeps beeping",
        # a battery chirp elsewhere in the message does not cancel the appliance's symptoms
        "the furnace makes us all dizzy and the detector chirps, low battery",
    ],
)
def test_round_seven_emergencies(text: str) -> None:
    assert kind_of(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # a power cut alone, or a machine named without one, stays routine
        "the power went out in the laundry room again, the dryers stopped mid cycle",
        "se fue la luz en la cocina cuando prendi el microondas, ya la regrese en el breaker",
        "can I get an extra outlet by the bed for my cpap?",
        "there's no power outlet by the bed for my CPAP, can you add one?",
        "is there a planned power outage next week? I need to charge my cpap battery",
        # an old injury, or the arm of a chair, is not someone hurt now
        "I broke my arm last year so I can't carry the trash down the stairs",
        "the kids broke an arm off the dining chair, can maintenance glue it",
        "se rompió el brazo del sillón de la sala común",
        "se rompió el codo de la tubería debajo del fregadero",
    ],
)
def test_round_seven_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


# ---- round eight: emergencies that only the model caught, and in some folds missed ------------
# (pooled cross-validation of the eighth session; the same cues in new words)
@pytest.mark.parametrize(
    "text",
    [
        "huele a azuufre en el pasillo desde la mañana",
        # no heat: a young child by age, a fever, surgery, or the weather itself
        "heat is out, my 3 yr old is coughing and it's 12 outside",
        "the radiators are cold and my dad just came home from surgery",
        "no heat since last night and its 9 degrees outside",
        # dirty water coming up a drain is sewage
        "sale agua sucia por la coladera de la regadera cada vez que jalo el baño",
        "brown water is coming up through the tub drain when the neighbors flush",
        "el agua sale a chorro del tubo de la lavadora",
        # a detector went off and people feel ill
        "the alarm went off and now both kids feel nauseous",
        # shut out with a young child inside, in either order
        "I'm locked out and my 10 month old is inside asleep",
        "my 2 year old is alone inside and I can't get back in, the fob stopped working",
        # someone hurt now
        "someone is hurt in the parking garage, there's glass everywhere",
        "hay un herido en la escalera del edificio B",
        "a tree branch hit a kid on the bike path, he seems dazed",
        "the elevator opened onto an empty shaft on 4, nobody go near it",
        # cooling out with someone vulnerable at home
        "AC died and my newborn has a fever, it's so hot in here",
        "no sirve el aire y mi abuela se siente desmayada",
    ],
)
def test_round_eight_emergencies(text: str) -> None:
    assert kind_of(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "please fix the broken step before someone gets hurt",
        "someone got hurt on the playground last year, was the slide ever fixed?",
        "sale agua sucia del lavavajillas al terminar el ciclo",
        "the tub has dirty water sitting in it, it drains really slow",
        "AC is out again, it's 85 inside, no rush",
        "the AC stopped working, my mom visits next week, not urgent",
        "my 5 year old keeps locking the bathroom door from inside, can you change the knob",
        "it's 65 out and the heat is off, can someone check the pilot light",
        "the elevator is slow and the doors open and close twice on every floor",
        # routine repairs that an emergency rule used to take (train rows out of fold)
        "the kitchen sink smells like sewer gas, no water backing up",
        "hay olor a gas de drenaje en la regadera, nada se tapa",
        "the fire door by the trash chute won't latch anymore",
        "my pilot light won't catch a flame, no smell of gas",
        "hay olor a drenaje que sale de la coladera del patio",
        "la pintura del techo de la cocina se está cayendo a pedazos",
        "I can't get up there to change the detector battery, can someone do it",
        "the towel bar fell and broke off the wall",
        "my smoke alarm went off while I was showering, can it be moved",
        "the hallway smoke alarm went off when we were making toast, it stopped on its own",
        "the AC turned off and there's a faint buzzing sound",
        "the AC broke again and the unit is only 3 years old",
        "el clima no enfria y lo instalaron hace 4 meses",
        "there's a weird noise in the elevator shaft at night",
        "a car alarm went off all night and now I have a headache",
        "encontramos excremento de ratón en la alacena",
        "there's bird poop all over my balcony railing from the nest above",
    ],
)
def test_round_eight_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # excrement with no animal named is sewage coming up
        ("there's poop coming up in the shower drain", "emergency"),
        ("salio caca por la tina cuando el vecino jalo la cadena", "emergency"),
        # beside a drain, excrement is sewage even when an animal is named too
        ("poop is coming up in the toilet and the tub, and no, we don't have pets", "emergency"),
        ("sale caca de la coladera y mi perro no deja de ladrar", "emergency"),
        # exclusions narrow enough to keep these
        (
            "NOT a false alarm: the smoke alarm is going off in the hallway and won't stop",
            "emergency",
        ),
        ("pilot flames are rolling out of the bottom of the water heater", "emergency"),
        ("it smells like sewer gas and also natural gas from the stove", "emergency"),
        ("huele a gas del drenaje y también de la estufa", "emergency"),
        ("el yeso del techo se cayó encima de mi hijo", "emergency"),
        ("my dad fell and can't get up to reach the phone", "emergency"),
        ("I tripped on the broken stair and broke my tailbone", "emergency"),
        ("locked out and my 18-month-old is inside alone", "emergency"),
        # a fee for someone else's alarm, contested
        (
            "you charged me a $50 alarm fee, it was the unit next door, I shouldn't pay this",
            "dispute",
        ),
    ],
)
def test_round_eight_escalations_reach_a_person(text: str, kind: str) -> None:
    assert kind_of(text) == kind


# ---- round nine: emergencies with no rule, lowest out-of-fold model score first ---------------
# (pooled cross-validation of the ninth session; the same cues in new words)
@pytest.mark.parametrize(
    "text",
    [
        # water from above, through a lamp, a detector or an outlet
        "the unit above flooded and it's raining inside our hallway closet",
        "está cayendo agua por la lámpara de la sala",
        "water is dripping out of the outlet behind the tv",
        "water is running through the hallway smoke detector",
        "se nos inundó la cocina, el agua ya pasó a la sala",
        "nasty black water is coming out of the floor drain in the laundry room",
        # spraying, and no way to shut it off
        "the dishwasher line is spraying under the counter and I don't know how to shut it off",
        "sale muchísima agua de la lavadora y no encuentro la llave de paso",
        # people: a call for help, a deep cut, a limb broken now, about to fall
        "I can hear someone yelling for help from the laundry room",
        "se oye una señora pidiendo auxilio en el 3B",
        "my daughter cut her foot badly on a broken tile, there's blood on the floor",
        "a man slipped by the mailboxes and his leg looks broken",
        "mi vecino se cayó en la escalera y tiene la pierna quebrada",
        "a little girl is on the pool fence and she is about to fall",
        "somebody is pulling on car doors in the garage right now",
        "the back door of the unit was smashed in overnight",
        "the water heater is rattling like it is going to explode",
        # shut out, with a dependent inside who cannot open the door
        "the door shut behind me and my baby is in the bathtub",
        "me quedé afuera y mi abuela con demencia está sola adentro",
        "I'm locked out and my husband is inside in his wheelchair, he can't unlock the door",
        # lost power with a life machine, fire outdoors, CO signs
        "the power in our unit keeps cutting out and my dad is on oxygen",
        "the dumpster behind building C is on fire",
        "everyone has a headache and the hall detector went off twice",
        "the alarm by the bedroom with the CO sticker is going crazy",
        "there's a hissing sound in the wall beside the stove",
        "el cable de la secadora está derretido",
        # second pass over the same list
        "a car rolled into the pool and someone is still in it",
        "water is coming out of the electrical outlet by the fridge",
        "a big piece of the ceiling fell on the couch and it's soaked up there",
        "se nos metió el agua al depa por debajo de la puerta",
        "no para de salir agua del calentador",
        "my son got his hand shocked by the light switch",
        "me quedé afuera, adentro está mi esposo que usa oxígeno, no puede abrir",
    ],
)
def test_round_nine_emergencies(text: str) -> None:
    assert kind_of(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "the shower drain is clogged and the water comes up to my ankles",
        "the stair railing is loose, someone is going to fall",
        "el barandal está flojo, alguien se va a caer",
        "¡¡Auxilio!! el refri no enfría y se me echa a perder la comida",
        "está goteando agua del techo del baño, cae en una cubeta",
        "se rompió la manguera de la regadera, no hay prisa",
        "brown water comes out of the tub faucet in the morning",
        "the slow drip under the sink won't shut off all the way",
        "the power keeps cutting out when I run the microwave and the toaster together",
        "the grass by the pool is burning up in this heat, can the sprinklers run longer?",
        "my car is burning oil, is there a mechanic who comes to the lot?",
        "my arm is broken since last month, can someone carry the trash for me?",
        "a few paint chips fell from the ceiling over the tub",
        "my car is in the garage spot, can the gate remote be reset",
        "the black mold in the units upstairs was fixed first, when is mine?",
        "my cousin is visiting from another country, is there a guest parking pass?",
    ],
)
def test_round_nine_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a resident in a wheelchair who cannot get in is asking for an accommodation
        ("i use a wheelchair and the door opener is broken, i can't get in", "accommodation"),
        # a flooded car is not a flooded home; the hardship stays
        ("se me inundó el carro y perdí el trabajo, no puedo pagar la renta", "hardship"),
        # where the message goes, and nothing to route
        ("does this go to the landlord or", "unclear"),
        ("es aquí donde se reporta?", "unclear"),
        ("is this a robot or a human", "unclear"),
        # a group named by a protected trait, then how it is served
        ("the hispanic tenants on my floor always get their repairs done last", "fair_housing"),
        ("a las familias musulmanas siempre les arreglan todo al final", "fair_housing"),
        # another country, and so a bigger charge
        (
            "they told my husband since he is not a citizen he has to pay a higher deposit",
            "fair_housing",
        ),
        # waited so long the resident is giving up
        ("three weeks of silence about my dryer, I give up", "complaint"),
        ("semanas de espera por la ventana, ya me rindo", "complaint"),
    ],
)
def test_round_nine_escalations_reach_a_person(text: str, kind: str) -> None:
    assert kind_of(text) == kind


# the review of round nine: look-alikes the first draft escalated, emergencies it missed
@pytest.mark.parametrize(
    "text",
    [
        "where is the leasing office",
        "does maintenance come today?",
        "cambio mi numero de celular",
        "everything is fine now",
        "I'm locked out, my keys are inside and I can't open the door",
        "i use a wheelchair and the door opener inside the lobby is broken so i can't get in",
        "Is the burglar alarm included or does the co-op pay for it?",
        "I had a headache all day because the neighbor's alarm clock goes off at 5am",
        "the radiator keeps hissing and clanking every night when the heater turns on",
        "the deck is burning hot in the afternoon, can we get a shade?",
        "it was pouring rain yesterday. also the bathroom fan is loud and I can't turn it off",
        "it's raining in my apartment complex so is the pool closed?",
        "the water leaks out of the plug in the tub so I can't take a bath",
        "the neighbor's music is so loud it feels like my head will explode",
        "I've been calling for help with my dishwasher for two weeks",
        "the movers left a deep cut in the hardwood floor",
        "la llamada se cortó mucho",
        "somebody told me the mailbox door is about to fall off",
        "a man tried fixing the doors but they still stick",
        "luckily my ankle is not broken, but please fix the step",
        "la silla del lobby tiene el brazo roto",
        "my electricity bill goes off the charts every summer because of my oxygen concentrator",
    ],
)
def test_round_nine_review_look_alikes_are_not_emergencies(text: str) -> None:
    assert kind_of(text) != "emergency"
    assert kind_of(text) != "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "I locked myself out and my baby is in her crib",
        "me quedé afuera y mi bebé está en su cuna",
        "I'm locked out and my husband is inside and he doesn't know how to open the door",
        "I'm locked out, my husband is inside and he has Alzheimer's",
        "water is dripping from the smoke detector",
        "the toilet supply line is spraying and the valve won't close",
        "the line under the sink is spraying and I can't turn the water off",
        "I hear someone screaming help from 2B",
        "my son cut himself badly on the broken window",
        "my son is on the balcony ledge about to fall",
        "el contenedor de basura está ardiendo",
        "the boiler sounds like it's about to blow up",
        "se va la luz a cada rato y mi papá usa oxígeno",
    ],
)
def test_round_nine_review_emergencies(text: str) -> None:
    assert kind_of(text) == "emergency"


def test_runs_of_apostrophes_do_not_make_the_dependent_rule_backtrack() -> None:
    """An apostrophe fitted both the separator and the word of the first draft's
    dependent-inside pattern, so 40 of them took minutes."""
    started = time.perf_counter()
    assert kind_of("inside" + "'" * 2000) is None
    assert kind_of("locked out, dementia " + "'" * 2000) != "emergency"
    assert time.perf_counter() - started < 1.0


def test_a_long_run_of_filler_words_does_not_make_the_guards_backtrack() -> None:
    """The content-free guards read a bounded span after "where" and "cambio": with ``.*``,
    20,000 characters of "where " took a second."""
    started = time.perf_counter()
    assert kind_of("where " * 3300) == "unclear"
    assert kind_of("cambio " * 2800) == "unclear"
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "the toilet is overflowing and the shutoff valve is stuck",
        "toilet keeps overflowing, I don't know how to shut it off",
        "el inodoro se está desbordando y la llave de paso no cierra",
        "the tub is overflowing and we can't turn the water off",
        "the toilet overflowed and i can't shut it off",
        "toilet overfloing cant shut off",
        "I can't shut the water off and the toilet is overflowing",
        "toilet overflowing, valve stuck",
        "the toilet is overflowing and the valve wont budge",
        "se rebalsó el baño y la llave no cierra",
        "el escusado se derrama y no se cierra la llave",
        "el inodoro se está desbordando y no para",
    ],
)
def test_round_ten_overflowing_with_no_way_to_stop_it_is_an_emergency(text: str) -> None:
    assert rule_of(text) == "safety.emergency.overflow_unstoppable"


@pytest.mark.parametrize(
    "text",
    [
        "toilet overflowed when I flushed, I closed the valve and it stopped",
        "the toilet keeps overflowing when I flush, can someone fix the valve",
        "el inodoro se desbordó ayer pero ya cerré la llave de paso",
        "The toilet was overflowing yesterday, I plunged it and its fine now, but I cant find"
        " the shut off valve for next time",
        "Toilet was overflowing earlier, got it stopped. Now I can't turn the valve back on",
        "El inodoro se estaba desbordando pero ya lo paré, no puedo abrir la llave de paso",
        "The trash chute is overflowing again, it is stuck",
        "el bote de basura esta desbordando y no se cierra la tapa",
        "The gutters are overflowing every time it rains, can't see a shut off lol",
        "My heart is overflowing, thank you! btw I can't find the shut off valve for the washer",
    ],
)
def test_round_ten_overflow_that_stopped_stays_routine(text: str) -> None:
    assert kind_of(text) != "emergency"


@pytest.mark.parametrize(
    "word",
    ["nauseas", "dizzy", "ssi", "cpap", "oxygen", "spreading", "rebals", "toilet overflowing"],
)
def test_a_long_run_of_one_trigger_word_does_not_make_the_scan_quadratic(word: str) -> None:
    """A second cue is looked for at most 500 characters ahead (longer than any message in
    the corpus): with ``.*``, 20,000 characters of "nauseas " took 1.7 s."""
    assert scan_grows_linearly(word)


def test_a_second_cue_within_the_window_still_counts() -> None:
    filler = "the hallway light is out and " * 12  # about 350 characters between the two cues
    text = "the power keeps cutting out, " + filler + "my dad is on oxygen"
    assert rule_of(text) == "safety.emergency.no_essential_service"


@pytest.mark.parametrize(
    "text",
    [
        "babe pick up milk on your way back",
        "Mom did you see my text? call me when you can",
        "amor ya voy para allá, compra pan",
        "mijo no llegues tarde a la cena",
        "Cariño se me olvidaron las llaves del carro en tu bolsa",
        "oye amor compra tortillas",
        "hi mom im on my way",
    ],
)
def test_round_ten_texts_meant_for_family_reach_a_person(text: str) -> None:
    assert rule_of(text) == "safety.unclear.meant_for_family"


@pytest.mark.parametrize(
    "text",
    [
        "Honey the kitchen sink is leaking again",
        "Mija, el piso de madera de la sala se está levantando",
        "mom says the rent will be paid friday",
        "my mom will be home at 5 for the repair guy",
        "babysitter needs a gate code for tomorrow",
        "amor, huele a gas en la cocina",
        "Mom is coming to stay with us for 2 weeks, do I need to register her?",
        "Mom's car got towed from the visitor spot",
        "Honey bees are nesting by the front steps",
        "Mija, a que hora abren mañana?",
        "Hun the elevator is out again",
        "Babe the internet is down in the whole complex",
        "Viejo el elevador otra vez no sirve",
    ],
)
def test_round_ten_family_words_beside_a_home_topic_are_not_unclear(text: str) -> None:
    assert rule_of(text) != "safety.unclear.meant_for_family"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "my balcony is pulling away from the building, there's a new gap at the wall",
            "safety.emergency.structural",
        ),
        (
            "la escalera de afuera se está desprendiendo de la pared",
            "safety.emergency.structural",
        ),
        (
            "the parking garage ceiling has a big crack and chunks of concrete are on the ground",
            "safety.emergency.structural",
        ),
        (
            "me and my roommate feel dizzy and sick at home, and the furnace has been running",
            "safety.emergency.carbon_monoxide_symptoms",
        ),
        (
            "la pared está caliente y se oye un zumbido, las luces bajan y suben",
            "safety.emergency.sparks_or_burning",
        ),
        (
            "la renta de este mes queda retenida hasta que cambien el calentador",
            "safety.legal.going_outside",
        ),
    ],
)
def test_round_ten_b_from_the_retired_eval12(text: str, rule: str) -> None:
    assert rule_of(text) == rule


@pytest.mark.parametrize(
    "text",
    [
        "el burlete de la puerta del balcón se está despegando y entra el frío",
        "the caulk is pulling away from the tub",
        "the baseboard is separating from the wall",
        "a small piece of concrete chipped off the front step",
        "the wall by the stove gets warm when I cook, also the light flickers sometimes",
        "the carpet is coming loose from the stairs",
        "The porch light fixture is pulling away from the wall",
        "La pintura del barandal se está desprendiendo",
        "the kids left chunks of concrete on the ground in the playground",
        "pieces of plaster on the floor from the nail hole, just cosmetic",
        "The dizziness from my meds is better. Heater is on and working great, thanks!",
        "I have a dizzy spell sometimes. The water heater is running out of hot water quickly",
        "The wall is hot when the sun hits it. The hallway light is flickering",
        "Wall heater is hot and the fan is humming",
        "my rent was held back by the bank because of a fraud alert, I'll pay tomorrow",
    ],
)
def test_round_ten_b_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Work order from October still open. It's January. Is anyone there?", "complaint"),
        ("my request from march is still not done", "complaint"),
        ("puse la solicitud desde agosto y todavia nada", "complaint"),
        ("since September I've asked and now it's December", "complaint"),
        ("autopay pulled $1,450 but my rent is $1,350, I need the extra $100 back", "dispute"),
        ("me cobraron 80 de mas, quiero la diferencia de vuelta", "dispute"),
        ("my hands shake too much to punch in the tiny keypad at the gate", "accommodation"),
        ("me tiemblan las manos y no puedo con la llave, hay otra opcion?", "accommodation"),
    ],
)
def test_round_eleven_from_the_retired_eval13(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "autopay took $1,430 but my rent is $1,380. what's the extra $50",
        "is my work order from yesterday still open?",
        "I put in a request on Monday, still waiting, any update?",
        "the lease from June says parking is included, right?",
        "my hands are full when I bring groceries, can the lobby door stay open longer?",
    ],
)
def test_round_eleven_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None
