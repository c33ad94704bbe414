"""Judgment triggers, in English and Spanish: fair housing, legal risk, accommodation,
and messages with no content at all (money and complaint rules have their own modules)."""

from __future__ import annotations

import re

from frontdesk.intake.safety_rule import AHEAD, SafetyRule, rule

# A group of residents named by a protected trait, in Spanish word order ("familias
# musulmanas") or in English order in either language ("muslim families", "latinos vecinos").
_GROUP_ES = r"(?:familias|inquilinos|residentes|vecinos|personas)"
_TRAIT_ES = (
    r"(?:musulman\w*|negr[oa]s|hispan\w*|latin[oa]s|mexican[oa]s|inmigrantes|judi[oa]s"
    r"|asiatic[oa]s)"
)

# Where the resident lives: names the home, not what the message is about
_HOME = r"apartment|apt|unit|building|depa\w*|apartamento|edificio"
# a utility, and the office cutting one off (round 18b: "shut off ... until i pay")
_UTILITY = r"(?:water|power|electric\w*|lights|heat|gas|luz|agua|calefaccion)"
_CUT_OFF = r"(?:shut off|turned off|cut off|disconnected|cortaron|apagaron)"
# A word about the rent, a repair, the building's services or the office: a message naming one
# is routable
_TOPIC = (
    r"\b(?:office|leas\w*|rent|pay\w*|fee|charge|bill|key"
    r"|fob|gate|door|window|leak\w*|sink|toilet|shower|tub|faucet|water|heat\w*|ac|a/c"
    r"|air|fridge|stove|oven|light|power|outlet|smell\w*|smoke|gas|fire|mold|bugs?"
    r"|roach\w*|mice|maintenance|repair\w*|broken|broke|work\w*|park\w*|package"
    r"|noise|neighbou?r\w*|oficina|renta|pag\w*|cargo"
    r"|cobr\w*|llave|puerta|ventana|fuga|gotea\w*|agua|lavabo|fregadero|inodoro|bano"
    r"|regadera|calefaccion|luz|estufa|refri\w*|olor|huele|humo|moho|cucaracha\w*"
    r"|mantenimiento|repar\w*|roto|rota|descompuest\w*|funciona|estacionamiento"
    r"|paquete|ruido|vecin\w*|piso|sala|cocina|cuarto|techo|pared|wall|floor|ceiling"
    r"|kitchen|bathroom|bedroom|room|elevator|elevador|internet|wifi|mail|correo|trash"
    r"|basura|lavadora|washer|dryer|secadora|pool|alberca|piscina|drain|lock\w*|notice"
    r"|aviso|guest|visita|tow\w*|grua|abren|open|hours|horario|tecnico|technician"
    r"|clubhouse|gym|amenit\w*|management|manager|staff)\b"
)
_ROUTABLE = rf"\b(?:{_HOME})\b|{_TOPIC}"

# The housing authority as a voucher tenant's payer ("the housing authority portion", "does the
# housing authority pay you directly", "the housing authority said you'd schedule it", "paid by
# the housing authority"), not as somewhere the resident takes a complaint
_AS_PAYER = (
    r"(?! (?:portion|pays?|paid|said you'?d|will (?:send|pay)|sends?|check|share|payment"
    r"|paperwork|renewal)\b)"
)

# A visitor who uses a wheelchair, asked about in a question ("which door has the ramp? having
# guests saturday and one uses a wheelchair"): a question about the building, not a need of the
# resident's own (anchored at the start, so it runs once)
_VISITOR_ACCESS = (
    r"^(?=.{0,500}\?)(?=.{0,500}\b(?:guests?|visitors?|visiting|is coming (?:for|to visit|over)"
    r"|coming for (?:thanksgiving|christmas|the holidays|a visit)|de visita|viene a visitar\w*)\b)"
    r"(?!.{0,500}\b(?:i use|i'm|i am|i have|my own|uso|yo uso|soy|tengo)\b)"
)

# Messages with no topic at all ("hello??", "call me", "is this the right number") cannot be
# routed by anyone but a person.
_CONTENT_FREE_WORDS = (
    r"hi|hello|helo|hey|hola|ola|ok|okay|k|yes|yeah|no|si|yo|what|who|whats|que|quien|help"
    r"|ayuda|anyone|anybody|there|is|this|the|right|number|wrong|call|me|someone|somebody"
    r"|back|alo|bueno|buenas|buenos|dias|tardes|noches|y|entonces|so|about|that|thing|hmm"
    r"|huh|please|por|favor|you|can|i|have|a|question|need|with|something|talk|to|speak"
    r"|hablar|con|alguien|necesito|tengo|una|pregunta|llamenme|llamame|marcar|pueden|puede"
    r"|es|aqui|la|el|numero|correcto|habla|office|oficina|sorry|chat|are|u|urgent"
    r"|urgente|asap|hurry|when|cuando|get|chance|puedas|puedan|at|or|o|real|person|persona|ocupo"
    r"|sure"
    r"|thats|that's|fine|same|as|before|after|despues|de|las|lo|mismo|otra|vez|tomorrow|manana"
    r"|today|hoy|now|ahora|kitchen|cocina|bathroom|bano|maintenance|mantenimiento|ring|give"
    r"|and|cool|happening|happened|again|advise|yesterday|re|unit|apt|apartment|apartments"
    r"|departamento|departamentos|depa|sobre|pasando|paso|pasa|dije|dijeron|les|saben|sabe"
    r"|hablamos|marquenme|marcame|porfa|pls|plz|come|by|just|next|tell|know|explain|expliquen"
    r"|explicar|pocket|text|butt|dial|mi|my|los|it|it's|its|what's|going|on"
    r"|otro|dia|ayer|ya|test|testing|prueba|but|pero|why|administracion|admin"
    r"|equivoque|equivocado|equivocada|cambio|cambiaron|marcan|marquen|llamar|llamen|llamarme"
    r"|onda|entiendo|understand|mensaje|message|mandaron|sent|esto|este|era|yep|yup|nope|one"
    r"|things|stuff|from|few|idk|which|del|cosa|cosas|eso|theres|there's|problem|problema"
    r"|asunto|preguntita|como|hago|le|ver|puedo|un"
    r"|did|go|thru|through|supposed|do|am|like|still|got|off|old|flyer|wait|for|good|morning"
    r"|afternoon|evening|oops|meant|send|sister|brother|ignore|ignora|ignoren|lol|eh|entendi"
    r"|oigan|oye|up|was|soon|possible|an"
    # asking where the message goes, with nothing to route ("does this go to the office or")
    r"|does|para|donde|where|se|reporta|reportar|report|dueno|owner|landlord|cel|celular"
    r"|leasing|robot|bot|human|humano|automated|automatico"
    # or whose number this is ("este numero es de las oficinas o de otra compania?", "is this
    # the management company?")
    r"|oficinas|compania|companias|company|companies|management|property|propiedad|different"
    r"|diferente|texting|escribiendo|apartamento|apartamentos"
    # fragments that point at a conversation the office never saw ("ok then", "same as last
    # time", "lo que te dije ayer", "the one on the left")
    r"|then|tho|though|sounds|kk|left|mean|not|bien|esta|siempre|avisame"
    r"|avisen|last|time|hora|whoever|gets|reading|these|other|place|min|minute|earlier|talked"
    r"|waiting|letter|esquina|te|soy|recibieron|mande|hablo|perdon|regarding|quick"
    r"|corner|said|dijo|ahi|personal|algo|third|has|we|us|our"
    # a question about someone or something the office cannot see ("did they come?", "is it
    # done?", "¿ya vino él?", "how much?")
    r"|he|she|they|them|him|her|ella|ellos|ellas|vino|vinieron|vieron|viste|vio|came|coming"
    r"|done|see|saw|seen|how|much|long|cuanto|cuanta|guy|yet|already|decide|decided|guys"
    r"|following|above|told|mine|mio|ur|your|su|sus|lady|joven|oiga|digame"
    # laughter, a slip of the thumb, a reply asked for, a photo sent ("jsjsjs perdon se me fue",
    # "its urgent please respond", "mande la foto ayer la vieron?")
    r"|ja(?:ja)+\w*|js(?:js)+\w*|je(?:je)+\w*|ha(?:ha)+\w*|manches|fue|respond|reply|responda\w*"
    r"|contesten|contesta|be|it'd|would|will|gonna|worse|platicamos|quedamos|quedo|tarde|foto"
    r"|fotos|photo|photos|pic|pics|picture|pictures"
    # a form, a paper or an attachment the office cannot place ("wait which form", "the paper one
    # or the online one?", "see attached pls", "la forma q deje el lunes")
    r"|form|forms|forma|formas|formulario|paper|papel|online|attached|adjunto|email|correo"
    r"|drop|dejo|deje|myself|part|parte|answer|exactly|luego|nada|todavia"
    # a choice between things the office never saw, or a step it never asked for ("both I
    # guess", "el de arriba o el de abajo?", "didn't work again", "lo puedo hacer yo?")
    r"|both|neither|ninguno|ninguna|dos|guess|honestly|also|top|bottom|arriba|abajo"
    r"|primero|primera|cual|cuales|mero|porq|porque|heard|contesto|pregunte|regresa|muchacho"
    r"|antes|rato|hace|hice|hacer|ves|work|didn't|didnt|doesn't|doesnt|funciona|sirve|put"
    r"|sigo|esperando|bring|traigo|llevo|significa|disculpe|disculpa|excuse"
    # who writes, from where, when there is a minute ("le escribe la del edificio de atras,
    # cuando tenga un minutito")
    r"|escribe|escribo|edificio|building|atras|minutito|minuto|tenga|tengas|tienes"
    # looking for the office ("did i text the right place? looking for the apartment people")
    r"|looking|buscando|busco|people|gente|welp|ah|oh|kinda|todo"
    # a pointer with nothing to point at: "el de ayer en la tarde", "esa no, la de al lado",
    # "yes that one, the second one", "any news on that" ("any news?" alone and "any news on my
    # ticket" are status questions the record answers)
    r"|en|second|first|think|talking|al|lado|esa|ese|sigue|igual|pie|pidieron|hay|alguna"
    r"|llego|llegaron|envie|enviaron|envio|everything"
    # something that happened again, who came ("anoche volvio a pasar, como a las 11", "it's
    # doing it again today", "quien era el senor que vino hoy", "last month's thing"); "after 3
    # works" and "next week is fine" answer a question the workflow asks, so they are not here
    r"|anoche|volvio|pasar|doing|noche|night|senor|senora|wondering|wonder|if|hold|sry|month|months"
    r"|mes|dinero|money"
    r"|(?:kid|baby|son|daughter|hija|hijo|nino|bebe) (?:grabbed|got|took|agarro) (?:my|mi)"
    r" (?:phone|cel|celular|telefono)"
    r"|any (?:news|updates?|word) (?:on|about|with|regarding)(?= (?:that|this|it|the thing)\b)"
    r"|(?:novedad|novedades|noticia|noticias) (?:con|de|sobre)(?= (?:eso|esto|lo de|lo que)\b)"
)

# One filler word, a consonant-only "word" ("jjjj", the "s" of "what's"), or anything else
_FILLER = r"(?:[\W\d_]|\b(?:" + _CONTENT_FREE_WORDS + r")\b|\b[b-df-hj-np-tv-xz]+\b)"

# A resident checking what a rule is, not reporting it ("kids under 10 aren't allowed in the hot
# tub, right?", "the studio is not for families? just asking")
_CHECKING_A_RULE = r"\b(?:right|verdad|correct|cierto)\s*\?|\b(?:just asking|just checking)\b"

# Days and times of day (the clue of a bare availability answer), and the words around them
_WHEN_WORDS = (
    r"mon|monday|mondays|tue|tues|tuesday|tuesdays|wed|weds|wednesday|wednesdays|thu|thur|thurs"
    r"|thursday|thursdays|fri|friday|fridays|sat|saturday|saturdays|sun|sunday|sundays|weekday"
    r"|weekdays|weekend|weekends|morning|mornings|afternoon|afternoons|evening|evenings|noon"
    r"|midday|lunch|lunchtime|am|pm|tonight|tmrw|tmr|tomorrow|anytime|week"
    r"|(?:after|before|until|till|between|around|at|by|despues de|antes de|hasta|a) (?:las? )?\d"
    r"|\d{1,2}(?::\d\d|am|pm|ish)|lunes|martes|miercoles|jueves|viernes|sabado|sabados"
    r"|domingo|domingos|semana|finde|mediodia|temprano|tardes|mananas|manana"
)
_WHEN_FILLER = (
    # (the words of _CONTENT_FREE_WORDS count already: "ok", "for", "then", "before", ...)
    r"works?|better|best|perfect|great|either|maybe|prob|probably|free|home|available|around"
    r"|between|until|till|only|any|early|ish|o'clock|oclock|whenever|entre|hasta|desde|nomas"
    r"|solo|cualquier|queda|estoy|mejor|yea|sometime|gusten|quieran|most|day|days|all"
    r"|toda|fines|helps|usually|normally|normalmente|casi"
)

