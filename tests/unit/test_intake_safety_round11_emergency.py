"""Round eleven emergency rules: indirect danger (a structure giving way, heat at an outlet,
a gas appliance hissing, sickness only at home, water that will not stop, a neighbour not seen
for days, a dependant locked in, a forced door) and the everyday look-alikes that stay routine."""

from __future__ import annotations

import pytest
from safety_probe import kind_of, rule_of, scan_grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        # structure: material dropping, a crack shedding bits, a bulge, a creak with a crack,
        # a step that sank or gave way, a railing that came off
        "big pieces of plaster keep dropping off the stairwell ceiling",
        "the carport roof is dropping chunks of concrete on the cars",
        "the garage ceiling is shedding concrete, you can see the rebar",
        "se cayó un trozo grande de yeso del techo de la cocina",
        "there's a crack in the bedroom wall and bits keep falling out of it",
        "el techo del comedor tiene una grieta y caen pedacitos y polvo",
        "the living room wall is bulging out and it creaks at night",
        "la pared del cuarto se está abombando",
        "el techo del pasillo tiene una panza de agua enorme",
        "se escucha que cruje el techo y ya tiene una grieta",
        "the bottom step of the back stairs sank when I stood on it",
        "the deck boards gave way and my foot went through",
        "the porch slab cracked all the way through and it moves",
        "the stairs are rotten, my son nearly fell through it",
        "se desprendió el barandal del balcón",
        # electrical: water reaching it, wet, discoloured, hot panel, hot fixture, plastic smell
        "the ceiling leak is dripping onto the breaker panel",
        "hay agua encima del contacto de la cocina",
        "the floor is flooded all around the power strip",
        "the bathroom outlet got wet when the tub overflowed",
        "se mojaron los enchufes de la sala con la gotera",
        "the socket is scorched around the holes",
        "el contacto está negro alrededor de los hoyitos",
        "the plate around the switch is hot to the touch",
        "the fuse box is humming and its cover is really hot",
        "the hallway lamp is so hot the plastic around it is melting",
        "the carpet is hot next to the outlet",
        "there's a burning plastic smell from the power strip",
        "the ceiling light wire is throwing chispitas",
        # gas and fuel on the air
        "the gas meters out back are hissing",
        "el horno hace un siseo raro aunque está apagado",
        "it smells as if a burner was left on but the stove is off",
        "huele como si la estufa estuviera abierta",
        "the basement smells like skunk and it's getting worse",
        "my apartment smells like a gas station all of a sudden",
        "huele a gasolina en el cuarto de lavado",
        # carbon monoxide
        "the kids are sleepy and dizzy only when we're home, fine at grandma's",
        "we all feel sick at home and better when we leave, the boiler is ancient",
        "me duele la cabeza y la flama del calentador es amarilla",
        "the furnace has an orange flame and my husband has a headache",
        "I pulled the batteries from the CO alarm and it is still sounding",
        "le quitamos la batería al detector y sigue sonando fuerte",
        # water that will not stop
        "I shut the valve but it's still spraying everywhere",
        "ya cerré la llave de paso y sigue saliendo agua",
        "el agua del tinaco no para",
        "water is gushing out of the wall nonstop",
        "the sink is going over the edge and the knob won't shut it off",
        "sewage water is bubbling up from the shower drain",
        # people
        "I haven't seen the old man next door for a week and his mail is piling up",
        "no la hemos visto desde hace cinco días y huele muy feo en el pasillo",
        "the lady in 4B is not answering and there's a strong smell from her place",
        "my 2 year old is alone in the apartment, the door locked behind me",
        "left the keys inside and my baby's in there by herself",
        "mi nieta de 2 años está solita adentro y se cerró la puerta con llave",
        "my grandpa has alzheimer's and he chained the door from inside, he won't open it",
        "my 5 year old bolted the door from the inside and can't unlock it",
        "there are pry marks on my door and the lock is loose",
        "the jamb on my front door is splintered and it won't close",
        "somebody shattered the patio door glass overnight",
        "I can hear someone moving around in my apartment and I'm at work",
        "got home and all my things are scattered, drawers dumped",
        "someone is on the floor in the laundry room and his lips are blue",
        "un joven tirado en la escalera, no responde",
        "we're in the elevator and it's stuck between floors",
        "estoy en el ascensor y se atoró",
        "hay lumbre en la basura junto al edificio",
        "orange flames behind building D",
        "se fue la calefacción y mi bebé de 3 meses tiene frío",
    ],
)
def test_round_eleven_indirect_emergencies_are_caught(text: str) -> None:
    assert kind_of(text) == "emergency"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("it smells like a gas station in the stairwell", "safety.emergency.fuel_smell"),
        (
            "haven't seen my neighbor in 3 days and there's a smell",
            "safety.emergency.welfare_check",
        ),
        ("el vecino del 12 no contesta y sale un olor feo", "safety.emergency.welfare_check"),
        (
            "took the battery out of the smoke alarm and it's still going off",
            "safety.emergency.alarm_without_battery",
        ),
        ("the gas meter is hissing", "safety.emergency.gas"),
        ("the porch steps sank", "safety.emergency.structural"),
        ("el agua no para de salir", "safety.emergency.flood"),
    ],
)
def test_round_eleven_new_situations_have_their_rules(text: str, rule: str) -> None:
    assert rule_of(text) == rule


