"""Emergency triggers, in English and Spanish: gas, carbon monoxide, fire, water, electrical,
people at risk and lost essential services, with the look-alikes that are routine."""

from __future__ import annotations

from frontdesk.intake.safety_rule import AHEAD, SafetyRule, rule

_SMELL = r"(?:smell|smel|small|odou?r|stench|stink|scent|whiff)\w*"
# A smell named in either language ("smells like", "huele a", "olor a")
_SMELLS = rf"(?:{_SMELL}|\bhuele|\bolor)"
# Look-alike alarms: a battery chirp, an end-of-life or once-a-minute beep. A negated chirp
# ("not chirping, the full alarm") is not the look-alike. A look-alike word right after another
# ("low battery chirp") is read with the first, so "not the low battery chirp" stays negated.
_ALARM_LOOKALIKE = (
    r"(?<!not )(?<!no )(?<!not a )(?<!not the )(?<!no es la )(?<!no son las )(?<!isn't the )"
    r"(?<!its not the )(?<!it's not the )(?<!low )(?<!battery )(?<!batt )"
    r"\b(?:chirp\w*|batter\w*|bateria|pilas?\b|low batt"
    r"|pitido\w*|beep\w* (?:once|every)|end of life|says replace|fin de vida"
    r"|\b(?:once|1x|one time|una vez) (?:a|per|por|each|every|cada) (?:minute|min|minuto)\b)"
)
_CO_ALARM = (
    r"(?:carbon monoxide|monoxido|co (?:alarm|detector|sensor|thing|monitor)s?|(?:alarm|alarma"
    r"|detector|sensor)"
    r" (?:de |of )?(?:co|monoxido|carbon monoxide))"
)
_YELLOW_FLAME = (
    r"(?:(?:yellow|orange|amarill\w*|naranja) (?:\w+ )?(?:flames?|flamas?|llamas?)"
    r"|(?:flames?|flamas?|llamas?)\b(?: \w+){0,3} (?:yellow|orange|amarill\w*|naranja))"
)
_CO_SYMPTOM = (
    r"(?:dizzy|dizziness|lightheaded|light headed|nause\w*|headaches?|head hurts|vomit\w*"
    r"|throw(?:ing|s)? up|threw up|mareados?|mareo|nauseas?|dolor de cabeza|duele (?:\w+ )?cabeza"
    r"|head (?:is |keeps )?pounding|pounding head\w*|splitting headache)"
)
_CO_ILL = (
    rf"(?:{_CO_SYMPTOM}|sick(?! of)|sleepy|drowsy|somnolient\w*|con (?:mucho )?sueno"
    r"|enferm[oa]s)"
)
# "no one is sick", "nadie está mareado"
_NOT_ILL = (
    r"(?<!no one is )(?<!nobody is )(?<!nobody's )(?<!nobody feels )(?<!not )(?<!no )"
    r"(?<!isn't )(?<!aren't )(?<!nadie esta )(?<!nadie se siente )"
)
# The power is out, and someone lives on a machine that needs it.
_POWER_CUT = (
    r"(?:power(?:'s| is| went| has gone)? (?:out|off)|lost (?:the )?power|no (?:power|electricity)"
    r"(?! (?:outlet|strip|cord|plug))|electricity (?:is |went )?(?:out|off)|blackout"
    r"|(?:power|electricity)(?: (?!bill\b|company\b|rates?\b)\w+){1,5} (?:went|goes|going"
    r"|keeps (?:going|cutting|shutting|flickering)|cut(?:s|ting)?|shut(?:s|ting)?|flickering)"
    r" (?:out|off)|breakers? (?:\w+ ){0,2}trip\w*|se (?:\w+ )?(?:va|corta) la (?:luz|corriente)"
    r"|se (?:\w+ )?(?:fue|corto) la (?:luz|corriente|electricidad)|no (?:hay|tenemos) (?:luz"
    r"|electricidad|corriente)|sin (?:luz|electricidad|corriente)|apagon)"
)
_LIFE_MACHINE = (
    r"(?:oxygen|oxigeno|cpap|bipap|dialysis|dialisis|ventilator|respirador|concentrador)"
)
# A body part broken just now, not months ago, and not the arm of a chair.
_BODY_EN = (
    r"(?:wrist|arm|leg|ankle|hip|foot|hand|finger|toe|nose|jaw|rib|ribs|shoulder|knee"
    r"|collarbone)"
)
_BODY_ES = (
    r"(?:brazo|pierna|muneca|tobillo|cadera|pie|mano|dedo|nariz|costilla|hombro|rodilla"
    r"|clavicula|mandibula)"
)
_NOT_NOW = (
    r"(?! (?:off|of|de|del)\b)(?!(?: \w+){0,4} (?:last|ago|years?|months?|weeks?|recovering"
    r"|cast|crutches|hace|pasad[oa]|yeso|muletas)\b)"
)
# "the lounge chair has a broken leg": furniture's leg, not a person's
_NOT_FURNITURE = "".join(
    f"(?<!{thing} {verb} )"
    for thing in ("chair", "table", "bench", "stool", "couch", "sofa", "bed", "desk", "lounger")
    for verb in ("has", "with")
)
# "nobody stuck", "nobody's inside": the resident says no one is trapped
_NOBODY = r"(?<!nobody )(?<!nobody's )(?<!no one )(?<!no one's )"
# "sparks? no sorry it just clicks": the resident takes it back.
_RETRACT = r"\bno,? (?:sorry|actually|wait|mas bien|perdon)\b|\bactually no\b|\bsorry,? no\b"
_WATER = r"(?:water|watr|wter|watre|wtaer|agua)"
_ELECTRIC = (
    r"(?:breaker box|breaker panel|breakers?|electrical panel|electric panel|panel|fuse box"
    r"|outlets?|sockets?|light switch|switch|caja de (?:los )?(?:breakers|fusibles|luz)"
    r"|contactos?|enchufes?|tomacorriente\w*|apagador|extension cords?|power strips?|cords?"
    r"|plugs?|extension|regleta|multicontacto|clavija)"
)
# A young child by age ("18 month old", "2 yr old"); two-digit ages are adults or elders.
_YOUNG = (
    r"(?:(?:my|our|his|her|their|a|an|the) (?:\d+[- ]?(?:month|mo)s?|[1-9][- ]?(?:year|yr)s?)"
    r"[- ]old|de \d+ meses|\d+ mesecitos|[1-9] anitos?|(?:hij[oa]|nin[oa]|nene|nena|bebe"
    r"|chiquit[oa]|sobrin[oa]|niet[oa]) de (?:[1-5]|un|una|dos|tres|cuatro|cinco) anos?)"
)
_SHUT_OUT = (
    r"(?:locked out|locked (?:myself|ourselves) out|stuck outside|can'?t get (?:back )?in(?:to)?"
    r"|no puedo entrar|quede afuera"
    r"|(?:locked|shut|closed) (?:behind|on) me|se (?:me )?cerro la puerta|(?:estoy|me quede"
    r"|quede) afuera|(?:door|puerta)\b(?: \w+){0,4} (?:and (?:it )?locked|locked (?:itself|behind)"
    r"|se cerro con llave|se (?:me )?trabo)"
    r"|(?:left|locked) (?:my |the |our )?keys (?:inside|in (?:the|my) (?:apartment|unit|house))"
    r"|(?:deje|dejamos|olvide|se me quedaron|se quedaron) (?:\w+ ){0,2}llaves? (?:\w+ ){0,2}"
    r"(?:adentro|dentro))"
)
_CHILD_INSIDE = (
    r"(?:baby|bebe|toddler|infant|newborn|" + _YOUNG + r")(?:'s)?(?:[ -]\w+){0,7} (?:inside|alone"
    r"|adentro|sol[oa]|solit[oa]|by (?:him|her|them)sel(?:f|ves)|in (?:the |her |his |my |our |a )?"
    r"(?:bath|bathtub|tub|crib)|en (?:la |su |mi )?(?:tina|banera|cuna))"
)
# An adult inside who cannot open the door (dementia, a wheelchair, bedridden), not a
# resident in a wheelchair who cannot get in.
_CONDITION = (
    r"(?:dementia|demencia|alzheimer\w*|wheelchair|silla de ruedas|bedridden|en cama|oxygen"
    r"|oxigeno)"
)
# (separators exclude the apostrophe, which words may hold: "[^\w']" keeps the split unique)
_DEPENDENT_INSIDE = (
    r"(?:(?<!i use a )(?<!i'm in a )(?<!i am in a )(?<!uso )(?<!uso una )(?<!estoy en )"
    + _CONDITION
    + r"(?:[^\w']{1,3}[\w']+){0,6} (?:inside|adentro|dentro|encerrad\w*|alone|sol[oa])"
    r"|(?<!keys are )(?<!key is )(?<!llaves estan )(?<!llave esta )(?:inside|adentro)"
    r"(?:[^\w']{1,3}[\w']+){0,8}[^\w']{1,3}(?:can'?t (?:open|unlock|figure out|get to|reach)"
    r"|cannot (?:open|unlock|get to)|unable to (?:open|unlock|get to)|doesn'?t know how to"
    r" (?:open|unlock)|no (?:puede|sabe) (?:abrir|salir|llegar)|(?:has|tiene) " + _CONDITION + r"))"
)
# A neighbour nobody has seen in days, or who does not answer the door
_UNSEEN = (
    r"(?:\b(?:haven'?t|have not|hasn'?t|has not|nobody has|no one has|not) (?:\w+ )?(?:seen|heard"
    r" from) (?:her|him|my neighbou?r|the (?:lady|man|guy|woman|neighbou?r|tenant|resident"
    r"|old \w+)|(?:the |my )?neighbou?r)\b(?: \S+){0,4} (?:in|for) (?:\w+ )?(?:days|weeks?)\b"
    r"|\bno (?:lo|la|los|las|le) (?:he|hemos|han|ha) (?:visto|oido)\b(?: \w+){0,4} (?:en|desde"
    r" hace|hace|por) (?:\w+ ){0,2}(?:dias|semanas?)\b)"
)
_NO_ANSWER = (
    r"\b(?:neighbou?r|lady|man|woman|tenant|resident|vecin[oa]|senor|senora|senorita|muchacho"
    r"|abuel\w*)\b(?: \S+){0,4} (?:isn'?t|is not|doesn'?t|does not|won'?t|hasn'?t|not|no)"
    r" (?:answer\w*|respond\w*|contesta|responde|abre|ha salido)\b(?! (?:about|to my|sobre)\b)"
)
# what makes it worrying: a smell, post piling up, a car that has not moved ...
_WELFARE_SIGN = (
    r"(?:smell\w*|stench|stink\w*|odou?r|olor\w*|huele|apesta|peste|mail (?:is |has been )?"
    r"(?:piling|piled|stacking)|packages (?:are )?piling|newspapers|correo (?:\w+ )?acumulad\w*"
    r"|(?:carro|car) (?:\w+ ){0,3}(?:no se ha movido|hasn'?t moved|not moved)|tv (?:\w+ ){0,3}"
    r"(?:going|on)|tele (?:\w+ ){0,2}(?:prendida|encendida))"
)
# ... or someone old, or alone
_WELFARE_CUE = (
    r"(?:" + _WELFARE_SIGN + r"|lives alone|vive sol[oa]|elderly|\d\d years old|is [6-9]\d"
    r"|tiene [6-9]\d|de [6-9]\d anos|not answering|no contesta)"
)
# Someone who may not be able to open a door for themselves
_DEPENDENT = (
    r"baby|bebe|toddler|child|kid|son|daughter|nin[oa]|hij[oa]|nene|nena|grandm\w*|grandp\w*"
    r"|abuel\w*|" + _YOUNG + "|" + _CONDITION
)
# ... and has locked the door from inside
_LOCKED_IN = (
    r"(?:locked|turned|latched|bolted|chained|put|puso|echo|cerro) (?:\w+ ){0,3}(?:door|deadbolt"
    r"|lock|bolt|chain|seguro|cerrojo|pasador|cadena|puerta|llave)s? (?:\w+ ){0,4}(?:from (?:the )?"
    r"inside|por dentro|desde (?:a)?dentro)"
)
# A person who cannot get up, not a resident who cannot reach the ceiling.
_CANT_GET_UP = (
    r"can'?t get up(?! there| (?:on|to) (?:the |a |my )?(?:ladder|shelf|ceiling|detector"
    r"|step ?stool|chair|counter)\b)"
)
_EXCREMENT = r"(?:poop|feces|caca|excremento)"
_DRAIN = (
    r"(?:toilets?|tub|bathtub|drains?|shower|sinks?|inodoro|excusado|escusado|taza|tina|banera"
    r"|regadera|coladera|drenaje|lavabo|resumidero|coming up|backing up|backed up)"
)
# A fixture running over (not a trash chute or gutters: no water of the home's own) ...
_FIXTURE_OVERFLOWING = (
    r"(?:toilets?|tub|bathtub|sinks?|washer|washing machine|dishwasher|inodoro|excusado"
    r"|escusado|taza|tina|banera|lavabo|fregadero|lavadora|lavaplatos|bano)"
)
_OVERFLOWING = (
    r"(?:overflow\w*|over flowing|overfl\w*ing|running over|desbord\w*|rebals\w*|derrama\w*"
    r"|going over the (?:top|edge|rim|sides?)|spill(?:s|ing)? over)"
)
_OVERFLOW = (
    rf"(?:{_FIXTURE_OVERFLOWING}\b.{{0,60}}?\b{_OVERFLOWING}"
    rf"|{_OVERFLOWING} (?:\w+ ){{0,2}}{_FIXTURE_OVERFLOWING})"
)
# ... and no way to stop it: the valve will not close, nobody can shut it off
_NO_STOP = (
    r"(?:can'?t|cant|cannot|unable to|don'?t know how to|no (?:se|puedo|podemos|encuentro"
    r"|sabemos))\b(?: \w+){0,3} (?:shut|turn|stop|close|cierra|cerrar\w*|parar\w*|apagar\w*)"
    r"|\b(?:valve|shut ?off|shut-off|llave(?: de paso)?|it|water|agua|knob|handle|faucet|tap)\b"
    r"(?: \w+){0,2}"
    r" (?:won'?t|wont|doesn'?t|does not|no|is not|isn'?t) (?:close|closing|shut|turn|stop"
    r"|stopping|budge|work|working|cierra|sirve|para|funciona)\b"
    r"|\b(?:valve|llave(?: de paso)?) (?:is |esta )?(?:stuck|broken|rota|trabada|atorada)\b"
    r"|\b(?:won'?t|wont) stop\b|\bno para\b|\bsin parar\b|\bnonstop\b"
    r"|\b(?:shut ?off|shut-off|valve|llave de paso)(?: handle| knob)? (?:just )?spins\b"
)
# Part of the building coming away from it (structural rule): the structure, not an item on
# it ("the carpet on the stairs", "la pintura del barandal", "the light on the porch").
_STRUCTURE = (
    r"(?:balc[oa]?ny|balcon|stairs?|staircase|stair case|stairway|stairwell|steps|escaleras?"
    r"|deck|porch|walkway|railing|barandal|barandilla|baranda|fire escape|escalera de emergencia)"
)
_NOT_ON_IT = (
    r"(?<!\bon the )(?<!\bin the )(?<!\bby the )(?<!\bnear the )(?<!\baround the )"
    r"(?<!\bover the )(?<!\bon my )(?<!\bdel )(?<!\bde la )(?<!\bde las )(?<!\bde mi )"
    r"(?<!\ben el )(?<!\ben la )(?<!\ben mi )"
)
_NOT_AN_ITEM = (
    r"(?!(?:door|puerta|sello|burlete|seal|paint|pintura|carpet|alfombra|rug|runner|tile|trim"
    r"|wallpaper|papel|caulk|gutter|screen|stain|light|lamp|fixture|foco|lampara|swing|hook"
    r"|mailbox|zoclo|cinta|sticker|you|that|those|for|not|isn't|aren't|planter|pot|handrail"
    r"|bracket)\b)"
)
_COMING_AWAY = (
    r"(?:(?:is |are |esta |se esta )?(?:pull\w*|com(?:ing|e)|came|break\w*|broke|tear\w*|tore)"
    r" (?:(?:away|off)(?: from)?|loose from)|separat\w* from|detach\w* from|collaps\w*"
    r"|caving in|caved in|se (?:esta |estan )?(?:desprend\w*|separ\w*|despeg\w*|zaf\w*"
    r"|cayendo|cae|cayo|vino abajo|derrumb\w*|colaps\w*|hund\w*)|desprendiendose|separandose)"
)
_MASONRY = (
    r"(?:concrete|cement|concreto|cemento|bricks?|ladrillos?|plaster|stucco|yeso|drywall"
    r"|sheetrock|tablaroca"
    r"|the (?:balcony|ceiling|facade|wall))"
)
_BITS_FALLING = (
    r"(?:(?<!few )(?<!small )(?<!couple of )(?<!tiny )(?<!little )(?:bits|pieces|chunks|pedacitos?"
    r"|pedazos?"
    r"|trozos?|debris|escombro) (?:\w+ ){0,3}"
    r"(?:falling|fall|fell|dropping|coming (?:out|off|down)|se (?:estan )?ca\w+|cayendo|caen)"
    r"|(?:cae|caen|cayendo|se caen|se estan cayendo|falling|dropping) (?:\w+ ){0,2}(?:polvo y )?"
    r"(?:pedacitos?|pedazos?|trozos?|bits|pieces|chunks|debris))"
)
_CREAKING = (
    r"(?:truena|tronando|cruje|crujiendo|creak\w*|(?:makes?|making|hace) (?:\w+ ){0,2}(?:cracking"
    r"|creaking|popping) (?:sounds?|noises?)|(?:hace|hacen) (?:\w+ )?(?:crujidos|tronidos))"
)
# a ceiling or a wall that creaks (a creaking ceiling fan is only a fan)
_CREAKING_SURFACE = r"(?:techo|ceiling(?! fan)|pared)"
# what a creaking ceiling adds up to: a crack, a bulge, pieces down
_GIVING_WAY = (
    r"(?:crack\w*|grieta\w*|cuarte\w*|se cuarteo|cayo|cayeron|(?:cae|caen"
    r"|cayendo)(?! (?:la )?(?:polv"
    r"\w*|lluvia|agua))|fell|falling"
    r"|sag\w*|bulg\w*|abomb\w*|pandead\w*|se va a caer|about to (?:fall|come down)|pedazos?"
    r"|pedacitos?|chunks?|pieces)"
)
# The resident says it can wait: a lost service they can live with is not an emergency.
_NOT_URGENT = r"\bnot urgent\b|\bno (?:es )?urgente\b|\bno rush\b|\bsin prisa\b"
# Someone at risk when the heating or the cooling fails (each rule adds its own cues).
_VULNERABLE = (
    r"elderly|baby|bebe|infant|newborn|recien nacid\w*|grandm\w*|grandp\w*|abuel\w*|ancian\w*"
    r"|fever|fiebre|oxygen|oxigeno|" + _YOUNG
)
# Smoke the resident explains as harmless a few words on ("but it was just someone cooking",
# "era gente haciendo carne asada"); flames or a fire elsewhere still fire their own patterns.
_SMOKER = (
    r"(?:someone|somebody|people|gente|alguien|a neighbou?r|the neighbou?rs?|neighbou?rs"
    r"|(?:el|los|un|unos) vecinos?|(?:la |una )?vecina|(?:some )?(?:guys?|kids|family|familia))"
)
_HARMLESS_SMOKE = (
    r"(?!.{0,80}\b(?:(?:(?:it|that) (?:was|is)|it's|its|era|eran|es|fue|just|only|solo|nomas"
    r"|nada mas) (?:just |only |solo |nomas |nada mas )?(?:" + _SMOKER + r" (?:\w+ ){0,2})?"
    r"|(?<!not )(?<!no )(?<!isn't )(?<!wasn't )"
    + _SMOKER
    + r" (?:\w+ ){0,2})(?:cooking|grilling|bbq\w*|barbe?cu\w*|vaping|vapeando"
    r"|asando|cocinando|haciendo (?:carne asada|asado|parrillada)|carne asada|parrillada)\b)"
)
_GAS_PLACE = r"(?:stove|oven|range|burner|furnace|water heater|heater|dryer|gas line|kitchen)"
# (a Spanish water heater is left out: it whistles on its own)
# (an electricity or water meter is not a gas one)
_GAS_PLACE_ES = (
    r"estufa|horno|secadora|medidor(?:es)?(?! de (?:luz|agua|electricidad))(?: de gas)?"
    r"|tuberia (?:de|del) gas|linea (?:de|del) gas|tanque (?:de|del) gas|tubo (?:de|del) gas"
)
_HISS_ES = r"(?:silbido|siseo|chiflido|sisea\w*|chiflando)"

