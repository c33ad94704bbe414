"""Which maintenance details a message already gives, and the plain facts in it.

Lexicons over ``normalize``-d text, tolerant of typos and missing accents, in English and
Spanish. A detail counts as given when the resident said it either way: "you can let yourself
in" and "please don't enter unless I'm home" both answer entry permission.
"""

from __future__ import annotations

import re
from typing import Any

from frontdesk.intake.normalize import normalize
from frontdesk.intake.understanding import MAINTENANCE_DETAILS

_DAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAYS_ES = "lunes|martes|miercoles|jueves|viernes|sabado|domingo"
_DAY_ABBR = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTHS_ES = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    "|noviembre|diciembre"
)

_LOCATION = re.compile(
    r"\b(?:kitchen|kitchn|kitchin|kitcen|bath ?room|bathrom|bathrm|master bath|restroom|half bath"
    r"|bed ?rooms?|bedrom|master(?! key)|living ?room|livving room|livingroom|family room|dining"
    r"|(?:\w{2,}ro+m|room)(?! (?:fan|door|light|faucet|sink|window|cabinet|vent|mirror))"
    r"|kit+c+h?e+n"
    r"|hall ?way|halway|closet|laundry|utility room|balcony|patio|deck|porch|garage|carport"
    r"|parking (?:lot|garage|spot|space|area)|basement|attic|entry ?way|entrance|foyer"
    r"|front door|back door|stair ?well|stairs|den|office|nursery|guest room|lobby|mailroom"
    r"|courtyard|pantry|on (?:my|our|the) (?:\w+ )?flo+r|\d+(?:st|nd|rd|th) floor"
    r"|upstairs|downstairs|cocina|bano|banos|recamara\w*|habitacion\w*|cuarto|dormitorio|sala"
    r"|comedor|pasillo|armario|ropero|lavanderia|balcon|garaje|cochera|sotano|atico|entrada"
    r"|escalera\w*|estacionamiento|cuaro|\d+(?:do|ro|er|to|vo|no)? piso)\b"
)
_DESCRIPTION = re.compile(
    r"\b(?:leak\w*|leek\w*|drip\w*|clog\w*|cloged|block\w*|back(?:ed|ing) up|broke\w*|brokn"
    r"|busted|crack\w*|not work\w*|isn't work\w*|isnt\b|doesn't|doesnt|doent|doest|doestn|don't"
    r"|dont|stopped|won't|wont|will not|does not|can't|cant|cannot|not (?:turning|draining"
    r"|flushing|closing|opening|cooling|heating|latching|locking|spinning|running|coming|getting"
    r"|drying)|no (?:hot )?water|no heat|no power|not cold|too hot|too cold|warm|lukewarm|stuck"
    r"|jammed|loose|wobbl\w*|falling|fell|came off|coming off|hanging|peeling|mold\w*|mould\w*"
    r"|mildew|stain\w*|smell\w*|odor|noise\w*|nois\w*|loud|rattl\w*|squeak\w*|buzz\w*|hum\w*"
    r"|grind\w*|bang\w*|popping|clicking|flicker\w*|tripp\w*|(?:is|are|went|been|r|gone) out"
    r"|burnt out"
    r"|burned out|out of order|dead|overflow\w*|runs|running"
    r"|constantly|nonstop|roach\w*|cockroach\w*|mice|mouse|rats?|ants|bugs?|bed ?bugs|pests?"
    r"|termites|wasps?|droppings?|hole|pothole|damaged|damage|torn|ripped|missing|sparks?|slow"
    r"|sagging|flooded|puddle|wet|soaked|rust\w*|brown|dirty|frozen|freez\w*|ice build|fogg\w*"
    r"|reversed|revresed|pressure|blank|beep\w*|chirp\w*|off (?:the |its )?track|off its hinges"
    r"|sticking|sticks|stiff|hard to|eats|takes \d|sprays?|leaning|uneven|bulg\w*|burn\w*"
    r"|(?:isn'?t|aren'?t|not|wasn'?t|is|are|keeps?) \w+ing|coming up|hazard|hot air|blowing"
    r"|hanging off|se bota|no esta \w+|gotea\w*|gotera|fuga|tap(?:o|a|ad\w*|on\w*)|atascad\w*"
    r"|rot[oa]s?|descompuest\w*|no (?:sirve"
    r"|sirrve|funciona|prende|pernde|enciende|calienta|enfria|cierra|abre|jala|baja|sale|hay|drena"
    r"|seca|deja)|dejo de|no tengo (?:agua|luz|gas)|no tenemos|sin agua|sin luz|suelt[oa]|flojo"
    r"|floja|atorad\w*|trabad?\w*|dura|duro|moho|manchas?|humedad|olor\w*|huele|ruido\w*"
    r"|cucarach\w*|ratas?|ratones|raton|hormigas|chinches|plaga\w*|agujero|hoyo|bache|grieta\w*"
    r"|danad\w*|desprend\w*|levantad\w*|mojad\w*|charco|oxidad\w*|parpade\w*|quemad\w*"
    r"|fundid\w*|se cayo|se rompio|se salio|se mueve|congelad\w*|presion|cafe|caliente|fri[oa]"
    r"|pitando|pita|lento|tira agua|echando)\b"
)
_URGENCY = re.compile(
    r"\b(?:urg\w*|urent|asap|as soon as possible|right away|immediately|right now|now please"
    r"|someone now|come now|today if|today please|(?:fixed|fix it|fix this|come|here) today"
    r"|need (?:it|this) (?:fixed )?today|by tonight|no rush|not urgent|non[- ]urgent"
    r"|not an emergency|isn't urgent|not a big deal|whenever (?:you|u) (?:can|get|have)"
    r"|when(?:ever)? you (?:can|get a chance|have time)|at your convenience|can wait|low priority"
    r"|high priority|top priority|priority|no hurry|no big rush|not in a hurry|in no hurry"
    r"|quickly|soon as|soon would|time sensitive|getting worse|get worse|before (?:the weekend"
    r"|it gets worse)|lo (?:mas )?(?:antes|pronto|an+tes) posible|cuanto a?n?tes|cuaa?nto"
    r"|de inmediato"
    r"|inmediat\w*|hoy mismo|ya mismo|no (?:es )?urgente|sin prisa|no hay prisa|no hay apuro"
    r"|sin apuro|cuando (?:puedan|pueda|tengan tiempo)|cua+n?o?d? (?:puedan|tengan)|puede esperar"
    r"|rapido|pronto|emergencia|prioridad|no corre prisa|vengan ya|que vengan|q vengan|k vengan"
    r"|arreglen hoy|poniendo peor|poneindo peor|next week|otra semana|proxima semana)\b"
    # more ways to say how soon (or that it can wait), and that it is getting worse
    r"|\b(?:take your time|no (?:big )?(?:rush|hurry)|not (?:in )?a (?:big )?(?:rush|hurry)"
    r"|(?:isn't|is not|not) a rush|whenever(?: is| works| you're| ur| u r)? ?(?:fine|ok|good"
    r"|free)|whenevs|whenever\W*$|soon(?:ish|er)?|hurry|quick(?:ly)?|within (?:the|a|\d+)"
    r" (?:day|days|week|hours?)|(?:this|next) (?:week|weekend)|in the next (?:few )?(?:day|days"
    r"|hours?|couple)|next (?:few|couple(?: of)?) days|by (?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|by (?:the weekend|tonight|tomorrow|friday)|before (?:the weekend|summer|winter"
    r"|it rains|the inspection|it gets|friday|monday)|(?<!home )(?<!around )(?<!here )"
    r"(?<!free )(?<!available )(?<!out )(?<!gone )today\b(?! (?:after|before|between|from"
    r"|until|all|any))|getting (?:bigger|worse|faster|colder|hotter|softer|louder|larger)"
    r"|spreading|growing|worse (?:each|every)|(?:cada (?:vez|dia)|va) (?:mas|peor|empeorando)"
    r"|empeorando|se esta haciendo mas|(?<!estoy )(?<!casa )(?<!toy )hoy\b(?! (?:en la|por la"
    r"|despues|antes|todo))|esta semana|cuando sea\b|cuando (?:tengan|puedan) (?:chance"
    r"|oportunidad)|cuando gusten|con calma|apur\w+|\burge\b|an+t+e+s posible|de preferencia"
    r"|lo mas rapido)"
)
_ENTRY = re.compile(
    r"\b(?:enter\w*|entry|go in|come in|coming in|comiing in|let (?:you|u|them|him|her|yourself"
    r"|yourselves) in|let u in|let in|master key|masetr key|(?:your|the|a|spare) key|knock\w*"
    r"|call (?:me )?(?:before|first|ahead)|text (?:me )?(?:before|first)|permission|permiso"
    r"|entr(?:ar|en|e|aar)|enntrar|pasar|pasen|pase|abre|abrir|llave|llaves|toquen|tocar"
    r"|llamen (?:antes|primero)|llaemn|avisen antes|without me|unless i'?m|sin mi|si no (?:estoy"
    r"|toy)|aunque no (?:este|estemos|toy)|go ahead|be present|estar presente|be home when"
    r"|someone (?:will be|is) home to let)\b"
)
_AVAILABILITY = re.compile(
    rf"\b(?:(?:{_DAYS_EN}|{_DAYS_ES}|{_DAY_ABBR})s?|m\w*ndays|tue\w*days|weekdays?|weekends?"
    r"|tomorrow|tmrw|tmr|manana|pasado manana|mornings|afternoons|evenings|nights|mananas"
    r"|(?:las|por las|en las) tardes|(?:this|tomorrow|in the) (?:morning|afternoon|evening)"
    r"|today (?:after|before|between"
    r"|from|until|all|any)|(?:home|a(?:round|ruond|orund|rond)|available|free|libre|en casa)"
    r" (?:\w+ ){0,2}(?:today|tonight|now|ahorita|hoy|all|after|before|until|till|from|on|in the"
    r"|every|most|during)|after (?:\d|noon|work|lunch|school|that)|before (?:\d|noon|work|lunch)"
    r"|between \d|betwene \d|from \d|\d{1,2} ?(?:am|pm|a\.m|p\.m)|\d{1,2}:\d{2}|\d{1,2} ?- ?\d{1,2}"
    r"|noon|any ?time|all day|todo el dia|work (?:till|until|til|nights|days|from home)|wfh"
    r"|i'm (?:home|around|available|free|off)|i am (?:home|around|available|free|off)|im (?:home"
    r"|a(?:round|ruond|orund|rond)|available|free|off)|(?:we're|we are) (?:home|around|available)"
    r"|available"
    r"|best time|any time|cualquier (?:hora|dia|momento)|(?:estoy|toy|estamos|stoy) (?:en casa"
    r"|disponible|libre|todo)|disponible\w*|fin de semana|entre semana|despues de las?"
    r"|antes de las?|entre las|a partir de las|de \d+ a \d+|en la (?:manana|tarde|noche)"
    r"|por la (?:manana|tarde|noche)|en las (?:mananas|tardes|noches)|trabajo hasta|salgo a las)\b"
)
_GREETING = re.compile(
    r"^\W*(?:good )?(?:morning|evening|afternoon)\b|\b(?:good|buenos|buenas|buen)"
    r" (?:morning|evening|afternoon|night|dias|tardes|noches|dia)\b"
)
# A thing named by its room ("the bathroom fan", "la puerta del closet") rather than a place.
_ROOM_AS_MODIFIER = re.compile(
    r"\b(?:kitchen|bathroom|bath|bedroom|living room|hall|hallway|closet|balcony|patio|garage"
    r"|laundry) (?:fan|door|doors|light|lights|faucet|sink|sprayer|window|cabinet|cabinets|vent"
    r"|mirror|outlet|tile|floor|blinds?|drawer|counter|shelf|screen|lock|switch)\b"
    r"|\b(?:puerta|luz|llave|taza|ventana|abanico|gabinete|espejo|lampara|cerradura) (?:del?|de la)"
    r" (?:\w+ )?(?:cocina|bano|closet|cuarto|recamara|sala|balcon|pasillo|patio)\b"
)
# Asking for a visit without saying what is wrong.
_VAGUE = re.compile(
    r"\b(?:something|stuff|algo|cosas)\b(?: \w+){0,3} (?:wrong|off|broken|mal|look at|fix|revisar"
    r"|arreglar)|\b(?:need|needs|necesito|ocupo) (?:a |an |un |una |que |q |k )?(?:\w+ )?(?:repair"
    r"|maintenance|mantenimiento|visit|visita|reparacion)|\bcome (?:look|fix|check)|\brevisar mi\b"
    r"|\bvenga (?:a revisar|mantenimiento)"
)
# "in the shower", "under the sink", "del cuarto": a place phrase, as opposed to a room used as
# a modifier ("the bathroom fan"); the model weighs both signals.
_PLACE_PHRASE = re.compile(
    r"\b(?:in|on|under|underneath|by|near|behind|above|below|next to|inside|around|beside|from"
    r"|en|debajo del?|junto a|cerca del?|arriba del?|detras del?|encima del?)"
    r" (?:the |my |our |a |el |la |los |las |mi )?(?:\w+ )?(?:kitchen|bathroom|bath|bedroom|bed"
    r"|\w{2,}ro+m|room|hall|hallway|closet|laundry|balcony|patio|garage|basement|attic|shower|tub"
    r"|sink|stove|toilet|pantry|stairwell|lobby|cocina|bano|cuarto|cuaro|recamara|sala|pasillo"
    r"|regadera|tina|lavabo|fregadero|estufa|closet|balcon|lavanderia|estacionamiento)\b"
)
_PATTERNS: dict[str, re.Pattern[str]] = {
    "location": _LOCATION,
    "description": _DESCRIPTION,
    "urgency": _URGENCY,
    "entry_permission": _ENTRY,
    "availability": _AVAILABILITY,
}


