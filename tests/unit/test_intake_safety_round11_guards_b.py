"""Round 11, guards B: routine look-alikes of the complaint and emergency rules stay routine,
and a real escalation worded close to each still reaches a person."""

from __future__ import annotations

import pytest
from safety_probe import kind_of, scan_grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        # complaint look-alikes
        "necesito el numero del administrador para pagar la renta",
        "alguien de arriba arrastra las sillas muy tarde",
        "the cell service is bad in the garage, any booster planned?",
        "tenemos mal servicio de internet en la sala de juegos",
        "it was escalated and resolved quickly, thank you",
        "every time I call after 6 it goes to voicemail, when do you open?",
        "every time it rains the window drips, could someone come tomorrow?",
        "the guy next door smokes in his place and it drifts into my closet",
        "I reported it twice and the plumber fixed it this morning, all good",
        "my neighbour keeps knocking on my door to ask for the wifi password, she's nice",
        "the delivery man keeps knocking on my door instead of using the parcel lockers",
        "the movers left us waiting an hour, can I book the freight elevator friday?",
        "are personal checks not acceptable now?",
        "quiero que quede por escrito mi nuevo correo",
        "I filed a request in april for a new screen and it was installed today, thanks",
        "the work order from july was for the oven; now the fridge is making noise",
        "can somebody hang the rod higher in the closet?",
        "who owns the blue truck blocking the gate?",
        "can whoever is in charge of the gym schedule email me?",
        "my roommate and I will work it out between us",
        "we'll get back to you about the parking spot by monday, thanks",
        "the tech went through my stuff to get to the valve, fine, just put it back",
        "I know it's not my problem, but the stairwell bulb is out",
        "nobody called me back yet but it's only been 20 minutes, no rush",
        # emergency look-alikes
        "el medidor de luz hace un silbido en la noche",
        "la secadora hace un chiflido cuando gira, la pueden revisar?",
        "smells like skunk near the dumpsters again, animals in the trash",
        "the hallway smells like gasoline from the painters, when will it air out?",
        "prendi la lumbre en el piloto del boiler y ya funciona",
        "se revento el tubo de la aspiradora, cuando pasan por basura grande?",
        "the plumber replaced the shutoff valve and it's still running fine, thanks",
        "I took the batteries out of the tv remote and the tv still keeps going",
        "my boy fell asleep, can the tech come after 3?",
        "my daughter's lips are blue from the popsicle, the freezer works now",
        "the pool water is turning blue again, looks great",
        "the door frame is splintered from moisture near the floor",
        "the cable guy pried the screen off to run a wire, please reinstall",
        "my son locked the bathroom door from the inside but we got it open, the knob won't turn",
        "the painters left black paint around the outlet cover",
        "el encendedor hace chispitas pero no prende la hornilla",
        "water drips onto the cords of the blinds when it rains",
        "the birds keep dropping poop on the balcony, can we get netting?",
        "la pintura de la pared se esta abombando junto a la regadera",
        "vivo en el piso 4 y mi permiso se vencio",
        "the porch pavers sunk in after the storm",
        "el techo truena cuando cae la lluvia, es normal?",
        "the ceiling fan creaks on high and the tile has a crack",
        "hairline crack in the ceiling and little pieces of popcorn fall when the fan runs",
        "the neighbor isn't answering about the smell of her cooking, can you remind her?",
    ],
)
def test_routine_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("quiero hablar con el administrador, nadie me hace caso", "complaint"),
        ("quiero hablar con alguien de arriba, ya me harte", "complaint"),
        ("honestly bad service from this office, three weeks and nothing", "complaint"),
        ("this place is a joke, my ticket was closed without anyone coming", "complaint"),
        ("every time I call I get voicemail, I've been trying for days", "complaint"),
        ("every time I ask they say tomorrow, it's been a month", "complaint"),
        ("the maintenance guy smoked inside my unit", "complaint"),
        ("my neighbour keeps knocking on my door at 2am and yelling at me", "complaint"),
        ("work order from march still open and it's june", "complaint"),
        ("can I talk to someone higher than the leasing agent? I was treated badly", "complaint"),
        ("who owns this building? I want their contact", "complaint"),
        ("the manager said it's not my problem when I asked about the mold", "complaint"),
        ("el medidor de gas hace un chiflido", "emergency"),
        ("la estufa hace un siseo y huele raro", "emergency"),
        ("it smells like a skunk in my kitchen by the stove", "emergency"),
        ("hissing from the gas meters out back", "emergency"),
        ("the hallway smells like gasoline and nobody knows why", "emergency"),
        ("hay lumbre en el cuarto de la lavanderia", "emergency"),
        ("se rompio el tubo del bano y sale mucha agua", "emergency"),
        ("I closed the valve and the water is still running everywhere", "emergency"),
        ("took the battery out of the smoke alarm and it's still going off", "emergency"),
        ("my grandpa fell in the shower and can't get up", "emergency"),
        ("my baby's lips are turning blue", "emergency"),
        ("the door frame is splintered and my tv is gone", "emergency"),
        ("someone pried the sliding door open while we were out", "emergency"),
        ("my 3 year old locked the bathroom door from the inside and can't open it", "emergency"),
        ("the outlet has black marks around the holes and smells burnt", "emergency"),
        ("water is dripping into the outlet in the kitchen", "emergency"),
        ("chunks of concrete dropping from the balcony above", "emergency"),
        ("el techo cruje y se estan cayendo pedazos de yeso", "emergency"),
        ("the wall by the bathroom is bulging and cracking", "emergency"),
        ("el piso del balcon se hundio", "emergency"),
        ("the elderly lady next door isn't answering and there's a bad smell", "emergency"),
    ],
)
def test_close_escalations_still_fire(text: str, kind: str) -> None:
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "word",
    ["pried", "chispitas", "skunk", "zorrillo", "escalated", "pavers", "tetera", "lumbre"],
)
def test_new_words_scan_in_linear_time(word: str) -> None:
    assert scan_grows_linearly(word)
