"""Judgment triggers, in English and Spanish: fair housing, legal risk, accommodation, hardship,
disputes, complaints, and messages with no content at all."""

from __future__ import annotations

import re

from frontdesk.intake.safety_rule import SafetyRule, rule

JUDGMENT_RULES: tuple[SafetyRule, ...] = (
    # ---- fair housing ----------------------------------------------------------------------
    rule(
        "safety.fair_housing.discrimination",
        [
            r"\bdiscrimin\w*",
            r"\bfair housing\b|\bhud\b|\bvivienda justa\b",
            r"\bracis\w*|\bracial\w*|\bprejudic\w*|\bbigot\w*",
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
            r"|\bspanish[- ]speaking\b|\bmexican\w*|\bblack\b|\bwh?i+te\b|\basian\b"
            r"|\bmuslim\b|\bhijab\b|\bburkini\b|\bturban\b|\bprayer\b|\bchristian\b"
            r"|\bjewish\b|\bwoman\b|\bwomen\b|\bmujer\b|\bsweetheart\b|\bgay\b"
            r"|\blesbian\b|\btrans\w*gender\b|\bsection 8\b|\bseccion 8\b|\bvoucher\b"
            r"|\bamerican[oa]s?\b|\bimmigra\w*|\binmigra\w*|\bbig family\b|\bfamilia grande\b"
            r"|\bcouples\b|\bparejas\b|\bpregnant\b|\bembarazada\b|\bnegr[oa]s?\b"
            r"|\bmorenos?\b|\bmusulman\w*|\bgringos?\b",
        ],
        negatable=False,
    ),
    # ---- legal -----------------------------------------------------------------------------
    rule(
        "safety.legal.counsel_or_court",
        [
            r"\blawy\w*+(?! friend)|\blawer\w*|\battorn\w*|\blegal (?:action|aid|counsel|advice"
            r"|department"
            r"|rights|notice)\b",
            r"\bsu(?:e|ing|ed)\b|\blaw ?suit\b|\bcourt\b|\bsmall claims\b",
            r"\bevict\w*|\bdesalo\w*|\bdesahuci\w*",
            r"\bsubpoena\b|\bjudge\b|\btribunal\w*|\bjuzgado\b|\bjuez\b",
            r"\babogad\w*|\bdemand(?:a|ar|are|aremos|arlos|arles)\b|\bcorte\b|\baccion legal\b",
            r"\b(?:code enforcement|health department|housing authority|building inspector"
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
            r"|i will not|i won't|i wont) (?:\w+ ){0,1}(?:pay\w*|paa?ga?r\w*) (?:\w+ ){0,3}(?:until"
            r"|till|hasta que|hasta)\b",
            r"\b(?:my|our) rights\b|\bmi derecho\b|\bmis derechos\b|\bunder the law\b"
            r"|\bcode violation\w*|\bviolacion (?:\w+ )?codigo\b|\bhabitability\b",
            r"\b(?:call\w*|report\w*|llam\w*|report\w*|contact\w*) (?:\w+ ){0,2}(?:a la ciudad"
            r"|the city|al inspector|inspector|inspecor|la ciudad|code enforcement|the county"
            r"|al condado|la policia de vivienda)",
        ],
        guards=[r"\bfood court\b|\bcourtyard\b|\bbasketball court\b|\btennis court\b"],
        negatable=False,
    ),
    # ---- accommodation ---------------------------------------------------------------------
    rule(
        "safety.accommodation.assistance_animal",
        [
            r"\b(?:service|support|assistance|therapy|emotional support|comfort) (?:animal|dog|cat"
            r"|pet)s?\b",
            r"\besa\b(?! (?:letter)? ?fee)|\besa letter\b",
            r"\bemotional support\b",
            r"\banimal de (?:servicio|apoyo|asistencia|terapia)\b|\bapoyo emocional\b",
            r"\bperro (?:de )?(?:servicio|guia|asistencia|de apoyo)\b",
        ],
    ),
    rule(
        "safety.accommodation.medical_need",
        [
            r"\b(?:doctor|dr|doc|physician|therapist|psychiatrist|psychologist|counselor|nurse"
            r"|specialist)(?:'s)? (?:\w+ ){0,2}(?:says|said|wrote|recommend\w*|prescribed|orders?"
            r"|ordered|note|letter|told me|thinks|insists|advised|wants me)",
            r"\b(?:note|letter|paperwork|documentation) from (?:my |our |the )?(?:doctor|dr"
            r"|physician"
            r"|therapist|psychiatrist|provider)",
            r"(?<!on )\bdisab\w*|\bhandicap\w*|\bwheel ?chair\w*|\bwalker\b|\bcrutches\b"
            r"|\bmobility\b",
            r"\breasonable (?:accommodation|modification)|\baccommodat\w*|\baccomodat\w*",
            r"\bgrab bars?\b|\b(?:install|need|build|add|put in) (?:a )?ramp\b|\bwheelchair ramp\b"
            r"|\bshower chair\b|\bvisual alarm\b",
            r"\b(?:deaf|hard of hearing|hearing impaired|visually impaired|visual impairment"
            r"|low vision"
            r"|ptsd|autis\w*|seizures?|epilep\w*|chemo\w*|dialysis|stroke|anxiety|depression"
            r"|arthrit\w*|artrit\w*|impairment|large print|letra grande|no veo bien|derrame"
            r"|ansiedad|depresion)\b|\b(?:i'm|i am|am|is|legally|totally|going|partially"
            r"|partly) blind\b",
            r"\b(?:therapist|doctor|dr|physician|psychiatrist|terapeuta"
            r"|medico) (?:\w+ ){0,3}(?:letter"
            r"|note|carta|nota)\b|\blevers?\b|\bpalancas?\b",
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
            r"(?:dice|dijo|recomienda|recomendo|receto|ordeno|escribio|me mando)",
            r"\b(?:carta|nota) (?:\w+ ){0,2}(?:medico|doctor|doctora|terapeuta)",
            r"\bdiscapaci\w*|\bsilla de ruedas\b|\bminusvali\w*|\bbarras? de (?:apoyo|seguridad)"
            r"|\b(?:instalar|poner|necesito) una rampa\b|\bacomodo razonable\b|\bacomodacion\w*"
            r"|\bajuste razonable\b",
            r"\b(?:sordo|sorda|ciego|ciega|no puedo subir (?:las )?escaleras)\b",
            r"\bplanta baja (?:\w+ ){0,6}(?:porque|por mi|salud|rodilla|cadera|operacion|cirugia)",
        ],
        guards=[
            r"\b(?:doctor|dr)(?:'s)? (?:appointment|appt|visit)\b(?! (?:\w+ ){0,4}(?:says|said"
            r"|letter|note))"
        ],
    ),
    # ---- hardship --------------------------------------------------------------------------
    rule(
        "safety.hardship.income_loss",
        [
            r"\b(?:lost|lose|losing) (?:my|our|his|her) (?:\w+ )?(?:job|work|income|hours)\b",
            r"\blaid off\b|\blay ?off\b|\bfurlough\w*|\bunemploy\w*|\bout of work\b|\bjobless\b",
            r"\b(?:hours|pay|paycheck|income) (?:got |were |was )?(?:cut|reduced|slashed)\b",
            r"\b(?:can't|cannot|can not|unable to|won't be able to|not able to) (?:\w+ ){0,2}"
            r"(?:afford|pay) (?:\w+ ){0,3}(?:rent|this month|it|the full|the balance|all)",
            r"\bcan't afford\b|\bcannot afford\b",
            r"\bhardship\b|\bstruggl\w* (?:financially|to pay|with (?:rent|money|bills|payments))"
            r"|\bbroke right now\b|\btight (?:this month|right now)\b",
            r"\b(?:apply\w*|applied|need|needs|waiting|wait|esperando) (?:\w+ ){0,4}(?:rental|rent"
            r"|emergency|county|state|city|government) (?:assistance|relief|help|program)",
            r"\bwaiting (?:on|for) (?:\w+ ){0,4}(?:assistance|unemployment|benefits|check|ssi"
            r"|disability)\b|\b(?:ssi|unemployment|disability check|benefits) (?:\w+ ){0,3}(?:cut"
            r"|delayed|late|stopped|ran out)",
            r"\bchild support\b|\bhelp (?:paying|to pay|with (?:the )?rent)\b|\bbehind and\b",
            r"\b(?:hours|horus|shifts) (?:\w+ ){0,4}(?:cut|reduced|slashed)\b|\brecort\w* (?:\w+ )?"
            r"(?:horas|sueldo)|\b(?:can only|only can|solo puedo|solo podemos) (?:\w+ ){0,2}(?:pay"
            r"|do|pagar|dar)\b",
            r"\b(?:icu|dying|terminal|couldn't work|couldnt work|no pude trabajar|muriendo)\b",
            r"\b(?:corrieron|despidieron) del trabajo\b|\bdesempleo\b|\bayuda del condado\b",
            r"\b(?:passed away|funeral|death in (?:the|my) family|in the hospital"
            r"|hospitali[sz]ed|medical bills|surgery bills)\b",
            r"\b(?:divorc\w*|single income|domestic violence)\b",
            r"\b(?:perdi|perdio|perdimos) (?:\w+ )?(?:trabajo|empleo|chamba)\b",
            r"\bme (?:despidieron|corrieron|quitaron (?:\w+ )?(?:horas|trabajo))\b|\bdesemplead\w*",
            r"\bsin (?:trabajo|empleo)\b|\bme (?:redujeron|bajaron|cortaron) (?:\w+ )?(?:horas"
            r"|sueldo)",
            r"\bno (?:puedo|podemos|voy a poder|vamos a poder|me alcanza|nos alcanza|alcanzo)"
            r" (?:\w+ ){0,3}(?:pagar|la renta|el alquiler|para la renta)",
            r"\bno me alcanza\b|\bno nos alcanza\b",
            r"\b(?:ayuda|asistencia) (?:\w+ ){0,2}(?:para )?(?:pagar )?(?:la )?(?:renta"
            r"|alquiler)\b",
            r"\b(?:fallecio|murio) (?:mi|nuestro|nuestra)\b",
            r"\b(?:funeral|hospitalizad\w*|en el hospital|cuentas medicas|dificultad"
            r"\w* economica\w*|situacion dificil)\b",
        ],
    ),
    # ---- dispute ---------------------------------------------------------------------------
    rule(
        "safety.dispute.charge",
        [
            r"\bdisput\w*",
            r"\b(?:charged|billed) (?:\w+ ){0,2}(?:twice|double|two times|wrong|incorrectly"
            r"|by mistake"
            r"|in error|for something)",
            r"\bdouble[- ]?(?:charged|billed|charge)\b|\bovercharg\w*",
            r"\b(?:wrong|incorrect|unfair|bogus|erroneous|mistaken"
            r"|unjust\w*) (?:\w+ ){0,2}(?:charge"
            r"|fee|amount|balance|bill|ledger|statement|late fee)s?\b",
            r"\b(?:charge|fee|balance|bill|statement|ledger)s? (?:\w+ ){0,3}(?:is|are|looks|seems)"
            r" (?:\w+ )?(?:wrong|incorrect|a mistake|an error|not right|off|unfair)",
            r"\b(?:i|we|yo)\b (?:(?!get |gets |getting |will )\w+ ){0,3}(?:paid|payed|pague|pagamos"
            r"|pagado)\b(?=.*\b(?:wrong|wrog|wrnog|mistake|error|short|receipt|comprobante|proof"
            r"|records|stop sending|remove|quit\w*|grace|why|even though|dice que debo"
            r"|still says))",
            r"\bpaid (?:it )?on time\b|\bpague a tiempo\b",
            r"\b(?:charge|fee|cargo|cobro|bill|billed|charged|charging|cobrando"
            r"|cobran)\w* (?:\w+ ){0,8}"
            r"(?:i|we|yo|que|q|k) (?:never|didn't|did not|dont|don't|do not|no) (?:\w+ )?(?:have"
            r"|use"
            r"|used|get|got|call\w*|order\w*|request\w*|authori\w*|tengo|pedi|use|solicite|uso)\b",
            r"\b(?:did not|didn't|never|no) auth?\w*ori[sz]\w*|\b(?:stop|quit) (?:sending|texting"
            r"|calling)"
            r" (?:me )?(?:\w+ ){0,2}(?:past due|late|notices|reminders|texts)|\bdejen de (?:mandar"
            r"|enviar)"
            r"|\b(?:double|doble) ?(?:ch\w*|cobr\w*|bill\w*)|\bcomo no pagad[oa]\b"
            r"|\bnot paying (?:that|this|it|for)\b"
            r"|\btake it off\b|\bquit(?:en|ar)(?:lo|la)\b",
            r"\b(?:charged|cobr\w*|pulled|sacaron|took|taken|withdrew"
            r"|debited) (?:\w+ ){0,4}(?:twice"
            r"|two times|dos veces|double)",
            r"\bcontest\w*|\bconetst\w*|\bimpossible\b|\bcan't be right\b|\bno puede ser\b",
            r"\b(?:not|no|nunca) (?:\w+ ){0,1}(?:behind|atrasad\w*)\b|\bno (?:estoy|toy|estamos)"
            r" atrasad\w*",
            r"\b(?:ledger|balance|amount|statement|notice|aviso|past due|late notice|saldo|cuenta"
            r"|avsio|recibo)\w* (?:\w+ ){0,4}(?:is |es |esta )?(?:wrong|wrog|wrnog|incorrect"
            r"|not correct"
            r"|a mistake|an error|un error|mal|equivocad\w*)",
            r"\b(?:don't|do not|shouldn't|should not) (?:owe|have to pay)\b|\bnot (?:my|our)"
            r" (?:fault|charge|responsibility)\b",
            r"\b(?:remove|reverse|waive|refund) (?:\w+ ){0,3}(?:charge|fee)s?\b(?=.*\b(?:wrong"
            r"|mistake|error|never|didn't|unfair|not))",
            r"\bnever (?:received|got|saw) (?:the|a|any|my|that) (?:\w+ )?(?:bill|notice|invoice"
            r"|statement|charge)|\bnever (?:\w+ ){0,2}(?:agreed|signed|caused|damaged|broke)\b",
            r"\b(?:contest|challenge|object to) (?:\w+ ){0,2}(?:charge|fee|bill|deduction)",
            r"\bdeducti\w* (?:\w+ ){0,4}(?:deposit)|\bdeposit (?:\w+ ){0,4}(?:deduct\w*|kept"
            r"|withheld)",
            r"\bno (?:estoy|toy|estamos) de acuerdo\b|\bcobr\w* (?:\w+ ){0,2}(?:doble|dos veces"
            r"|de mas|mal|por error)",
            r"\b(?:cargo|cobro|cuenta|saldo|multa)s? (?:\w+ ){0,2}(?:incorrect\w*|equivocad\w*"
            r"|injust\w*|erroneo\w*|indebid\w*|no es correcto|esta mal)",
            r"\bno (?:debo|debemos|le debo)\b",
            r"\breclam\w* (?:\w+ ){0,2}(?:cargo|cobro|deposito)",
            r"\bnunca (?:\w+ ){0,2}(?:firme|rompi|dane|acepte)\b|\bnunca recibi (?:\w+ )?(?:factura"
            r"|aviso|cobro|cuenta)",
        ],
        negatable=False,
    ),
    # ---- complaint -------------------------------------------------------------------------
    rule(
        "safety.complaint.conduct_or_service",
        [
            r"\bcomplain\w*|\bcomplaint\w*|\bqueja\w*|\bquejar\w*",
            r"\b(?:unacceptable|ridiculous|outrageous|disgust\w*|fed up|sick of|tired of|furious"
            r"|appall\w*|pathetic|horrible service|terrible service|worst)\b",
            r"\b(?:rude|unprofessional|disrespectful|yelled|yelling at|cursed|harass\w*|threaten\w*"
            r"|intimidat\w*|bully\w*|stalking)\b",
            r"\b(?:nobody|no one|no-one|noone) (?:\w+ ){0,3}(?:respond\w*|answer\w*|call\w* back"
            r"|showed up|came|fixed|helps|cares)",
            r"\b(?:third|3rd|fourth|4th|fifth|5th|several|multiple) (?:\w+ )?(?:time|times"
            r"|request|requests|message|email)\b",
            r"\b(?:still|again) (?:\w+ ){0,2}(?:not fixed|broken|waiting|no response|nothing)\b"
            r"(?=.*\b(?:weeks|months|times|again|still))",
            r"\b(?:weeks|months) (?:\w+ ){0,3}(?:no one|nobody|nothing|still|waiting|ignored)",
            r"\bignor(?:ed|ing) (?:me|us|my|our)\b|\bspeak (?:\w+ ){0,2}(?:manager|supervisor|owner"
            r"|corporate)\b",
            r"\b(?:neighbor|neighbour|upstairs|downstairs|next door)\w* (?:\w+ ){0,5}(?:threat\w*"
            r"|harass\w*|insult\w*|call\w* me (?:\w+ )?n\w*mes|fight\w*|drunk)",
            r"\bnoise complaint\b",
            r"\b(?:want|like|need|would like|demand) to (?:talk|speak) (?:to"
            r"|with) (?:\w+ )?(?:manager"
            r"|supervisor|owner|corporate|someone in charge|boss)\b|\bregional manager\b"
            r"|\b(?:hablar con|numero del|numero de la) (?:el |la )?(?:gerente|encargad[oa]"
            r"|supervisor"
            r"|duen[oa]|jef[ea])\b|\bgerente regional\b",
            r"\b(?:said|dijo) (?:\w+ ){0,6}(?:never|nunca)\b|\bnever (?:came back|returned"
            r"|called back"
            r"|fixed)\b|\bnunca (?:regreso|vino|llego|llamo|arreglo)\b",
            r"\bnadie (?:\w+ ){0,3}caso\b|\bme trat\w* (?:muy )?mal\b|\btreated (?:me|us) (?:\w+ )?"
            r"(?:badly|poorly|like)|\binsult\w*|\bcalling me names\b|\bdone being patient\b"
            r"|\b(?:lost|out of|running out of) patience\b|\bpaciencia\b",
            r"\b(?:closed|cerrad\w*) without (?:anyone|anything|fixing|being)\b",
            r"\b(?:\d+|two|three|four|five|six|tres|cuatro|cinco) (?:times|veces)\b|\b\d(?:st|nd|rd"
            r"|th"
            r"|ta|ra|da|va) (?:time|vez)\b|\bya van (?:\w+ )?(?:semanas|meses|dias)\b",
            r"\b(?:inaceptable|ridicul\w*|harto|harta|hartos|cansad\w* de|pesim\w*"
            r"|groser\w*|falta de respeto|me grito|nos grito|acos\w*|amenaz\w*)\b",
            r"\b(?:nadie|ninguno) (?:\w+ ){0,3}(?:responde|contesta|vino|viene|arreglo|hace nada"
            r"|me llama|ha venido)",
            r"\b(?:vecin\w*) (?:\w+ ){0,5}(?:ruido|fiesta|musica|grit\w*|pelea\w*|fuma\w*"
            r"|borracho\w*|ladr\w*)",
            r"\b(?:tercera|cuarta|varias|muchas) (?:\w+ )?(?:vez|veces)\b",
        ],
        negatable=False,
    ),
)

# Messages with no topic at all ("hello??", "call me", "is this the right number") cannot be
# routed by anyone but a person.
_CONTENT_FREE_WORDS = (
    r"hi|hello|helo|hey|hola|ola|ok|okay|k|yes|yeah|no|si|yo|what|who|whats|que|quien|help"
    r"|ayuda|anyone|anybody|there|is|this|the|right|number|wrong|call|me|someone|somebody"
    r"|back|alo|bueno|buenas|buenos|dias|tardes|noches|y|entonces|so|about|that|thing|hmm"
    r"|huh|please|por|favor|you|can|i|have|a|question|need|with|something|talk|to|speak"
    r"|hablar|con|alguien|necesito|tengo|una|pregunta|llamenme|llamame|marcar|pueden|puede"
    r"|me|es|aqui|la|el|numero|correcto|habla|office|oficina|sorry|chat|are|u|urgent"
    r"|urgente|asap|hurry"
)

CONTENT_FREE = SafetyRule(
    id="safety.unclear.no_content",
    kind="unclear",
    patterns=re.compile(r"^(?:[\W\d_]|\b(?:" + _CONTENT_FREE_WORDS + r")\b)*$"),
    negatable=False,
)
