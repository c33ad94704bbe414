"""Complaint triggers, in English and Spanish: rude or hostile staff, being ignored for weeks,
asking for the owner or corporate, harassment by a neighbour. Look-alikes: "not complaining, just
curious", "use your key if nobody answers", neighbours who complain about a noisy appliance."""

from __future__ import annotations

from frontdesk.intake.safety_rule import AHEAD, SafetyRule, rule

# Month names in English (without "may", mostly a verb) and Spanish, for waits dated by month.
_MONTH = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre)"
)

COMPLAINT_RULES: tuple[SafetyRule, ...] = (
    # ---- complaint -------------------------------------------------------------------------
    rule(
        "safety.complaint.conduct_or_service",
        [
            r"\b(?:unacceptable|ridiculous|outrageous|disgust\w*|fed up|sick of|tired of|furious"
            r"|appall\w*|pathetic|horrible service|terrible service|worst)\b",
            r"\b(?:rude|unprofessional|disrespectful|yelled|yelling at|cursed|harass\w*|threaten\w*"
            r"|intimidat\w*|bully\w*|stalking)\b",
            r"\b(?:nobody|no one|no-one|noone) (?:\w+ ){0,3}(?:respond\w*|answer\w*|call\w* back"
            r"|showed up|came|fixed|helps|cares)",
            # the third request, or the third time asked; "3rd time this month" alone counts a
            # fault coming back, not the resident being ignored
            r"\b(?:third|3rd|fourth|4th|fifth|5th|several|multiple) (?:\w+ )?(?:request|requests"
            r"|message|messages|email|emails|call|calls)\b|\b(?:third|3rd|fourth|4th|fifth|5th"
            r"|several|multiple) (?:\w+ )?(?:time|times) (?:\w+ ){0,3}(?:i've|i have|ive|we've|i'm"
            r"|im|i|we|asking|calling|writing|asked|called|reported|emailed)\b",
            r"\b(?:still|again) (?:\w+ ){0,2}(?:not fixed|broken|waiting|no response|nothing)\b"
            rf"(?={AHEAD}\b(?:weeks|months|times|again|still))",
            r"\b(?:weeks|months) (?:\w+ ){0,3}(?:no one|nobody|nothing|still|waiting|ignored)",
            r"\bignor(?:ed|ing) (?:me|us|my|our)\b|\bspeak (?:\w+ ){0,2}(?:manager|supervisor|owner"
            r"|corporate)\b",
            r"\b(?:neighbor|neighbour|upstairs|downstairs|next door)\w* (?:\w+ ){0,5}(?:threat\w*"
            r"|harass\w*|insult\w*|call\w* me (?:\w+ )?n\w*mes|fight\w*|drunk)",
            r"\bnoise complaint\b",
            # the technician left a mess: "el de mantenimiento dejo todo sucio ... y ni arreglo"
            r"\b(?:mantenimiento|maintenance|tech\w*|plumber|plomero|worker|trabajador\w*|the guy"
            r"|el senor|handyman)\b(?: \S+){0,4} (?:left|dejo|dejaron) (?:\w+ )?(?:todo |everything"
            r" )?(?:sucio|tirado|mugroso|cochino|a mess|filthy|dirty)\b",
            r"\b(?:want|like|need|would like|demand) to (?:talk|speak) (?:to"
            r"|with) (?:\w+ )?(?:manager"
            r"|supervisor|owner|corporate|someone in charge|boss)\b|\bregional manager\b"
            r"|\bquien es (?:su|el|tu) (?:jefe|jefa|supervisor\w*)\b|\bwho(?:'s| is) (?:your|the"
            r"|their) (?:boss|supervisor)\b"
            r"|\b(?:hablar con|numero del|numero de la) (?:el |la )?(?:gerente|encargad[oa]"
            r"|administrador\w*"
            r"|supervisor"
            r"|duen[oa]|jef[ea])\b"
            # an errand: "el numero del administrador para pagar el deposito"
            r"(?! para (?:renovar|pagar|firmar|entregar|recoger|reservar|dejar|preguntar)\b)"
            r"|\bgerente regional\b",
            r"\b(?:said|dijo) (?:\w+ ){0,6}(?:never|nunca)\b|\bnever (?:came back|returned"
            r"|called back"
            r"|fixed)\b|\bnunca (?:regreso|vino|llego|llamo|arreglo)\b",
            r"\bnever (?:picks? up|answers?|respond\w*|calls? (?:me )?back)\b|\bnunca contesta\w*"
            r"|\bvoice ?mail (?:\w+ ){0,2}full\b|\bbuzon (?:\w+ ){0,2}lleno\b",
            r"\bnadie (?:\w+ ){0,3}caso\b|\bme trat\w* (?:muy )?mal\b|\btreated (?:me|us) (?:\w+ )?"
            r"(?:badly|poorly|like)|\binsult\w*|\bcalling me names\b|\bdone being patient\b"
            r"|\b(?:lost|out of|running out of) patience\b|\bpaciencia\b"
            r"|\bdone being (?:polite|nice)\b",
            r"\b(?:closed|closing|close|cerrad\w*) (?:\w+ ){0,2}without (?:anyone|anything"
            r"|fixing|being|doing|any)\b|\bcerr\w* (?:\w+ ){0,3}sin (?:arreglar|hacer|resolver"
            r"|venir)\b",
            # asked or called again and again; "tried the code 5 times", "hay que jalarle 3 veces"
            # and "3rd time the AC went out" count a fault, not the resident's requests
            r"\b(?:asked|called|emailed|e-mailed|told|reported|requested|texted|messaged|wrote"
            r"|written|contacted|complained|been|pedi|llame|dije|reporte|escribi|mande|les he"
            r"|he llamado|he pedido|he ido|fui|vine|gone)\b(?: \S+){0,5} (?:[3-9]|three|four|five"
            r"|six"
            r"|tres|cuatro|cinco) (?:times|veces)\b|\b(?:[3-9]|three|four|five|six|tres|cuatro"
            r"|cinco) (?:times|veces) (?:\w+ ){0,2}(?:i've|i have|ive|we've|asked|called|emailed"
            r"|reported|requested|he|les|pedido|llamado|asking|calling|repo\w*|pido|pedi|llamo"
            r"|digo)\b|\b\d(?:st|nd|rd|th|ta|ra|da|va) (?:time|vez) (?:\w+ ){0,3}(?:i|we|que|asking"
            r"|calling|writing|les|me|ask\w*|call\w*|repo\w*|pido|llamo)\b",
            r"\b(?:inaceptable|ridicul\w*|harto|harta|hartos|cansad\w* de|pesim\w*"
            # (not graffiti: "alguien pinto groserias en la escalera")
            r"|(?<!pinto )(?<!pintaron )(?<!escribio )(?<!escribieron )groser\w*|falta de respeto"
            r"|me grito|nos grito|acos\w*|amenaz\w*)\b",
            r"\b(?:nadie|ninguno) (?:\w+ ){0,3}(?:responde|contesta|vino|viene|arreglo|hace nada"
            r"|me llama|ha venido)",
            r"\b(?:tercera|cuarta|varias|muchas) (?:\w+ )?(?:vez|veces) (?:\w+ ){0,2}(?:que )?"
            r"(?:les|lo|me|pido|pedi|llamo|llame|reporto|reporte|digo|dije|pregunto|pregunte"
            r"|escribo|vengo|vine|he)\b|\b(?:he|les he|lo he) (?:\w+ )?(?:llamado|pedido|reportado"
            r"|escrito|dicho) (?:\w+ ){0,2}(?:varias|muchas) veces\b",
            # waited so long the resident is giving up
            r"\b(?:weeks|months|days|semanas|meses|dias) (?:of|de) (?:silence|waiting|nothing"
            r"|excuses|silencio|espera|excusas|nada)\b|\bshould i (?:just )?give up\b"
            r"|\bi give up\b|\b(?:ya )?me (?:rindo|doy por vencid[oa])\b",
        ],
        # "use your key if nobody answers" gives entry permission; it is not a grievance
        guards=[
            r"\b(?:if|si|in case|en caso de que) (?:nobody|no one|noone|nadie) (?:\w+ )?(?:answers?"
            r"|is home|contest\w*|abr\w*)\b",
            # one missed visit, asked about: "the work order says completed but nobody came, can
            # you check", "iba a venir ayer y nunca llego, van a venir hoy?"
            r"^(?=.{0,160}$)(?!.{0,160}\b(?:weeks?|months?|semanas?|meses|again|otra vez|times"
            r"|veces|still|sigue|todavia)\b).{0,160}\b(?:nobody|no one|noone|nadie|never|nunca)\b"
            r" (?:\w+ )?"
            r"(?:came|showed up|vino|llego|ha venido)\b",
        ],
        negatable=False,
    ),
    rule(
        # a neighbour's noise, fights or smoke, in Spanish; asking what the quiet hours are
        # ("los vecinos tienen fiesta cada sabado, hasta que hora se permite el ruido?") is a
        # question about the rules, not a grievance
        "safety.complaint.neighbour_trouble",
        [
            r"\b(?:vecin\w*) (?:\w+ ){0,5}(?:ruido|fiesta|musica|grit\w*|pelea\w*|fuma\w*"
            r"|borracho\w*|ladr\w*)",
        ],
        guards=[
            r"\b(?:horas? de silencio|horario de silencio|hasta que hora|a que hora (?:empieza\w*"
            r"|es|son)|quiet hours|hay (?:alguna )?reglas?|reglas? (?:de|sobre|para) (?:ruido|eso)"
            r"|esta permitido|se permite|se puede|pueden hablar con (?:el|ella|ellos)|me pueden"
            r" ayudar)\b"
        ],
        negatable=False,
    ),
    rule(
        "safety.complaint.says_so",
        [r"\bcomplain\w*|\bcomplaint\w*|\bqueja\w*|\bquejar\w*"],
        guards=[
            r"\b(?:neighbou?rs?|vecinos?) (?:\w+ ){0,2}(?:complain|se quej)\w*|\bno (?:me )?estoy"
            r" quejando\b|\bnot (?:trying to )?complain\w*|\bno es (?:una )?queja\b"
        ],
    ),
    rule(
        "safety.complaint.ignored_or_mistreated",
        [
            r"\b(?:management|manager|office|staff|admin\w*|oficina|gerente|ustedes|you guys"
            r"|y'all|yall|people here|nadie)\b (?:\w+ ){0,3}(?:doesn't|don't|does not|do not"
            r"|clearly don't|clearly dont) care\b|\bno les importa\b",
            r"\b(?:administracion|oficina|gerente|manager|ustedes|nadie|mantenimiento)\b"
            r" (?:\w+ ){0,2}no (?:me |nos )?(?:hace|hacen|hizo|hicieron|resuelve\w*) nada\b",
            r"\b(?:dan|dando|dar) largas\b|\bpuro cuento\b|\bme (?:ignoran|ignoraron)\b",
            r"\b(?:email|e-mail|number|contact|correo|numero|telefono"
            r"|phone)\b (?:\w+ ){0,4}(?:owner"
            r"|duen[oa]|corporate|corporativ\w*|corporacion|regional|propietario|head office"
            r"|oficina central|compania duena)\b|\bcorporate\b|\bcorporativo\b"
            r"|\bregional office'?s? (?:\w+ )?(?:number|email|contact|phone)\b|\b(?:number|email"
            r"|contact|phone) (?:\w+ ){0,2}regional office\b",
            # "does anyone read these?": writing into a void
            r"\b(?:does|do|is) (?:anyone|anybody|someone|somebody|any of you) (?:even |ever "
            r"|actually )?(?:read|answer|respond to|check) (?:(?:these|this)(?: messages| emails"
            r"| texts)?\W*$|my (?:messages|emails|requests|texts)\b)|\balguien (?:lee|revisa"
            r"|contesta)"
            r" (?:estos|mis) (?:mensajes|correos)\b",
            r"\b(?:clos\w*|cerr\w*|mark\w*) (?:\w+ ){0,3}(?:tickets?|requests?|work orders?|orden"
            r"|solicitud)\w* (?:\w+ ){0,3}(?:without|sin)\b",
            r"\b(?:llevo|llevamos|been waiting|waiting since|esperando desde)\b (?:\w+ ){0,3}"
            r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
            r"|diciembre|january|february|march|april|june|july|august|september|october"
            r"|november|december|\d+ (?:weeks|months|semanas|meses)|un mes|a month)\b"
            r"(?! (?:de atraso|atrasad\w*|late|behind))",
            # an open request dated by a month name and still not done ("work order from October
            # still open", "It's January"): waited months (not "may", which is mostly a verb)
            rf"\b(?:work orders?|requests?|tickets?|orden\w*|solicitud\w*|reportes?|pedidos?)"
            rf" (?:\w+ ){{0,2}}(?:from|since|back in|in|de|desde|en) (?:early |late |mid "
            r"|mediados de )?"
            # "the work order from june was for the dishwasher, now it's the sink" is a new fault
            rf"{_MONTH}\b(?=.{{0,80}}\b(?:still|todavia|sigue|aun)\b(?! tengo)|.{{0,80}}\b(?:it's"
            rf"|its|ya es|ya estamos en|estamos en) (?:\w+ )?(?:{_MONTH}|may)\b"
            rf"|.{{0,80}}\b(?:nobody"
            r"|no one|nothing|nadie|nada|never|nunca|no (?:one|answer|response|reply|update)s?)\b)",
            rf"(?<!moved in )(?<!move in )\b(?:since|from|back in|desde"
            rf"|en) {_MONTH}\b(?: \S+){{0,10}} (?:and )?(?:now )?"
            rf"(?:it's|its|it is|ya es|ya estamos en|estamos en) (?:\w+ )?{_MONTH}\b"
            # a date, not a wait: "we moved in back in june", "... no hurry"
            rf"(?!{AHEAD}\b(?:no hurry|no rush|sin prisa)\b)",
            r"\b(?:still|todavia|sigue|aun)\b(?: \S+){0,6} (?:\d+|two|three|four|several|dos|tres"
            r"|cuatro|varias|varios) (?:weeks|months|semanas|meses)\b"
            # time left, not time waited: "still have 2 months left on my lease"
            r"(?! (?:left|notice|de aviso|para|more|mas)\b)",
            r"\b(?:aggressive|agresiv\w*|hostile|condescending|prepotente|humill\w*|humiliat\w*"
            # "screamed" by someone else, not "we both screamed" at a mouse
            r"|laughed at|se burl\w*|(?<!\bi )(?<!\bwe )(?<!\bboth )(?<!\bwe all )screamed"
            r"|grit\w* a mi|me colgo|hung up on me|rolled (?:her"
            r"|his)"
            r" eyes|lied to (?:me|us)|me mintio)\b",
            r"\b(?:pick\w*|start\w*) (?:a )?fights?\b|\bbusca\w* pleito\b|\b(?:scared|afraid"
            r"|terrified|miedo) (?:to|of|de) (?:go|leave|walk|salir|him|her|them)\b|\bfeel unsafe\b"
            r"|\bfollow\w* me\b|\bme (?:sigue|anda siguiendo)\b|\bcomments about my\b"
            r"|\bme hace comentarios\b|\bpiropos\b|\buncomfortable\b|\bincomod[oa]\b",
            # someone above the office: "whoever is over the manager", "alguien de mas arriba";
            # "can someone paint over it" names no one above anyone
            r"\b(?:whoever|someone|somebody|anyone|person|alguien|quien|the one)\b (?:\w+ ){0,3}"
            r"(?:(?:above|over) (?:the |that |this |your |my )?(?:\w+ )?(?:manager|office|agent"
            r"|staff|supervisor|gerente|oficina)|above (?:him|her|them)|higher up|mas arriba"
            r"|(?:can|could) (?:actually )?make decisions|tome decisiones|arriba del?"
            r" (?:gerente|manager|encargad[oa]|oficina))\b"
            # "someone higher/senior", but not "move the shelf higher", "someone senior who can
            # sign my renewal"; "alguien de arriba" is mostly the upstairs neighbour
            r"|\b(?:someone|somebody|anyone|person|alguien) (?:more )?(?:higher|senior)\b"
            rf"(?!{AHEAD}\b(?:renew\w*|renovar|renovacion|sign my|firmar)\b)"
            r"|\bcon alguien (?:de )?(?:mas )?arriba\b|\bwho (?:do|can|should) (?:i|we) (?:talk"
            r"|speak|go) to (?:above|over) (?:you|him|her|them)\b",
            r"\b(?:who|whoever) owns (?:the |this )?(?:building|property|complex|place|company"
            r"|apartments?)\b|\b(?:mero mero|in charge of (?:this|the) whole)\b"
            # "the issue was escalated and fixed, thanks" is done with
            r"|\bescalat(?:e|ed|es|ing|ion)\b(?! (?:and )?(?:fixed|resolved|solved)\b)"
            r"|\bescalar\w*",
            # the same promise every time: "every time I ask I get next week", "me siguen diciendo
            # que ya viene la pieza"
            r"\b(?:every (?:single )?time|each time|cada vez|cada que|keep(?:s)? (?:telling|saying)"
            r"|(?:me )?siguen diciendo|all i get is|solo me dicen|siempre me dicen|always (?:say"
            r"|tell))\b(?! it rains| llueve)(?: \S+){0,8} (?<!come )(?<!vengan )(?:next week"
            r"|tomorrow|manana|la proxima semana|on the list|working on it|en eso|ya viene|ya va)\b"
            rf"(?!{AHEAD}\b(?:no worries|no rush|no hurry|just checking|sin prisa)\b)"
            rf"|\b(?:ya no les creo|no longer believe)\b",
            # how staff spoke to the resident
            r"\b(?:me|nos|le|les) (?:habl|contest|trat|dij|grit)\w* (?:\w+ ){0,2}(?:muy feo"
            r"|de (?:muy )?mala (?:gana|manera)|re mal)\b|\b(?:mal educad\w*|talked down"
            r"|talk(?:s|ed)? down|(?:not my problem|no (?:es|era) (?:mi|su) problema)(?!,? (?:but"
            r"|pero)\b)|(?:said|says|told (?:me|us)|dijo)(?: \S+){0,2} don't bother (?:us|me)"
            r"|stop whining|welcome to apartment living|laughed (?:at me|when|in my)"
            r"|se rio de|se rieron|se rien|me colgaron|cussed|cursed at|comment about my"
            r"|comentarios? sobre mi)\b",
            r"\b(?:talk\w*|spoke|speaks|treat\w*) (?:to |at )?(?:me|us) like\b|\blook\w* at (?:me"
            r"|us) like\b|\b(?:me|nos)"
            r" (?:trat\w*|hablo|hablaron|vio|vieron|miro|miraron) (?:\w+ )?como\b(?! a (?:las?"
            r"|eso)\b)",
            r"\b(?:tech\w*|maintenance|painter|contractor|worker|guy (?:they|you) sent|plumber"
            r"|tecnico|pintor"
            r"|trabajador|mantenimiento)\b (?:\w+ ){0,6}(?:smok|fum)\w*\b(?! (?:detector"
            r"|alarm)s?\b) (?:\w+ ){0,2}(?:inside|in"
            r"|dentro|adentro)\b",
            r"\b(?:been|being|feel|felt|get|getting|got|completely|just|totally|keep getting)\b"
            r" (?:\w+ )?(?<!\bi just )(?<!\bwe just )ignored\b|\bme (?:ignora|ignoro)\b"
            r"|\bignored (?:since|for)\b",
            r"\bwho(?:'s| is) (?:above|over) (?:the |my |your )?(?:\w+ )?(?:manager|office"
            r"|gerente)\b"
            r"|\bwho(?:'s| is|ever is) in charge (?:there|here|of (?:this|that) (?:place|office"
            r"|company))\b(?! of\b)|\bwhoever (?:is )?in charge\b(?! of\b)",
            r"\bhablar con (?:su|tu) (?:jef[ea]|supervisor\w*|gerente)\b|\balguien de la"
            r" (?:corporacion|empresa|compania|oficina regional)\b|\b(?:numero|contacto) de la"
            r" (?:corporacion|oficina regional)\b|\bregional managers?\b|\boficina regional\b",
            # the manager and not the agent: "speak to the property manager directly"
            r"\bspeak (?:\w+ ){0,3}(?:property manager|manager)\b(?=.{0,80}\b(?:not the|directly"
            r"|actual|treated|about how)\b)(?!.{0,80}\b(?:renew\w*|renovar|renovacion)\b)",
            r"\bnot (?:one|a single) (?:reply|response|answer|call)\b|\bni una (?:respuesta"
            r"|llamada)\b|\b(?:nobody|no one|noone) (?:\w+ ){0,2}call\w* (?:me |us )?back\b"
            r"(?!(?: \S+){0,8} only been (?:an? |one |\d+ )?(?:hour|hours|minutes|min))"
            r"|\bnadie (?:\w+ ){0,2}(?:regresa\w*|devuelve\w*) (?:la|las) llamadas?\b|\bni (?:me "
            r"|nos )?"
            r"(?:contestan|responden|hacen caso)\b",
            r"(?<!caso de que )(?<!\bsi )\bnadie (?:\w+ ){0,3}(?:conteste|responda|seguimiento)\b"
            r"|\bnadie me dice nada\b"
            r"|\bnobody cares\b|\ba nadie le importa\b",
            # "es broma, no hay fuga" takes a message back; "cash not acceptable now?" asks a rule;
            # "the wifi has bad service" is the signal
            r"\b(?:this|that|it|esto|eso|management|office|service|place|maintenance)(?:'s| is"
            r"| es) (?:a |un |such a |a total |a complete )?(?:joke|chiste|broma)\b"
            r"|\bthat's insane\b|\bnot acceptable\b(?! (?:now|anymore|any more|for)\b)"
            rf"|\bno es aceptable\b|^(?!{AHEAD}\b(?:wifi|wi-fi|internet|cell|celular|signal"
            r"|senal|reception|cobertura)\b)"
            rf"{AHEAD}\b(?:(?:mal|bad|poor|terrible) servicio|(?:bad|poor) service)\b",
            r"\bsexual (?:comment|remark|joke)s?\b|\bcomentarios? sexual\w*"
            r"|\bwent through my (?:stuff"
            r"|things|drawers|belongings)\b(?! to (?:reach|get|access|find))|\bver mis cosas\b"
            r"|\btold (?:me|us) to (?:clean|fix|do"
            r"|pay for|handle) (?:it|this|that) (?:myself|ourselves)\b(?!(?: \S+){0,4} worked)",
            # reported again and again to no effect, or only ever a voicemail or "next week"
            r"\b(?:reported|told you|asked|complained)\b(?: \S+){0,5} (?:twice|two times|dos veces"
            r"|multiple times|several times)\b(?: \S+){0,4} (?:nothing|nada)\b"
            r"|\bi've reported (?:it"
            r"|this|them|him|her) (?:twice|two times|multiple times)\b"
            r"(?!(?: \S+){0,4} (?:fixed|resolved|came|solved))",
            r"\b(?:every (?:single )?time|each time|cada vez|cada que)\b(?!(?: \S+){0,3} (?:after"
            r"|before|despues de) (?:\d|hours|closing|five|six|las))(?: \S+){0,6} (?:voicemail"
            r"|voice mail|buzon|nobody answers|nadie contesta)\b|\b(?:told|dicen"
            r"|dice)\b (?:\S+ ){0,3}"
            r"(?:next week|la proxima semana|manana|tomorrow)\W* (?:every time|each time|cada vez"
            r"|siempre|again)\b|\b(?:said|says|told (?:me|us)|always|just|all i get is"
            r"|only)(?: \S+){0,3} we'll get"
            r" back to you\b",
            # a neighbour who targets the resident, not one who is loud: "keeps knocking on my
            # door at night", "keyed my car", "the office said work it out yourselves"
            r"\bscream\w* at (?:me|us|my (?:kids?|children|son|daughter|wife|husband|family"
            r"|partner|girlfriend|boyfriend|mom|mother|dad))\b|\b(?:nasty|mean|threatening"
            r"|rude) notes\b",
            r"\b(?:keeps?|kept|won't stop|sigue|siguen|has|have)\b (?:\w+ ){0,1}(?:knocking on my"
            r" door|banging on my door|taking (?:pictures|photos) of (?:me|us|my)|leaving (?:\w+ )?"
            r"notes on my|throwing (?:\w+ )?at|kicking my door|keyed my car|spit\w* on|yelling"
            r" (?:slurs|at me)|screaming at me|tocando mi puerta|tomando fotos)\b"
            r"(?! (?:to (?:borrow|ask|give|deliver|drop|return|say)|instead)\b)|\bslurs\b"
            r"|\bwon't take no\b|\bkeyed my car\b|(?<!will )(?<!we'll )(?<!\bwe )(?<!\bi'll )"
            r"\bwork it out (?:yourselves|yourself|between|among)|\bresuelvan?lo (?:entre|ustedes)"
            r"|\barreglense\b",
            # round 18b: "se la pasa golpeando mi puerta a las 3am", "ya no me siento tranquila"
            r"\b(?:se la pasa|se la pasan|se pasa|anda|andan|sigue|siguen|esta|estan)"
            r" (?:\w+ )?(?:golpeando|pateando|aporreando) (?:mi|la|nuestra) puerta\b"
            r"|\bno me siento (?:tranquil|segur)[oa] en (?:mi|mi propia|nuestra) (?:casa|depa\w*"
            r"|apartamento|hogar)\b",
            r"\bme (?:dejan|dejaron|tienen|tuvieron) esperando\b|\bkeeps? (?:me|us) waiting\b"
            r"|(?<!movers )(?<!driver )(?<!delivery )\bleft"
            r" (?:me|us) waiting\b|\batiend\w* primero a (?:otros|los demas)\b"
            r"|\bhelp\w* (?:everyone"
            r"|others) (?:else )?first\b",
            # putting it on record ("the code is on file" is entry permission)
            r"\b(?:want|like|need|quiero|put) (?:\w+ ){0,2}(?:on record|documented)\b"
            r"|\bquiero (?:dejar|que quede) (?:\w+ )?(?:por escrito|constancia)"
            # a change of contact details: "que quede por escrito mi nuevo numero"
            r"(?! (?:\w+ ){0,2}(?:numero|telefono|correo|email|direccion)\b)"
            r"|\bdejar constancia\b"
            r"|\bon the record\b",
        ],
        negatable=False,
    ),
    rule(
        # two weeks or more waited, counted in days, while something has still not happened;
        # time left ("30 days notice", "45 days left on my lease") is not time waited
        "safety.complaint.waited_weeks",
        [
            r"\b(?:it's|its|it has|has|have|been|for|over|almost|ya son|ya van|llevo|llevamos"
            r"|lleva|hace|desde hace) (?:been )?(?:1[4-9]|[2-9]\d|[1-9]\d\d) (?:days|dias)\b",
            r"\b(?:1[4-9]|[2-9]\d|[1-9]\d\d) (?:days|dias) (?:now|already|ya|and counting"
            r"|y nada|sin nada|waiting|esperando)\b",
            # "been in progress a month and no one will tell me anything" (a deposit a month
            # after move-out is the move queue's: "ya paso un mes y nada del deposito")
            r"^(?!.*\bdeposit).*?\b(?:been|for|over|almost|nearly|waited|waiting|ya paso"
            r"|ya van|ya son|hace|llevo|llevamos|lleva|desde hace)\b(?: \S+){0,2} (?:a|one|over a"
            r"|more than a|almost a|two|three|four|five|six|[2-9]|un|mas de un|casi un|dos|tres"
            r"|cuatro) (?:full |whole |entero )?(?:months?|mes|meses)\b"
            r"(?! (?:ago|notice|lease|free|rent|de renta|de aviso|gratis)\b)",
        ],
        guards=[r"\b(?:days|dias) (?:left|notice|de aviso|para pagar|para mudar|more|mas)\b"],
        negatable=False,
        requires=[
            r"\bstill (?:no|not|nothing|waiting|broken|leaking|isn't|isnt|hasn't|hasnt|haven't"
            r"|havent|don't|dont|doesn't|doesnt|can't|cant|open|pending|the same)\b"
            r"|\b(?:todavia no|sigue sin|sigue abiert[oa]|sigue pendiente|sigue igual|aun no"
            r"|no one|nobody|nothing|nadie|nada|no (?:word|answer|response|reply|update)s?)\b"
        ],
    ),
)
