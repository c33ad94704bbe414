"""Which maintenance details a message already gives, and the plain facts in it.

Lexicons over ``normalize``-d text, tolerant of typos and missing accents, in English and
Spanish. A detail counts as given when the resident said it either way: "you can let yourself
in" and "please don't enter unless I'm home" both answer entry permission. Words with a second
reading carry guards: llave is a key or a faucet, "after 7" or "en la noche" can say when a
problem happens rather than when someone is home, "by friday" is a deadline, not a free slot.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from frontdesk.intake.normalize import normalize
from frontdesk.intake.prefilter import PatternSet
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
    r"|(?:\w{2,}ro+m|room)(?! (?:fan|door|light|faucet|sink|window|cabinet|vent|mirror|temp\w*))"
    r"|kit+c+h?e+n"
    r"|hall ?way|halway|closet|laundry|utility room|balcony|patio|deck|porch|garage|carport"
    r"|parking (?:lot|garage|spot|space|area)|basement|attic|entry ?way|entrance|foyer"
    r"|front door|back door|stair ?well|stairs|den|office|nursery|guest room|lobby|mailroom"
    r"|courtyard|pantry|on (?:my|our|the) (?:\w+ )?flo+r|\d+(?:st|nd|rd|th) floor"
    r"|upstairs|downstairs|cocina|bano|banos|recamara\w*|habitacion\w*|cuarto|dormitorio|sala"
    r"|comedor|pasillo|armario|ropero|lavanderia|balcon|garaje|cochera|sotano|atico|entrada"
    r"|escalera\w*|estacionamiento|parqueadero|parqueo|lavadero|azotea|rooftop|clubhouse"
    r"|club house|casa club|dog (?:park|run|area)|zona de (?:perros|juegos|basura|parrillas)"
    r"|hall bath\w*|arriba de (?:mi|la) puerta"
    # shared amenities (not the pool in a second question: "also when is the pool opening")
    r"|(?:pool|piscina|alberca)(?! (?:hours|open\w*|clos\w*|is open|season|abre|abierta))"
    r"(?<!abrieron la alberca)(?<!abren la alberca)|pool ?side|gym|fitness (?:center|room)"
    r"|gimnasio|playground|walkway|sidewalk|banqueta|hot tub|(?:area de )?asadores|grill area"
    # a spa, a sauna (not "like a sauna"), a court
    r"|picnic area|spa|(?<!like a )(?<!like )(?<!como )(?<!como un )sauna"
    r"|(?:tennis|basketball|pickleball|sport|volleyball) court|cancha"
    r"|(?:by|near|behind|in front of|next to) (?:building|bldg|edificio) \w+|cuaro"
    r"|\d+(?:do|ro|er|to|vo|no)? piso)\b"
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
    r"|hanging off|se bota|no esta (?!bien\b)\w+|came down"
    r"|no (?:se )?(?:resetea|reinicia)|gotea\w*|gotera|fuga|tap(?:o|a|ad\w*|on\w*)|atascad\w*"
    r"|rot[oa]s?|descompuest\w*|no (?:sirve"
    r"|sirrve|funciona|prende|pernde|enciende|calienta|enfria|cierra|abre|jala|baja|sale"
    r"|hay(?! (?:apuro|prisa|problema|bronca|nadie))|drena"
    r"|prenden|encienden|sirven|funcionan|responde|exprime|marca bien|desagua\w*"
    r"|seca|deja)n?|no se (?:cierra|abre|apaga|prende|enciende|detiene|sostiene|vacia)|dejo de"
    r"|no tengo (?:agua|luz|gas)|no tenemos|sin agua|sin luz|suelt[oa]|flojo"
    r"|floja|atorad\w*|trab(?:ad\w*|[aoe]|an|aron)|dura|duro|moho|manchas?|humedad|olor\w*|huele"
    r"|ruido\w*"
    r"|cucarach\w*|ratas?|ratones|raton|hormigas|chinches|plaga\w*|agujero|hoyo|bache|grieta\w*"
    r"|danad\w*|desprend\w*|levantad\w*|mojad\w*|charco|oxidad\w*|parpade\w*|quemad\w*"
    r"|fundid\w*|se cayo|se rompio|se salio|se mueve|congelad\w*|presion|cafe|caliente|fri[oa]"
    r"|pitando|pita|lento|tira agua|echando|chorrea\w*|chillid\w*|gr+ieta\w*|se zafo|zafad\w*"
    r"|tarda\w* (?:mucho|muchisimo|demasiado|en)|se quemo|se atora\w*|se para|suena mucho"
    r"|se queda prendid\w*|fuera de servicio|pierde (?:agua|por)|descompus\w*|(?:sigue|esta"
    r"|anda) corriendo)\b"
    # water, smoke and sounds said other ways ("pipe burst", "sale agua a chorros", "se paro",
    # "rechina"); not "alarm", "smoke alarm" or "fire" alone: they name the thing in accessibility
    # requests ("can the fire alarm be swapped for a strobe")
    r"|\b(?:burst\w*|pour\w*|gush\w*|caved? in|collaps\w*|se paro|rocks|drafts?|drafty|zumb\w*"
    r"|rechin\w*|empapad\w*|chorros?|revent\w*|tirando agua|no para|soft spot|ice cold|iced up"
    r"|smok\w*(?! (?:alarm|detector))|(?<!alarma de )(?<!detector de )humo|(?:went|going|goes) off"
    r"|sewage|aguas negras|se (?:esta |estan )?(?:saliendo"
    r"|metiendo|cayendo|levantando|despegando|regresando)|sale agua|water (?:coming|everywhere"
    r"|pouring|on the floor)|inund\w*|fuego|spins?|se traga|tastes?|sabe a|desmoron\w*|burbuj\w*"
    r"|bubbl\w*|gap|chispa\w*|shaking|panal|avispas|abejas|bees|spiders|pulgas|fleas|sweat\w*"
    # eval23's: pests by name, "room temp" inside a fridge, a creak, a lock "durisima"
    r"|pulled (?:out|off|away|loose)|moths?|gnats?|(?:fruit |small |little |tiny )?flies"
    r"|room temp\w*|creak\w*|cruj\w*"
    # eval25's: more pests by name, knocking sounds, a light that will not go off
    r"|crickets?|earwigs?|silverfish|centipedes?|millipedes?|stink ?bugs?|slugs?|grillos?"
    r"|cienpies|clank\w*|clunk\w*|thump\w*|knocking|stays? on|won'?t (?:shut|turn|go) off"
    r"|abomband\w*|durisim[oa]|cuesta (?:un monton|mucho|trabajo) (?:girar|abrir|cerrar|prender"
    r"|jalar|mover)"
    r"|squeal\w*|clic\w*|hirviendo|se apaga|apagad\w*|sin parar|no (?:le )?baja|no gira|no suena"
    r"|no se queda|no tiene seguro|se (?:quebro|estrello|desprendio|descuadro|trabo|atasco|salio"
    r"|metio|inundo|fundio|murio)|quebr\w*|estrellad\w*|ruidazo|sonando|error)\b"
)
_URGENCY = re.compile(
    r"\b(?:urg\w*(?! care)|urent|asap|as soon as possible|right away|immediately|right now"
    r"|now please"
    r"|someone now|come now|today if|today please|(?:fixed|fix it|fix this|come|here) today"
    r"|need (?:it|this) (?:fixed )?today|by tonight|not urgent|non[- ]urgent"
    r"|not an emergency|isn't urgent|not a big deal|whenever (?:you|u) (?:can|get|have)"
    r"|when(?:ever)? you (?:can|get a chance|have time)|at your convenience|can wait|low priority"
    r"|high priority|top priority|priority|not in a hurry|in no hurry"
    r"|soon as|soon would|time sensitive|get worse"
    r"|before (?:the weekend"
    r"|it gets worse)|lo (?:mas )?(?:antes|pronto|an+tes) posible|cuanto a?n?tes|cuaa?nto"
    r"|de inmediato"
    r"|inmediat\w*|hoy mismo|ya mismo|no (?:es )?urgente|sin prisa|no hay prisa|no hay apuro"
    r"|sin apuro|cuando (?:puedan|pueda|tengan tiempo)|cua+n?o?d? (?:puedan|tengan)|puede esperar"
    r"|(?<!todo )rapido|pronto|(?<!de )emergencia|prioridad|no corre prisa|vengan ya|que vengan"
    r"|q vengan|k vengan"
    r"|arreglen hoy|poniendo peor|poneindo peor|next week|otra semana|proxima semana)\b"
    # more ways to say how soon (or that it can wait), and that it is getting worse
    r"|\b(?:take your time|no (?:big |huge |real |major )?(?:rush|hurry)|not (?:in )?a (?:big "
    r"|huge )?(?:rush|hurry)"
    r"|(?:isn't|is not|not) a rush|whenever(?: is| works| you're| ur| u r)? ?(?:fine|ok|good"
    r"|free)|whenevs|(?<!in )(?<!enter )(?<!key )whenever\W*$|soon(?:ish|er)?|hurry"
    r"|quick(?:ly)?(?! question)|within (?:the|a|\d+)"
    r" (?:day|days|week|hours?)|(?<!morning )(?<!afternoon )(?<!evening )(?<!whenever )"
    r"(?<!away )(?<!gone )(?<!twice )(?<!times )(?<!once )(?:this"
    r"|next)"
    r" (?:week|weekend)(?<!days this week)(?<!day this week)(?<!days next week)"
    r"|in the next (?:few )?(?:day|days"
    r"|hours?|couple)|next (?:few|couple(?: of)?) days|by (?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|by (?:the weekend|tonight|tomorrow|friday)|before (?:the weekend|summer|winter"
    r"|it rains|the inspection|it gets|friday|monday)|(?<!home )(?<!around )(?<!here )"
    r"(?<!free )(?<!available )(?<!out )(?<!gone )today\b(?! (?:after|before|between|from"
    r"|until|all|any))|getting (?:bigger|worse|faster|colder|hotter|softer|louder|larger)"
    r"|(?<!not )(?<!isn't )spreading|(?:keeps?|is|it's|its|are|been|and) growing"
    r"|growing (?:bigger|fast|larger|quickly|every|each)|worse (?:each|every)|(?:cada (?:vez|dia)"
    r"|va) (?:mas|peor|empeorando)"
    r"|empeorando|(?:va|sigue|esta) (?:en )?aumento|va aumentando|se esta haciendo mas"
    r"|(?<!estoy )(?<!casa )(?<!toy )(?<!dia )hoy\b(?! (?:en la|por la"
    r"|despues|antes|todo|estoy|toy|ando))|(?<!tarde de )(?<!dia de )(?<!manana de )esta semana"
    r"(?! (?:trabajo|estoy|ando|toy|no estoy|salgo))|cuando sea\b|cuando (?:tengan"
    r"|puedan) (?:chance"
    r"|oportunidad)|cuando gusten|con calma|apur\w+|\burge\b|an+t+e+s posible|de preferencia"
    r"|lo mas rapido)"
    # how soon, said other ways: a polite deadline, "pressing", an emergency, "ya" at the end of
    # a demand, something to beat ("before it bursts", "antes de que reviente"), "tomorrow
    # would be great", and a problem that grows ("cada vez es mas", "stronger every day")
    r"|\b(?:(?:at your )?earliest convenience|whenever (?:is|works) (?:\w+ )?(?:easiest|best"
    r"|convenient|good)|whenever (?:you|you guys|y'all|yall|the team|someone|somebody|they)"
    r" (?:can|get|gets|have|has|are)|(?<!in )(?<!enter )(?<!key )whenever(?=\W*(?:[.,!;]| -| —))"
    r"|(?:not|pretty|kind of|kinda|very|super|fairly|a bit|somewhat|quite|really|not that|not too"
    r"|isn't) pressing|(?:not|no) rushing|(?:this is|it's|its|it is) (?:an? )?emergency"
    r"|es (?:una )?emergencia|help now|send (?:someone|somebody|help)(?: now| right)"
    r"|(?:alguien|vengan|venga|manden|fumiguen|arreglen|revisen|vean|necesito|ocupo) ya"
    r"(?=\W*(?:$|[.!,]|por favor|porfa))|para ayer"
    r"|antes de que(?! (?:vengan|venga|entren|entre|lleguen|llegue|pasen|pase)\b)"
    r"|(?:fixed|done|cleared|handled|repaired|looked at|sorted|need it|need this|needs it)"
    r" before (?!\d|noon|coming|entering|you\b|they\b)"
    r"|need (?:someone|somebody|it|this|them|you) (?:here |out |fixed |done |back )?(?:today"
    r"|tomorrow|tonight)|tomorrow (?:would be|is) (?:great|ideal|best|ok|okay|fine|good|perfect)"
    r"|cada (?:vez|dia|noche|semana) (?:\w+ ){0,2}(?:mas|peor)|(?:mas|peor|crece|creciendo)"
    r" (?:\w+ ){0,2}cada (?:vez|dia|semana)|(?:esta|va|sigue) creciendo|se (?:esta )?(?:haciendo"
    r"|poniendo|pone) (?:mas|peor)|getting (?:stronger|wose|louder)"
    r"|(?:venir|vengan|venga|pasar|pasen|arreglen|revisen) hoy|whenever works"
    r"|nada urgente|si (?:se )?tardan|whenever (?:esta|ta) bien|zero (?:rush|hurry)|no emergency"
    r"|whenever (?:pueden|puedan|puedes|tengan)|cero (?:prisa|apuro|rush)"
    r"|(?:va|van) (?:para|pa) peor"
    r"|(?:seems?|seem|appears?) (?:to be )?growing|to be growing"
    # a need with a deadline: "kinda need to cook tonight"
    r"|need to (?:\w+ ){1,2}(?:tonight|today|by tomorrow)"
    r"|(?:necesito|ocupo|necesitamos) (?:\w+ )?para (?:hoy|manana)\b(?! (?:en la|por la|a las"
    r"|temprano))"
    r"|no es (?:para|pa) (?:ahorita|ya|hoy|luego)|antes de (?:la noche|esta noche|que (?:anochezca"
    r"|oscurezca))|(?:worse|bigger|stronger|larger"
    r"|louder|more) (?:each|every) (?:day|week"
    r"|night|time)|cua\w{1,4} antes"
    # a deadline or a worsening said other ways: "before my mom comes sat", "antes del viernes",
    # "so before then would be great", "ya esta peor", "worse than before", "se esta expandiendo"
    r"|before (?:my|our|the) (?:\w+ )?(?:comes?|arrives?|gets here|visits?|party|guests)"
    r"|before then|antes del? (?:fin de semana|lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo)|que quede antes|(?:ya )?(?:esta|estan) peor"
    r"|(?:se )?(?:esta )?expandiendo|getting (?:mushier|deeper|wider|darker|wetter|heavier))\b"
)
_ENTRY = re.compile(
    # a key left for the visit: "code for the lockbox", "key's fine", "key is under the mat",
    # "dejo la llave en la caja de seguridad"
    r"\b(?:lock ?box|caja de seguridad|key(?:'s| is)? (?:fine|ok|okay|under|in the)"
    r"|under the mat|bajo el tapete|debajo del tapete)\b|"
    # Words with an innocent second reading carry a guard: "the keyless entry pad", "a rail go
    # in by the toilet", "turn the key", "a knocking noise", "air coming in", "no abre" (won't
    # open), "entre semana"; llave is also a faucet ("la llave del agua"), so only a key someone
    # uses or leaves counts.
    r"\b(?:enter(?:s|ed|ing)?\b"
    r"|(?<!the )(?<!keyless )entry(?! (?:pad|way|door|light|closet|gate|hall))"
    r"|(?<!rail )(?<!bar )go in|come in|comiing in"
    r"|(?:before|when|you're|you are|they're|they are|anyone|someone) coming in"
    r"|let (?:you|u|them|him|her|yourself|yourselves|urself|urselves|someone|somebody|anyone"
    r"|you guys|y'?all"
    r"|maintenance|the (?:tech\w*|plumber|guy|team)) in|let u in|let in|master key|masetr key"
    r"|(?:your|a|spare) key|(?<!turn )(?<!turning )(?<!jiggle )(?<!jiggling )the key"
    r"|(?<!the )knock|(?:call|text|message|phone) (?:me )?(?:\w+ ){0,2}(?:before|first|ahead)"
    r"|(?:come|i'll|will) unlock|(?:mensaje|mensajito|whatsapp|texto) (?:antes|primero)"
    r"|permission|permiso|entr(?:ar|en|aar)|entre(?! (?:semana|las?|el|los|pisos?|\d))|enntrar"
    r"|(?<!podemos )(?<!puedo )pasar|pasen|(?:llave|llaves) (?:maestra|de repuesto|extra)"
    r"|(?:su|sus|usen|use|usar|usen su|usen la|pasen con|pasen con la|dejo la|deje la|les dejo"
    r" la|tiene|tienen) llaves?"
    r"|(?:les|les puede|les pueden|ella|el|si nadie) abr(?:e|ir|o|imos)|les abro|toquen"
    r"|tocar (?:el timbre|la puerta|antes|fuerte)|llaemn"
    r"|without me|unless i'?m|sin mi|si no (?:estoy|toy)|aunque no (?:este|estemos|toy)|go ahead"
    r"|be present|estar presente|be home when|someone (?:will be|is) home to let)\b"
    # more ways to grant entry: walk in / let themselves in / has my ok / key is fine / leave it
    # unlocked / pets are fine; or to refuse it: rather be there, ring first, tell me before
    r"|\b(?:(?<!anyone can )(?<!i )walk in(?! (?:the|a|closet|conversion|shower|tub|pantry))"
    r"|(?:head|go|come) (?:right |on |straight )in|let them\w*lves in"
    r"|(?:have|has|got) (?:my|our) (?:ok|okay|permission|blessing)|my ok to|(?:fine|ok|okay) with"
    r" (?:you|them|someone|the team|maintenance) (?:going|coming|entering|stopping)"
    r"|(?:key|keys|master) (?:is|are) (?:fine|ok|okay|good)|use (?:the key|your key|yours)"
    r"|(?:leave|left|leaving) (?:it|the door|the unit|my door|the apartment) (?:unlocked|open)"
    r"|door(?:'s| is| will be) (?:unlocked|open)|(?:door )?code (?:is on file|works|is with)"
    r"|(?:dog|dogs|cat|cats|pets?|puppy)(?:'s| is| are)? (?:\w+ )?(?:friendly|chill|crated"
    r"|in (?:a|the|his|her|their) crate|locked (?:in|up|away)|put away|harmless|nice|sweet)"
    r"|(?:keep|don't let) (?:the door|\w+) (?:shut|closed|out)"
    r"|(?:ok|okay|fine|free) to (?:spray|treat|go|come|stop by|swing by|let|use|enter|open)"
    r"|use (?:the |a |your |the master |master |spare |a spare )?keys?\b"
    r"|(?:while|when) i'?m (?:out|gone|away|at work|not (?:home|there|here|around))"
    r"|leave (?:me )?a note|no need (?:for me )?to (?:be (?:home|there|here)|call|contact|text)"
    r"|(?:don't|do not|won't) need (?:me|to (?:be|come|go))|need (?:me|anyone) (?:home|there)"
    r"|(?:come|go) inside|rather be (?:home|there|here|present)"
    r"|(?:prefer|like|want|wanna) to be (?:home|there|here|present)|prefer i'?m (?:home|here|there)"
    r"|ring (?:the |my )?(?:door)?bell|(?:will|can|'ll|could) open (?:up|the door|for)"
    # (not "cualquiera se puede meter": anyone could get in)
    r"|(?<!cualquiera puede )(?<!alguien puede )meterse|metanse"
    r"|(?<!cualquiera se )(?<!alguien se )(?<!cualquiera )(?:pueden|puede|se pueden) meter"
    r"|aunque no (?:haya nadie|estemos|estoy)"
    r"|si no hay nadie|(?:dejo|deje|dejare|dejamos) (?:la puerta )?(?:abierta|abierto|sin seguro"
    r"|sin llave)|(?:autorizacion|autorizo|autorizado)|no (?:hace falta|es necesario|necesito)"
    r" que (?:yo )?este|no me tienen que avisar|(?:avis\w+|llam\w+) (?:antes|primero)"
    r"|me (?:pueden )?avis\w+ y (?:les )?abro|(?:perro|perrita|perrito|gato|gata|gatos|perros)"
    r" (?:es|esta|estan|son) (?:tranquil\w+|encerrad\w+|amigable|bueno|en su jaula)|no muerde"
    r"|cierren la puerta|no dejen (?:la puerta abierta|salir)|prefiero estar|quiero estar"
    r" (?:presente|ahi|aqui|en casa)|timbre antes)\b"
)
# A day or time is availability unless it dates the problem or sets a deadline: "since monday",
# "desde el lunes", "by friday", "before the weekend", "an inspector is coming thursday",
# "can wait till monday", "tomorrow would be great" (urgency), "no heat all weekend".
_NOT_WHEN = (
    r"(?<!since )(?<!since last )(?<!desde )(?<!desde el )(?<!by )(?<!by this )(?<!by the )"
    r"(?<!before )(?<!before the )(?<!antes del )(?<!until )(?<!till )(?<!coming )(?<!all )"
    r"(?<!back )(?<!early )(?<!out )(?<!inspector )(?<!inspector el )(?<!for the )"
    r"(?<!away )(?<!away this )(?<!gone this )(?<!out this )"
    r"(?<!la )"
)
_AVAILABILITY = re.compile(
    rf"\b(?:{_NOT_WHEN}(?:(?:{_DAYS_EN}|{_DAYS_ES}|{_DAY_ABBR})s?|weekends?|tomorrow|tmrw|tmr"
    r"|manana)(?! (?:would be|is (?:ok|okay|fine|great|good)))"
    r"|m\w*ndays|tue\w*days|weekdays?|pasado manana|mornings|afternoons|evenings"
    r"|(?<!last )nights|mananas"
    r"|(?:las|por las|en las) tardes|(?<!since )(?:this|tomorrow|in the) (?:morning|afternoon"
    r"|evening)|today (?:after|before|between|from|until|all|any)"
    r"|(?:home|a(?:round|ruond|orund|rond)|available|free|libre|en casa)"
    r" (?:\w+ ){0,2}(?:today|tonight|now|ahorita|hoy|all|after|before|until|till|from|on|siempre"
    r"|always"
    r"|in the (?:morning|afternoon|evening|day)|every|most|during)"
    # "after 7" as a time to come, not "pitch black after 7" or "stops after 10 minutes"
    r"|(?<!dark )(?<!black )(?<!loud )(?<!cold )(?<!stops )(?<!starts )"
    r"after (?:\d{1,2}(?!\d)(?! ?(?:min"
    r"|sec|hour|hr|day|week|month|year|cycle|time|use|flush|request|call|email|message|tr|attempt"
    r"|ticket|report))|noon|work|lunch|school|that)"
    r"|before (?:\d|noon|work|lunch)"
    r"|(?<!stuck )(?<!stopped )(?<!stairwell )between \d|betwene \d|from \d|\d{1,2} ?(?:am|pm|a\.m"
    r"|p\.m)|\d{1,2}:\d{2}|\d{1,2} ?- ?\d{1,2}"
    r"|noon|(?<!enter )(?<!in )(?<!entrar )any ?time|(?<!work )all day"
    r"|(?<!trabajo )(?<!trabajando )(?<!gotea )(?<!abierta )todo el dia"
    r"|work (?:till|until|til|nights|days|from home)|wfh"
    r"|(?<!unless )(?<!if )(?:i'm|i am|im) (?:home|a(?:round|ruond|orund|rond)|available|free|off)"
    r"|(?:we're|we are) (?:home|around|available)"
    r"|available"
    r"|best time|cualquier (?:hora|dia|momento)"
    r"|(?:estoy|toy|ando|estamos|stoy) (?:despues|antes) del (?:mediodia|medio dia)"
    r"|(?:estoy|toy|estamos|stoy) (?:en casa"
    r"|disponible|libre|todo)|disponible\w*|fin de semana|entre semana|despues de las?"
    r"|antes de (?:las|la una)|entre las|a partir de las|de \d+ a \d+"
    r"|despues de (?:clases?|la escuela|mi trabajo|el trabajo|trabajar|school|class)"
    r"|(?:estoy|toy|ando|estamos|llego|regreso|vuelvo) (?:\w+ ){0,4}a las \d"
    # en/por la tarde only when someone is there then, not "cucarachas en la noche"
    r"|(?:estoy|esta|toy|ando|estamos|yo|mejor|encuentran|libre|disponible|venir|vengan|pasen"
    r"|entrar) (?:\w+ ){0,2}(?:en|por) la (?:manana|tarde|noche)|(?:en|por) la (?:manana|tarde"
    r"|noche)"
    r" (?:estoy|toy|ando|estamos)|en las (?:mananas|tardes|noches)|trabajo hasta"
    r"|salgo (?:del trabajo |de trabajar )?a las)\b"
    # more ways to say when someone is in: "I'm here now", "any morning works", "back by 5",
    # "trabajo desde casa", "ando en casa", "los fines de semana estoy", "llego a las 5"
    r"|\b(?:(?<!unless )(?<!if )(?:i'm|i am|we're|we are) (?:\w+ )?(?:here|in and out)\b"
    r"|any (?:morning|afternoon|evening|day|weekday|weeknight|night)s?(?! now)"
    r"|(?:back|home|here|up|get home|be home|in) (?:by|at|around|til|till|until) (?:\d+|noon|lunch)"
    r"|(?:out|gone|away|at work) (?:until|till|til) (?:\d+|noon|lunch)|working from home"
    r"|home (?:daytime|days|nights|during the day)|meet (?:you|them|the tech\w*)"
    r"|(?:trabajo|trabajamos|estoy trabajando|trabajando|estoy|ando|home) (?:desde|en) (?:la )?casa"
    r"|(?:estoy|toy|stoy|ando|estamos) (?:ahorita|ahora mismo)\b(?! (?:sin|con|mojad\w*|a oscuras))"
    r"|(?:estoy|toy|stoy|ando|estamos|andamos) (?:ahorita |ahora )?(?:en (?:la )?casa|aqui|ahi"
    r"|por aqui|por aca|aca"
    r"|todos|toda|los|las|cualquier|siempre|hasta|desde|de \w+ a)"
    r"|(?:esta|estoy|estamos|ando) (?:casi )?siempre|siempre (?:estoy|esta|estamos|hay alguien)"
    r"|fin(?:es)? de semana|finde"
    r"|(?<!en )cualquier (?:tarde|manana|noche|dia|hora|momento)"
    r"|(?:todas las|todos los) \w+ (?:estoy|toy|ando|estamos|me encuentran)"
    r"|(?<!tecnico )(?<!plomero )(?<!nadie )(?<!nunca )(?<!no )(?<!el )(?<!ella )(?:llego|regreso"
    r"|vuelvo|llegamos) (?:\w+ ){0,3}(?:a las|tarde|en (?:una|\d+|media) hora)"
    r"|trabajo (?:de|en las|en la|por la) (?:noche|manana|tarde|dia)s?)\b"
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
    r"|arreglar)|\balgo no (?:esta|anda|funciona) bien\b"
    r"|\b(?:need|needs|necesito|ocupo) (?:a |an |un |una |que |q |k )?(?:\w+ )?(?:repair"
    r"|maintenance|mantenimiento|visit|visita|reparacion)|\bcome (?:look|fix|check)|\brevisar mi\b"
    r"|\bvenga (?:a revisar|mantenimiento)"
    r"|\bsomething (?:weird|strange|funny|odd) (?:going on|happening)\b|\bhard to explain\b"
    r"|\b(?:algo raro|dificil de explicar)\b|\bque (?:pase|venga) alguien\b"
    r"|\b(?:a few|some|a couple of|couple|several|\d|two|three|four|five|varias|unas|algunas)"
    r" (?:\w+ )?(?:things|cosas|issues|problems|items|detalles)\b(?: \w+){0,5}"
    r" (?:to (?:fix|look at|check)|need\w* (?:looking at|fixing|fixed|attention|repair\w*)"
    r"|que (?:arreglar|revisar))"
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


_LEXICONS = PatternSet(
    {**_PATTERNS, "place": _PLACE_PHRASE, "room_modifier": _ROOM_AS_MODIFIER, "vague": _VAGUE}
)


@functools.lru_cache(maxsize=256)
def _without_greeting(text: str) -> str:
    """The normalized text the detail lexicons read (shared by the three readers below)."""
    return _GREETING.sub("", normalize(text))


@functools.lru_cache(maxsize=256)
def _lexicons(text: str) -> Callable[[str], re.Match[str] | None]:
    """The lexicons' ``search`` over ``text``, with one literal pass (``prefilter``)."""
    return _LEXICONS.searcher(_without_greeting(text))


def details_given(text: str, lang: str = "en") -> frozenset[str]:
    """The maintenance details (``MAINTENANCE_DETAILS``) the message already states.

    ``lang`` is accepted for symmetry with the policy; both lexicons run on every message
    because residents mix languages ("el sink de la cocina").
    """
    search = _lexicons(text)
    given = {name for name in MAINTENANCE_DETAILS if search(name)}
    if search("place"):
        given.add("location")
    if search("vague"):
        norm = _without_greeting(text)
        if not _DESCRIPTION.search(_VAGUE.sub(" ", norm)):
            given.discard("description")
    return frozenset(given)


def detail_flags(text: str) -> list[float]:
    """The lexicon signals as numbers (one per detail, then the place-phrase cue) for the model."""
    search = _lexicons(text)
    names = (*MAINTENANCE_DETAILS, "place", "room_modifier", "vague")
    return [1.0 if search(name) else 0.0 for name in names]


def detail_evidence(text: str) -> dict[str, str]:
    """For each detail found, the words that showed it (for the decision's evidence)."""
    search = _lexicons(text)
    found = {}
    for name in MAINTENANCE_DETAILS:
        m = search(name)
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