# A visit asked for at a named unit ("send maintenance to 311", "need someone in 207 asap",
# "necesito mantenimiento en el 508"): a request, however few its words
_VISIT_AT_UNIT = (
    r"\b(?:maintenance|mantenimiento|someone|somebody|alguien)\b.{0,40}\b(?:to|by|in|at|unit"
    r"|apartment|al|en|del)(?: el)? #?\d{1,4}[a-z]?\b"
)

JUDGMENT_RULES: tuple[SafetyRule, ...] = (
    # ---- fair housing ----------------------------------------------------------------------
    rule(
        "safety.fair_housing.discrimination",
        [
            r"\bdiscrimin\w*",
            r"\bfair housing\b|\bhud\b|\bvivienda justa\b",
            r"\bracis\w*|\bracial\w*|\bprejudic\w*|\bbigot\w*",
            # the difference named by race ("she's not Black and I am"), a group refused
            # ("no le rentan a madres solteras"), families pushed out ("going adults only")
            r"\b(?:she's|he's|they're|she is|he is|they are) not (?:black|white|hispanic|latino"
            r"|latina|asian|mexican|muslim|jewish|arab|indian|an immigrant)\b,? (?:and|but)"
            r" (?:i am|i'm|we are|we're)\b",
            r"\bno (?:le |les |nos )?rentan a (?:madres solteras|mujeres solas|familias con"
            r"|gente con|personas con|inmigrantes)|\b(?:don't|do not|won't|will not) rent to"
            r" (?:single moms|single mothers|families with|immigrants|people with)\b",
            r"\b(?:building|complex|community|property|edificio|complejo)\b.{0,30}\b(?:adults only"
            r"|adult only|solo (?:para )?adultos|sin ninos)\b",
            r"\bbecause (?:i'm|i am|we're|we are|she's|he's|they're|of my|of our|of his|of her"
            r"|of their|i have|we have|i'm a) (?:\w+ ){0,2}(?:black|white|hispanic|latino|latina"
            r"|mexican|asian|muslim|jewish|christian|gay|lesbian|trans|transgender|immigrant"
            r"|foreign|pregnant|single mom|single mother|kids|children|a family|accent"
            r"|race|religion|color|skin|national origin|ethnicity|sexual|gender|age"
            r"|old|baby|familial|hijab|turban|voucher|section 8)\b",
            r"\b(?:treat\w*|charg\w*|denied|refus\w*) (?:\w+ ){0,4}differently\b",
            r"\b(?:no|don't|dont|won't|will not|refuse to|refused to) (?:rent|want|lease|allow)"
            r" (?:\w+ ){0,3}(?:families|kids|children|people like"
            r"|immigrants|foreigners)",
            r"\bpeople like (?:us|me)\b|\bmy kind\b|\bour kind\b|\bthose people\b",
            r"\bpor (?:ser|mi|nuestra|nuestro|su|tener) (?:\w+ ){0,1}(?:latin\w*|hispan\w*"
            r"|mexican\w*"
            r"|negr\w*|moren\w*|inmigrante\w*|extranjer\w*|mujer|raza|religion|acento|origen"
            r"|color|hijos|ninos|bebe|embarazada|nacionalidad)",
            r"\b(?:es|sera) (?:porque|porq|xq|por que) (?:soy|somos|es|son) (?:\w+ )?(?:latin\w*"
            r"|hispan\w*|mexican\w*|negr\w*|mujer|inmigrante\w*|musulman\w*|extranjer\w*)",
            r"\bspeak english\b|\bhabl(?:ara|e|ar) ingles\b|\bno aceptan (?:\w+ )?(?:familias|ninos"
            r"|hijos|section 8|seccion 8)|\b(?:with|w/|con) (?:kids|children|ninos|hijos) should\b"
            r"|\bwithout (?:kids|children)\b|\bsin (?:ninos|hijos)\b|\btoo many kids\b",
            r"\btrat\w* (?:\w+ ){0,3}(?:diferente|distinto)\b",
            r"\b(?:immigration status|estatus migratorio|green card)\b",
            # a group named by a protected trait, then how it is served: "the Muslim families
            # in building D always get repairs last"
            rf"(?:\b{_GROUP_ES} (?:{_TRAIT_ES}|de color)"
            r"|\b(?:muslim|black|hispanic|latin[oa]|mexican|asian|jewish|immigrant"
            rf"|spanish[- ]speaking|section 8|{_TRAIT_ES}) (?:families|residents|tenants|people"
            rf"|neighbou?rs|units|{_GROUP_ES}))\b(?: \w+){{0,8}} (?:last|first"
            r"|faster|slower|better|worse|less|more|different\w*|ignored|priority|primero|ultimo"
            r"|al final|mas rapido|mas lento|menos|mejor|peor|diferente)\b",
            # another country, and so a bigger charge: "como es de otro pais tiene que pagar extra"
            r"\b(?:como|porque|por que|because|since|as) (?:\w+ ){0,3}(?:de otro pais|extranjer\w*"
            r"|foreign\w*|inmigrante|immigrant|not (?:a )?(?:us )?citizen|no es ciudadan\w*"
            r"|from another country)\b(?=.{0,120}\b(?:extra|more|mas|double|doble|additional"
            r"|adicional|higher|mayor)\b)",
        ],
    ),
    rule(
        "safety.fair_housing.different_treatment",
        [
            r"\b(?:only|just|solo|nomas|solamente|a todos|menos a nosotros|los demas|los otros"
            r"|las otras|other (?:families|residents|tenants|kids|neighbou?rs|people)|but not"
            r"|pero no|pero a mi|y a mi|no (?:nos )?dejan|won't let|wont let|don't let|denied"
            r"|don't rent|dont rent|won't rent|wont rent|no rentan|never comes? for|nunca viene"
            r"|got a tour|looked at my|calling me|keep calling"
            r"|deny|rechaz\w*|should look|better for|is that (?:allowed|legal|fair)|es legal"
            r"|eso es legal|keep (?:making|asking)|comments about)\b",
        ],
        requires=[
            r"\b(?:famil\w*|failies) (?:w/|with|con) (?:kids|children|ninos|hijos)|\b(?:my|mis"
            r"|our|nuestros) (?:kids|children|hijos|ninos)\b|\bhispan\w*|\blatin[oa]s?\b"
            r"|\bspanish[- ]speaking\b|\bmexican\w*|\bwh?i+te\b|\basian\b"
            # black mould and black spots are not people
            r"|\bblack\b(?! (?:mold|mould|spots?|stuff|residue|gunk|dust|marks?|streaks?|specks?"
            r"|film|soot|smoke|water|sludge))"
            r"|\bmuslim\b|\bhijab\b|\bburkini\b|\bturban\b|\bprayer\b|\bchristian\b"
            r"|\bjewish\b|\bwoman\b|\bwomen\b|\bmujer\b|(?<!a )\bsweetheart\b|\bgay\b"
            r"|\blesbian\b|\btrans\w*gender\b|\bsection 8\b|\bseccion 8\b|\bvoucher\b"
            r"|\bamerican[oa]s?\b|\bimmigra\w*|\binmigra\w*|\bbig family\b|\bfamilia grande\b"
            r"|\bcouples\b|\bparejas\b|\bpregnant\b|\bembarazada\b"
            # "esta negro de sucio", "moho negro": a colour, not people
            r"|(?<!esta )(?<!estan )(?<!moho )(?<!manchas )\bnegr[oa]s?\b(?! de (?:sucio|sucia"
            r"|mugre|humo|grasa))"
            r"|\bmorenos?\b|\bmusulman\w*|\bgringos?\b"
            # brown water and brown stains are not people
            r"|\b(?:brown|dark[- ]skinned) (?:kids|people|famil\w*|children|residents|tenants"
            r"|neighbou?rs|folks|men|guys)\b",
        ],
        # asking whether the gym keeps a women-only hour is a schedule question
        guards=[
            r"\b(?:is there|are there|does|do|hay)\b[^.!?]{0,40}\b(?:women|ladies|men|mujeres"
            r"|hombres)[- ]only\b"
        ],
        negatable=False,
    ),
    rule(
        # a protected trait, then something changed or was denied: "when I mentioned I'm
        # pregnant the unit wasn't available", "asked what church I go to", "moms can't"
        "safety.fair_housing.trait_then_treatment",
        [
            r"\b(?:suddenly|de repente|all of a sudden|no longer available|(?:wasn't|isn't|was not"
            r"|not) available|ya no (?:estaba|habia|hay|tenian)|already (?:rented|taken|spoken"
            r" for)|ya se habia rentado|ya estaba apartado|changed (?:their|his|her) (?:mind"
            r"|tune)|not a good fit|more comfortable (?:somewhere|elsewhere)|buscara en otro lado"
            r"|somewhere else|otro lado|steered|only one|el unico|la unica|a nadie mas"
            r"|nobody else|everyone else|los demas|the others)\b",
            r"\b(?:after|when|once|since|cuando|desde que) (?:i|we|they|she|he)?\s?(?:mentioned"
            r"|said|told|saw|found out|heard|dije|mencione|vieron|supieron|saben)\b",
            r"\b(?:asked|ask\w*|pregunt\w*) (?:\w+ ){0,4}(?:church|religion|religious|iglesia"
            r"|where (?:i'm|i am|we're) from|de donde soy|de que pais|citizen\w*|legal|married"
            r"|casad\w*|pregnant|embarazada)\b",
            # a group, not one person ("my mother can't get out of the tub")
            r"(?<!my )(?<!our )(?<!his )(?<!her )(?<!mi )(?<!su )"
            r"\b(?:moms?|mothers?|women|woman|girls|mamas|mujer(?:es)?|dads|fathers|men|muchachas"
            r"|chicas)"
            r" (?:can't|cannot|can not|aren't allowed|not allowed|no pueden|shouldn't|alone"
            r"|solas?|no deben|don't understand|no entienden|on their own)\b"
            r"|\b(?:only|solo|solamente) (?:for )?(?:men|women|dads|fathers|moms"
            r"|mothers|hombres|mujeres|papas|mamas|adults|adultos)\b|\bpara adultos\b",
            r"\b(?:wouldn't|would not|won't|didn't|did not|refused to|no (?:nos |me )?(?:dejaron"
            r"|dejan|quisieron)) (?:\w+ ){0,2}(?:let|allow|approve|dejar|rentar|reservar)\b"
            rf"(?={AHEAD}\b(?:but|pero)\b)",
            r"\bno (?:kids|children|ninos|menores) (?:\w+ )?(?:allowed|permitted|unless"
            r"|permitidos|a menos)\b|\b(?:no more than|max(?:imum)?|only|no mas de) \d+ (?:people"
            r"|persons|occupants|personas|kids?|ninos)\b",
        ],
        requires=[
            r"\b(?:pregnan\w*|embarazad\w*|kids?|children|child|ninos?|ninas?|hij[oa]s|baby"
            r"|bebe|familias?|families|church|iglesia|religion\w*|mosque|mezquita|synagogue"
            r"|sinagoga|prayer|rezo|hijab|velo|turban|sukkah|mezuzah|yarmulke|kippah|cross|cruz"
            r"|mitzvah|hanukkah|januca|ramadan|eid|diwali|passover|pascua judia"
            r"|citizen\w*|ciudadan\w*|papeles|legal|accent|acento|apellido|foreign|extranjer\w*"
            r"|immigra\w*|inmigra\w*|country|pais|somali\w*|honduras|nigeria|mexic\w*|hispan\w*"
            r"|latin[oa]s?|black|white|negr[oa]s?|moren[oa]s?|asian|asiatic\w*|muslim"
            r"|musulman\w*|jewish|judi[oa]|woman|women|mujer\w*|muchach[oa]s|chicas|moms?"
            r"|mothers?|madre soltera"
            r"|single mom|girlfriend|boyfriend|wife|husband|esposa|esposo|pareja|gay|lesbian"
            r"|trans\w*|wheelchair|cane|baston|disabilit\w*|discapaci\w*|english|ingles|age"
            r"|edad|old|viej[oa]s?)\b"
        ],
        # "the only bathroom the kids use": a fact about the unit, not a group set apart
        guards=[
            r"\b(?:parking|package|amenity|gym|pool) (?:\w+ ){0,2}(?:only one|not available)",
            r"\b(?:el|la) unic[oa] (?:bano|sanitario|excusado|inodoro|regadera|ducha|tina"
            r"|recamara|cuarto) (?:que|q|de)\b|\bonly (?:one )?(?:bathroom|toilet|shower|tub"
            r"|bedroom)\b",
        ],
        negatable=False,
    ),
    rule(
        # a protected trait named as the reason, or a rule aimed at it: "the manager said
        # families with that many kids break everything", "aprendiera ingles si queria que me
        # atendieran", "two men sharing a one bedroom wasn't a good fit", "kids under 12 can't be
        # in the pool at all". Asking whether a mezuzah may go up is a policy question (guard).
        "safety.fair_housing.trait_named",
        [
            # familial status
            r"\b(?:so many|that many|too many|a bunch of|bunch of|demasiados|tantos|mucho)"
            r" (?:\w+ )?(?:kids|children|ninos|nino|hijos|babies)\b"
            # a crowd seen somewhere: "so many kids at the pool party, thanks"
            r"(?! (?:were|was|playing|jugando|(?:at|in|en) (?:the |la |el )?(?:pool|alberca"
            r"|piscina|party|fiesta|playground|parque|gym|gimnasio|hallway|pasillo|lobby))\b)"
            r"|\bmuchos hijos\b",
            r"\b(?:not|isn't|no es|not really)\b (?:\w+ ){0,3}(?:suitable|set up|a place|good fit"
            r"|apto|adecuad\w*)\b (?:\w+ ){0,3}(?:famil\w*|kids|children|ninos|bebes?|baby"
            r"|babies|old people|people like|personas|a woman|una mujer)(?! to play| para jugar)",
            r"\b(?:young|single) professionals\b|\bquiet adults\b|\btraditional famil\w*"
            r"|\b(?:prefer|prefieren|rather) (?:\w+ ){0,3}(?:not (?:to )?rent|no rentar\w*|single"
            r" (?:people|tenants|professionals|persons|personas|adults)|inquilinos que|tenants who"
            r"|people who)\b",
            r"\b(?:kids|children|ninos|menores|teens|teenagers|minors|hijos)\b (?:under \d+ "
            r"|de menos"
            r" de \d+ )?(?:\w+ ){0,3}(?:can't|cannot|can not|aren't allowed|not allowed|no pueden"
            r"|must be inside|have to be inside|banned|prohibid\w*|no tienen permitido)\b"
            r"(?! wait\b| esperar\b)",
            # language and national origin
            # service made to depend on English ("learn English" said as mockery alone is a
            # complaint about conduct, as is mocking an accent)
            r"\b(?:aprend\w* (?:el )?ingles|learn english)\b (?:\w+ ){0,2}(?:si|if|or|o|para|to"
            r"|before|antes)\b|(?:\bonly (?:in )?english\b|\bsolo (?:en )?ingles\b)"
            # asking for a Spanish copy: "the lease is only in english, do you have it in spanish?"
            r"(?!.{0,60}\b(?:in spanish|en espanol)\s*(?:please|por favor)?\s*\?)"
            r"|\bthis is america\b|\baqui se habla ingles\b|(?<!hijos )(?<!kids )(?<!hijas )"
            r"\b(?:que|who) (?:hablan|speak"
            r"|hablen) (?:bien )?ingles\b|\blos que hablamos espanol\b|\b(?:spoke|speak) english"
            r" better\b|\b(?:porque|because|since|as|como|sera porque) (?:i'm |we're |i am "
            r"|we are |soy |somos )?(?:\w+ )?(?:no hablo|no hablamos|don't speak|do not speak)"
            r" (?:bien )?(?:el )?(?:ingles|english)\b",
            r"(?<!mock my )(?<!mocks my )(?<!mocked my )(?<!of my )(?<!about my )"
            r"(?<!for my )(?<!about my )\b(?:accents?|acentos?)\b(?! (?:walls?|lights?|lighting"
            r"|colou?rs?|tiles?|chairs?|paint|pieces?|lamps?|trim|pillows?|rugs?)\b)",
            r"\bgo back to (?:your|where)\b|\bregres\w* a (?:su|tu) pais\b|\bwhere you came from\b"
            r"|\b(?:gente|personas) como (?:ustedes|tu|nosotros|yo)\b|\besta gente\b(?! del? \d)"
            r"|\bwhere i'm from\b(?! (?:we|you|people|rent)\b)|\bde donde soy\b"
            r"|\bpeople from (?:there|your country)\b|\binternational"
            r" tenants\b|\b(?:name|apellido) (?:\w+ )?(?:sounds |es )?(?:foreign|extranjer\w*)\b"
            r"|\b(?:mexicanos|latinos|hispanos|negros|musulmanes) (?:siempre|sucios|always)\b"
            r"|\byour kind\b|\bde piel\b|\bmiddle eastern\b|\bsomali\w*|\bindian famil\w*"
            # staff quoted calling residents outsiders: "dijo que ustedes los de afuera no pueden"
            r"|(?<!\bi )(?<!\bwe )\b(?:said|says|told|called|dijo|dice|nos dijo|llamo)\b.{0,40}"
            r"\b(?:(?:ustedes|you) (?:los|people|guys)? ?de (?:afuera|fuera|otro lado)"
            r"|los de afuera|you people|you outsiders|outsiders like you|people like you)\b"
            r"|\bwe're indian\b|\bsomos de la india\b|\barab(?:e|es)?\b"
            r"|\bnot (?:a )?(?:us )?citizen\b"
            r"|\bpapeles (?:de (?:aqui|ciudadania|residencia)|legales)\b|\b(?:no tiene"
            r"|sin) papeles\b(?! (?:adentro|dentro))",
            r"\b(?:porque|because|since) (?:soy|somos|i'm|we're|i am|we are) (?:\w+ )?(?:latin\w*"
            r"|hispan\w*|mexican\w*|negr\w*|black|muslim|musulman\w*|inmigrante\w*|immigrants?"
            r"|extranjer\w*|arab\w*|indian|somali\w*|asian|asiatic\w*|jewish|judi\w*|gay"
            r"|lesbian\w*)\b",
            # sex and partners
            r"\b(?:(?:two men|two women|dos mujeres|dos hombres)(?! (?:from|came|come|were|de"
            r" (?:mantenimiento|ustedes|la oficina)|vinieron|vino)\b)|same[- ]sex|straight couple"
            r"|gay couple"
            r"|your wife\?|that kind of (?:situation|relationship)|ese tipo de relacion\w*"
            r"|because (?:i'm|she's|i am|she is) a (?:woman|girl)|porque (?:soy|es) (?:mujer|nina)"
            r"|(?<!as a )woman living alone)\b|\b(?:because|since|por ser|porque soy|for being|told"
            r"|said"
            r"|dijeron|dijo)\b (?:\w+ ){0,4}(?:single (?:mom|mother|dad|father)s?|mamas? solas?"
            r"|madres? solteras?|mamas? solteras?|mujer sola)\b",
            # another group served better: "a los vecinos gringos les arreglan todo rapido", "my
            # friend who's white got quoted $100 less", "every unit except mine and the other
            # spanish-speaking family"
            r"\b(?:familias|inquilinos|residentes|vecin[oa]s?|personas|amig[oa]s?|companer[oa]s?)"
            r" (?:american[oa]s?|gring[oa]s?|blanc[oa]s?|guer[oa]s?)\b|\b(?:los|las|al|la)"
            r" (?:gring[oa]s?|guer[oa]s?)\b"
            r"|\b(?:white|american|english[- ]speaking|non[- ]hispanic|non[- ]latino|childless)"
            r" (?:families|residents|tenants|people|neighbou?r'?s?|couples?|friend|coworker)\b"
            # one person or family described ("the white guy in the blue van was parked in my
            # spot"), then served better
            r"(?! (?:who is |who's |is |will )?(?:will|co-?sign\w*|is going to)\b)"
            r"|\b(?:white|american|english[- ]speaking|non[- ]hispanic|non[- ]latino|childless)"
            rf" (?:family|lady|guy|man|woman)\b(?={AHEAD}\b(?:got|gets|get|getting|quoted|offered"
            r"|paid|pays|never|first|faster|sooner|same day|rented|fixed|no fee|but|while)\b)"
            r"|\b(?:familias|inquilinos|residentes|vecin[oa]s?|los|las|a los)"
            r" que (?:no (?:son|es) (?:latinos|hispanos|mexicanos)|(?:si )?hablan ingles|no tienen"
            r" (?:acento|ninos|hijos))\b",
            r"\b(?:neighbou?r|friend|coworker|vecin[oa]|amig[oa]"
            r"|companer[oa])\b (?:\w+ ){0,2}(?:who is"
            r"|who's|is|que es|es) (?:white|american|not (?:black|hispanic|latino)|blanc[oa]"
            r"|gringa?o?|guer[oa]|americana?o?)\b"
            # who will co-sign: "mi amiga es americana y va a ser mi aval"
            r"(?! (?:y )?(?:will|va a|is going to)\b)",
            r"\bexcept (?:for )?(?:mine|me|us|ours|the) (?:and )?(?:\w+ ){0,4}(?:famil\w*|kids"
            r"|spanish"
            r"|hispanic|latino|black|muslim|immigrant)\w*\b"
            # an amenity by name: "everything is open except the kids playroom"
            r"(?! (?:\w+ )?(?:bbq|playroom|play|pool|area|room|zone|lounge|restroom|bathroom"
            r"|swim)\b)"
            r"|\bmenos (?:a )?(?:mi|nosotros|nuestra)"
            r" (?:\w+ ){0,4}(?:famil\w*|latin\w*|hispan\w*|ninos|hijos)\b",
            # refused, and the reason is where the resident is from, children or a wheelchair
            r"\b(?:because|porque|since|por que|as) (?:i'm|i am|we're|we are|soy|somos|she's|he's)"
            r" (?:from|de) (?!here\b|aqui\b|la oficina\b|the office\b|the\b|out of\b|maintenance\b"
            r"|mantenimiento\b|leasing\b|work\b|corporate\b)[a-z]+"
            # "es de"/"son de" is mostly about things: "porque es de noche", "por que es de tanto",
            # "porque son de la otra puerta"; a country still counts
            r"|\b(?:porque|por que) (?:es|son) de (?:otro pais|mexico|honduras|guatemala|el"
            r" salvador|cuba|venezuela|colombia|haiti|africa|la india|somalia)\b",
            r"\b(?:didn't|wouldn't|won't|refused|denied|negaron|nego|rechaz\w*|no (?:nos |me )?"
            r"(?:quisieron|quieren|dejaron|dejan|rentaron|renuevan|renovaron))\b"
            # the resident's own choice: "i didn't answer the door ... because the baby was asleep"
            r"(?! (?:answer|sign up|open|come|go|hear|see|respond|reply|attend|pick up|call)\b)"
            r"(?: \S+){0,6}"
            r" (?:porque|because|por) (?:\w+ ){0,2}(?:ninos|hijos|kids|children|baby|bebe"
            r"|embarazada"
            r"|pregnant|wheelchair|silla de ruedas)\b",
            # "i do not rent it out to anyone" is the resident not subletting
            r"\b(?:don't|dont|won't|wont|no|doesn't|does not|do not|not)\b (?:usually )?(?:rent"
            r"|rentan|rentamos|rentar|renta)(?! (?:it |them |the \w+ )?out\b) (?:\w+ ){0,3}(?:to"
            r"|a) [\"\u201c]?(?:single|mamas?|madres?|papas?"
            r"|dads?|moms?|families|familias|people|gente|personas|anyone|girls|women|mujeres"
            r"|muchachas|chicas)\b",
            # the difference named as who the resident is: "la diferencia es que nosotros somos
            # dominicanos" ("the difference is i'm paying more now" is not an identity)
            r"\b(?:la diferencia es que|the (?:only )?difference is)\b (?:\w+ )?(?:somos|soy|son"
            r"|we're|i'm|we are|i am|they're|they are) (?:\w+ )?(?:[a-z]+(?:an|ian|anos?|anas?"
            r"|enos?|enas?|ese|ish|inos?|inas?|icos?|icas?)|black|white|muslim|jewish|gay|lesbian"
            r"|trans|immigrants?|inmigrantes|negr[oa]s|moren[oa]s|guer[oa]s|latin[oa]s|disabled"
            r"|deaf|blind|pregnant|embarazada|a woman|mujer|single|old|older|mayores"
            r"|(?:from|de) (?!here\b|aqui\b)[a-z]+)\b",
            # religion and age
            r"\b(?:mezuzah|sukkah|prayer rug|headscarf|head ?covering|turban|hijab|velo|kippah"
            r"|yarmulke|religious (?:items|gatherings|head\w*|decorations))\b",
            r"\b(?:not|isn't|no es) (?:\w+ ){0,2}for (?:old|older|elderly) (?:people|folks"
            r"|tenants)\b"
            r"|\bpara viejos\b",
        ],
        guards=[
            r"\b(?:can i|may i|am i allowed to|is it ok(?:ay)? to|puedo|se puede) (?:put|hang|have"
            r"|wear|poner|colgar|usar|tener) (?:up )?(?:a |an |my |mi |un |una )?(?:mezuzah|sukkah"
            r"|prayer|headscarf|turban|hijab|velo|kippah|yarmulke|religious)",
            # asking whether a religious item or dress is allowed: "is a mezuzah allowed on the
            # door frame?", "can we put a sukkah on the patio for a week?"
            r"\b(?:is|are) (?:a |an |the |my |our )?(?:mezuzah|sukkah|prayer rug|headscarf"
            r"|religious \w+) (?:\w+ )?allowed\b|\bcan (?:we|i) (?:put|hang|have) (?:up )?(?:a |an"
            r" |our |my )?(?:mezuzah|sukkah|prayer rug)\b|\bwhere do i put the prayer rug\b"
            r"|\bis (?:the )?(?:pool|gym|clubhouse) ok(?:ay)? with\b",
            # checking a rule: "kids under 10 aren't allowed in the hot tub, right?", or agreeing
            # with it: "kids aren't allowed in the gym which is totally fine"
            _CHECKING_A_RULE + r"|\b(?:solo preguntaba|totally fine|which is fine|my kids know that"
            r"|i'll go with my)\b|\bsi puede\s*\?",
        ],
        negatable=False,
    ),
    rule(
        # compared with neighbours and told or treated worse, when a family or a trait is in the
        # message: "our kids get warnings but the grandkids next door, nothing happens to them";
        # "my utility charge is higher than my neighbor's, can you break it down" names neither
        "safety.fair_housing.compared_with_others",
        [
            r"\b(?:than (?:my|the|our) (?:\w+ )?neighbou?r'?s?|que a (?:mis|los|mi|la"
            r"|las) (?:\w+ )?"
            r"vecin\w*|nothing happens to them|(?:nunca|no) les (?:dicen|hacen|hicieron) nada"
            # "you'd be happier somewhere else", not "the kids are happier at the new playground"
            r"|nobody says anything to them|happier (?:somewhere|elsewhere|in (?:a "
            r"|an )?(?:different"
            r"|another|other|building|complex|community|neighbou?rhood|place)|at (?:a |an )?"
            r"(?:different|another|other))|mas felices (?:en|con) (?:otr[oa]|un lugar|un edificio"
            r"|gente|familias|personas)"
            r"|walk right by(?! the\b)|other (?:families|parents|dads|moms) (?:\w+ ){0,3}(?:can|get"
            r"|do|don't"
            r"|dont|are allowed)|otr[oa]s (?:familias|papas|mamas) (?:\w+ ){0,2}si)\b",
        ],
        requires=[
            r"\b(?:kids|children|child|ninos|ninas|hij[oa]s|nietos|grandkids|baby|bebe|famil\w*"
            r"|mexican\w*|latin\w*|hispan\w*|muslim|black|white|immigra\w*|inmigra\w*|gring\w*"
            r"|american\w*|indian|somali\w*|nigeria\w*|religio\w*|mujer\w*|women|moms|dads|culture"
            r"|cultura|same sex)\b"
        ],
        # "our water bill is higher than our neighbor's, is that normal?" asks about usage
        guards=[
            r"\b(?:bill|usage|water|electric\w*|utilit\w*|recibo|consumo)\b[^.!?]{0,60}"
            r"\b(?:is (?:that|this)|(?<!no )es|eso es) normal\s*\?|\bnewsletter\b"
        ],
        negatable=False,
    ),
    # ---- fair housing said indirectly ---------------------------------------------------------
    rule(
        # a unit or a building described as meant for someone else, or the resident sent
        # elsewhere for who they are: "this building is more for professionals", "not for
        # families with little ones", "the 55+ place would suit you better", "ahi no ponemos
        # familias con bebes", "a mi edad mejor busque un asilo"
        "safety.fair_housing.steered_elsewhere",
        [
            # ("is the quiet floor more for students?" asks)
            r"\b(?:more|mostly|really|mainly|better) (?:\w+ )?for (?:young |working |single "
            r"|quiet )?(?:professionals|young people|working people|singles|single people|adults"
            r"|couples|students|retirees|older (?:people|folks)|seniors)\b(?![^.!?]{0,20}\?)"
            r"|\bmas (?:bien )?para (?:jovenes|profesionales|gente joven|parejas|adultos"
            r"|gente que trabaja|solteros)\b",
            r"\bmore of your (?:community|people|kind|culture)\b|\b(?:mas|muchos) de (?:tu|su)"
            r" (?:gente|comunidad|raza)\b|\b(?:people|families|gente) like you (?:live|are|stay)\b",
            # "just/only for" is an amenity's rule ("not just for families, everyone's welcome")
            r"(?<!just )(?<!only )(?<!solo )\b(?:not|isn't|aren't|wasn't|no es|no son)\b"
            r" (?:(?!just |only |solo )\w+ ){0,2}(?:for|para|available to|disponibles? para)"
            r" (?:a |an |una |un )?"
            r"(?:famil\w*|kids|children|ninos|bebes|babies|little ones|gente mayor|personas"
            r" mayores|old people|older (?:people|folks|tenants)|seniors|elderly|pregnant \w+"
            r"|embarazadas?|single (?:moms?|mothers?|women|ladies)|madres solteras|mujeres solas"
            r"|blind \w+|deaf \w+|disabled \w+|ciegos|sordos)\b"
            # a danger to children: "the garage is not a place for kids to play"; a pool rule:
            # "not for kids under 12 without an adult"
            r"(?! (?:to|para) (?:play|jugar|run|correr|be (?:in|around|near)))"
            r"(?![^.!?]{0,30}\b(?:without|sin|unless|a menos que)\b)",
            # placing families by policy; "please don't put kids' bikes in the hall" is a rule
            # about things
            r"\b(?:try not to|don't|do not|no) (?:put|place|ponemos|ponen|meter|metemos"
            r"|acomodamos) (?:\w+ )?(?:kids|children|families|familias|ninos|bebes|babies)\b"
            r"(?!'| (?:bikes?|toys?|stuff|things|shoes|strollers?|scooters?|juguetes|bicis\w*)\b)",
            # age: asked, named as the reason, or a senior home suggested
            r"\b(?:dijo|dijeron|said|told me|told us|me dijo|nos dijo)\b(?: \S+){0,4}"
            r" (?:a (?:mi|su|tu) edad|at (?:my|your|her|his) age)\b"
            r"|(?<!\bi )(?<!\bwe )\b(?:asked|ask\w*) (?:me |us )?how old (?:i|we) (?:was|am|were"
            r"|are)\b"
            r"|\bme preguntaron (?:mi edad|cuantos anos tengo)\b",
            r"\b(?:55\+|senior|retirement|asilo|casa de (?:retiro|ancianos))\b(?: \S+){0,3}"
            r" (?:would|will|might) (?:suit|fit|be better)\b|\bmejor (?:busque|buscar|me vaya a)"
            r" (?:un |una )?(?:asilo|casa de (?:retiro|ancianos)|residencia)\b",
            # too much for a single mother; "por estar sola ... no califico"
            r"\b(?:too much|a lot|mucho|demasiado|muy caro)\b(?: \S+){0,3} (?:for|para)"
            r" (?:a |una )?"
            r"(?:single (?:mom|mother|dad|woman|lady|girl)|madre soltera|mama sola|mujer sola"
            r"|pregnant (?:lady|woman)|old (?:lady|man)|senora (?:sola|mayor))\b",
            r"\bpor (?:estar|ser) (?:sola|soltera|madre soltera|mama sola)\b(?=.{0,80}\b(?:no"
            r" (?:califico|calificamos|califica|me rentan|me dan|nos rentan)|dijo|dijeron)\b)",
            r"\b(?:prefer|prefieren|rather have) (?:\w+ ){0,2}(?:working people|employed (?:people"
            r"|tenants)|people (?:with|who have) jobs|gente que trabaja)\b",
            # children unwanted in the whole building: "no crying babies in this building"
            r"\bno (?:crying )?(?:babies|kids|children|bebes|ninos)\b (?:\w+ ){0,2}(?:in|en)"
            r" (?:this|este) (?:building|edificio)\b",
        ],
        # a question, or a discount offered for an age ("at my age I should get the senior
        # discount")
        guards=[_CHECKING_A_RULE, r"\b(?:discount|descuento)\b"],
        negatable=False,
    ),
    rule(
        # said to the resident about who they are: a woman told to send her husband, a remark
        # about "you people", a slur about a group left up, service only in English
        "safety.fair_housing.remark_about_group",
        [
            # "have my husband call", "que traiga a un hombre para hablar del contrato"
            r"\b(?:told|asked|said|wants?|dijo|dijeron|pidio|pidieron)\b (?:\w+ ){0,3}(?:have|get"
            r"|bring|traiga|traer|que venga|que llame) (?:a )?(?:my|a|mi|un|su|your) (?:husband"
            r"|man|esposo|marido|hombre|boyfriend)\b(?= (?:\w+ )?(?:call|come|talk|speak|deal"
            r"|handle|explain|hablar|llame|venga|explique)\b)",
            # staff's words, quoted ("i said you people never fix anything" is the resident's)
            r"(?<!\bi )(?<!\bwe )\b(?:said|says|told (?:me|us)|dijo|dice|dijeron)\b"
            r"[^.!?]{0,30}[\"\u201c](?:your people|ustedes (?:siempre|nunca)"
            r"|esa gente|tu gente|su gente)\b",
            r"\b(?:aqui |here )?(?:no queremos|we don't want|we do not want|no aceptamos)"
            r" (?:\w+ )?(?:gente|personas|familias|people|families) (?:de|from|like|con|with"
            r"|como)\b",
            # a slur about a group (a neighbour yelling slurs at the resident is a complaint)
            r"\b(?:slurs?|cosas feas|insultos?|groserias|graffiti|grafiti|swastikas?|esvasticas?)"
            r"\b(?: \S+){0,4} (?:about|de|sobre|contra|against|a) (?:los |las |mi |my |our )?"
            r"(?:\w+ )?(?:mexican\w*|latin[oa]s?|hispan\w*|black|negr[oa]s|muslims?|musulman\w*"
            r"|jews|jewish|judi[oa]s|asians?|asiatic\w*|gay|lesbian\w*|trans(?:gender)?"
            r"|immigrants?|inmigrantes|arab\w*|chinese|chin[oa]s|african\w*|dominican\w*"
            r"|haitian\w*|haitian[oa]s|somali\w*|centroamerican\w*)\b",
            r"\breally from\b|\bde donde (?:soy|somos|es|eres) (?:en realidad|realmente)\b",
            # service made to depend on English or an interpreter
            r"\b(?:si|if) (?:yo |i |you |we |usted )?(?:no hablo|no habla|no hablas|no hablamos"
            r"|don't speak|do not speak|can't speak) (?:\w+ )?(?:ingles|english)\b(?=.{0,60}\b(?:no"
            r" (?:me |te |le |nos )?(?:puede|pueden|podemos|van)|can't|cannot|won't)\b)"
            r"|\bthe language thing\b|\blo del idioma\b|\b(?:only|solo|unless|a menos que)\b"
            r" (?:\w+ ){0,6}(?:bring|traiga|traer) (?:someone|somebody|alguien|a translator"
            r"|an interpreter|un traductor|un interprete)\b",
            r"\b(?:vecin[oa]s?|neighbou?rs?|tenants?|residents?|people|gente) (?:\w+ )?(?:que|who)"
            r" (?:habla|hablan|speaks?) (?:bien )?(?:ingles|english)\b (?:\w+ ){0,3}(?:le |les )?"
            r"(?:arregl\w*|atiend\w*|contest\w*|respond\w*|got|gets|had|fixed|answered)\b"
            r"|\bprimero (?:a )?los que (?:entienden|hablan)\b",
            # the resident bypassed for a relative ("please call my son instead" is a request)
            r"\binstead of (?:answering|talking to|speaking to|speaking with|talking with"
            r"|dealing with|helping) me\b|\ben vez de (?:contestarme|hablarme|atenderme)\b",
        ],
        negatable=False,
    ),
    rule(
        # a voucher or other assistance named, and the resident turned away or charged for it:
        # "they found out it's Section 8 and now the unit is taken", "no more section 8 in
        # building C", "primero atienden a los que pagan renta completa, no a los del programa".
        # An inspection date or the housing authority's portion is routine (no second cue).
        "safety.fair_housing.source_of_income",
        [
            r"\b(?:section 8|seccion 8|vouchers?|caseworker|housing assistance|(?:program"
            r"|voucher|assistance) tenants|(?:on|en) (?:that|the|el|ese) (?:program|programa)"
            r"|(?:los|las|gente) del programa|ssi)\b",
        ],
        requires=[
            r"\b(?:unit|apartment|place|it|depa\w*|departamento) (?:is|was|has been|esta|estaba)"
            r" (?:\w+ )?(?:taken|gone|rented|rentado|no longer available)\b"
            r"|\b(?:no more|phasing out|phase out|getting rid of|stopped taking|no longer (?:take"
            r"|taking|accept\w*)|not accepting|ya no (?:aceptan|reciben|toman|quieren))\b"
            r"|\b(?:start looking|look) elsewhere\b|\bbuscar en otro lado\b"
            r"|\bonly (?:the )?ones (?:invited|offered|allowed)\b|\bby invitation\b"
            r"|\b(?:never|didn't|did not) (?:got|get|had to pay|paid|pay) (?:one|it|that)\b"
            r"|\bprimero (?:atienden|arreglan)\b|\b(?:pagan|pay) (?:renta completa|full rent"
            r"|market rent)\b",
        ],
        negatable=False,
    ),
    rule(
        # the resident singled out, or refused what another household gets, with a protected
        # trait in the message: "only went to us", "it happens to my whole family and not to
        # our neighbors", "got a fee for my kids ... the couple upstairs got nothing", "me
        # prohibieron el altar pero el vecino tiene su nacimiento"
        "safety.fair_housing.singled_out",
        [
            r"\bonly (?:went|came|goes|sent|given|delivered|(?:being |is |are |gets? |got )?"
            r"(?:enforced|applied|targeted|sent)) (?:\w+ ){0,2}(?:to|on|against) (?:us|me|our"
            r"|my)\b",
            r"\b(?:happens?|pasa) (?:\w+ ){0,4}(?:and|but|y|pero) not (?:to )?(?:our|the|my"
            r"|other)\b|\bthe only (?:one|ones|family|unit|tenant)s? (?:\w+ ){0,4}(?:who|that|to)"
            r" (?:got|get|gets|received|was|were)\b",
            r"\bonly (?:the )?(?:families|moms|mothers|kids|children|us)\b (?:\w+ ){0,5}(?:got"
            r"|get|gets|were|are|was) (?:charged|fined|warned|written up|cited|billed|a (?:letter"
            r"|warning|fine|fee))\b|\bsolo (?:en|a) (?:nuestro piso|nosotros|mi (?:familia"
            r"|depa\w*|puerta))\b",
            r"\b(?:she's|he's|they're|she is|he is|they are|es|son) from here\b(?: and| but| y"
            r"| pero)? (?:i'm|i am|we're|we are|soy|somos|yo soy) (?:from )?\w+",
            # held to a rule, charged or refused, and another household is not
            r"\b(?:fee|fined|fine|multa|cobraron|cobran|charged|warning|warned|told (?:to )?(?:take"
            r"|remove|move|stop|leave)|told it's (?:full|booked|taken)|took (?:my|our|down)"
            r"|take (?:my|our) \w+ (?:down|off|out)|removed|quitaron|prohibieron|no (?:nos|me)"
            r" dejan|shut down|kicked out|(?:los|las|nos|me) corren|checks my|sigue a|follows"
            r"|(?:asked|pidieron) (?:me |us )?(?:for )?(?:a |an |el |la )?(?:marriage|proof"
            r"|acta|papers|papeles|documents|documentos|more|mas)|can't (?:add|use|have|bring))\b"
            # ... and another household named right after the "but" ("pero estaba en el funeral",
            # "but they were with me the whole time" are the resident's own account)
            r"(?=.{0,200}\b(?:(?:but|pero|while|mientras|meanwhile|whereas) (?:\w+ ){0,3}"
            r"(?:neighbou?rs?|couples?|family|families|kids|children|friends?|people|everyone"
            r"|everybody|others?|otr[oa]s|nobody|nadie|vecin[oa]s?|senora|lady|guy|boyfriend"
            r"|girlfriend|group|grupo|estudio|study|tenants?|residents?|de arriba|de al lado)"
            r"|got nothing|gets nothing"
            r"|never (?:got|gets|had to|have to)|still up|(?:is|are) fine|y a (?:el|ella|ellos"
            r"|ellas|los|las)|no se (?:la|lo|las|los) pidieron|not to (?:our|the|my))\b)",
            r"\b(?:but|pero)\b (?:\S+ ){0,6}(?:keeps? getting told|getting told|(?:los|las|nos|me)"
            r" corren|kicked out|no (?:nos|me) dejan|told (?:to|it's))\b"
            r"|\ba (?:el|ella|ellos|ellas|los|las)\b (?:\w+ ){0,3}no (?:le|les|lo|los|la|las)"
            r" (?:sigue|siguen|cobran|cobraron|dicen|corren|piden|pidieron)\b",
        ],
        requires=[
            r"\b(?:kids|children|child|ninos?|ninas?|hij[oa]s?|bebes?|baby|babies|famil\w*|moms?"
            r"|mothers?|mamas?|pregnan\w*|embarazad\w*|strollers?|carriolas?|church|iglesia"
            r"|mosque|mezquita|prayer|rezar|orar|altar|religio\w*|biblia|bible|pride|gay"
            r"|lesbian\w*|straight|partner|pareja|girlfriend|boyfriend|novi[oa]|marriage"
            r"|matrimonio|white|black|brown|guer[oa]s|gring[oa]s|blanc[oa]s|negr[oa]s|moren[oa]s"
            r"|latin\w*|hispan\w*|mexican\w*|dominican\w*|nigeria\w*|somali\w*|muslim"
            r"|musulman\w*|jewish|judi[oa]s?|asian|immigra\w*|inmigra\w*|accent|acento|english"
            r"|ingles|espanol|spanish|back home|cultur\w*|voucher|section 8|seccion 8|women"
            # (a window blind is not a person)
            r"|woman|mujer\w*|girls|muchach[oa]s|wheelchair|disab\w*|discapaci\w*|deaf|ciego"
            r"|sordo)\b|\bblind (?:people|person|tenants?|residents?|man|woman|lady)\b"
        ],
        guards=[_CHECKING_A_RULE],
        negatable=False,
    ),
    # ---- legal -----------------------------------------------------------------------------
    rule(
        "safety.legal.counsel_or_court",
        [
            r"\blegal (?:action|aid|counsel|advice"
            r"|department"
            r"|rights|notice)\b",
            r"\bsu(?:e|ing|ed)\b|\blaw ?suit\b|(?<!food )(?<!basketball )(?<!tennis )\bcourt\b"
            r"|\bsmall claims\b",
            r"\bsubpoena\b|\bjudge\b|\btribunal\w*|\bjuzgado\b|\bjuez\b",
            r"\bdemand(?:a|ar|are|aremos|arlos|arles)\b|\bcorte\b|\baccion legal\b",
            rf"\b(?:code enforcement|health department|(?<!by the )housing authority{_AS_PAYER}"
            r"|building inspector"
            r"|city inspector|housing inspector|tenant union|tenants union|tenant rights)\b",
            r"\breport (?:\w+ ){0,3}(?:to the city|to the state|to the county|to code"
            r"|to the health|to the authorities)",
            r"\bwithhold\w* (?:\w+ ){0,2}rent\b|\brent escrow\b|\bbreach of (?:the )?lease\b",
            r"\b(?:inspector (?:de la ciudad|municipal)|departamento de salud|autoridades"
            r"|mis derechos)\b",
            r"\b(?:slipped|tripped|fell) (?:\w+ ){0,4}(?:hurt|injur\w*|broke my|hospital)",
            r"\b(?:injur\w*|lesion\w*) (?:\w+ ){0,3}(?:because of|due to|from the) (?:\w+ ){0,3}"
            r"(?:stairs?|step|railing|floor|ceiling|property)",
            r"\bretaliat\w*|\brepresalia\w*",
            r"\b(?:i'm not|im not|i am not|we're not|we are not|no voy a|no vamos a|i refuse to"
            r"|i will not|i won't|i wont) (?!poder |be able )(?:\w+ ){0,1}(?:pay\w*|paa?ga?r\w*)"
            r" (?:\w+ ){0,3}(?:until"
            r"|till|hasta que|hasta)\b",
            r"\b(?:my|our) rights\b|\bmi derecho\b|\bmis derechos\b|\bunder the law\b"
            r"|\bcode violation\w*|\bviolacion (?:\w+ )?codigo\b|\bhabitability\b",
            r"\b(?:call\w*|report\w*|llam\w*|report\w*|contact\w*) (?:\w+ ){0,2}(?:a la ciudad"
            r"|the city|al inspector|inspector|inspecor|la ciudad|code enforcement|the county"
            r"|al condado|la policia de vivienda)",
        ],
        negatable=False,
    ),
    rule(
        # a lawyer named as the resident's side; "no lawyer or anything", "do I need a lawyer to
        # sign the renewal" and "my brother (an attorney) says the renewal is fine" are routine
        "safety.legal.lawyer",
        [r"\blawy\w*+(?! friend)|\blawer\w*|\blwayer\w*|\battorn\w*|\babogad\w*"],
        guards=[
            r"\b(?:lawy|attorn|abogad)\w*\b[^.?!]{0,60}\b(?:looks? (?:fine|good|ok)|(?:is|he's"
            r"|she's"
            r"|it's) fine|fine with it|esta bien|todo bien|no problem|se ve bien|(?:all|it's|its"
            r"|everything's|is) standard|looks normal|no concerns|all good)",
            r"\b(?:need|necesito|hace falta) (?:a |an |un )?(?:lawyer|attorney|abogado)\w*"
            r" (?:to|para) (?:sign|firmar|renew|renovar|read)",
            # a lawyer relative helping with the move: "my uncle's an attorney and he's helping
            # me move in saturday"
            r"\b(?:lawy|attorn|abogad)\w*\b[^.?!]{0,60}\b(?:help\w*|ayud\w*) (?:\w+ ){0,2}(?:move"
            r"|moving|mudanza|mudar\w*|carry|cargar|pack\w*)\b",
        ],
    ),
    rule(
        # an eviction now; an old one on a would-be occupant's record is a screening question
        "safety.legal.eviction",
        [r"\bevict\w*|\bdesalo\w*|\bdesahuci\w*"],
        guards=[
            r"\b(?:evict\w*|desalojo) (?:from |de hace |hace )(?:\w+ ){0,2}(?:years?|anos|yrs)\b"
            r"|\b(?:eviction|desalojo) (?:history|record|historial)\b"
        ],
    ),
    rule(
        "safety.legal.going_outside",
        [
            # 311 called, not unit 311 ("send maintenance to 311")
            r"(?<!unit )(?<!apartment )(?<!maintenance to )(?<!#)\b311\b|\bhealth (?:dept"
            r"|department|inspector|people|board|code)\b|\bsalubridad\b",
            r"\b(?:tenant|tenants|renters?|(?<!by the )housing) (?:board|union|rights|council"
            r"|commission"
            rf"|authority{_AS_PAYER}|office)\b|\bderechos del? (?:inquilino|arrendatario)\w*"
            r"|\boficina de vivienda\b|\b(?:paralegal|counsel|legal aid)\b",
            r"\b(?:fiscalia|procuraduria|attorney general|consumer protection|proteccion al"
            r" consumidor|profeco)\b",
            r"\b(?:illegal\w*|ilegal\w*|unlawful|against the law|contra la ley|no es legal"
            r"|isn't legal|not legal)\b|\bcan't do that in this (?:state|city|county)\b",
            # the resident doubts the landlord may do it ("no creo que sea legal")
            r"\b(?:no creo que|dudo que) (?:eso )?(?:sea|es|este) legal\b"
            r"|\bcan(?:'t| ?not) (?:possibly )?be legal\b",
            r"\bget (?:the )?(?:city|county|state|inspector\w*) involved\b|\b(?:reported|report"
            r"|called|call) (?:it |this )?(?:to )?code\b|\bdenunci\w*"
            r"|\b(?:send\w*|mand\w*|hablo al|le hablo al|llamar al|call the) (?:an? |un |el |al )?"
            r"inspector\b",
            r"\bi'm su?ing\b|\b(?:take|taking) (?:you|u|them|this|it) to (?:court|the board)",
            # rent held back until repairs
            # ("my bank put a hold on the rent payment" is the bank's)
            r"\b(?:holding|(?<!a )hold|keeping|keepin|keep|withh\w*|retener|retengo|retenemos"
            r"|guardo)\b (?:\S+ ){0,3}(?:rent|renta|reta|alquiler)\b",
            # ... and held back by the resident, not by a bank or an employer
            r"\b(?:rent|renta|alquiler)\b(?: \w+){0,4} (?:retenid[ao]|withheld|held back)\b"
            r"(?!.{0,40}\b(?:by the (?:bank|employer|housing)|from (?:my )?(?:pay\w*|check|ssi)"
            r"|por el banco|en el banco|at the bank|pending)\b)(?=.{0,80}\b(?:until|till|hasta"
            r"|escrow|repair\w*|fix\w*|arregl\w*|repar\w*|mold|moho|heat|calefaccion)\b)",
            # ("no voy a pagar la renta de este mes hasta q arreglen la gotera")
            r"\bno (?:pago|pagare|pagaremos|pagamos|voy a pagar|vamos a pagar|pienso pagar)\b"
            r"(?: \S+){0,6} (?:hasta (?:que|q|k)|mientras no) (?:\S+ ){0,3}(?:arregl\w*|repar\w*"
            r"|compon\w*"
            r"|fix\w*|quit\w*|saqu\w*|cambi\w*)",
            r"\b(?:pay\w*|pa+ga+r\w*|pago)\b(?: \S+){0,4} (?:once|until|till|hasta que|cuando)"
            r" (?:\S+ ){0,3}(?:fixed|repaired|arregl\w*|repar\w*|works|fix\w*)\b",
            # services cut or the door locked to make a resident pay
            r"\b(?:you|they|someone|somebody|management|office|yall|y'all) (?:\w+ )?changed"
            r" (?:\w+ ){0,2}locks?\b|\bcambiaron (?:\w+ ){0,2}(?:chapas?|cerraduras?)\b",
            r"\b(?:turned off|shut off|cut off|disabled|deactivated|desactivaron|cortaron"
            r"|apagaron|bloquearon)\b(?: \S+){0,6} (?:because|since|for|por|porque|para)\b"
            r"(?: \S+){0,4} (?:late|behind|atrasad\w*|pay|pagar|owe|debo|rent|renta|presionar\w*)",
            # round 18b: "the water and the power got shut off ... won't come back on until i pay"
            rf"(?:\b{_UTILITY}\b(?: \S+){{0,6}} (?:{_CUT_OFF}|cortada|cortado)\b"
            rf"|\b{_CUT_OFF} (?:\w+ ){{0,2}}{_UTILITY}\b)"
            r"(?=.{0,120}\b(?:until|till|unless|hasta que|a menos que) (?:i |we |yo )?(?:pay|paid"
            r"|catch up|pague|paguemos|pagues|me ponga al corriente)\b)",
            r"\b(?:push(?:ing)? (?:me|us) out|sacarme|corrernos|correrme)\b",
            # asking for a rekey ("can i get new locks on my door after moving in?") is routine
            r"(?<!get )(?<!want )(?<!need )(?<!like )"
            r"\bnew locks? on (?:my|the) (?:door|unit|apartment)\b|\block(?:ed)? me out (?:of my"
            r"|for)\b"
            r"|\bcambiaron la chapa\b",
            # ... said in the passive, or told it is not allowed: "the lock on my door got
            # changed while I was at work", "you can't lock me out like this"
            # (not a mailbox, storage or gate lock; not a rekey the resident asked for)
            r"\b(?:locks?|lockset|cerraduras?|chapas?)\b(?! (?:on|of|to|for|de|del|de la)"
            r" (?:the |my |our |el |la |mi )?(?:mail\w*|buzon|storage|bodega|gate|porton|garage"
            r"|bike|locker|cabinet|window|ventana|pool|alberca|gym))(?: \S+){0,4} (?:got|was|were"
            r"|been|fue|fueron) (?:changed|swapped|replaced|rekeyed|cambiad[ao]s?)\b(?![^.!?]{0,40}"
            r"\b(?:like i asked|as (?:i )?(?:asked|requested)|after (?:i )?mov\w*|thanks|thank"
            r" you|gracias)\b)",
            r"\b(?:can'?t|cannot|can not|not allowed to|no (?:me |nos )?pueden) (?:just )?(?:lock"
            r" (?:me|us) out|dejar(?:me|nos)? afuera)\b",
            # rent paid into escrow or a separate account, or repairs deducted from it
            r"\bescrow\w*|\bwith\w{0,3}h?olding (?:\w+ )?rent\b|\brent (?:in|into) (?:an? |my )?"
            r"(?:separate|savings|different) account\b",
            # ... until the repairs are done ("rent this month goes in a separate account until")
            r"\brent (?:\w+ ){0,4}(?:goes|go|going|put|putting|will go|sits?|stays?) (?:in|into)"
            r" (?:an? |my )?(?:separate|savings|different) account\b(?=.{0,80}\b(?:until|till"
            r"|hasta)\b)",
            # ... or set aside there by the resident: "putting this month's rent aside in a
            # separate account until the repairs get done"
            r"\b(?:put\w*|set\w*|keep\w*|hold\w*|sav\w*)\b (?:\S+ ){0,3}rent (?:aside |apart )?"
            r"(?:in|into) (?:an? |my )?(?:separate|savings|different) account\b(?=.{0,80}\b(?:until"
            r"|till|hasta)\b)",
            r"\b(?:deduct\w*|descont\w*|restar\w*|take (?:it|that|the cost) (?:out|off)"
            r"|subtract\w*)\b"
            r" (?:\w+ ){0,3}(?:from|de|a|off) (?:my |the |la |mi )?(?:rent|renta|alquiler)\b",
            # the law, the city, an inspector who is not the operator's own, legal aid
            # the law cited only to ask for a repair ("state law requires working smoke detectors,
            # mine is missing, can you install one?"), or asked about ("is it city law to ...?")
            r"(?:(?<!\bis it )(?<!\bis that )\b(?:state|tenant|tenants|city|local|federal|housing)"
            r" laws?\b|\bla ley\b|\bthe law says\b)(?!.{0,80}\b(?:can you|could you|can someone"
            r"|pueden|podrian) (?:install|check|fix|replace|add|look|revisar|instalar|arreglar"
            r"|cambiar)\b)|\bpor ley\b|\btenant hotline\b(?! flyer)|\bsegun la ley\b"
            r"|\bque derechos\b"
            r"|\bwhat (?:are )?my rights\b|\bderechos tengo\b",
            r"\b(?:inspector|inspection|inspeccion)\w* (?:\w+ ){0,3}(?:city|ciudad|county|condado"
            r"|vivienda|code|codigo)\b|\b(?:city|code|housing) (?:inspector|officer|enforcement)\b"
            r"|\bcode officer\b|\bfire marshal\b(?! (?:event|visit|class|day|talk|demo)\b)"
            r"|\b(?:an|a|un|el) inspector (?:is |will be )?(?:coming|came|come|vino|viene"
            r"|va a venir"
            r"|from)\b(?! (?:the )?(?:insurance|management|corporate|company)\b)",
            r"\b(?:ask|tell|contact|call|report\w* to|go to|complain to) the city\b|\boccupancy"
            r" (?:permit|certificate)\b|(?<!get a )(?<!need a )(?<!copy of the )\bcertificate of"
            r" occupancy\b(?! copy\b)|\bcity council\b|\bla ciudad (?:me dijo|dice|dijo)\b"
            r"(?! que (?:la basura|el reciclaje))|\bsalud publica\b|\bprocurador\w*"
            r"|\binspeccion de vivienda\b"
            r"|\bayuda legal\b|\bclinica legal\b|\blegal clinic\b|\blegal services\b",
            # a non-renewal right after the resident complained
            r"\b(?:non-?renewal|not renew\w*|no me renuev\w*|nonrenewal)\b(?: \S+){0,8} (?:right )?"
            r"after (?:i|we) (?:complained|reported|testified|called|spoke)|\bafter (?:i|we)"
            r" (?:complained|reported|testified)\b(?: \S+){0,8} (?:non-?renewal|nonrenewal"
            r"|not renew"
            r"|evict\w*|notice)|\bif (?:i|you) keep complaining\b"
            # the rent raised for it: "me pueden subir la renta porque reporte el moho?"
            r"|\b(?:subir|subieron|suben|aumentar\w*|raise\w*|raising|increase\w*) (?:\w+ ){0,2}"
            r"(?:la renta|my rent|the rent|rent)\b(?: \S+){0,4} (?:porque|por|because|since|after)"
            r" (?:i |we )?(?:reporte|me queje|denuncie|reported|complained|called the city)\b",
            # ... or right after an inspector came: "the non-renewal showed up a week after the
            # city came out to look at my mold"
            r"\b(?:non-?renewal|nonrenewal|not renew\w*|eviction notice|notice to vacate"
            r"|no me renuev\w*)\b(?: \S+){0,8} after (?:the )?(?:city|inspector|code enforcement"
            r"|health (?:department|inspector)|la ciudad|el inspector)\b (?:\w+ ){0,2}(?:came"
            r"|inspected|visited|was (?:here|out)|showed up|vino)\b",
        ],
        guards=[
            r"\billegal(?:ly)? park\w*|\bparked illegally\b|\binspection (?:date|schedule)\b"
            r"|\bfire inspector\b",
            # a paralegal relative who found the renewal standard
            r"\bparalegal\b[^.?!]{0,80}\b(?:standard|normal|all good|no concerns|looks (?:fine"
            r"|good|ok))\b",
            # a move-in special or a credit taken off the rent; a deposit held in escrow; the
            # office's own unit inspection asked about; rights to use the party room
            r"\b(?:special|concession|credit|credito|discount|descuento|promo\w*)\b(?: \S+){0,3}"
            r" (?:deduct\w*|descont\w*)|\b(?:deduct\w*|descont\w*) (?:el |la |the )?(?:special"
            r"|concession|credito|credit|descuento|discount|promo\w*)\b"
            r"|\bdeposit (?:\w+ ){0,2}in escrow\b|\binspeccion de la vivienda\b"
            r"|\b(?:el|the|an?) inspector (?:viene|is coming|coming|comes)\b[^.!?]{0,20}\?"
            r"|\bderechos tengo (?:para|de) (?:usar|reservar)\b",
        ],
    ),
    rule(
        "safety.legal.rights_question",
        [
            # asking whether something done to them is lawful, or preparing a legal step
            r"\bis (?:this|that|it) (?:even )?(?:legal|lawful)\b|\bis (?:this|that"
            r"|it) even allowed\b"
            # round 19b: "is the 3 day notice on my door even legal?", "that doesn't seem legal"
            r"|\bis (?:\w+ ){1,8}(?:even |actually |really )?(?:legal|lawful)(?= ?\?)"
            r"|\b(?:doesn'?t|does not|don'?t|do not) (?:seem|sound|look) (?:\w+ )?(?:legal"
            r"|lawful)\b"
            r"|\b(?:are|is) (?:you|they|management|the landlord|the office) (?:even )?(?:allowed"
            r"|able legally) to\b|\bes (?:eso )?legal\b|\b(?:pueden"
            r"|puede) (?:ustedes )?hacer eso\b",
            r"\b(?:come|came|enter\w*|entrar|entraron|entro|go) (?:\w+ ){0,4}(?:without|sin)"
            r" (?:any |giving |previous |prior )?(?:notice|warning|avisar|aviso|permiso"
            r"|permission)\b",
            r"\bserv(?:e|ing) (?:\w+ )?papers\b|\bregistered agent\b",
            r"\btenants?'? (?:association|union|council|organization)\b|\b(?:sindicato|asociacion"
            r"|union) de (?:inquilinos|residentes)\b",
        ],
        # entry permission given: "pueden entrar sin avisar", "you can come in without calling"
        guards=[
            r"\b(?:pueden|puede|you can|you may|ok to|okay to|feel free to|go ahead and)"
            r" (?:\w+ (?:y|and) )?(?:entrar|pasar|come in|enter|go in)\b (?:\w+ ){0,2}(?:sin"
            r"|without)\b"
        ],
    ),
    # ---- accommodation ---------------------------------------------------------------------
    rule(
        "safety.accommodation.assistance_animal",
        [
            r"\b(?:service|support|suppotr|suport|supprt|assistance|therapy|emotional support"
            r"|comfort) (?:animal|dog|cat|pet)s?\b",
            r"\b(?:my|an|our|her|his|mi|un|su) esa\b(?! (?:letter)? ?fee)|\besa (?:letter|animal"
            r"|dog|cat)\b",
            r"\bemotional support\b",
            r"\banimal de (?:servicio|apoyo|asistencia|terapia)\b|\bapoyo emocional\b",
            r"\b(?:perr|perrit|gat|gatit)[oa]s? (?:de )?(?:servicio|guia|asistencia|de apoyo)\b",
            # round 18b: "my guide dog ... shes not a pet"
            r"\b(?:guide|seeing[- ]eye|hearing|signal|mobility|psychiatric service)"
            r" (?:dog|animal)s?\b"
            r"|\b(?:dog|perr[oa]|animal)\b.{0,80}\b(?:she's|shes|he's|hes|it's|its|she is|he is"
            r"|it is) not (?:a |just a )?pet\b|\b(?:perr[oa]|animal)\b.{0,80}\bno es (?:una |solo"
            r" una )?mascota\b(?! de)",
        ],
        # taken back: "el perrito de servicio... no perdon, es solo mascota"
        guards=[r"\b(?:es solo|solo es|it's just|just) (?:una |un |a )?(?:mascota|pet)\b"],
    ),
    rule(
        "safety.accommodation.medical_need",
        [
            r"\b(?:doctor|dr|doc|physician|therap+ist|psychiatrist|psychologist|counselor|nurse"
            r"|specialist)(?:'s)? (?:\w+ ){0,2}(?:says|said|wrote|recommend\w*|prescribed|orders?"
            r"|ordered|note|letter|told me|thinks|insists|advised|wants me)",
            r"\b(?:note|letter|paperwork|documentation) from (?:my |our |the )?(?:doctor|dr"
            r"|physician"
            r"|therapist|psychiatrist|provider)",
            r"(?<!on )\bdisab\w*|\bhandicap\w*|\bwheel ?chair\w*|(?<!dog )\bwalker\b|\bcrutches\b"
            r"|\bmobility\b",
            r"\breasonable (?:accommodation|modification)|\baccommodat\w*|\baccomodat\w*",
            rf"\b(?:knee|hip|back|shoulder) (?:replacement|surgery)\b(?={AHEAD}\b(?:need|rail|bar"
            r"|seat|stairs|ground floor|closer|parking))",
            r"\bgrab bars?\b|\b(?:install|need|build|add|put in) (?:a )?ramp\b|\bwheelchair ramp\b"
            r"|\bshower chair\b|\bvisual alarm\b",
            r"\b(?:deaf|hard of hearing|hearing impaired|visually impaired|visual impairment"
            r"|low vision"
            r"|ptsd|autis\w*|seizures?|epilep\w*|chemo\w*|dialysis|stroke|anxiety|depression"
            r"|arthrit\w*|artrit\w*|art\w{0,3}itis|impairment|large print|letra grande|no veo bien"
            r"|derrame"
            r"|ansiedad|depresion)\b|\b(?:i'm|i am|am|is|legally|totally|going|partially"
            r"|partly) blind\b",
            r"\b(?:therapist|doctor|dr|physician|psychiatrist|terapeuta"
            r"|medico) (?:\w+ ){0,3}(?:letter"
            r"|note|carta|nota)\b|\blever (?:handles?|style|knobs?)\b|\bmanijas? de palanca\b",
            r"\b(?:ground|first|lower) floor (?:\w+ ){0,6}(?:because|due to|knee|hip|surgery|health"
            r"|medical|condition|can't (?:do|climb|use) (?:the )?stairs)",
            r"\bcan't (?:climb|do|use|manage) (?:the )?stairs\b",
            r"\b(?:due to|because of|cuz of|bc of|por) (?:my|mi) (?!(?:job|work|schedule|trabajo"
            r"|horario|lease|rent|paycheck|vacation|vacaciones)\b)\w+(?: \w+)?,? (?:i|we|yo)"
            r" (?:need|can't|cannot|necesito|no puedo)",
            r"\b(?:spot|space|parking|lugar) (?:\w+ ){0,2}(?:closer|cerca) (?:to|de|a) (?:the |la "
            r"|el )?"
            r"(?:entrance|door|building|elevator|entrada|puerta|edificio|elevador)",
            r"\b(?:reserved|closer|accessible|designated) (?:\w+ ){0,2}(?:parking|spot|space)"
            r" (?:\w+ ){0,6}(?:because|due to|medical|condition|health|surgery)",
            r"\b(?:medico|doctor|doctora|terapeuta|psiquiatra|psicologo|psicologa) (?:\w+ ){0,2}"
            r"(?:dice|dijo|recomienda|recomendo|receto|ordeno|escribio|me mando|me dio (?:una |la "
            r"|un )?(?:carta|nota|orden|constancia|permiso))",
            r"\b(?:carta|nota) (?:\w+ ){0,2}(?:medico|doctor|doctora|terapeuta)",
            r"\bdiscapa\w*|\bsilla de ruedas\b|\bminusvali\w*|\bbarras? de (?:apoyo|seguridad)"
            r"|\b(?:instalar|poner|necesito) una rampa\b|\bacomodo razonable\b|\bacomodacion\w*"
            r"|\bajuste razonable\b",
            r"\b(?:sordo|sorda|ciego|ciega|no puedo subir (?:las )?escaleras)\b"
            # "con mis rodillas ya no puedo con las escaleras"
            r"|\b(?:ya )?no (?:puedo|puede|podemos) con (?:las )?escaleras\b",
            r"\b(?:losing|lost|lose) (?:my |his |her |their )?(?:hearing|sight|vision)\b"
            r"(?! (?:aids?|date|insurance|of|test|appointment|card|check)\b)"
            r"|\bgoing (?:deaf|blind)\b"
            r"|\b(?:perdiendo|perdi|perdio) (?:el oido|la vista|la audicion)\b"
            r"|\bquedando (?:sord[oa]|cieg[oa])\b",
            r"\bplanta baja (?:\w+ ){0,6}(?:porque|por mi|salud|rodilla|cadera|operacion|cirugia)",
        ],
        guards=[
            r"\b(?:doctor|dr)(?:'s)? (?:appointment|appt|visit)\b(?! (?:\w+ ){0,4}(?:says|said"
            r"|letter|note))",
            _VISITOR_ACCESS,
        ],
    ),
    rule(
        "safety.accommodation.condition_or_modification",
        [
            # conditions and aids named outright
            r"\b(?:tremors?|temblor\w*|bad balance|balance (?:problems|issues)|equilibrio"
            r"|cerebral palsy|paralisis cerebral|multiple sclerosis|esclerosis|dwarfism|enanismo"
            r"|asthma|asma|copd|epoc|heart condition|del corazon|feeding tube|sonda"
            r"|parkinson\w*|alzheimer\w*|dementia|demencia|amput\w*|prosthe\w*|protesis"
            r"|power chair|scooter|andadera|muletas?|baston|cane|on oxygen|oxygen tank"
            r"|tanque de oxigeno|caregiver|care giver|cuidador\w*|home health aide|live-in aide"
            r"|silla de r\w*das|wheel ?cha?i?r|wheelchair)\b",
            # a communication format ("can notices come in big print", "en letra grande")
            r"\b(?:big|large|larger|bigger) (?:print|font|type)\b|\bletra (?:mas )?grande\b"
            r"|\bbraille\b|\bscreen reader\b",
            r"\b(?:have|has|with|diagnosed with|tengo|tiene|my|mi) ms\b",
            # sight, memory and mental health, dizziness from medication; "a la vista" (in sight)
            # and a window blind are not about the resident
            r"\b(?:my eyesight|my vision (?:is(?! (?:fine|ok|okay|good|perfect)\b)|has|got)|(?:mi"
            r"|su) vista(?! (?:a|al|hacia|desde"
            r"|del?)\b)|problemas de"
            r" (?:la )?vista|baja vision|macular|glaucoma|cataracts?|cataratas?"
            r"|casi no veo(?! la diferencia)"
            r"|no veo bien|can't read (?:small|fine|the small)|no puedo leer bien"
            # ("no lee bien el ingles" is about the language)
            r"|no lee bien(?! (?:el )?(?:ingles|english))|blind in (?:one|my|both))\b"
            # a window blind in a room
            r"(?! (?:bedroom|room|living|kitchen|bathroom|window|office|den|dining)\b)",
            r"\b(?:mental (?:health|illness)|enfermedad mental|salud mental|bipolar|schizo\w*"
            r"|esquizo\w*|brain injury|panic attacks?|ataques? de panico)\b"
            # asking for text reminders is a routine service
            r"|\bmemory (?:problems|loss)\b(?!.{0,80}\b(?:remind\w*|recordatorio\w*)\b)",
            # dizziness, then something asked for ("the dizziness from my meds is better" is news)
            rf"\b(?:dizzy spells?|dizziness|mareos?|vertigo)\b(?={AHEAD}\b(?:rail\w*|handrail|grab"
            r"|bars?|barras?|pasamanos|ground floor|planta baja|seat|asiento|could|pueden|podrian"
            r"|se puede)\b)",
            # joints, back and injuries that limit getting around
            r"\b(?:my|mis|bad|his|her) (?:knees?|rodillas?|hips?|caderas?|legs?|piernas?|back"
            r"|espalda|spine|columna)\b(?<!back(?= (?:door|gate|porch|patio|yard|window|bedroom"
            r"|room|fence|deck|entrance|stairs|wall|lot|screen|slider)\b)) (?:\w+ ){0,3}(?:bad"
            r"|shot|gone|weak|giving out|got bad"
            r"|getting worse|injur\w*|surgery|replacement|operad\w*)\b",
            r"\b(?:spinal|back|brain|head|leg|knee|hip|spine) (?:injury|injuries|surgery"
            r"|fracture)\b"
            r"|\blesion (?:de|en) (?:la )?(?:espalda|columna|rodilla|cadera)\b|\bparalisis\b"
            r"|\bparalyz\w*|\bin a chair now\b"
            r"|(?<!have a )(?<!has a )(?<!with a )\bwalk-?in shower\b|\btransfer bench\b",
            r"\b(?:placa azul|placa de discapacitad[oa]|(?:handicap|disabled|accessible"
            r") (?:placard|tag)|blue placard|parking placard)\b",
            # communication in another format
            r"(?:\b(?:bigger|larger|large) (?:print|font|letters|text)\b|\b(?:letra|letras|numeros)"
            r" (?:mas )?grandes?\b)(?!.{0,60}\b(?:deliver\w*|drivers?|find us|encuentra\w*)\b)"
            r"|\bread (?:them|it|the (?!code\b|number\b|address\b)\w+) (?:to me|out loud)\b"
            r"|\bbraille\b",
            r"\b(?:medical|health|medica|de salud) condition\b(?! is (?:under control|fine"
            r"|stable)\b)|\bcondicion (?:de salud|medica)\b",
            # hands that shake or cannot grip, then a request: "my hands shake too much to
            # punch in the keypad", "me tiemblan las manos"
            r"\b(?:my|his|her|mom's|dad's|mi) (?:hands?|fingers?|grip|manos?|dedos?) (?:\w+ )?"
            r"(?:shake|shakes|shaking|tremble\w*|won't close|can't grip|don't work|no (?:me )?"
            r"(?:sirven|responden))\b|\bme tiemblan (?:mucho )?las manos\b",
            r"\b(?:from|desde) (?:my|mi) (?:wheel |power )?(?:chair|silla|scooter)\b",
            r"\b(?:por|due to|because of|with|con) (?:mi|my) (?:condicion|condition|diagnosis"
            r"|diagnostico|salud|health)\b",
            r"\b(?:after|since|despues de|desde) (?:my|mi|la|the) (?:\w+ ){0,1}(?:surgery"
            rf"|operacion|cirugia|stroke|injury)\b(?={AHEAD}\b(?:can't|cannot|no (?:me )?puedo|hard"
            r"|dificil|need|necesito|give out))",
            # disability income and a different due date
            r"\b(?:ssdi|ssi|social security|seguro social|disability (?:check|payment|benefits?"
            r"|deposit)|pension (?:por|de) (?:incapacidad|discapacidad)|on disability|incapacidad)"
            rf"\b(?={AHEAD}\b(?:due|fecha|date|on the \d|later|instead|despues|mediados|sin recargo"
            r"|cambiar|ese dia|until the \d|hasta el \d))",
            r"\b(?:due date|fecha de pago|pay date|rent)\b(?: \S+){0,12} (?:on disability|ssi|ssdi"
            r"|incapacidad)\b|\b(?:line up|match|coincid\w*) (?:\w+ ){0,3}(?:my |mi )?(?:ssi|ssdi"
            r"|disability|incapacidad|social security|seguro social)\b",
            # modifications to hold on, get in, or reach
            r"\b(?:install|put|add|get|poner|instalar|colocar|ponerme)\b(?: \S+){0,4}"
            r" (?<!towel )(?<!curtain )(?:handrail|railing|grab ?bar|bar|barras?|pasamanos"
            r"|baranda\w*|rampa|ramp|shower (?:seat|chair)|seat in the (?:shower|bath\w*)"
            r"|asiento|door opener|taller toilet|higher toilet|inodoro (?:mas )?alto)\b"
            # window bars or a closet rod: "instalar barras en las ventanas ... por seguridad"
            r"(?! (?:en|on|in|for|para) (?:las |los |the |my |mi )?(?:ventanas?|windows?|closet"
            r"|armario))",
            r"\b(?:button|boton) (?:that |to |para |que )?(?:opens|open|abr\w*)\b"
            # asking for one: "the lobby's automatic door is stuck open" is a repair
            r"|\b(?:add\w*|install\w*|put|get|need|want|poner|instalar|agregar|programmed)\b"
            r"(?: \S+){0,4} (?:automatic (?:door|opener)|puerta automatica|boton automatico)\b",
            r"\b(?:lowered|lower|bajar|bajen|raise|raised)\b(?: \S+){0,5} (?:reach|alcanz\w*"
            r"|my chair|mi silla)\b",
            r"\b(?:knobs?|perillas?) (?:\w+ ){0,5}(?:to |a |for )?(?:levers?|palancas?)\b"
            r"|\bbarras? para (?:agarrar\w*|sostener\w*|apoyar\w*)\b",
            # something to hold on to by the toilet or the tub, said without "grab bar"
            r"\b(?:something|anything|algo|a handle|una agarradera"
            r"|un agarre)\b (?:\w+ ){0,2}(?:to hold"
            r" (?:on ?to|onto)|to grab (?:on ?to|onto)|para (?:agarrar|sostener|apoyar)(?:me|se|nos"
            r"|la|lo)|de donde (?:agarrar|sostener)(?:me|se|nos|la|lo))\b(?=.{0,80}\b(?:toilet|tub"
            r"|bathtub|shower|inodoro"
            r"|excusado|taza|tina|banera|regadera|ducha)\b)",
        ],
        # where a parking placard hangs is a how-to question
        guards=[
            r"\bwhere do i (?:hang|put|display) (?:my |the )?(?:\w+ )?placard\b",
            _VISITOR_ACCESS,
        ],
        negatable=False,
    ),
    # ---- unclear -----------------------------------------------------------------------------
    # a text meant for family ("amor compra tortillas", "babe grab diapers"): a wrong number,
    # which only a person can answer; any word about the home or the rent keeps it routable
    rule(
        "safety.unclear.meant_for_family",
        [
            r"^\W*(?:(?:hey|hi|oye|ok|okay|ya)\W+)?(?:mi amor|amor|amorcito|mi vida|mi cielo|mija"
            r"|mijo|babe|bae|honey|hun|hon|mom|mommy|mami|papi|gorda|gordo|sweetie|carino)\b"
            # "Mom is coming to stay", "mom's car", "honey bees": the family member is the
            # subject, or not a person at all
            r"(?!'|s\b| (?:and|&|y|is|was|were|will|would|says|said|got|gets|has|had|dropped"
            r"|locked|fell|wants|needs|called|came|went|bees?|locust|dice|dijo|quiere|esta"
            r"|tiene)\b)",
            # an errand or a message for someone else in the family, or for a work meeting
            r"\bdile a tu\b|\btell (?:your|her|him) (?:\w+ )?(?:i said|to call|that i)\b"
            r"|\b(?:grandma"
            r"|grandpa|abuela|abuelo|tu mama|tu papa|your mom|your dad) (?:says|dice|said|dijo)\b"
            r"|\bhappy (?:birthday|bday|b-day)\b|\bfeliz cumple\w*|\bdon't forget (?:your|the car"
            r" seat)\b|\bon the way home\b"
            # a wrong number: a relative's flight
            r"|\b(?:grandma|grandpa|abuela|abuelo|mom|dad|tia|tio|aunt|uncle)'?s? (?:flight"
            r"|plane|bus|vuelo|avion|camion) (?:lands|arrives|gets in|llega)\b"
            # "tell Marcus the code is 4417", "tell Jen to leave it under the mat"
            r"|\btell (?!(?:the|my|your|our|maintenance|management|office|them|him|her|me|us"
            r"|whoever|someone|somebody|everyone|anyone|mantenimiento)\b)[a-z]+ (?:the code is"
            r"|to leave it (?:under|by|at|with))\b"
            # a school or a daycare writing to a parent: "Jayden left his jacket here today"
            r"|\b(?:left|forgot) (?:his|her|their) (?:jacket|coat|backpack|lunch ?box|lunch"
            r"|sweater|hoodie|shoes|hat|water bottle|homework|folder) (?:here|at (?:school"
            r"|daycare|practice))\b|\b(?:dejo|olvido) su (?:chamarra|chaqueta|mochila|lonchera"
            r"|sueter|gorra|tarea) (?:aqui|en la (?:escuela|guarderia))\b"
            r"|\bla foto que te\b|\bon (?:ur|your) way home\b|\bpick up (?:some |the )?(?:milk"
            r"|bread"
            r"|eggs|diapers|panales|tortillas|groceries)\b"
            # a seat or a message for family or friends ("running 10 min late save me a seat",
            # "tell your brother I'll be late")
            r"|\bsave me a (?:seat|spot|plate)\b|\bguardame (?:un )?(?:lugar|asiento|plato)\b"
            r"|\btell your (?:brother|sister|mom|dad|mother|father|aunt|uncle|cousin|grandma"
            r"|grandpa) (?:i'?ll|i will|i'?m|im|that i)\b"
            r"|\b(?:can (?:u|you) )?tell (?!(?:the|my|your|our|maintenance|management|office|them"
            r"|him|her|me|us|whoever|someone|somebody)\b)[a-z]+ (?:i'?ll|i will|i'?m|im|that i) "
            r"(?:be|call|pick|get|see)\b"
            r"|(?<!residents )(?<!resident )(?<!community )\bmeeting (?:moved"
            r"|changed)"
            r" to \d",
        ],
        guards=[_ROUTABLE],
        negatable=False,
    ),
    # A wrong number: a doctor's office asked for ("Is this Dr. Patel's office? I need to
    # reschedule my cleaning"), the children to fetch ("can u pick up the kids at 4 im stuck at
    # work"). Unguarded: the topic words belong to someone else's errand
    rule(
        "safety.unclear.wrong_number",
        [
            r"\bis this (?:dr|doctor|the doctor|the dentist|dentist|the clinic|the pharmacy)\b"
            r"|\bes (?:aqui )?(?:el consultorio|la clinica|la farmacia|el dentista)\b",
            r"\bpick up the (?:kids|boys|girls)(?: (?:at|by|after|from school)\b|\W*$)"
            r"|\brecoge a los (?:ninos|ninas|chamacos|chicos)\b",
        ],
        negatable=False,
    ),
    # A call back asked for with nothing said about what: only a person can find out
    rule(
        "safety.unclear.call_back_no_topic",
        [
            r"\b(?:call|ring|phone|text|contact) (?:me|us|my (?:cell|phone|number|mobile))\b"
            r"|\bgive (?:me|us) a (?:call|ring|shout)\b"
            r"|\bcall(?:ing)? (?:me |us )?back\b|\bcall ?back\b|\bget back to me\b"
            r"|\b(?:talk|speak) (?:to|with) (?:someone|somebody|a person|a human|anyone)\b"
            r"|\bllam(?:e|en|a)(?:me|nos)\b|\bmarque(?:n)?me\b|\bmarcame\b|\bhable(?:n)?me\b"
            r"|\b(?:me|nos) (?:pueden|puede|podrian|podria|puedes) (?:llamar|marcar|hablar)\b"
            r"|\b(?:me|nos) (?:regresan|regresa|devuelven|devuelve) la llamada\b"
            r"|\bcomunicarse conmigo\b|\bcontesteme\b|\bconteste(?:n)?me\b|\bque me (?:llamen|llame"
            r"|marquen|hablen)\b|\bhablar con alguien\b",
        ],
        # a topic named, or a call asked before a visit (entry permission in a repair dialogue)
        guards=[
            _ROUTABLE,
            r"\b(?:interfon\w*|intercom|call ?box|inspection|inspeccion|mov(?:e|ing)\w*|mudanza"
            r"|mud\w*"
            r"|amazon|deliver\w*|entrega\w*|renew\w*|renov\w*|contrato|deposit\w*|deposito)\b",
            r"\b(?:first|before (?:coming|you come|entering|you enter|heading (?:up|over)"
            r"|(?:you |u )?(?:go|going|come|coming) (?:in|inside|up|over))|antes de"
            r" (?:venir|entrar|pasar|subir|llegar)"
            r"|primero)\b",
        ],
        negatable=False,
    ),
    # Only who is writing: a name, a unit, a greeting ("it's Dana from 4B", "soy Carmen del 2C",
    # "Rob in 1120 here"), with nothing to route
    rule(
        "safety.unclear.who_only",
        [
            # someone introducing themselves, or a unit named as theirs ("1108" alone is left
            # to the content-free rule)
            r"^(?=.{0,120}\b(?:it'?s|its|this is|soy|habla|hablo|me llamo|i'?m|im|unit|apt"
            r"|apartment|depa\w*|apto|here|aqui|from|del|in|en)\b)"
            r"\W*(?:(?:hi|hey|hello|hola|ola|buenas|buenos dias|good (?:morning|afternoon|evening))"
            r"\b\W*(?:(?:tardes|noches|dias)\b\W*)?)?(?:(?:it'?s|its|this is|soy|habla|hablo"
            r"|me llamo|i'?m|im)\s+)?(?:(?:mrs?|ms|miss|sra?|senora|senor|la senora"
            r"|el senor)\.?\s+)?"
            r"(?:[a-z]+'?s?\W+){0,2}(?:(?:from|in|of|at|del|de la|de|en|la del|el del)\s+)?"
            r"(?:(?:unit|apt|apartment|depa|departamento|apto|#)\s*)?#?\d+[a-z]?\b"
            r"(?:\W+(?:st|nd|rd|th)? ?floor\b|\W+piso\b)?\W*"
            # then nothing but filler: "it's Brenda from 4C, what's going on with everything?"
            rf"(?:\bhere\b|{_FILLER})*+$",
        ],
        guards=[_TOPIC, _VISIT_AT_UNIT],
        negatable=False,
    ),
    # A topic named and nothing asked: "about the parking", "sobre la renta", "re: the thing
    # from friday"
    rule(
        "safety.unclear.topic_only",
        [
            r"^\W*(?:about|regarding|re|sobre|acerca de)\b\W+(?:the |my |el |la |mi |lo de )?"
            r"\w+(?: \w+){0,2}\W*$",
        ],
        negatable=False,
    ),
    # A pointer alone: "the one by the window", "el de la ventana", "that one on the left". As an
    # answer to the location we asked for, the workflow takes it as the answer (unclear yields to
    # an awaited detail); as a message of its own nothing says what it is about.
    rule(
        "safety.unclear.pointer_only",
        [
            r"^\W*(?:(?:yes|yeah|no|si|ok|okay)\W+)?(?:the|that|this|el|la|lo|ese|esa|este|esta)"
            r" (?:one|ones|thing|things|cosa|de|del|que (?:esta|estan) (?:en|junto a|al lado de"
            r"|cerca de))\b(?: (?:by|near|next to|on|in|under|over|at|behind|de|del|en|junto a"
            r"|al lado de))?(?: (?:the|my|la|el|los|las|mi))? \w+"
            # "the thing in the hallway, is it yours?"
            r"(?:\W+(?:is (?:it|that|this) (?:yours|mine|ours)|es (?:tuyo|tuya|suyo|suya)))?\W*$",
            # "it's in the pic", "todo esta en el correo": an attachment the office cannot see
            r"^\W*(?:it'?s|its|it is|esta|todo esta|everything is|all) (?:all )?(?:in|en) (?:the|my"
            r"|la|el|mi) (?:pic|pics|photo|photos|picture|foto|fotos|email|correo|attachment)\W*$",
            # thanks, then a question about something never named ("ok gracias pero para
            # cuando", "thanks but what about mine")
            r"^\W*(?:(?:ok|okay|k)\W+)?(?:thanks|thank you|thx|ty|gracias|grasias)\W+(?:but|pero)"
            rf"\b{_FILLER}*+$",
        ],
        negatable=False,
    ),
)