def details_given(text: str, lang: str = "en") -> frozenset[str]:
    """The maintenance details (``MAINTENANCE_DETAILS``) the message already states.

    ``lang`` is accepted for symmetry with the policy; both lexicons run on every message
    because residents mix languages ("el sink de la cocina").
    """
    norm = _GREETING.sub("", normalize(text))
    given = {name for name in MAINTENANCE_DETAILS if _PATTERNS[name].search(norm)}
    if _PLACE_PHRASE.search(norm):
        given.add("location")
    if _VAGUE.search(norm) and not _DESCRIPTION.search(_VAGUE.sub(" ", norm)):
        given.discard("description")
    return frozenset(given)


def detail_flags(text: str) -> list[float]:
    """The lexicon signals as numbers (one per detail, then the place-phrase cue) for the model."""
    norm = _GREETING.sub("", normalize(text))
    flags = [1.0 if _PATTERNS[name].search(norm) else 0.0 for name in MAINTENANCE_DETAILS]
    for extra in (_PLACE_PHRASE, _ROOM_AS_MODIFIER, _VAGUE):
        flags.append(1.0 if extra.search(norm) else 0.0)
    return flags


def detail_evidence(text: str) -> dict[str, str]:
    """For each detail found, the words that showed it (for the decision's evidence)."""
    norm = _GREETING.sub("", normalize(text))
    found = {}
    for name in MAINTENANCE_DETAILS:
        m = _PATTERNS[name].search(norm)
        if m:
            found[name] = m.group(0)
    return found