@pytest.mark.parametrize(
    "text",
    [
        # alarms and burners
        "smoke detector chirps every minute, battery I guess",
        "took the battery out of the detector but it's still chirping",
        "the back burner won't light, just clicks, no smell",
        "the stove burner flame is yellow, no gas smell and nobody is sick",
        "the pilot flame looks orange, can someone check it",
        "the pilot light flame is yellow, is that normal?",
        "the radiator hisses when the heat comes on",
        "el calentador hace un silbido cuando se prende",
        "the kitchen smells when the oven is on, like old grease",
        "the neighbor smokes weed and the hall smells like skunk",
        "there's a skunk under the deck, it stinks out back",
        "my lawn mower smells like gasoline, where can I keep it",
        "faint smell of paint in the hallway, they're painting 3C",
        "I get headaches only when I'm home, I think it's the mold",
        # smoke explained away
        "saw smoke by the pool grills, just people grilling, can anyone use them?",
        "salía humo de los asadores pero eran los vecinos haciendo carne asada",
        "¿se puede hacer lumbre en el asador del patio?",
        # structure
        "there's a hairline crack in the living room ceiling, nothing falling",
        "the tile around the tub is cracking and a few pieces fell out",
        "cayó un pedacito de yeso del techo, nada grave",
        "el techo cruje cuando camina el vecino de arriba",
        "the floor creaks in the hallway",
        "the front step is a little wobbly",
        "the kitchen floor sank a little by the fridge",
        "the stairs gave out a loud creak",
        "I almost fell on the stairs because the light is out",
        "paint bubbling on the bathroom wall next to the shower",
        "there's a bubble in the ceiling paint",
        "the painters dropped plaster dust on my carpet",
        "the peephole is cloudy, I can't see through it",
        # electrical
        "the outlet in the bathroom doesn't work",
        "the outlet cover is cracked",
        "black mold around the outlet under the sink",
        "breaker panel hums a bit when the AC starts, no heat or smell",
        "the water heater is next to the breaker panel, is that ok?",
        "the light switch by the wet bar is loose",
        "the new shower curtain has a plastic smell",
        # water
        "slow drip from the ceiling into a bucket",
        "the toilet keeps running all night",
        "kitchen faucet drips nonstop",
        "the faucet handle spins but the water still turns off",
        "I turned off the valve under the sink and it's still dripping a little",
        "la llave del lavabo gotea, el agua no para de gotear",
        "kitchen drain gurgles when the washer drains",
        "brown water comes out of the faucet for a few seconds in the morning",
        # people, doors, elevators
        "my neighbor hasn't answered about the noise for days",
        "haven't seen the maintenance guy in 3 days, is he coming?",
        "I haven't heard from him in 3 days, the tech said he'd fix the sewer smell",
        "my neighbor isn't answering my texts about the parking spot",
        "the man next door doesn't answer when I knock, his tv is on loud every night",
        "the parking lot smells like diesel from the delivery trucks",
        "my kid locked the bathroom door, I opened it with a coin, all good",
        "I locked the deadbolt from inside and now my key won't turn from outside",
        "the bedroom door sticks and is hard to close",
        "someone pried the lid off the recycling bin",
        "the door frame is splintered where the dog chewed it",
        "the window is cracked, can someone replace it",
        "I can hear people walking in the apartment above me all night",
        "my stuff is everywhere, please don't come in while I'm away",
        "my stuff got thrown out by the porter",
        "the elevator is out of service again, nobody stuck",
        "I'm in the elevator lobby and it's stuck on 5 again",
        "el elevador está fuera de servicio",
        "my lips are chapped from the dry air",
        "se fue la calefacción pero no hace tanto frío, no es urgente",
    ],
)
def test_round_eleven_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) != "emergency"


def test_a_real_fire_beside_harmless_smoke_still_fires() -> None:
    text = "smoke by the grills was just someone cooking, but now the bushes are on fire"
    assert kind_of(text) == "emergency"


@pytest.mark.parametrize(
    "word",
    [
        "dizzy",
        "mareado",
        "flame is yellow",
        "techo truena",
        "ceiling crack",
        "smells like",
        "someone smashed",
        "no contesta",
        "haven't seen her",
        "valve",
        "water",
        "outlet",
        "smoke",
        "humo",
        "pieces of plaster",
        "my 18 month old",
    ],
)
def test_round_eleven_patterns_stay_linear(word: str) -> None:
    assert scan_grows_linearly(word)


@pytest.mark.parametrize(
    "text",
    ["la tuberia del baño reventó, estoy en casa", "reventó la tubería de la cocina"],
)
def test_a_pipe_that_burst_without_se_is_an_emergency(text: str) -> None:
    assert kind_of(text) == "emergency"