# What makes a message of filler words a real question or request after all (CONTENT_FREE and
# WHEN_ONLY): a consonant-only "word" that is a topic (the AC, the TV)
_CONTENT_FREE_GUARDS = (
    r"\b(?:a/c|tv|hvac|wifi|wi-fi)\b"
    # a real question made of filler words: where the office is, when maintenance comes
    r"|\b(?:where|donde)\b.{0,80}\b(?:office|oficina|maintenance|mantenimiento|leasing)\b"
    r"|\bdoes (?:maintenance|the office|leasing|the apartment|the unit)\b"
    r"|\bcambio\b.{0,80}\b(?:cel|celular)\b|\b(?:everything|todo) (?:is |esta )?(?:fine|good"
    r"|ok)\b"
    r"|\bwho is the (?:owner|landlord)\b|\bpara cuando\b|\bmonth to month\b|\bmes a mes\b"
    # a visit at a stated time: "r u guys still coming at 2?"
    r"|\b(?:coming|come|vienen|viene|vendran)\b.{0,40}\b(?:at|a las) \d"
    # a visit asked for at a named unit: "send maintenance to 311", "someone to come by 1208"
    rf"|{_VISIT_AT_UNIT}"
    # a repair visit asked for, no unit named: "need maintenance asap pls", "ocupo mantenimiento
    # urgente" (routine maintenance with its description still to ask, as the labels read it)
    r"|\b(?:need|needs|necesito|ocupo|send|manden|mandar|mande|requiero)\b.{0,30}\b(?:maint\w*"
    r"|mantenimiento|tech|tecnico|repair\w*|plumber|plomero|handyman)\b"
)

