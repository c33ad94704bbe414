"""Round 11 guards (fair housing, legal, accommodation, hardship, dispute): routine look-alikes
that the rules used to escalate stay routine, and a real escalation close to each still fires."""

from __future__ import annotations

import pytest
from safety_probe import kind_of, scan_grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        # fair housing: "es de" about things, people from the office, descriptions
        "no pude entrar porque es de noche y la reja estaba cerrada",
        "cuanto es de la cuota porque es de tanto este mes?",
        "los controles no abren porque son de la otra cochera",
        "since he's from maintenance, can he let himself in?",
        "because we're from out of town, can we sign the lease online?",
        "where i'm from we pay rent weekly, can i do that here?",
        "two men from the cable company came by, were they sent by you?",
        "dos hombres vinieron a cambiar el filtro, eran de mantenimiento?",
        "the white guy with the red truck keeps parking in my spot",
        "an american family moved in next door, is there a welcome packet?",
        "la senora guera del 2A dijo que ya abrieron el gimnasio",
        "prefiero las cortinas blancas, las blancas o las beige",
        "my friend who is white will be my guarantor, what does he need to send?",
        "mi vecina es americana y va a ser mi fiadora, que documentos necesita?",
        "esta gente del 3C pone la musica muy alto",
        "el sobre llego sin papeles adentro",
        "mis hijos que hablan ingles pueden llamar por mi",
        "as a woman living alone, could i get a door viewer installed?",
        "i'd prefer a single bill for both of my units",
        "i do not rent it out to anyone, my brother is just staying a few days",
        "sorry i didn't open the door, because the baby was napping",
        # kids and amenities
        "there were so many kids at the pool today, fun party!",
        "a bunch of kids were playing soccer next to my car",
        "demasiados ninos en la alberca el domingo, pueden poner horario?",
        "our kids can't wait for the playground to reopen",
        "kids aren't allowed in the gym, which is totally fine, but can it open earlier?",
        "kids under 14 can't use the gym alone, i'll go with my daughter",
        "el gimnasio no es apto para ninos, cierto?",
        "los ninos no pueden usar el jacuzzi, mi hija tiene 17, si puede?",
        "the garage is not a place for kids to play, a car almost hit one",
        "the bedroom vent is not right for the baby, too cold",
        "every room is booked except the kids craft room?",
        # religious items asked about
        "is a mezuzah allowed on our front door?",
        "can we put a sukkah on the balcony for the holiday week?",
        "are religious decorations allowed on the door for hanukkah?",
        "my mom wears a hijab, is the pool ok with long swimwear?",
        # language
        "the renewal is only in english, do you have it in spanish please?",
        "la app esta solo en ingles, hay opcion en espanol?",
        # compared with others
        "the kids are so much happier at the new splash pad, thanks!",
        "mis hijos estan mas felices con el parque nuevo",
        "we have three kids so our water bill is higher than our neighbor's, is that normal?",
        "the kids walk right by the broken bottle by the slide, can someone clean it",
        # legal
        "is it state law to have a peephole? mine is missing",
        "the law says we need heat, it's a bit weak, can you check the furnace",
        "is my deposit held in escrow? asking for taxes",
        "the move-in special is deducted from my rent, right?",
        "me descontaron el descuento de la renta este mes? no lo veo",
        "an inspector from the insurance company comes friday, fyi",
        "el inspector viene el martes? para encerrar al gato",
        "the fire marshal visit at the clubhouse is at what time?",
        "la inspeccion de la vivienda es el jueves? tengo que estar?",
        "la ciudad dice que la basura es los lunes, aqui cuando pasa?",
        "can i get new locks on my door when i move in? any cost?",
        "que derechos tengo para usar el salon? cuantas horas",
        "the gym is on the tenant hotline flyer lol",
        "can i get a certificate of occupancy copy for my insurance?",
        # accommodation
        "el veterinario dice que el perrito de servicio... no, perdon, es solo mascota",
        "can the mailbox have bigger letters so delivery drivers find our unit",
        "numeros mas grandes en la puerta por favor, el repartidor no encuentra el depa",
        "my truck has the blue tag for lot C, is that the right one?",
        "casi no veo la diferencia entre las dos opciones de pintura",
        "pueden instalar barras en las ventanas de abajo? por seguridad",
        "my medical condition is under control now, just letting you know",
        "i have memory problems, can you text me a reminder before the inspection?",
        "my vision is fine, the hallway is just too dark, can you add a bulb?",
        "where do i hang my parking placard, the mirror?",
        "can you read the code to me? i lost the email",
        "does the 1 bed have a walk-in shower?",
        # hardship
        "the washer hasn't worked since friday, do i still pay the laundry fee?",
        "i don't want to miss work, can the plumber come after 5? also what's this fee",
        "i missed work waiting for the tech, can i get a credit on my bill?",
        "i work in the nicu as a nurse so i missed the package, where do i pay the fee",
        "the late fee seems premature, i paid on the 2nd",
        "my daughter was born early and she's doing great! any fee to add her to the lease?",
        "is covid testing still in the clubhouse? also when is rent charged",
        "out sick today so i'm home, the tech can come in, rent is paid",
        "apenas alcanza la manguera a la llave, pueden moverla? pago si hay cargo",
        "barely making it to work with this gate broken, also paid rent",
        # dispute
        "i was charged the fee but i paid on the 1st, this month no fee, so all good now",
        "i was marked late but it wasn't, oh wait, it was the 6th, my mistake",
        "the towel bar broke by itself, can someone fix it? is there a cost?",
        "la puerta del closet se rompio sola, me van a cobrar?",
        "i hope my check didn't bounce, can you look at my account?",
        "gave back my parking spot in may, when does the parking fee drop off?",
        "i can send photos of the leak, also what's my balance?",
        "i have a receipt for the money order, want me to bring a copy?",
        "i have proof of renters insurance, where do i upload it to avoid the fee?",
        "so i only owe 40 after the credit?",
        "this is the wrong unit number on my account, i'm in 2B",
        "me dijeron que el deposito seria $400, cuando lo pago?",
        "is parking supposed to be included? i don't see it in my account",
        "ya no tengo gato, me pueden quitar la renta de mascota desde el proximo mes?",
        "ya pague la renta, el otro mes se cobra de nuevo solo?",
        "i turned in my garage remote at move out, when will i get my deposit refund?",
        "i don't have a car, is there a fee for the bike room?",
        "i've never been locked out, but what's the lockout fee in case?",
        "i've never used the portal before, how do i see my balance?",
        "we've never had a pet here, what's the pet rent if we adopt?",
        "yo no tengo carro, cuanto cuesta la bodega?",
        "i no longer have a car, please remove the parking charge going forward",
        "i have never been late before, could you waive the late fee this once?",
    ],
)
def test_routine_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # fair housing close to the guards
        ("they asked for a bigger deposit because i'm from haiti", "fair_housing"),
        ("me cobraron mas porque soy de guatemala", "fair_housing"),
        ("el gerente dice que no me renueva porque es de otro pais mi esposo", "fair_housing"),
        (
            "they said two men sharing a studio isn't what they're looking for",
            "fair_housing",
        ),
        (
            "the white family upstairs got their heat fixed in a day, mine is still out",
            "fair_housing",
        ),
        ("a los gringos les arreglan todo primero", "fair_housing"),
        ("mi amiga que es americana no tuvo que pagar deposito y yo si", "fair_housing"),
        ("the agent said families with that many kids wreck the units", "fair_housing"),
        ("they said families with kids can't live on this floor", "fair_housing"),
        ("kids under 12 can't be at the pool at all now, even with a parent", "fair_housing"),
        ("the manager said the unit is not a good fit for kids", "fair_housing"),
        (
            "they said we'd be happier in a different complex with more families like ours",
            "fair_housing",
        ),
        ("the office told me they don't rent to single moms", "fair_housing"),
        ("they wouldn't let us book the room because of the kids", "fair_housing"),
        (
            "every unit got new carpet except mine and the other spanish-speaking family",
            "fair_housing",
        ),
        ("the office said service is only in english, learn it or wait", "fair_housing"),
        ('the agent said "we don\'t rent to families with kids"', "fair_housing"),
        ("we didn't get approved because of the baby", "fair_housing"),
        ("our kids get warnings more than the neighbor's kids, is that normal?", "fair_housing"),
        ("a mis hijos les regañan mas que a los vecinos, no es normal", "fair_housing"),
        # legal close to the guards
        ("the law says you have 14 days to fix mold, i'm reporting this", "legal"),
        ("i'm putting my rent in escrow until the heat works", "legal"),
        ("i'm deducting the plumber bill from my rent", "legal"),
        ("a city inspector is coming thursday about the mold", "legal"),
        ("came home and there were new locks on my door", "legal"),
        ("que derechos tengo si no me renuevan", "legal"),
        # accommodation close to the guards
        ("i'm going blind, could notices come in bigger print?", "accommodation"),
        ("mi perrito de servicio necesita entrar al gimnasio conmigo", "accommodation"),
        ("i need grab bars installed by the toilet after my hip surgery", "accommodation"),
        ("my memory problems make the keypad hard, can i get a key instead?", "accommodation"),
        ("i have a disabled parking placard, can i get a spot by the door?", "accommodation"),
        ("i need a walk-in shower, i can't step over the tub anymore", "accommodation"),
        # hardship close to the guards
        ("my husband hasn't worked in two months, can we split the rent?", "hardship"),
        ("my baby is in the nicu and i can't cover rent this month", "hardship"),
        ("i got covid and missed two weeks, rent will be late", "hardship"),
        ("apenas alcanza para la renta este mes, puedo pagar en dos partes?", "hardship"),
        ("i had to miss work to care for my mom, rent will be short", "hardship"),
        # dispute close to the guards
        ("i paid on the 1st and still got a late fee, i have the receipt", "dispute"),
        ("i don't have a car, why is there a parking fee on my ledger?", "dispute"),
        ("i never signed up for storage, take the fee off", "dispute"),
        ("the blinds broke by itself and you charged me $80 for them", "dispute"),
        ("i was told the pet deposit would be $200 but you charged $400", "dispute"),
    ],
)
def test_close_escalations_still_fire(text: str, kind: str) -> None:
    assert kind_of(text) == kind, text


@pytest.mark.parametrize(
    "word",
    [
        "kids",
        "happier",
        "inspector",
        "law",
        "placard",
        "letters",
        "english",
        "deducted",
        "escrow",
        "owe",
        "wrong",
        "vision",
        "premature",
        "white",
    ],
)
def test_new_patterns_stay_linear(word: str) -> None:
    assert scan_grows_linearly(word)