# ---- facts -----------------------------------------------------------------------------------

_UNIT = re.compile(
    r"(?:\b(?:apt|apartment|apartamento|unit|unidad|suite|ste|depto|departamento|dpto|room|rm)"
    r"\.?\s*(?:no\.?|number|num|numero|#)?\s*#?\s*|#\s*)"
    r"(\d{1,5}[- ]?[a-z]?|[a-z][- ]?\d{1,5})\b",
    re.IGNORECASE,
)
_BARE_UNIT = re.compile(r"\b(\d{1,4}[A-Z])\b")
_MONEY = re.compile(
    r"(?:\$|usd\s?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?"
    r"|\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(?:dollars?|dolares|bucks|usd|pesos)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    rf"\b(?:(?:next |this |el |este |proximo )?(?:{_DAYS_EN}|{_DAYS_ES})"
    r"|tomorrow|today|tonight|yesterday|pasado manana|manana(?! (?:por|en) la)(?<!la manana)"
    r"|hoy|ayer|esta noche"
    r"|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th) of \w+|el \d{1,2}(?: de (?:"
    + _MONTHS_ES
    + r"))?|\d{1,2} de (?:"
    + _MONTHS_ES
    + r")|(?:"
    + _MONTHS_EN
    + r")\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2})\b"
)


def extract_facts(text: str) -> dict[str, Any]:
    """Unit, money amounts (integer cents) and date phrases, as written; no clock involved.

    Dates are returned as the resident wrote them (lowercased, accents folded): resolving
    "tomorrow" needs the message time, which belongs to the workflow, not intake.
    """
    facts: dict[str, Any] = {}
    unit = _unit(text)
    if unit:
        facts["unit"] = unit
    amounts = _amounts_cents(text)
    if amounts:
        facts["amounts_cents"] = amounts
    dates = _dates(text)
    if dates:
        facts["dates"] = dates
    return facts


def _unit(text: str) -> str | None:
    m = _UNIT.search(text)
    if m:
        return re.sub(r"[- ]", "", m.group(1)).upper()
    bare = _BARE_UNIT.search(text)
    return bare.group(1).upper() if bare else None


def _amounts_cents(text: str) -> list[int]:
    cents = []
    for m in _MONEY.finditer(text):
        whole = (m.group(1) or m.group(3)).replace(",", "")
        frac = m.group(2) or m.group(4) or "0"
        cents.append(int(whole) * 100 + int(frac.ljust(2, "0")))
    return cents


def _dates(text: str) -> list[str]:
    norm = normalize(text)
    seen: list[str] = []
    for m in _DATE.finditer(norm):
        phrase = m.group(0)
        if phrase not in seen:
            seen.append(phrase)
    return seen
