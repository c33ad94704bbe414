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
            r"\b(?:third|3rd|fourth|4th|fifth|5th|several|multiple) (?:\w+ )?(?:time|times"
            r"|request|requests|message|email)\b",
            r"\b(?:still|again) (?:\w+ ){0,2}(?:not fixed|broken|waiting|no response|nothing)\b"
            rf"(?={AHEAD}\b(?:weeks|months|times|again|still))",
            r"\b(?:weeks|months) (?:\w+ ){0,3}(?:no one|nobody|nothing|still|waiting|ignored)",
            r"\bignor(?:ed|ing) (?:me|us|my|our)\b|\bspeak (?:\w+ ){0,2}(?:manager|supervisor|owner"
            r"|corporate)\b",
            r"\b(?:neighbor|neighbour|upstairs|downstairs|next door)\w* (?:\w+ ){0,5}(?:threat\w*"
            r"|harass\w*|insult\w*|call\w* me (?:\w+ )?n\w*mes|fight\w*|drunk)",
            r"\bnoise complaint\b",
            r"\b(?:want|like|need|would like|demand) to (?:talk|speak) (?:to"
            r"|with) (?:\w+ )?(?:manager"
            r"|supervisor|owner|corporate|someone in charge|boss)\b|\bregional manager\b"
            r"|\bquien es (?:su|el|tu) (?:jefe|jefa|supervisor\w*)\b|\bwho(?:'s| is) (?:your|the"
            r"|their) (?:boss|supervisor)\b"
            r"|\b(?:hablar con|numero del|numero de la) (?:el |la )?(?:gerente|encargad[oa]"
            r"|supervisor"
            r"|duen[oa]|jef[ea])\b|\bgerente regional\b",
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
            r"\b(?:[3-9]|three|four|five|six|tres|cuatro|cinco) (?:times|veces)\b|\b\d(?:st|nd|rd"
            r"|th"
            r"|ta|ra|da|va) (?:time|vez)\b|\bya van (?:\w+ )?(?:semanas|meses|dias)\b",
            r"\b(?:inaceptable|ridicul\w*|harto|harta|hartos|cansad\w* de|pesim\w*"
            r"|groser\w*|falta de respeto|me grito|nos grito|acos\w*|amenaz\w*)\b",
            r"\b(?:nadie|ninguno) (?:\w+ ){0,3}(?:responde|contesta|vino|viene|arreglo|hace nada"
            r"|me llama|ha venido)",
            r"\b(?:vecin\w*) (?:\w+ ){0,5}(?:ruido|fiesta|musica|grit\w*|pelea\w*|fuma\w*"
            r"|borracho\w*|ladr\w*)",
            r"\b(?:tercera|cuarta|varias|muchas) (?:\w+ )?(?:vez|veces)\b",
            # waited so long the resident is giving up
            r"\b(?:weeks|months|days|semanas|meses|dias) (?:of|de) (?:silence|waiting|nothing"
            r"|excuses|silencio|espera|excusas|nada)\b|\bshould i (?:just )?give up\b"
            r"|\bi give up\b|\b(?:ya )?me (?:rindo|doy por vencid[oa])\b",
        ],
        # "use your key if nobody answers" gives entry permission; it is not a grievance
        guards=[
            r"\b(?:if|si) (?:nobody|no one|noone|nadie) (?:\w+ )?(?:answers?|is home|contesta\w*"
            r"|abre)\b"
        ],
        negatable=False,
    ),
    rule(
        "safety.complaint.says_so",
        [r"\bcomplain\w*|\bcomplaint\w*|\bqueja\w*|\bquejar\w*"],
        guards=[r"\b(?:neighbou?rs?|vecinos?) (?:\w+ ){0,2}(?:complain|se quej)\w*"],
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
            r"|oficina central|compania duena)\b|\bcorporate\b|\bcorporativo\b",
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
            rf" (?:\w+ ){{0,2}}(?:from|since|back in|in|de|desde|en) (?:early |late |mid |mediados de )?"
            rf"{_MONTH}\b(?={AHEAD}\b(?:still|todavia|sigue|aun|it's|its|now|ya es|ya estamos))",
            rf"\b(?:since|from|back in|desde|en) {_MONTH}\b(?: \S+){{0,10}} (?:and )?(?:now )?"
            rf"(?:it's|its|it is|ya es|ya estamos en|estamos en) (?:\w+ )?{_MONTH}\b",
            r"\b(?:still|todavia|sigue|aun)\b(?: \S+){0,6} (?:\d+|two|three|four|several|dos|tres"
            r"|cuatro|varias|varios) (?:weeks|months|semanas|meses)\b"
            # time left, not time waited: "still have 2 months left on my lease"
            r"(?! (?:left|notice|de aviso|para|more|mas)\b)",
            r"\b(?:aggressive|agresiv\w*|hostile|condescending|prepotente|humill\w*|humiliat\w*"
            r"|laughed at|se burl\w*|screamed|grit\w* a mi|me colgo|hung up on me|rolled (?:her"
            r"|his)"
            r" eyes|lied to (?:me|us)|me mintio)\b",
            r"\b(?:pick\w*|start\w*) (?:a )?fights?\b|\bbusca\w* pleito\b|\b(?:scared|afraid"
            r"|terrified|miedo) (?:to|of|de) (?:go|leave|walk|salir|him|her|them)\b|\bfeel unsafe\b"
            r"|\bfollow\w* me\b|\bme (?:sigue|anda siguiendo)\b|\bcomments about my\b"
            r"|\bme hace comentarios\b|\bpiropos\b|\buncomfortable\b|\bincomod[oa]\b",
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