EMERGENCY_RULES: tuple[SafetyRule, ...] = (
    rule(
        "safety.emergency.gas",
        [
            rf"\bgas\w* {_SMELL}",
            # sewer gas is a drain smell, not a gas leak
            rf"{_SMELL} (?:\w+ ){{0,3}}(?<!sewer )(?<!sewage )(?:natural )?gas+\b"
            r"(?! (?:bill|station|company|fireplace))",
            rf"{_SMELL} (?:\w+ ){{0,3}}left (?:the |a )?(?:stove|oven|gas|burners?) on\b",
            rf"{_SMELL} (?:\w+ ){{0,3}}(?:propane|natural gas)",
            r"\brott?e?n (?:egg|eggs|eg)\b",
            r"\b(?:egg|eggs)y? (?:smell|odou?r|stench)",
            r"\b(?:sulfur|sulphur|sulfuric|azu+fre)\b",
            # a struck match smells of sulfur, as leaking gas does
            rf"{_SMELL} (?:\w+ ){{0,4}}(?:a )?match (?:\w+ ){{0,2}}(?:struck|lit)\b"
            r"|\bstruck match\b"
            rf"|{_SMELL} (?:\w+ ){{0,5}}(?:struck|lit) a match\b"
            r"|\b(?:olor|huele) (?:\w+ ){0,3}(?:cerillo|fosforo)s?\b",
            rf"{_SMELL} (?:\w+ ){{0,3}}(?:a )?(?:lit|struck|burnt|burned|blown out) match(?:es)?\b"
            rf"|{_SMELL} (?:\w+ ){{0,4}}match(?:es)? (?:\w+ ){{0,2}}"
            r"(?:went out|blown out|blew out)",
            r"\bgas (?:leak|leaking|is leaking|escaping)",
            r"\bleak\w* gas\b",
            # a few words from any gas appliance; a little further from a cooking one (radiators
            # and water heaters hiss on their own)
            rf"\bhiss\w* (?:\w+ ){{0,4}}{_GAS_PLACE}",
            r"\bhiss\w* (?:\w+ ){0,6}(?:stove|oven|range|burner|dryer|gas line)\b",
            rf"{_GAS_PLACE} (?:\w+ ){{0,3}}hiss\w*",
            r"\b(?:olor|olorcito|huele|oler|peste|tufo) (?:\w+ ){0,2}(?:a |como a |como )?gas+\b"
            r"(?! (?:de|del) (?:drenaje|alcantarilla|coladera)\b)",
            # a sewer smell beside a real gas cue ("sewer gas and also natural gas from the stove")
            rf"{_SMELL}\b.{{0,60}}\b(?:natural gas|propane)\b|\bgas (?:\w+ ){{0,4}}(?:from|near|by"
            rf"|de la|del|de) (?:the |my )?(?:{_GAS_PLACE}|estufa|horno|calentador|boiler)\b",
            r"\b(?:fuga|escape|salida) de gas\b",
            # a hiss at the gas meters; a hiss ("silbido") from a Spanish gas appliance
            r"\bhiss\w* (?:\w+ ){0,6}(?:gas )?(?<!water )(?<!electric )meters?\b"
            r"|(?<!water )(?<!electric )\bmeters? (?:\w+ ){0,3}hiss\w*",
            # a dryer drum turning, or the oven's own fan
            rf"\b(?:{_GAS_PLACE_ES}) (?:\w+ ){{0,4}}{_HISS_ES}(?! cuando (?:da vueltas|gira"
            r"|centrifuga))(?![^.;]{0,40}\b(?:es|era|sera) el ventilador)"
            rf"|{_HISS_ES} (?:\w+ ){{0,6}}(?:{_GAS_PLACE_ES})\b",
            # smells as if a burner were left on ("like the stove is on but it's off")
            rf"{_SMELLS}\b(?: \w+){{0,5}} (?:like|as if|como si|como cuando"
            r"|como que)(?: \w+){0,3} (?:stove|burners?|oven|range|estufa|hornillas?|horno"
            r"|quemadores?|gas)\b(?: \w+)? (?:on|left on|abiert[oa]s?|prendid[oa]s?|sin prender)\b",
            # the odorant in gas smells like a skunk (not the weed next door, not a skunk outside)
            rf"{_SMELLS}\b(?: \w+){{0,4}} (?:like |a |de |como )?(?:a "
            r"|un )?(?:skunk|zorrillo)\b(?!(?: \w+){0,3} (?:weed|marijuana|pot|mota|under"
            r"|outside|in the (?:yard|bushes)))|\bskunk(?:y|like)? (?:smell|odou?r)",
            r"\bhuevos? (?:podridos?|echados?)\b",
            r"\b(?:olor|huele|oler) (?:\w+ ){0,2}a huevo",
            r"\bse (?:sale|escapa) el gas\b",
        ],
        guards=[
            r"\bgas (?:bill|company bill|charge|station|mileage)\b",
            # weed smells of skunk too
            r"\b(?:weed|marijuana|mota|cannabis)\b.{0,80}\b(?:skunk|zorrillo)|\b(?:skunk"
            r"|zorrillo)\b.{0,80}\b(?:weed|marijuana|mota|cannabis)\b",
            # a skunk the resident places outdoors or blames on an animal, with no gas cue
            rf"^(?!{AHEAD}\b(?:gas|propane|stove|oven|furnace|heater|estufa|horno|calentador"
            rf"|boiler)\b)(?={AHEAD}\b(?:skunk|zorrillo))(?={AHEAD}\b(?:sprayed|animals?"
            r"|animal control|critters?|dog|perro|lives under|hay uno|yard|jardin|dumpsters?|trash"
            r"|basura|courtyard|parking lot)\b)",
            # a kettle whistling on the stove
            rf"^(?!{AHEAD}\b(?:huele|olor\w*|smell\w*|odou?r|gas|sulfur|azufre|huevo)\b)"
            rf"{AHEAD}\b(?:tetera|kettle)\b",
        ],
    ),
    # Fuel on the air ("smells like a gas station"): its own rule, since the gas rule's guard
    # ignores a gas station (a bill paid at one, a job at one); a car or mower is a look-alike.
    rule(
        "safety.emergency.fuel_smell",
        [
            rf"(?:{_SMELLS}|\bapesta)\b(?: \w+){{0,4}} (?:like |of |a |de "
            r"|como )?(?:a |an |una )?(?:gas station|gasoline|petrol|gas can|kerosene|diesel"
            r"|lighter fluid|gasolina|gasolinera|queroseno)\b",
            r"\b(?:gasoline|petrol|kerosene|diesel|gasolina) (?:smell|odou?r|fumes|stench)\b",
        ],
        guards=[
            r"\b(?:car|cars|truck|trucks|van|bus|buses|motorcycle|mower|lawn ?mower|generator"
            r"|carro|coche|camion|camioneta|moto|podadora)\b",
            # stored in a can, on work clothes, from grilling or the painters
            r"\b(?:keeps?|kept|stor\w*|guard\w*) (?:\w+ ){0,2}(?:gas can|bidon)|\b(?:work clothes"
            r"|ropa de trabajo|uniform)\b|\bgrill\w*|\bbbq\b|\basador\b|\bpainters?\b"
            r"|\bpintores?\b",
        ],
    ),
    rule(
        "safety.emergency.carbon_monoxide",
        [
            r"\bcarbon mono\w*",
            r"\bmonoxid\w*",
            r"\bco\b (?:\w+ ){0,3}(?:alarm|detector|sensor)|\b(?:alarm"
            r"|detector)\w* (?:\w+ ){0,5}\bco\b(?![ -](?:op|ops|signer|payment|pay|worker"
            r"|workers)\b)",
            rf"\b(?:duele|dolor de) (?:\w+ )?cabeza\b(?={AHEAD}\b(?:detector|alarma|co"
            r"|calentador))",
            r"\bco (?:alarm|detector)s? (?:\w+ ){0,4}(?:going off|went off|sounding|beeping"
            r"|alarming|won't stop|keeps going)",
        ],
        guards=[_ALARM_LOOKALIKE],
    ),
    # Symptoms beside a CO alarm or a fuel-burning appliance are an emergency even when a
    # detector also beeps like a battery ("goes off once a minute and I feel dizzy"), so the
    # look-alike guard, which cancels a whole rule, does not cover them.
    rule(
        "safety.emergency.carbon_monoxide_symptoms",
        [
            rf"\b{_CO_ALARM}\b(?={AHEAD}\b{_CO_SYMPTOM})",
            rf"\b{_CO_SYMPTOM}(?={AHEAD}\b{_CO_ALARM}\b)",
            # any detector that went off, then people feeling ill: treat it as CO
            rf"(?<!car )(?<!auto )\b(?:detector|alarm|alarma)s? (?:\w+ ){{0,2}}(?:went off"
            rf"|going off|goes off|sono|sonando|se activo)\b(?=.{{0,300}}\b{_CO_SYMPTOM}\b)",
            rf"\b{_CO_SYMPTOM}\b(?=.{{0,300}}(?<!car )(?<!auto )(?<!security )(?<!burglar )"
            r"\b(?:detector|alarm|alarma)s? (?!clock)(?:\w+ ){0,4}(?:went off|going off|goes off"
            r"|sono|sonando|se activo)\b)",
            r"\b(?:dizzy|dizziness|lightheaded|nause\w*|headaches?) (?:\w+ ){0,6}(?:heater|furnace"
            r"|boiler|stove|whole family|everyone|all of us)",
            r"\b(?:mareados?|mareo|nauseas?|dolor de cabeza) (?:\w+ ){0,6}(?:calentador|calefaccion"
            r"|estufa|toda la familia|todos)",
            r"\b(?:heater|furnace|boiler|calentador|calefaccion)\b(?: \w+){0,10} (?:dizzy"
            r"|dizziness|lightheaded|nause\w*|headaches?|mareados?|mareo|dolor de cabeza)\b",
            # feeling ill, then, a sentence or two later, the heater running; not a symptom with
            # another cause given (the flu, meds, a smell, a ladder) nor a water heater
            r"\b(?:dizzy|dizziness|lightheaded|nause(?:a|ous|ated)|mareados?|mareadas?|mareos?)\b"
            r"(?! (?:from|on|when|spell|after|because|por|de|del|cuando)\b)(?!.{0,60}\b(?:flu|meds"
            r"|medication|pregnan\w*|embaraz\w*|vertigo|chemo|heat wave|too hot|calor|ladders?|bus"
            r"|car|spinning|smell of|olor|basura|trash)\b)(?=.{0,150}\b(?<!water )(?:heater|furnace"
            r"|boiler|calentador|calefaccion)(?:'s)? (?:\w+ ){0,4}(?:running(?! out)|on(?! (?:the|a"
            r"|and|timer|by|at)\b)|prendid[ao]|encendid[ao]|funcionando)\b)",
            # ill at home and fine away from it: the air at home (unless mold or allergies)
            rf"\b{_CO_ILL}\b(?=.{{0,120}}\b(?:only (?:when|while) (?:we'?re|we are|i'?m|i am"
            r"|they'?re|at|in)(?! (?:all )?(?:awake|better|well|recovered|up)\b)"
            r"|solo (?:cuando estamos|en (?:la )?casa|aqui adentro)|(?:fine"
            r"|better|bien|mejor) (?:\w+ ){0,3}(?:at work|at school|when (?:we|i) (?:leave"
            r"|go out|step out|are out|get out)|cuando salimos"
            r"|fuera de (?:la )?casa))\b)(?!.{0,200}\b(?:mold|moho|mildew|hongos?|allerg\w*"
            r"|alergi\w*|dust|polvo|pollen|polen)\b)",
            # a lazy yellow flame (incomplete burning) with someone feeling ill
            # (a shorter reach than AHEAD: both sit in one or two sentences)
            rf"\b{_NOT_ILL}{_CO_ILL}\b(?=.{{0,200}}\b{_YELLOW_FLAME}\b)",
            rf"\b{_YELLOW_FLAME}\b(?=.{{0,200}}\b{_NOT_ILL}{_CO_ILL}\b)",
        ],
    ),
    # A CO or smoke alarm still sounding with its battery out is wired in and means it; the
    # battery look-alike guard of the alarm rules would cancel it (a chirp stays routine).
    rule(
        "safety.emergency.alarm_without_battery",
        [
            r"\b(?:took|taken|pulled|removed|quite|saque|sacamos|quitamos|sacado"
            r"|quitado) (?:\w+ ){0,2}(?:the |its |la |las |su |sus )?(?:batter(?:y|ies)|pilas?"
            r"|bateria\w*)\b(?!(?: \S+){0,4} (?:remote|control|toy|juguete|doorbell|timbre"
            r"|garage)\b)"
            r"(?: \S+){0,8}? (?:still|sigue|keeps|continua) (?:going off|sounding"
            r"|alarming|ringing|blaring|screaming|going|sonando|suena|chillando)\b",
        ],
        guards=[r"\bchirp\w*"],
    ),
    rule(
        "safety.emergency.fire",
        [
            # ("is that against the window rules? the fire thing" asks about a rule)
            r"\bfire\b(?! (?:alarm|drill|extinguisher|inspection|code|escape|lane|pit|place|doors?"
            r"|marshal|department inspection|sprinkler test|evacuation|exit|thing|rules?))",
            r"\bon fire\b",
            # a burner's flame described by its colour is a burner, not a fire
            r"(?<!catch a )(?<!catch )(?<!no )(?<!without a )(?:(?<!burner )(?<!pilot )(?<!stove"
            r" )(?<!range )(?<!furnace )(?<!heater )(?<!light )\bflames?\b|\bflames?\b(?! (?:is "
            r"|are |looks |burns )?(?:yellow|orange|uneven|low|small|weak)\b))",
            r"(?<!cigarette )(?<!weed )(?<!marijuana )(?<!tobacco )(?<!secondhand )(?<!pot"
            r" )\bsmoke\b(?! (?:detector|alarm|free|detectors|alarms|smell from (?:the )?neighbor"
            rf"|from cooking|when (?:i |we )?cook))(?!-free){_HARMLESS_SMOKE}",
            r"\b(?:outlet|stove|oven|dryer|wi+re|wi+res|panel|microwave|heater|furnace|fan|motor"
            r"|light|fixture|appliance|toaster|washer|breaker|cord|plug)s? (?:\w+ ){0,3}smok(?:ing"
            r"|y)",
            r"\bscorch\w*",
            r"\bmelt(?:ed|ing)\b (?:\w+ ){0,5}(?:outlet|plug|wire|cord|switch|panel)",
            r"\b(?:outlet|plug|wi+res?|cord|switch|panel|breaker)s? (?:\w+ ){0,5}(?:melt\w*"
            r"|smok\w*"
            r"|burn\w*|hot to the touch|too hot to touch)",
            r"\b(?:fuego|incendio|llamas?|chispas?|chispea\w*|chisporrote\w*|bomberos"
            r"|fire ?(?:department|fighters|trucks?))\b",
            r"(?<!detector de )(?<!detectores de )(?<!alarma de )(?<!alarmas de )(?<!jala el"
            rf" )(?<!saca el )\bhumo\b{_HARMLESS_SMOKE}",
            r"\b(?:hay|se prendio|agarro|sale|salen|echando"
            r"|saliendo) (?:\w+ ){0,2}lumbre\b(?! (?:en|del?) (?:el |la |mi )?(?:asador|parrilla"
            r"|fogon|fogata|comal|piloto|chimenea|boiler|calentador|estufa))|\blumbre (?:en"
            r"|dentro de"
            r"|adentro de) (?!(?:el |la |los |las |mi )?(?:asador|parrilla|boiler|calentador"
            r"|estufa|chimenea|fogon|fogata|comal|piloto))(?:el |la |los |las |mi )?\w+",
            r"\bse (?:esta )?(?:quemando|derritiendo)\b",
            r"\b(?:cable|cables|contacto|contactos|enchufe|enchufes|clavija|tomacorriente|apagador)"
            r"\b(?: \w+){0,4} derretid\w*|\bderretid\w* (?:\w+ ){0,3}(?:cable|contacto|enchufe"
            r"|clavija|tomacorriente)\b",
            # something outdoors burning now ("the bushes by building B are burning")
            r"\b(?:bush|bushes|tree|trees|grass|dumpster|trash|garbage|mulch|car|roof|balcony"
            r"|deck|shed|fence|garage|carport|patio|porch|building|house|woods|field|arbust\w*"
            r"|pasto|basura|contenedor|carro|coche|arbol\w*|cerca|cochera)\b(?: \w+){0,4}"
            r" (?:is |are |esta |estan )?(?:burning|on fire|ardiendo|en llamas)\b(?! (?:oil|rubber"
            r"|smell|up|hot|in (?:this|the) (?:heat|sun)|from the sun|too|through|gas|coolant))",
        ],
        guards=[
            r"\b(?:fire|smoke|co) (?:alarm|detector)s? (?:\w+ ){0,5}(?:chirp|beep\w* every|batter"
            r"|low batt)",
        ],
    ),
    rule(
        "safety.emergency.alarm_sounding",
        [
            r"\b(?:smoke|fire|co) (?:alarm|detector)s? (?:\w+ ){0,4}(?:going off|went off|sounding"
            r"|blaring|won't stop|wont stop|keeps going off|is going off)",
            r"\balarma de (?:humo|incendio|monoxido)s? (?:\w+ ){0,4}(?:sonando|suena|se activo"
            r"|no para)",
        ],
        guards=[
            _ALARM_LOOKALIKE,
            r"\b(?:every ?time|whenever|when|while) (?:i|we) (?:was |were |am |are )?(?:cook\w*"
            r"|shower\w*|made toast|make toast|making toast|boil\w*)"
            r"|\bcada vez que (?:cocin\w*|me bano)|\bburnt toast\b",
        ],
    ),
    rule(
        "safety.emergency.flood",
        [
            r"\bflood\w*",
            r"\bwater (?:is )?(?:pouring|gushing|spraying|shooting|everywhere|rushing|flowing out)",
            r"\b(?:pouring|gushing|spraying|streaming) (?:\w+ ){0,2}water\b",
            r"\bwater (?:\w+ ){0,4}(?:through|from|out of) the (?:ceiling|light fixture|light|roof)"
            r"(?! (?:stain|spot|mark))",
            r"\b(?:ceiling|roof) (?:\w+ ){0,3}(?:collaps\w*|caving|caved|fell|falling|sagging)",
            r"\b(?:burst|bursted|busted|exploded|broken) (?:water )?(?:pipe|pipes|line|main)\b",
            r"\bpipes? (?:\w+ ){0,2}(?:burst|bursted|exploded|broke open|split)",
            r"\bsewage\b|\bsewer (?:\w+ ){0,3}(?:backing|backed|coming up|overflow)",
            r"\bmain (?:line"
            r"|drain) (?:\w+ ){0,3}backed up",
            r"\bbacked up (?:\w+ ){0,3}(?:both|all|every|multiple) (?:drains|toilets|sinks)",
            r"\bwater (?:\w+ ){0,3}(?:coming|pouring|gushing|leaking|spraying|running|rushing)"
            r" (?:\w+ ){0,2}(?:through|thru|out of|from|down|into) (?:\w+ ){0,3}(?:ceiling|ceilling"
            r"|wall|light|fixture|stairwell|stairs|outlet|vent|(?:smoke |fire )?detector)",
            r"\bwater (?:\w+ ){0,2}dripping (?:out of|from|through) (?:the |my |a )?(?:\w+ )?"
            r"(?:outlet|socket|(?:smoke |fire |co )?detector|light fixture)\b",
            r"\bwater\b(?: \w+){0,8} (?:won't|wont|isn't|is not|not) stop(?:ping)?\b",
            r"\bagua (?:\w+ ){0,3}sin parar\b|\bsin parar (?:\w+ ){0,2}agua\b",
            r"\bagua (?!.{0,60}\b(?:excusado|escusado|inodoro|tanque|taza"
            r"|jalar\w*)\b)(?:\w+ ){0,2}no (?:para|se detiene|deja de (?:salir|caer"
            r"|correr))\b(?! de gotear)",
            # the valve is shut and the water still runs (not a faucet that still drips)
            r"\b(?:valve|shut ?off|shut-off|llaves? de paso)\b(?!.{0,100}\b(?:toilet tank"
            r"|in the tank"
            r"|del tanque)\b)(?=.{0,100}\b(?:(?:it'?s|its|it is|water'?s|water is|it) still"
            r" (?:going|running|coming out|pouring|spraying|flowing|gushing)(?! (?:great|fine|well"
            r"|good|smooth\w*)\b)|sigue (?:saliendo|corriendo|chorreando|tirando agua"
            r"|brotando))\b)",
            # water running out nonstop (a faucet that drips nonstop is a repair)
            rf"(?<!toilet )\b{_WATER}(?!.{{0,60}}\b(?:toilet|tank|bowl|flapper)\b)(?:'s)? (?:is "
            rf"|are )?(?:\w+ ){{0,2}}(?:coming|pouring|gushing|flowing"
            r"|spraying|shooting|saliendo|brotando)\b(?: \S+){0,6} (?:nonstop|non-stop|non stop"
            r"|sin parar)\b",
            r"\bno para de (?:salir|caer|entrar|brotar) (?:el )?agua\b",
            r"\bse (?:me |nos )?(?:metio|entro) (?:el )?agua (?:al|a la|a mi|en el|en la|en mi)"
            r" (?:depa\w*|casa|cuarto|apartamento|recamara|sala|cocina)\b",
            # a piece of the ceiling came down (not flakes of paint)
            r"\b(?:ceiling|techo)\b(?: \w+){0,6} (?:chunk|piece|pedazo"
            r"|trozo)s? (?:\w+ ){0,3}(?:fell"
            r"|came down|se cayo|cayo)\b|\b(?:chunk|piece|pedazo|trozo)s? (?:of|del) (?:the |my )?"
            r"(?:ceiling|techo)\b(?: \w+){0,2} (?:fell|came down|se cayo|cayo)\b",
            r"\b(?:calentador|boiler|tanque|water heater"
            r"|heater tank)\b (?:\w+ ){0,3}(?:se reve?n?t\w*"
            r"|se rompio|exploto|burst|bursted|exploded|split)",
            # not a sprayer or hand-shower hose: it only carries water while the tap is on
            r"(?<!sprayer )(?<!spray )(?<!shower )\b(?:hose|pipe|line) (?:\w+ ){0,2}(?:split|burst"
            r"|snapped|blew)",
            # water spraying or gushing and no way to shut it off
            r"\b(?:spraying|gushing|pouring(?! rain)|shooting|chorreando|mucha agua"
            r"|muchisima agua|a lot of water|lots of water|tons of water"
            r"|a chorros?)\b(?=.{0,200}\b(?:(?:can'?t|cannot|unable to|don'?t know how to"
            r"|no (?:se|puedo|encuentro|sabemos))\b(?: \w+){0,3} (?:shut ?off|shut[- ]off valve"
            r"|valve|llave(?: de paso)?|cerrarla|cerrarlo|turn it off|shut it off|stop it"
            r"|turn (?:off )?the water(?: off)?)|(?:valve|shut ?off|llave de paso"
            r"|it)\b(?: \w+){0,2} (?:won'?t (?:close|shut off|turn off|turn)|is stuck"
            r"|no cierra))\b)",
            r"\bceiling (?:\w+ ){0,4}(?:fell|fell in|collaps\w*|caved|cave in|bulg\w*|sagg\w*)",
            r"\b(?:bulge|bulging|bubble) (?:\w+ ){0,3}(?:full of )?water\b",
            r"(?<!dripping )(?<!drips )\bwater (?:\w+ ){0,4}(?:down|through|thru) (?:the "
            r"|a )?(?:stairwell|stairs|hallway"
            r"|ceiling"
            r"|walls?|light|fixture)",
            r"\bse cayo (?:\w+ ){0,3}techo\b|\bdrenaje (?:\w+ ){0,3}(?:se regreso|regreso)",
            r"\b(?:inches|inch) of water\b",
            r"\bstanding water (?:\w+ ){0,4}(?:floor|everywhere|apartment|unit|rising)",
            r"\binunda\w*",
            r"\bse (?:me |nos )?inundo (?:el|la|mi|nuestro|nuestra) (?:depa\w*|apartamento|casa"
            r"|cuarto|bano|cocina|sotano|sala|recamara|pasillo|garaje|lavanderia)\b",
            # "la tuberia del bano revento": the verb with or without "se"
            r"\b(?:tubo|tuberia|tubos|caneria|cano) (?:\w+ ){0,3}(?:roto|rota|reventad\w*|exploto"
            r"|(?:se )?rompio|(?:se )?revento|(?:se )?reviento)\b",
            r"\b(?:se )?(?:rompio|revento|reviento) (?:\w+ ){0,2}(?:tubo|tuberia|caneria)"
            # the tube of a vacuum or a curtain rod
            r"(?! de (?:la |el )?(?:aspiradora|cortina\w*|closet|ropero))",
            r"\b(?:raining|rains|llueve|lloviendo) (?:\w+ ){0,2}(?:in|inside|into|indoors|adentro"
            r"|dentro|en) (?:(?:the|our|my|el|la|mi|nuestro|nuestra) )?(?:\w+ )?(?:bedroom|room"
            r"|closet|kitchen|bathroom|living|apartment|apt|unit|hall\w*|cuarto|recamara|cocina"
            r"|bano|sala|depa\w*|apartamento|closet|clo\w*)\b(?! (?:complex|community|area"
            r"|parking|lot))",
            r"\bagua (?:\w+ ){0,3}(?:por todas partes|por todos lados|a chorros?|chorreando)",
            # dirty water coming up a drain is sewage backing up
            r"\b(?:sale|saliendo|sube|subiendo|regresa|brota|brotando) (?:\w+ ){0,2}agua (?:sucia"
            r"|negra|cafe)\b(?: \w+){0,5} (?:regadera|tina|banera|coladera|drenaje)\b",
            r"\b(?:dirty|brown|black|nasty|gross|sewage) water\b(?: \S+){0,4} (?:coming|came"
            r"|comes|bubbling|backing|seeping|seeps) up (?:\S+ ){0,3}(?:shower|tub|bathtub|drain"
            r"|toilet|from under)",
            # out of a drain, not a faucet: brown water from the tap is rust, and routine
            r"\b(?:dirty|black|nasty|gross|sewage) water (?:\w+ ){0,2}(?:coming|came|comes"
            r"|pouring|gushing) out of (?:\w+ ){0,3}(?:drains?|toilets?)\b",
            r"\b(?:sale|cae|entra|gotea|saliendo|cayendo|entrando"
            r"|chorreando) (?:\w+ ){0,3}agua (?:\w+ ){0,3}(?:del techo|de la lampara|del foco"
            r"|por el techo|por la lampara|por el foco|del detector|por el detector|del contacto"
            r"|por el contacto|del enchufe|por el enchufe)",
            r"(?<!goteando )(?<!gotea )\bagua (?:\w+ ){0,3}(?:del techo|por el techo)",
            r"\baguas negras\b|(?<!olor a )(?<!olor de )(?<!huele a )\bdrenaje (?:\w+ ){0,3}"
            r"(?:regresa|desborda|sale)",
            r"\b(?:se )?(?:regreso|regresa|regresando|devolvio|devuelve|subio|sube) (?:\w+ ){0,2}"
            r"(?:drenaje|desague)\b",
            r"(?<!pintura del )(?<!pintura de )\btecho (?:\w+ ){0,3}(?:se cayo"
            r"|se esta cayendo|colapso|se derrumbo)",
            # a ceiling that gave way, with more words between ("in the living room just fell in")
            r"\bceiling\b(?! (?:fan|light|lamp|fixture|cover|vent|tile|mounted|stain|paint))"
            r"(?: \w+(?:'s)?){0,6} (?:fell in|caved in|came down|collapsed)\b",
            r"\btecho\b(?: \w+){0,5} (?:se vino abajo|se desplomo|se hundio|se derrumbo)\b",
        ],
        guards=[
            r"\bflood (?:insurance|zone|light|lights)\b|\bslow drip\b|\bdrip drip\b"
            r"|\bnot (?:a |like a )?flood\b"
        ],
    ),
    # part of the building coming away: a balcony or outside stair pulling off the wall,
    # chunks of concrete come down
    rule(
        "safety.emergency.structural",
        [
            rf"{_NOT_ON_IT}\b{_STRUCTURE}\b(?: {_NOT_AN_ITEM}\w+){{0,6}} {_COMING_AWAY}\b",
            rf"(?<!\bsmall )(?<!\blittle )(?<!\btiny )(?<!\bfew )\b(?:chunks?|pieces?|pedazos?"
            rf"|trozos?|cachos?) (?:of |de |del )?(?:the )?{_MASONRY}\b"
            r"(?! (?:planter|pot|bench|step)s?\b)(?: \w+){0,6} (?:fell|falling|came down"
            r"|fall(?:en|s)?|se cayeron|cayeron|cayendo|caen|breaking off)\b",
            # a cracked ceiling with concrete or plaster already down
            r"\b(?:ceiling|techo)\b(?: \w+){0,6} (?:crack\w*|grieta\w*|cuarteadura)\b(?=.{0,120}"
            rf"\b(?:chunks?|pieces?|pedazos?|trozos?) (?:of |de |del )?(?:the )?{_MASONRY}\b)",
            r"\bse (?:cayeron|cayo|estan cayendo|caen|desprendio|desprendieron|estan desprendiendo)"
            r" (?:\w+ ){0,2}(?:pedazos?|trozos?|cachos?) (?:de |del )(?:la |el )?(?:concreto"
            r"|cemento|ladrillo|yeso|techo|balcon|fachada)\b",
            r"(?<!\bof )(?<!\bde )\b(?:concrete|bricks?|stucco|plaster|ladrillos?) (?:\w+ ){0,2}"
            r"(?:chunks? |pieces? )?(?:is |are )?(?:falling|fell|came down|cayendo|se cayeron"
            r"|se estan cayendo) (?:off|from|down|de|del)\b",
            # pieces dropping, or a ceiling or deck dropping them
            r"\b(?:chunks?|pieces?|pedazos?|trozos?|cachos?) (?:of |de "
            rf"|del )?(?:the )?{_MASONRY}\b(?: \w+){{0,4}} (?:dropp\w*|drops?|coming (?:down|off"
            r"|loose)|raining down)\b"
            # round old holes: "where the old tv mount was", "around the nail holes"
            r"(?!.{0,40}\b(?:tv mount|mount was|nail holes?|screw holes?|anchor holes?)\b)",
            r"\b(?:dropping|shedding|raining) (?:(?!on |onto |in |into "
            r"|over )\w+ ){0,2}(?:(?:chunks?|pieces?"
            rf"|bits) (?:of )?)?{_MASONRY}\b",
            # a big piece of the building came down (one small piece is a repair)
            r"\b(?:cayo|cayeron|se cayo|se cayeron|fell|came down) (?:\w+ ){0,2}(?:(?:pedazos?"
            r"|trozos?|cachos?) (?:grandes?|enormes?)|(?:big|large|huge) (?:chunk"
            r"|piece)s?) (?:de |del |of )(?:la |el |the )?(?:concreto|cemento|ladrillo|yeso|techo"
            r"|balcon|fachada|pared|muro|plafon|concrete|cement|brick|plaster|ceiling|wall"
            r"|drywall)\b",
            # a crack in the structure that material keeps falling out of
            r"(?<!tub )(?<!shower )(?<!tile )(?<!tiled )\b(?:wall|ceiling|techo|pared|muro|floor"
            r"|foundation|beam|viga|column|columna|slab|losa)\b(?: (?!grout|caulk|paint|pintura"
            r"|tile|azulejo|boquilla)\w+){0,8} (?:crack\w*|grieta\w*"
            rf"|cuarteadura\w*)\b(?=.{{0,100}}\b{_BITS_FALLING}\b)",
            r"(?<!hairline )\b(?:crack|grieta|cuarteadura)s? (?:in|on|across|en|de|del) (?:the "
            r"|my |el |la "
            r"|mi )?(?:(?!shower|tub|bathtub|tile|tiled)\w+ )?(?:wall|ceiling|techo|pared|muro"
            rf"|foundation|beam|viga|column|columna|slab|losa)\b(?=.{{0,100}}\b{_BITS_FALLING}\b)",
            # a ceiling or wall bulging out, or creaking with it cracked or shedding
            r"(?<!pintura de la )(?<!pintura del )(?<!paint on the )\b(?:pared|wall|muro|techo"
            r"|ceiling)\b"
            r"(?: \w+){0,5} (?:se (?:esta )?(?:abombando"
            r"|inflando|pandeando)|abombad\w*|bulg\w*|bowing out|(?:tiene )?una panza"
            r"|parece que va a reventar)\b",
            rf"\b{_CREAKING_SURFACE}\b(?: \w+){{0,3}} {_CREAKING}\b(?=.{{0,150}}\b{_GIVING_WAY})",
            rf"\b{_CREAKING} (?:\w+ ){{0,2}}(?:el |la |the )?{_CREAKING_SURFACE}\b"
            rf"(?=.{{0,150}}\b{_GIVING_WAY})",
            rf"\b{_GIVING_WAY}\b(?=.{{0,150}}\b(?:{_CREAKING_SURFACE}\b(?: \w+){{0,3}} {_CREAKING}"
            rf"|{_CREAKING} (?:\w+ ){{0,2}}(?:el |la |the )?{_CREAKING_SURFACE})\b)",
            # a step or floor that gave way under someone, or will let someone through
            r"\b(?:steps?|stairs?|tread|landing|slab|deck|balcony|floor|subfloor|escalon\w*"
            r"|escaleras?|piso(?! \d)|balcon|descanso)\b(?: \w+){0,5} (?:caved in|gave way"
            r"|giving way"
            r"|se hundio|se esta hundiendo|se vencio|cedio)\b",
            rf"{_NOT_ON_IT}\b(?:steps?|stairs?|tread|landing|slab|deck|balcony|porch|escalon\w*"
            r"|escaleras?)\b(?: (?!pavers?|stones?)\w+){0,5} (?:sank|has sunk|sunk in)\b",
            r"\b(?:almost|nearly|about to|going to|gonna|casi) (?:go|went|fall|fell|step"
            r"|stepped) (?:right )?(?:through|thru) (?:it|the (?:floor|step|stairs?|deck|balcony"
            r"|boards?))\b",
            r"\b(?:steps?|stairs?|slab|landing|beam|joist|escalon\w*"
            r"|viga)\b(?: \w+){0,3} (?:cracked|split) (?:clean|all the way|right"
            r"|completely) (?:through|in half|in two)\b",
            # "se despegó el barandal": the Spanish verb first
            r"\bse (?:desprendio|despego|zafo|separo|derrumbo|colapso|hundio|vino abajo) (?:todo "
            rf"|toda )?(?:el |la |los |las )?{_STRUCTURE}\b",
        ],
        # the resident says it can wait: a piece of trim, a loose bracket
        guards=[
            _NOT_URGENT,
            r"\b(?:nada grave|not a big deal|no big deal|just cosmetic|solo cosmetico|(?:when"
            r"|whenever)"
            r" you can"
            r"|when you get a chance|cuando (?:gusten|puedan)|rail still holds)\b",
        ],
    ),
    # a fixture overflowing that nobody can stop, in either order; an overflow already stopped
    # (plunged, fine now, "for next time") is a repair
    rule(
        "safety.emergency.overflow_unstoppable",
        [
            rf"\b{_OVERFLOW}\b(?=.{{0,200}}(?:{_NO_STOP}))",
            rf"(?:{_NO_STOP})(?=.{{0,200}}\b{_OVERFLOW}\b)",
        ],
        guards=[
            r"\b(?:stopped|fine now|ok now|okay now|under control|plunged|for next time"
            r"|ya (?:lo |la )?(?:pare|paro|detuve|destape)|ya (?:esta|quedo) bien|para la proxima"
            r"|ya no (?:se )?(?:desborda|rebalsa|sale))\b"
        ],
    ),
    # Excrement is sewage backing up: always beside a fixture or drain, and alone unless the
    # message names an animal (mice droppings, a neighbour's dog) that could have left it.
    rule(
        "safety.emergency.sewage_in_fixture",
        [
            rf"\b{_EXCREMENT}\b(?=.{{0,200}}\b{_DRAIN}\b)",
            rf"\b{_DRAIN}\b(?: \S+){{0,10}} {_EXCREMENT}\b",
        ],
    ),
    rule(
        "safety.emergency.sewage_matter",
        [rf"\b{_EXCREMENT}\b"],
        guards=[
            r"\b(?:dog|dogs|perro\w*|pet|pets|mascota\w*|cat|cats|gato\w*|bird\w*|pajaro\w*"
            r"|paloma\w*|raton\w*|rata|ratas|mice|mouse|rats?|roedor\w*|rodent\w*|droppings"
            r"|cucaracha\w*|roach\w*|pest\w*|plaga\w*|racoon\w*|raccoon\w*|mapache\w*)\b"
        ],
    ),
    rule(
        "safety.emergency.electrical",
        [
            r"\b(?:exposed|live|bare|hanging|dangling) (?:\w+ ){0,1}wires?\b",
            r"\b(?:got|get|getting|was|been) (?:\w+ ){0,2}shock(?:ed)?\b",
            r"\belectr\w*cut\w*",
            r"\bshocked me\b|\bgave me a shock\b",
            r"\b(?:cables?|alambres?) (?:expuestos?|pelados?|sueltos?|colgando)",
            r"\b(?:me dio|da|dio) (?:un |una )?(?:toque|descarga|choque)\b",
            r"\belectrocut\w*|\belectrocuta\w*",
        ],
    ),
    rule(
        "safety.emergency.life_safety",
        [
            r"\b(?:i'?m|i am|we'?re|we are|estoy|estamos) (?:\w+ ){0,2}(?:in|inside|en"
            r"|dentro del?) (?:the |an |el |un )?(?:elevator|lift|elevador"
            r"|ascensor)\b(?! (?:lobby|hall|area|bank|room)\b)(?: \S+){0,4} (?:stuck|stopped"
            r"|parado|atorado|se paro|se atoro|se trabo|won'?t move|isn'?t moving|not moving)\b"
            r"(?!.{0,40}\b(?:moved again|started again|then moved|se volvio a mover)\b)",
            r"\b(?:stuck|trapped|locked) (?:\w+ ){0,2}(?:in|inside) (?:the |an |a )?(?:elevator"
            r"|lift)",
            r"\b(?:atrapad\w*|encerrad\w*) (?:\w+ ){0,2}(?:elevador|ascensor)",
            r"\bcan't breathe\b|\bcannot breathe\b|\bno (?:puedo|puede|podemos) respirar\b",
            r"\b911\b|\bambulance\b|\bambulancia\b|\bunconscious\b|\binconsciente\b",
            r"\bbleeding\b|\bsangrando\b|\bpassed out\b|\bse desmayo\b",
            r"\b(?:someone|somebody|they|people|burglars?|thie(?:f|ves)) (?:\w+ ){0,3}(?:broke"
            r"|break|broken|kicked|forced|tried to break) (?:in|into)\b|\bbroken into\b",
            r"\b(?:door|window|lock)(?:'s)? (?:\w+ ){0,4}(?:kicked in|forced open|pried open"
            r"|smashed in)",
            r"\b(?:kicked|forced|pried|smashed|busted) (?:my|the|our) (?:front |back )?(?:door"
            r"|window|lock)s? (?:in|open)\b",
            r"\bbreak[- ]?in\b|\bintruder\b|\bsomeone (?:is )?(?:trying to get in|in my apartment)",
            r"\bentraron a (?:robar|mi (?:casa|departamento|apartamento))\b|\bintruso\b",
            r"\bgas (?:is )?(?:coming|leaking) out\b",
            r"\bdazed\b|\baturdid[oa]\b",
            # a car in the pool or into a building
            r"\b(?:car|truck|van|vehicle|carro|coche|camioneta)\b(?: \w+){0,3} (?:in|into|en)"
            r" (?:the |la |el )?(?:pool|alberca|piscina)\b|\b(?:crash\w*|drove|slammed|choco"
            r"|se estrello) (?:\w+ ){0,2}(?:into|contra) (?:the |el |la |our )?(?:building|lobby"
            r"|edificio|unit|apartment|gas meter|medidor de gas)\b",
            # an appliance that sounds or looks about to burst
            r"\b(?:water heater|heater|boiler|tank|tanque|calentador|caldera|furnace|pipe|tubo)\b"
            r".{0,60}\b(?:like|as if|como si|como que)\b(?: [\w']+){0,4} (?:explode|blow up|burst"
            r"|explotar|reventar)\b",
            r"\b(?:screaming|yelling|shouting|screams|screamed|yells|yelled|shouts|shouted)"
            r" (?:out )?(?:for )?help\b|\b(?:gritando|grita|gritos) (?:por |de )?(?:ayuda"
            r"|auxilio)\b|\bpidiendo (?:por |de )?auxilio\b",
            r"\bcut (?:his|her|my|their|a) (?:\w+ )?(?:hand|foot|arm|leg|finger|head|face)"
            r" (?:\w+ )?(?:badly|bad|deep|open|wide open)\b|\b(?:deep|bad) cut (?:on|in) (?:his|her"
            r"|my|their|your)\b|\bcut (?:him|her|my|them)sel(?:f|ves) (?:\w+ )?(?:badly|bad|deep"
            r"|open)\b|\bbadly cut (?:his|her|my|their)\b|\bse corto (?:la |el )?(?:mano|dedo|pie"
            r"|brazo|pierna|cabeza|cara) (?:\w+ )?(?:feo|profundo|mucho)\b"
            r"|\bcortada (?:\w+ )?profunda\b",
            r"\bsliced (?:his|her|my|their) \w+ open\b|\b(?:deep|bad|big) gash\b|\bgash (?:on|in)"
            r" (?:his|her|my|their)\b",
            r"\b(?:kid|child|boy|girl|man|woman|person|someone|somebody|toddler|son|daughter|guy"
            r"|lady|he|she|baby|bebe|hij[oa]|nin[oa]|senor|senora|alguien)\b(?:(?! (?:said|says"
            r"|told|tells|thinks|dijo|dice|que)\b) \w+){0,10} (?:about to fall"
            r"|a punto de caer\w*)\b",
            r"\b(?:someone|somebody|a guy|a man|alguien|un tipo)\b (?:\w+ ){0,2}(?:(?:trying|tried"
            r"|pulling|jiggling) (?:to open |opening )?(?:all |the |our "
            r"|my )?(?:\w+ )?(?:door handles"
            r"|car doors|doors|doorknobs?|handles)|(?:intentando|tratando de) abrir (?:\w+ ){0,2}"
            r"(?:puertas|manijas|carros|coches))\b",
            # elevator doors open on an empty shaft
            r"\b(?:empty|open) (?:elevator )?shaft\b|\bhueco del (?:elevador|ascensor)\b"
            r"|\b(?:doors?|puertas?) (?:\w+ ){0,3}(?:opened|open|abrio|abrieron) (?:\w+ ){0,5}"
            r"(?:no elevator|no car|no habia elevador|sin elevador)\b",
        ],
    ),
    rule(
        "safety.emergency.person_at_risk",
        [
            r"\b(?:elevator|elevatr|lift)\b (?:\w+ ){0,4}(?:stuck|stopped|stalled"
            r"|stuk)\b(?: \S+){0,10}"
            # "with the doors shut, nobody's inside" says no one is trapped
            rf" {_NOBODY}(?<!nobodys )"
            r"(?:inside|in it|in there|with (?:my|a|an|the(?! doors?\b)|her|him|someone|people))",
            r"\bbetween (?:floors|flors|\d+(?:st|nd|rd|th)? and \d+(?:st|nd|rd"
            rf"|th)?)\b(?={AHEAD}\b{_NOBODY}(?:stuck|elevator|inside|trapped))",
            r"\b(?:elevador|ascensor)\b (?:\w+ ){0,3}(?:se paro|se atoro|se trabo|atorado|parado"
            r"|se quedo)",
            r"\b(?:atorad\w*|atrapad\w*|encerrad\w*) (?:\w+ ){0,3}(?:elevador|ascensor)",
            r"\b(?:man|woman|lady|guy|person|someone|somebody|neighbou?r|resident|kid|child|mom"
            r"|mother|dad|father|grandm\w*|grandp\w*|grandfather|husband|wife|son|daughter|baby"
            r"|roommate|abuel\w*|mama|papa|esposo|esposa|hij[oa]|bebe|he|she|senor|senora|persona"
            r"|alguien|vecin\w*|nino|nina|muchach[oa]|chic[oa]|joven|hombre|mujer|senorita|boy"
            r"|girl|teen\w*) (?:\w+ ){0,3}(?:fell(?! asleep)|collapsed|fainted|passed out|is lying"
            r"|lying"
            rf"|isn't moving|not moving|{_CANT_GET_UP}|unresponsive|not breathing|se cayo y"
            r"|se desmayo|(?<!colchon )(?<!sillon )(?<!mueble )(?<!basura )tirad[oa]|no se mueve"
            r"|can't lift|fell off|fall off|falling off"
            r"|fell from|fall from|not getting up|isn't getting up|no se levanta|se cayo (?:del"
            r"|de la|desde)|cant lift|hit (?:his|her|their) head|se pego en la cabeza"
            r"|no se puede levantar|no respira)",
            # blue lips: not breathing enough
            r"\b(?:labios|lips) (?:\w+ ){0,2}(?:morad[oa]s|azul(?:es|ados)?|blue|purple)\b"
            # a popsicle stains lips; pool water turns blue
            r"(?! from (?:the |a )?(?:popsicle|paleta|candy|dulce|juice|jugo|slushie|raspado))"
            r"|\b(?:blue|purple) lips\b|(?<!water is )(?<!water )(?<!pool is )\bturning blue\b"
            r"|\bse (?:esta )?poniendo morad[oa]\b",
            rf"\b(?:no se mueve|no se puede levantar|{_CANT_GET_UP}|isn't moving"
            r"|not moving|unresponsive|not breathing|no respira|se desmayo)\b",
            # a door that slams "like a gunshot" is a loud door, not a shot
            r"\b(?:gun|guns|knife|weapon|shooting|shots fired|(?<!slams like a )(?<!bangs like a )"
            r"(?<!slammed like a )(?<!slamming like a )(?<!shuts like a )gunshots?|stabb\w*"
            r"|pistola|arma|cuchillo|balazos|disparos|shot at|bullets?|bullet holes?|balazo"
            r"|dispararon|balearon)\b",
            r"\b(?:baby|babies|bebe|infant|toddler|child|kid|\d ?(?:yr|year)s? old|nino|nina"
            r"|elderly"
            r"|anciano|anciana|grandm\w*|grandpa|grandf\w*|abuel\w*|dad|mom|papa|mama)\b"
            r"(?: \w+){0,5} (?:inside|alone|adentro|dentro|solo|sola|encerrad\w*)\b",
            r"\b(?:police|cops|policia)\b (?:\w+ ){0,3}(?:on the way|coming|here|called|en camino)",
            r"\b(?:pry|pried|jimmied|forced|busted|kicked) (?:\w+ ){0,2}(?:open"
            rf"|in)\b(?={AHEAD}\b(?:door|lock|window|someone|somebody))",
            r"\b(?:forzaron|forzad[oa]|patearon|se metio|se metieron|se robaron|robaron|nos robaron"
            r"|stole|stolen|robbed|robbery)\b",
        ],
        requires=[],
    ),
    # A neighbour unseen for days or not answering, with a smell or mail piling up at the door:
    # a welfare check (not a neighbour who ignores a noise complaint, nor the weed next door).
    rule(
        "safety.emergency.welfare_check",
        [
            rf"{_UNSEEN}(?={AHEAD}\b{_WELFARE_CUE}\b)",
            rf"\b{_WELFARE_CUE}\b(?={AHEAD}{_UNSEEN})",
            rf"{_NO_ANSWER}(?={AHEAD}\b{_WELFARE_SIGN}\b)",
            rf"\b{_WELFARE_SIGN}\b(?={AHEAD}{_NO_ANSWER})",
        ],
        guards=[
            r"\b(?:weed|marijuana|pot|mota|cigarett\w*|cigarro\w*|trash|garbage|basura|noise|ruido"
            r"|music|musica|party|fiesta|loud|volume|volumen|blasting|dog|perro|cat|gato|package"
            r"|paquete|maintenance"
            r"|mantenimiento|tech|techs|technician|tecnico|plumber|plomero|contractor|office"
            r"|oficina"
            r"|manager|gerente|work order|request|ticket|orden|solicitud|lease|renewal|leasing)\b"
        ],
    ),
    rule(
        "safety.emergency.no_essential_service",
        [
            r"\bno (?:heat|heating)\b.{0,60}(?:freezing|below zero|baby|infant|newborn|elderly"
            r"|degrees|cold)",
            r"\b(?:freezing|below zero) (?:\w+ ){0,6}no (?:heat|heating)\b",
            r"\b(?:heat|heater|heating|furnace|calefaccion|calentador)\b (?:\w+ ){0,3}(?:is "
            r"|esta )?"
            r"(?:out|off|not working|broken|went out|stopped|no prende|no funciona|no sirve)\b"
            rf"(?={AHEAD}\b(?:elderly|baby|bebe|infant|newborn|\d\d years old|\d\d yr|grandm\w*"
            r"|abuel\w*|freezing|degrees|helando|congelando|oxygen))",
            rf"\bno (?:tenemos|hay|tengo) (?:calefaccion|calor)\b(?={AHEAD}\b(?:frio|bebe|helando"
            r"|congelando|abuel\w*|anciano))",
            r"\bno (?:power|electricity) (?:\w+ ){0,5}(?:oxygen|medical equipment|cpap|dialysis)",
            r"\bsin (?:calefaccion|calor) (?:\w+ ){0,6}(?:congelando|bebe|helando|bajo cero)",
            r"\b(?:oxygen|oxigeno|cpap|dialysis|dialisis)\b (?:\w+ ){0,6}(?:no power|power out"
            r"|sin luz"
            r"|sin electricidad)",
            rf"\b{_POWER_CUT}\b(?={AHEAD}\b{_LIFE_MACHINE}\b)",
            rf"\b{_LIFE_MACHINE}\b(?={AHEAD}\b{_POWER_CUT}\b)",
        ],
        guards=[_NOT_URGENT],
    ),
    rule(
        "safety.emergency.sparks_or_burning",
        [
            r"\bspark(?:s|ing|ed)?\b|\bchispea\w*|\bchisporrote\w*|\bchispitas?\b",
            rf"\b(?:burning|burnt|burned|quemado) {_SMELL}",
            rf"{_SMELL}\w* (?:\w+ ){{0,3}}(?:burning|burnt|burned|smoke|melting|plastic burning)",
            r"\b(?:huele|olor|oler) (?:\w+ ){0,2}a (?:\w+ )?quemad\w*",
            rf"\b{_ELECTRIC}\b(?: \S+){{0,6}} (?:is |esta |se )?(?:so |super |muy )?(?:warm|hot"
            rf"|calientisim\w*|calento|calentando)\b(?={AHEAD}\b(?:touch|tocar|burn\w*|quem\w*"
            r"|melt\w*|derrit\w*|smell\w*|huele|light is on|when|cuando))",
            rf"\b(?:crackl\w*|popping|pops|sizzl\w*|tronidos?|chasquid\w*) (?:\w+ ){{0,4}}(?:from"
            rf"|in|behind|inside|de|del|en) (?:the |my |el |la )?{_ELECTRIC}",
            r"\b(?:burn(?:ed|t)?|scorch\w*|melt\w*|quemo|derriti\w*) (?:\w+ ){0,2}(?:the |my |la "
            r"|el )?(?:carpet|rug|floor|wall|alfombra|tapete|piso|pared)\b",
            rf"\b{_ELECTRIC}\b(?: \S+){{0,6}} (?:is |are |esta |feels? )?(?:\w+ )?(?:hot|caliente"
            r"|calienta|crackl\w*|tronando|truena|tronidos?|chasquid\w*|popping|glow\w*|brown"
            r"|black|scorch\w*|chamusc\w*"
            r"|ennegrec\w*|humea\w*)\b",
            r"\b(?:orange|red) glow\b|\bburn marks?\b|\bmarcas? de quemad\w*",
            # an outlet named, where it is, then popping: "the outlet behind the couch in the
            # living room is popping"
            rf"\b{_ELECTRIC}\b(?: \S+){{0,10}} (?:is |are |esta |keeps |sigue )?(?:popping"
            r"|crackl\w*|sizzl\w*|tronando|truena)\b",
            # smoke out of an outlet, diminutive included ("humito negro del contacto")
            rf"\b(?:humo|humito|smoke)\b(?: \w+){{0,2}} (?:out of|from|del?|por (?:el|la))"
            rf" (?:the |el |la )?{_ELECTRIC}\b",
            # black marks on an outlet or a switch: it has arced or burnt
            rf"\b{_ELECTRIC}\b(?=.{{0,60}}\b(?:black (?:marks?|spots?|soot)|marcas? negras"
            r"|manchas? negras|ennegrecid\w*)\b(?! (?:on|en) (?:the |my |el |la )?(?:carpet|rug"
            r"|floor|wall|alfombra|tapete|piso|pared)))",
            # a wall warm to the touch with a buzz or lights dimming: wiring overheating inside
            # (not a wall heater, nor a wall warm from the sun, the oven or a pipe)
            r"\b(?:wall|pared)\b(?! (?:heater|unit|a/c|oven|thermostat|fan|mount\w*))(?: \w+){0,4}"
            r" (?:hot|warm|caliente|calientita|tibia)\b(?![^.;]{0,60}\b(?:sun|sol|cook\w*|cocin\w*"
            r"|oven|horno|stove|estufa|fridge|refri\w*|dryer|secadora|radiator|radiador|pipe|tubo"
            r"|shower|regadera|fireplace|chimenea|heater|calentador"
            r"|heating)\b)(?=.{0,120}\b(?:(?:buzz"
            r"\w*|zumbido|zumba\w*|humming|crackl\w*|sizzl\w*|popping|spark\w*"
            r"|chispa\w*)(?! (?:noise "
            r"|sound )?from the (?:fridge|dryer|fan|radiator))|(?:lights?|luces|focos?|bulbs?"
            r"|lamps?)\b(?: \w+){0,3} (?:flicker\w*|dimm?\w*|parpade\w*|bajan y suben"
            r"|suben y bajan))\b)",
            r"\b(?:buzz\w*|humming|crackl\w*|zumbido) (?:\w+ ){0,3}(?:in|inside|behind|dentro de"
            r"|en) (?:the |la )?(?:wall|pared)\b(?=.{0,80}\b(?:hot|warm|caliente|tibia)\b)",
            rf"\b(?:{_WATER}|leak|leaking|dripping|gotera|goteando)\b(?! (?:heater|softener|bill"
            r"|meter|filter|bottle|cooler|dispenser|tank|pressure|fountain"
            r"|line)\b) (?:\w+ ){0,6}(?:into|in|on|onto|inside|behind|above|over|around|near"
            r"|reaching|toward|towards|en|dentro del?|sobre|encima del?|arriba del?|cerca del?"
            r"|alrededor del?|junto al?|hacia|hasta) (?:the |my |el |la |los )?(?:electrical "
            rf"|electric |wall )?{_ELECTRIC}\b(?! (?:of|de|del|in|en) (?:the |la |el )?(?:blinds?"
            r"|persianas?|cortinas?|plafon|ceiling|tub|bathtub|tina|sink|drain)\b)",
            # an outlet or panel that got wet
            r"\b(?:mojo|mojaron|se mojo|se mojaron|got wet|soaked) (?:\w+ ){0,2}(?:the |el |la "
            rf"|los |las )?{_ELECTRIC}\b|\b{_ELECTRIC}\b(?: \w+){{0,4}} (?:is |are |got |gets "
            r"|esta |estan |se )(?:\w+ )?(?:mojad[oa]s?|mojo|wet|soaked)\b",
            # an outlet discoloured around its holes; the wall around it warm
            r"\b(?:brown|black|discolou?red|scorch\w*|charred|melted|burn\w*|negr[oa]s?|caf[ea]"
            r"|quemad[oa]s?) (?:(?!mold|moho|mildew|paint|pintura)\w+ ){0,2}(?:around"
            r"|alrededor de) (?:the "
            r"|los |las )?(?:holes|prongs|slots|plug|outlet|socket|hoyitos|agujeros|entradas"
            r"|enchufe|contacto)\b",
            r"\b(?:wall|pared|plate|cover|tapa)\b (?:around|near|behind|by|alrededor del?"
            r"|cerca del?) (?:it|the (?:outlet|switch|socket|plug|panel)|el (?:enchufe|contacto"
            r"|apagador))\b (?:\w+ ){0,2}(?:is |feels |esta |se siente )?(?:warm|hot|caliente"
            r"|tibia)\b",
            # a breaker panel whose door or cover is hot
            r"\b(?:breaker|electrical|electric|fuse) (?:panel|box)\b(?=.{0,120}\b(?:door|cover"
            r"|metal|panel|box|breakers?|tapa|puerta)\b (?:\w+ ){0,2}(?:is|are|feels?|gets|esta"
            r"|se siente) (?:\w+ )?(?:hot|caliente)\b)",
            # a fixture so hot that the paint or plastic around it bubbles or melts
            r"\b(?:fixture|light|lamp|bulb|lampara|foco|outlet|switch|socket|plafon|enchufe"
            r"|contacto|apagador)\b(?: \w+){0,3} (?:is |gets |got |esta |se pone )?(?:so |too "
            r"|really |very |super |muy )?(?:hot|caliente)\b(?=.{0,60}\b(?:paint|plastic|cover"
            r"|pintura|plastico|tapa)\b(?: \w+){0,3} (?:bubbl\w*|blister\w*|melt\w*|brown\w*"
            r"|burn\w*|derrit\w*|quem\w*|ampoll\w*))",
            # heat at an outlet ("el piso se siente caliente cerca del enchufe")
            r"\b(?:hot|warm|caliente|calientit[oa]|tibi[oa])\b (?:\w+ )?(?:near|around|by|next to"
            r"|cerca del?|junto al?|alrededor del?) (?:the |el |la |los )?(?:outlet|socket|switch"
            r"|breaker\w*|enchufe|contacto|apagador|tomacorriente)s?\b",
            # hot or melting plastic on the nose
            rf"\b(?:burn\w*|melt\w*|hot) plastic\w* {_SMELL}|{_SMELL}\w* (?:\w+ ){{0,3}}(?:burn\w*"
            r"|melt\w*|hot) plastic\b",
            rf"\b{_WATER}\b (?:\w+ ){{0,4}}(?:out of|from|por) (?:the |my |el |la |los )?"
            r"(?:electrical |electric |wall )?(?:outlets?|sockets?|light switch|switch|panel"
            r"|breakers?|contactos?|enchufes?|apagador|tomacorriente\w*)\b",
            r"\bsmo(?:ke|e|k)\w* (?:is |are |r )?(?:com\w*|pour\w*|fill\w*|everywhere)\b"
            + _HARMLESS_SMOKE,
        ],
        # an igniter clicking and sparking with no smell is how a gas burner lights
        guards=[
            _RETRACT,
            r"\bjust warm\b|\bsolo tibi[oa]\b",
            # the dust on a heater's first run of the season smells burnt; it is routine
            r"\b(?:polvo|dust|dusty)\b (?:\w+ ){0,2}(?:quemad\w*|burn\w*)|\bburn\w* (?:off )?"
            r"(?:the |some )?dust\b",
            r"\b(?:burner|igniter|ignitor|pilot|hornilla|quemador|grill)s? (?:\w+ ){0,3}spark"
            r"\w* (?:\w+ ){0,3}(?:not|but|won't|no)\b",
            # "el encendedor hace chispitas pero no prende", with nothing burning
            rf"^(?!{AHEAD}\b(?:quem\w*|humo|burn\w*|smoke|(?<!no )(?:olor a|huele a) gas)\b)"
            rf"(?={AHEAD}"
            rf"\bencendedor\b){AHEAD}\bchisp\w* (?:\w+ ){{0,4}}(?:pero|but)\b",
        ],
    ),
    rule(
        "safety.emergency.water_everywhere",
        [
            # a bucket under a leak filling within minutes ("bucket fills every few minutes",
            # "la cubeta se llena cada 5 minutos")
            r"\b(?:bucket|pail|cubeta|balde|cubo|bote)s? (?:\w+ ){0,2}(?:fills|filling|fill up|full"
            r"|se llena|llena|se llenan)\b(?: \w+){0,3} (?:every|in|cada|en) (?:a |few |couple"
            r" of |pocos |\d+ )?(?:min|mins|minutes|minute|minutos|minuto)\b",
            rf"\b{_WATER} (?:is |r |are |esta )?(?:\w+ ){{0,2}}(?:com\w*|pour\w*|gush\w*|rush\w*"
            r"|spray\w*|stream\w*|shoot\w*|saliendo|cayendo|entrando|chorreando)"
            r" (?:\w+ ){0,3}(?:th?r\w*ough|thru|from|out|down|into|por|del|de la|de)"
            r" (?:\w+ ){0,3}(?:cei?l+i?n?g|cieling|celing|roof|light fixture|fixture|light|lamp"
            r"|techo|lampara|foco)\b",
            rf"\b(?:an? |one |\d+ )?(?:inch|inches|foot|feet|pulgadas?|cm) (?:deep )?(?:of |in "
            rf"|de )?"
            rf"{_WATER}\b|\bankle[- ]deep\b|\bhasta los tobillos\b",
            rf"\b{_WATER}(?:'s| is| esta)? (?:about |like |almost |como )?(?:an? |one |two |\d+ )"
            r"(?:inch|inches|foot|feet|pulgadas?) deep\b",
            rf"\b{_WATER}\b.{{0,50}}\b(?:like a|como (?:una |un )?)(?:hose|fire ?hose|faucet"
            r"|shower|waterfall|river|manguera|regadera|cascada|rio|chorro)\b",
            rf"\b(?:spreading|still rising|se esta extendiendo|sigue subiendo)\b(?={AHEAD}\bwater"
            rf"|{AHEAD}\bagua)",
            r"\bagua negra\b|\b(?:brown|black) (?:gunk|sludge)\b",
            r"\b(?:turning into|turned into|like) an? (?:pond|lake|pool|river)\b",
            r"\b(?:bathroom|kitchen|floor|room|apartment|apt|hallway|bano|cocina|cuarto|piso)\b"
            r" (?:\w+ ){0,2}(?:filling up|flooding|flooded|se esta (?:llenando|inundando)"
            r"|inundad\w*)\b",
            rf"\b{_WATER}\b (?:\w+ ){{0,2}}(?:entrando|coming in|coming|getting in|seeping)"
            r" (?:\w+ ){0,2}(?:under|debajo de|por debajo de|por) (?:the |my |la )?(?:front )?"
            r"(?:door|puerta)",
            rf"\b(?:running over|overflow\w*|desbord\w*|rebals\w*)\b(?={AHEAD}\b(?:brown|sewage"
            r"|poop|caca|negra|aguas negras)\b)",
            r"\b(?:both|all|every|multiple|todos|ambos)\b(?: \w+){0,4} back(?:ing|ed|s)? up\b"
            r"|\bback(?:ing|ed)? up (?:\w+ ){0,3}(?:brown|black|gunk|sewage)",
            r"\btecho (?:\w+ ){0,8}(?:abombad\w*|se esta abombando|se esta inflando|inflad\w*"
            r"|panzon|panza de agua|colgando|se va a caer)|\bse va a caer (?:\w+ ){0,2}techo\b",
            # a ceiling giving way: drooping, cracking, a bag of water, a fallen ceiling panel
            r"(?<!pintura del )(?<!pintura de )(?<!paint on the )"
            r"\b(?:ceiling|techo|plafon|cielo ?raso)\b(?! fan)(?: \w+){0,5} (?:droop\w*|sag\w*"
            r"|bow(?:ing|ed)|cracking (?:sound|noise)s?|making (?:\w+ )?(?:cracking|creaking)"
            r" (?:sound|noise)s?|se (?:cayo|cae|esta cayendo|va a caer)|pandead\w*|vencid\w*)\b",
            r"\bbolsa de agua\b|\bse cayo (?:\w+ ){0,3}(?:plafon|cielo ?raso)\b",
            r"\bse (?:esta cayendo|cayo|cae|vino abajo|va a caer|esta viniendo abajo) (?:todo "
            r"|parte"
            r" de |un pedazo de |un pedazo del )?(?:el |del )?(?:techo|plafon|cielo ?raso)\b",
        ],
        guards=[
            r"\bslow drip\b|\bdrip drip\b|\bnot (?:a |like a )?flood\b",
            # a tub or shower that holds the water while the resident bathes ("la tina no drena,
            # se queda el agua hasta los tobillos cuando me baño"), unless it spills over
            r"^(?!.*\b(?:overflow\w*|desbord\w*|se sale|se salio|se derrama\w*|on the floor"
            r"|al piso|everywhere|por todos lados|ceiling|techo|negra|negras|sewage|brown|cafe|caca"
            r"|poop|apartment|apt|whole|entire|todo el (?:piso|depa\w*|apartamento|cuarto|bano)"
            r"|toda la (?:casa|sala|cocina|recamara)|carpet|alfombra|hallway|pasillo"
            r"|bedroom|recamara|depa\w*|unit|downstairs|abajo)\b)(?=.*\b(?:tina|regadera|ducha"
            r"|banera|tub|shower|bathtub)\b)(?=.*\b(?:no drena|no baja|no se va|se tapo|tapad[ao]"
            r"|clogged|won'?t drain|doesn'?t drain|not draining|drains? slow\w*)\b)",
        ],
    ),
    rule(
        "safety.emergency.person_hurt_or_inside",
        [
            # a child or a dependent adult who locked the door from inside and cannot open it
            rf"\b(?:{_DEPENDENT})\b(?: \S+){{0,12}} {_LOCKED_IN}\b(?!.{{0,80}}\b(?:got it open"
            rf"|opened it|ya salio|ya (?:la |lo )?abri\w*)\b)(?=.{{0,120}}\b(?:can'?t|cannot"
            r"|won'?t|doesn'?t|does not|no (?:sabe|puede|quiere|entiende)|crying|llorando)\b)",
            # forced entry: a door pried or splintered (not by the dog), someone smashing glass,
            # someone heard inside the writer's home, belongings thrown about
            r"(?<!\bi )(?<!\bwe )(?<!husband )(?<!wife )(?<!guy )(?<!tech )\bpried\b"
            r"(?=.{0,60}\b(?:door|window|lock|frame|jamb|slider|latch"
            r"|open|gate)\b)|\b(?:door|window|lock|frame|jamb|slider|latch"
            r"|gate)\b.{0,60}(?<!\bi )(?<!\bwe )(?<!husband )(?<!wife )(?<!guy )(?<!tech )\bpried\b"
            r"|\bpry marks?\b|\b(?:marcas"
            r"|huellas) de (?:palanca|barreta)\b",
            r"\b(?:door|frame|jamb|doorframe|puerta|marco)\w*\b(?: \S+){0,6} (?:splinter\w*"
            r"|astillad\w*)\b(?!.{0,60}\b(?:dog|cat|puppy|perro|gato|scratch\w*|chew\w*|old|age"
            r"|wear|moisture|water|rot|rotting|humedad|movers?|mudanza)\b)"
            r"|\bsplinters everywhere\b",
            r"\b(?:someone|somebody|alguien|they|a guy|a man|un tipo)\b (?:\w+ ){0,2}(?:smashed"
            r"|shattered|kicked (?:in )?|threw \w+ through|rompio|quebro|rompieron|quebraron"
            r"|estrellaron) (?:\w+ ){0,2}(?:window|glass|door|slider|ventana|vidrio|puerta)\w*\b"
            r"(?!.{0,40}\b(?:mower|landscap\w*|podadora|baseball|pelota)\b)"
            r"|\b(?:someone|somebody|alguien)\b (?:\w+ ){0,2}broke (?:\w+ ){0,2}(?:window|glass"
            r"|ventana|vidrio)\w*\b",
            r"\b(?:hear|heard|hearing|oigo|escucho|oimos|escuchamos|se oye|se escucha) (?:someone"
            r"|somebody|alguien|people|a person|footsteps|pasos|gente)\b(?: \w+){0,4} (?:in"
            r"|inside|en|dentro de|adentro de) (?:my|our|mi|nuestro|nuestra) (?:apartment|unit"
            r"|place|home|house|bedroom|room|depa\w*|casa|cuarto"
            r"|recamara)\b(?!.{0,80}\b(?:through the walls?|thin|delgad\w*|upstairs|arriba"
            r"|next door|de al lado|vecin\w*|neighbou?r\w*|ceiling|techo)\b)",
            r"\b(?:my|our|mis|nuestras) (?:stuff|things|belongings|cosas"
            r"|pertenencias)\b(?: \w+){0,2} (?:thrown|tossed|scattered|dumped|gone through"
            r"|tiradas|revueltas|regadas|aventadas)\b(?! (?:out|away|in the (?:trash|dumpster"
            r"|garbage)|a la basura)\b)(?!.{0,60}\b(?:mudando|mudanza|moving|pest|movers)\b)",
            r"\bdesmay\w*|\bfaint(?:ed|ing)\b",
            # a body part broken just now is someone hurt, however it happened
            rf"\b(?:broke|broken|fractured|dislocated) (?:his|her|my|their|your|a|an) {_BODY_EN}\b"
            rf"{_NOT_NOW}",
            rf"{_NOT_FURNITURE}\b(?:a|an) (?:broken|fractured|dislocated) {_BODY_EN}\b{_NOT_NOW}",
            rf"\b(?:his|her|their|my) {_BODY_EN} (?:looks|is|seems|might be|could be)"
            rf" (?:(?!not\b|no\b|still\b)\w+ )?(?:broken|fractured|dislocated)\b{_NOT_NOW}",
            rf"\b(?:se cayo|me cai|se lastimo|se golpeo|vecin[oa]|hij[oa]|mama|papa|esposo|esposa"
            rf"|abuel[oa]|nin[oa]|senora?|creo que|parece que)\b(?: \w+){{0,6}} (?:y )?(?:tiene"
            rf"|tengo|trae)"
            rf" (?:el|la) {_BODY_ES} (?:rot[oa]|quebrad[oa]|fracturad[oa]|zafad[oa])\b{_NOT_NOW}",
            rf"\b(?:se|me) (?:rompio|rompi|fracturo|fracture|quebro|quebre|disloco|disloque|zafo)"
            rf" (?:el|la|un|una) {_BODY_ES}\b{_NOT_NOW}",
            r"\b(?:fell|slipped|tripped|me cai|se cayo|resbale|tropece|se resbalo)\b(?: \S+){0,8}"
            # "tripped on it (not hurt lol)"
            r" (?<!not )(?<!wasn't )(?<!nobody )(?<!no one )(?<!nadie )(?<!sin )"
            r"(?:hurt|injur\w*|broke (?:my|his|her|their|our|a bone|some ?thing)|lastim\w*"
            r"|golpe\w*|herid\w*|sangr\w*|fractur\w*)\b",
            r"\b(?:baby|toddler|child|kid|son|daughter|\d ?(?:yr|year)s? old|nin[oa]|bebe|hij[oa]"
            r"|nene|nena)\b(?: \w+){0,4} (?:locked (?:himself|herself|themselves|in)|se encerr\w*"
            r"|se quedo encerrad\w*|shut (?:\w+ ){0,2}door)",
            r"\b(?:locked|encerrad\w*) (?:\w+ ){0,3}(?:baby|toddler|child|kid|bebe|nin[oa])\b",
            # break-ins: a forced entry and something gone
            r"\b(?:window|door|glass|lock|frame|slider)\w* (?:\w+ ){0,4}(?:smashed|shattered"
            rf"|splinter\w*|pried|kicked in|busted)\b(?={AHEAD}\b(?:gone|missing|stolen|stole"
            r"|ransack"
            r"\w*|took|taken|somebody|someone|was in here|se llevaron|robaron|falta\w*|alguien))",
            r"\b(?:someone|somebody|alguien) (?:\w+ ){0,2}(?:broke|busted|drilled|forced|pried"
            r"|rompio|quebro|forzo|violo) (?:\w+ ){0,2}(?:lock|locks|door|window|chapa|cerradura"
            r"|puerta|ventana)\b",
            # broken to get in ("alguien la quebro anoche para meterse", "smashed it to get in")
            r"\b(?:quebr\w*|romp\w*|rot[ao]|forz\w*|broke|broken|smashed|busted|kicked|pried)\b"
            r"(?: \S+){0,4} (?:para|to) (?:meterse|meter|entrar|get in|break in)\b",
            r"\b(?:lock|locks|cerradura|chapa|deadbolt)\b (?:\w+ ){0,3}drilled\b",
            r"\b(?:someone|somebody|alguien|a guy|a man|un tipo|un hombre)\b (?:\w+ ){0,2}(?:tried"
            r"|trying|attempted|intento|intentaron|trato|trataron|quiso) (?:\w+ ){0,2}(?:to |de )?"
            rf"(?:break in|get in|force|pry|forzar|abrir|meterse|entrar)\b(?={AHEAD}\b(?:door"
            r"|lock|window|deadbolt|puerta|chapa|cerradura|ventana)\b)",
            rf"\blocked out\b(?={AHEAD}\b(?:baby|bebe|toddler|infant|newborn|child|kid|son|daughter"
            r"|nin[oa]|hij[oa])\b (?:\w+ ){0,3}(?:inside|in (?:her|his|the) (?:crib|room)"
            r"|adentro))",
            r"\b(?:baby|bebe|toddler|infant|newborn|child|kid|nin[oa])\b (?:\w+ ){0,3}(?:inside"
            r"|in (?:her|his|the) (?:crib|room)|adentro|en (?:su"
            rf"|la) cuna)\b(?={AHEAD}\b(?:locked out"
            r"|me quede afuera|quede afuera))",
            r"\blocked out\b(?: \w+){0,6} (?:with|con) (?:my|a|the|our|mi|mis|un|una)"
            r" (?:\w+ )?(?:baby|bebe|newborn|infant|toddler|recien nacid\w*)\b",
            r"\b(?:me quede|nos quedamos|quede|quedamos) (?:\w+ ){0,2}afuera (?:\w+ ){0,4}con"
            r" (?:mi|el|la|nuestro|nuestra) (?:bebe|recien nacid\w*)\b",
            # shut out, with a young child alone inside, in either order
            rf"\b{_SHUT_OUT}\b(?=.{{0,300}}\b{_CHILD_INSIDE}\b)",
            rf"\b{_CHILD_INSIDE}\b(?=.{{0,300}}\b{_SHUT_OUT}\b)",
            # shut out, with a dependent adult inside who cannot open the door
            rf"\b{_SHUT_OUT}\b(?=.{{0,300}}\b{_DEPENDENT_INSIDE}\b)",
            rf"\b{_DEPENDENT_INSIDE}\b(?=.{{0,300}}\b{_SHUT_OUT}\b)",
            # someone hurt now (not "before someone gets hurt", not last year)
            r"\b(?:someone|somebody|alguien)(?:'s| is| was| got| esta| salio)? (?:hurt|injured"
            r"|bleeding|herid[oa]|lastimad[oa])\b(?!(?: \w+){0,3} (?:last|ago|yesterday|before"
            r"|hace|ayer)\b)|\bhay (?:un |una |unos )?herid[oa]s?\b",
            r"\bransack\w*|\b(?:rompieron|quebraron|forzaron) (?:\w+ ){0,2}(?:ventana|puerta|chapa"
            r"|cerradura|vidrio)|\bse llevaron (?:\w+ ){0,2}(?:cosas|todo|tele|laptop|computadora)",
        ],
    ),
    # The summer twin of no heat: cooling out with a baby, an elder or a fever in the home.
    rule(
        "safety.emergency.no_cooling_vulnerable",
        [
            r"\b(?:ac|a/c|air conditioner|air conditioning|air|aire|aire acondicionado|minisplit"
            r"|cooling|clima)\b (?:\w+ ){0,3}(?:out|off|dead|died|quit|broke|broken|not working"
            r"|stopped|not cooling|blowing hot|no sirve|no funciona|no enfria|no prende"
            r"|se descompuso|se apago)\b",
            r"\bno (?:ac|a/c|air conditioning|aire|clima)\b",
        ],
        requires=[
            rf"\b(?:{_VULNERABLE}|heat stroke|heatstroke|golpe de calor|fainted|fainting"
            r"|(?:feels?|feeling) faint|desmay\w*|dialysis|dialisis)\b"
        ],
        guards=[_NOT_URGENT],
    ),
    rule(
        "safety.emergency.no_heat_vulnerable",
        [
            r"\b(?:no|sin|without) (?:\w+ )?(?:heat|heating|calefaccion|calefactor|calor)\b",
            r"\b(?:heat|heat's|heater|heating|furnace|boiler|calefaccion|calefactor|calentador)\b"
            r" (?:\w+ ){0,3}(?:out|off|dead|died|quit|broke|broken|not working|stopped"
            r"|hasn't worked|hasnt worked|no prende|no funciona|no sirve|se apago|se descompuso)\b",
            r"\b(?:se (?:descompuso|apago|murio|paro|fue|quito|corto)|dejo de (?:servir"
            r"|funcionar)) (?:\w+ ){0,2}(?:calefaccion|calefactor|calentador|heater|furnace"
            r"|heat)\b",
            r"\bno (?:sirve|funciona|prende|hay|tenemos|tengo) (?:\w+ ){0,2}(?:calefaccion"
            r"|calefactor|heat|heater|furnace)\b",
            r"\bradiators? (?:\w+ ){0,3}(?:ice cold|cold|freezing|not working|off|dead)\b"
            r"|\bradiador\w* (?:\w+ ){0,3}(?:frios?|helados?|no calienta\w*|no sirve\w*)\b",
        ],
        requires=[
            rf"\b(?:{_VULNERABLE}|\d\d (?:years old|yrs old|yr old|anos)|sick|enferm\w*|pneumonia"
            r"|neumonia|shivering|temblando|hypotherm\w*|hipotermia|freezing"
            r"|below zero|bajo cero|helando|congelando|congelad\w*|\d+ (?:month|mo|week|wk)s? old"
            r"|mes(?:es)? de nacid\w*|snow\w*|nevando|nieve|says [1-5]\d|(?:is |at )[1-5]\d degrees"
            r"|[1-5]\d degrees inside|toddler|surgery|cirugia|chemo|quimio)\b",
            # the weather itself, when freezing: "it's 18 out", "hace -2 afuera"
            r"\b(?:it'?s|it is) -?[0-3]?\d (?:degrees )?(?:out|outside)\b|\b-?[0-3]?\d degrees"
            r" (?:out|outside)\b|\b(?:hace|estamos a) -?\d (?:grados )?(?:afuera|grados)\b",
        ],
        guards=[_NOT_URGENT],
    ),
)