CONTENT_FREE = SafetyRule(
    id="safety.unclear.no_content",
    kind="unclear",
    # only filler words, or only "words" without a vowel ("jjjj", "sdfgh"). Possessive (*+):
    # a word such as "hmm" fits two branches, and a plain * retried both for every such word
    # before giving up (2^n steps: 30 of them and a non-filler word took hours). Every branch
    # that fits at a position covers the same span, so not retrying changes no result.
    patterns=re.compile(rf"^{_FILLER}*+$"),
    guards=re.compile(_CONTENT_FREE_GUARDS),
    negatable=False,
)

# A time or a day alone: "after 3 works", "thursday then", "el martes entonces". As the answer
# to the availability we asked for, the workflow takes it (unclear yields to an awaited
# detail); as a message of its own nothing says what the time is for. It comes after
# ``CONTENT_FREE``, which names a message of filler words alone ("good morning") first.
WHEN_ONLY = SafetyRule(
    id="safety.unclear.when_only",
    kind="unclear",
    # the time words first ("6ish" is one word, not a digit then "ish"); possessive as above
    patterns=re.compile(
        rf"^(?=.*\b(?:{_WHEN_WORDS})\b)(?:\b(?:{_WHEN_WORDS}|{_WHEN_FILLER})\b|{_FILLER})*+$"
    ),
    # someone coming, money on its way ("money will be there thursday"), a visit asked for
    # ("necesito a alguien para el bano, estoy en las mananas"): status, promise, request (a
    # visit from maintenance is among ``_CONTENT_FREE_GUARDS`` already)
    guards=re.compile(
        rf"{_CONTENT_FREE_GUARDS}|\b(?:coming|come|vienen|viene|vendran|money|dinero|pay|pago)\b"
        r"|\b(?:need|necesito|ocupo)\b.{0,30}\b(?:someone|somebody|alguien)\b"
    ),
    negatable=False,
)
