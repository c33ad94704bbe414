"""Money triggers, in English and Spanish: hardship (cannot pay, and why) and disputes (the
resident contests a charge, a balance or a deposit deduction), with their look-alikes: a payment
plan or a promised date with no hardship stated, and "not disputing, just explain" questions."""

from __future__ import annotations

from frontdesk.intake.safety_rule import AHEAD, SafetyRule, rule

# A charge, fee, balance or deposit is being talked about (the second cue of several rules).
_CHARGE = (
    r"\b(?:charg\w*|fees?|bill\w*|balance|ledger|statement|deposit|cargo\w*|cobr\w*|recargo"
    r"|multa|saldo|cuenta|deposito|descont\w*|deduct\w*|owe|owed|debo|deuda|late fee"
    r"|pay for|pagar|dolares|dollars|bucks|costs?|cuesta|costo|pet rent|renta de \w+|refund"
    r"|paying for"
    r"|reembolso|account|portal|money order)\b|\$\d"
)
# Paying, rent or money is what the message is about (the second cue of the hardship rules).
_MONEY = (
    r"\b(?:rent|renta|reta|alquiler|pay|paid|paying|payment|pagar|pague|pago|pagando|late|tarde"
    r"|fees?|recargo|cobr\w*|gastos|multa|cargos?|charges?|bills?|increase|aumento"
    r"|behind|atrasad\w*|short|savings|ahorros|afford|money|dinero|plan|acuerdo"
    r"|can't work|cant work|can't cover|no puedo trabajar|no he podido trabajar|no esta trabajando"
    r"|not working|break (?:my|the) lease|romper (?:el )?contrato|broke|deposit|deposito"
    r"|out of (?:the|my) lease|salir del contrato|notice period|shorten the notice|aviso)\b"
)
# "... actually no", "sorry no", "nvm": the resident takes back what they just said.
_RETRACT = r"(?:actually|sorry|nvm|never ?mind|jk|perdon|mejor no|i mean)\b"
# Asking what a charge would cost, or changing it from now on ("is there a fee for bike
# storage?", "going forward", "desde el proximo mes"): a question or a request, not a contest.
_ASKS_AHEAD = (
    r"(?<!why )\bis there (?:a |an |any )?(?:fee|charge|cost)\b|\bgoing forward\b"
    r"|\b(?:desde|a partir de?l?) (?:el )?proximo mes\b"
)
# A pet that died: no hardship in itself, and grounds to contest the pet rent still billed.
_PET_DIED = (
    r"\b(?:cat|dog|pet|kitty|puppy|bird|fish|perr\w*|gat[oa]|mascota)\b (?:\w+ ){0,2}(?:passed"
    r"|died|murio|fallecio)\b|\b(?:pet|mascota)\b(?: \S+){0,8} (?:she|he|it) (?:passed|died)\b"
)

MONEY_RULES: tuple[SafetyRule, ...] = (
    # ---- hardship --------------------------------------------------------------------------
    rule(
        "safety.hardship.income_loss",
        [
            r"\b(?:lost|lose|losing) (?:my|our|his|her) (?:\w+ )?(?:job|work|income|hours)\b",
            r"\blaid off\b|\blay ?off\b|\bfurlough\w*|\bunemploy\w*|\bout of work\b|\bjobless\b",
            r"\b(?:hours|pay|paycheck|income) (?:got |were |was )?(?:cut|reduced|slashed)\b",
            r"\b(?:cerraron|closed|shut down|cerro)\b(?: \S+){0,4} (?:donde trabaj\w*"
            r"|where (?:i|we) work\w*)|\b(?:donde trabaj\w*|where (?:i|we) work\w*)(?: \S+){0,2}"
            r" (?:cerro|closed|shut down)\b",
            r"\b(?:cut|reduced|slashed|cutting|reducing) (?:my|our|his|her) (?:\w+ )?(?:hours|hrs"
            r"|shifts|pay)\b",
            r"\b(?:can't|cannot|can not|unable to|won't be able to|not able to) (?:\w+ ){0,2}"
            r"(?:afford|pay) (?:\w+ ){0,3}(?:rent|this month|it|the full|the balance|all)",
            r"\bcan't afford\b|\bcannot afford\b",
            r"\bhardship\b|\bstruggl\w* (?:financially|to pay|with (?:rent|money|bills|payments))"
            r"|\bbroke right now\b|\btight (?:this month|right now)\b",
            r"\b(?:apply\w*|applied|need|needs|waiting|wait|esperando) (?:\w+ ){0,5}(?:rental|rent"
            r"|emergency|county|state|city|government) (?:assistance|relief|help|program)",
            r"\bwaiting (?:on|for) (?:\w+ ){0,4}(?:assistance|unemployment|benefits|check(?! to"
            r" clear)|ssi"
            r"|disability)\b|\b(?:ssi|unemployment|disability check|benefits) (?:\w+ ){0,3}(?:cut"
            r"|delayed|late(?! in the month)|stopped|ran out)\b",
            r"\bchild support\b|\bhelp (?:paying|to pay|with (?:the )?rent)\b|\bbehind and\b"
            r"|\bmanutencion\b|\bpension alimenticia\b|\bprogramas? de (?:ayuda|asistencia)\b",
            # "me bajaron a 2 dias por semana", "me redujeron las horas"
            r"\bme (?:bajaron|redujeron|quitaron|cortaron|recortaron) (?:\w+ ){0,2}(?:horas|dias"
            r"|turnos)\b|\bme bajaron a \d+ (?:dias|horas)\b",
            # round 18b: "with my reduced hours theres no way"
            r"\bmy (?:reduced|cut|fewer) (?:work )?(?:hours|shifts)\b|\b(?:reduced|cut) my"
            r" (?:work )?(?:hours|shifts)\b|"
            r"\b(?:hours|horus|shifts) (?:\w+ ){0,4}(?:cut|reduced|slashed)\b|\brecort\w* (?:\w+ )?"
            r"(?:horas|sueldo)|\b(?:can only|only can|solo puedo|solo podemos) (?:\w+ ){0,2}(?:pay"
            r"|do|pagar|dar)\b",
            # a person dying, not a battery ("smoke detector battery is dying")
            r"\b(?:icu|(?<!battery is )(?<!battery's )(?<!batteries are )dying|terminal"
            r"|couldn't work"
            r"|couldnt work|no pude trabajar|muriendo)\b",
            r"\b(?:corrieron|despidieron) del trabajo\b|\bdesempleo\b|\bayuda del condado\b",
            r"\b(?:passed away|funeral|death in (?:the|my) family|in the hospital"
            r"|hospitali[sz]ed|medical bills|surgery bills)\b",
            r"\b(?:divorc\w*|single income|domestic violence)\b",
            r"\b(?:perdi|perdio|perdimos) (?:\w+ )?(?:segundo |otro )?(?:trabajo|empleo|chamba)\b",
            r"\bme (?:despidieron|corrieron|quitaron (?:\w+ )?(?:horas|trabajo))\b|\bdesemplead\w*",
            r"\bsin (?:trabajo|empleo)\b|\bno tengo (?:trabajo|empleo|chamba)\b"
            r"|\bme (?:redujeron|bajaron|cortaron) (?:\w+ )?(?:horas"
            r"|sueldo)",
            r"\bno (?:puedo|podemos|voy a poder|vamos a poder|me alcanza|nos alcanza|alcanzo)"
            r" (?:\w+ ){0,3}(?:pagar|la renta|el alquiler|para la renta)"
            # "no voy a poder pagar hasta el viernes, me pagan ese dia" names a date, no hardship
            r"(?! (?:\w+ )?hasta (?:el|que me paguen)\b)",
            r"\bno me alcanza\b|\bno nos alcanza\b",
            r"\b(?:ayuda|asistencia) (?:\w+ ){0,2}(?:para )?(?:pagar )?(?:la )?(?:renta"
            r"|alquiler)\b",
            r"\b(?:fallecio|murio) (?:mi|nuestro|nuestra)\b",
            r"\b(?:funeral|hospitalizad\w*|en el hospital|cuentas medicas|dificultad"
            r"\w* economica\w*|situacion dificil)\b",
        ],
    ),
    rule(
        # keys, fobs, remotes handed back and still charged for
        "safety.dispute.returned_but_charged",
        [
            r"\b(?:i|yo|ya|si|we)\b (?:\w+ ){0,2}(?:returned|handed|turned in|dropped off"
            r"|devolvi|devolvimos|entregue|entregamos|regrese)\b",
        ],
        requires=[
            r"\b(?:charg\w*|billed|billing|cobr\w*|cargo\w*|fee|says i (?:didn't|didnt|did not"
            r"|never)"
            r"|dice que no|sigue saliendo|still (?:on|there|shows|showing))\b"
        ],
        negatable=False,
    ),
    # ---- hardship, said other ways ---------------------------------------------------------
    rule(
        "safety.hardship.cannot_cover",
        [
            r"\b(?:can't|cannot|cant|can not|unable to|won't be able to|not able to|no)"
            r" (?:\w+ ){0,2}(?:cover|swing|completar|completo|complete|junte|juntar|junto|cubrir"
            r"|cubro|reunir|reuni)\b",
            r"\b(?:wiped out|drained|used up|burned through|se (?:me )?(?:fueron|acabaron)|gaste)"
            r" (?:\w+ ){0,3}(?:savings|ahorros)\b|\b(?:savings|ahorros) (?:\w+ ){0,2}(?:gone|se"
            r" acabaron|se fueron)\b",
            r"\bmoney(?:'s| is| has)? (?:gone|run out|ran out)\b|\bse (?:nos "
            r"|me )?acabo el dinero\b",
            r"\bme falta\w* (?:\$?\d+|dinero|para)\b|\bpay what (?:i|we) can\b"
            r"|\blo que (?:pueda|podamos)\b|\b(?:la )?mitad nada mas\b",
            r"\b(?:don't|dont|do not) know how (?:i'll|i will|i'm going to|we'll|to|i can) (?:pay"
            r"|make rent|cover)|\bno se como (?:voy a |vamos a )?pagar\b|\bno tengo (?:pa|para)"
            r" (?:la )?renta\b|\bbetween food and rent\b|\bentre comida y renta\b",
            r"\b(?:we're|we are|were|i'm|im|i am) (?:\w+ )?broke\b|\b(?:estoy|estamos) sin (?:un )?"
            r"(?:peso|centavo|dinero)\b",
            r"\brent (?:is|will be|'s) (?:going to|gonna) be (?:a problem|hard|tough|impossible)"
            r"|\bmore than (?:i|we) can (?:handle|afford|pay)\b|\b(?:fixed|limited) income\b"
            r"|\bingreso fijo\b",
        ],
        requires=[_MONEY],
        # "what happens if I can't cover it all?" asks about policy, states no hardship
        guards=[r"\b(?:que pasa si|what (?:happens )?if)\b"],
    ),
    rule(
        "safety.hardship.life_event",
        [
            # a death in the family said as a loss ("lost my mom last week")
            r"\b(?:lost|perdi|perdimos) (?:my|mi|our|nuestra|nuestro) (?:mom|mother|dad|father"
            r"|husband|wife|son|daughter|brother|sister|grandma|grandmother|grandpa|grandfather"
            r"|mama|papa|madre|padre|esposo|esposa|hijo|hija|hermano|hermana|abuel[oa])\b(?!'s)",
            # work gone or cut
            r"\b(?:company|employer|job|work|empresa|obra|fabrica|chamba|jale|restaurant\w*"
            r"|store|shop)\b (?:\w+ ){0,3}(?:went under|closed|shut down|folded|went bankrupt"
            r"|cerro|quebro|no (?:nos|me) pag\w*|didn't pay|dried up|no hay trabajo)",
            r"\b(?:let go|got fired|was fired|fired me|sin chamba|sin jale"
            r"|me quede sin (?:trabajo|chamba|jale|empleo|dinero)"
            r"|no me (?:han )?pagado|didn't get paid|not getting paid|paycheck bounced"
            r"|check bounced|lost (?:\w+ )?(?:hours|shifts|days)|hours (?:went|got) (?:down|cut)"
            r"|perdi (?:\w+ )?dias|gig work|no hay trabajo|deport\w*)",
            # medical events, accidents, leave
            r"\b(?:cancer|chemo\w*|quimio\w*|radiation|(?:cancer|medical|my|mi) (?:treatments?"
            r"|tratamiento)|surgery|cirugia"
            # "by accident", "accidentally" tell a mistake, not an accident
            r"|me operaron|operacion|(?<!by )accident(?:s|e)?|hospital\w*|the er|emergency"
            r" room|emergencias|medical (?:emergency|leave)|emergencia medica|sick leave"
            r"|unpaid leave|stroke|derrame|heart attack|infarto|ataque al corazon"
            r"|leave is unpaid|sin goce|me enferme|se enfermo|enferm[oa]|pneumonia|neumonia)\b",
            r"\b(?:funeral|burial|entierro|velorio|fallecimiento|falleci\w*|sepelio)\b",
            r"\b(?:cut|cuts|cutting|dropped|moved|bumped) (?:\w+ ){0,3}(?:to )?part[- ]?time\b"
            r"|\bvoy a (?:estar|quedar) cort[oa]\b"
            r"|\bme (?:bajaron|redujeron|cortaron) (?:\w+ ){0,2}(?:horas|turnos|sueldo)\b",
            # a newborn in intensive care, work missed for it, a home lost to fire
            # a nurse in the nicu, a fee that "seems premature", a machine that "hasn't worked",
            # "i don't want to miss work", covid testing and "out sick today" are not events
            r"\b(?:nicu(?! as a\b)|(?<!seems )(?<!seemed )premature"
            r"|born early(?! and (?:\w+ )?(?:is"
            r"|he's|she's|they're) doing (?:great|well|fine))|prematur[oa]|cesarea|incubadora)\b"
            r"|\b(?:haven't|have not|havent) (?:been able to )?work(?:ed)?\b|\b(?:he|she|husband"
            r"|wife|partner|roommate|son|daughter|dad|mom) (?:hasn't|has not|hasnt) (?:been able"
            r" to )?work(?:ed)?\b|\bmissed (?:\w+ )?work\b(?! waiting\b)|(?<!want to )(?<!have to )"
            r"(?<!not to )(?<!avoid )\bmiss (?:\w+ )?work\b"
            r"|\bno he (?:podido )?trabajad?\w*|\bsin sueldo\b|\bout sick\b(?! today\b)"
            r"|\bcovid\b(?! (?:testing|tests?|vaccines?|shots?|clinic|boosters?)\b)"
            r"|\b(?:house|home|apartment) (?:fire|burned|burnt)\b|\bburned down\b|\bse (?:nos |me "
            r"|les )?"
            r"quemo la casa\b|\bno (?:tengo|tenemos|hay) ingresos\b|\bno income\b",
            r"\b(?:employer|boss|job|work|company|patron|jefe)\b (?:\w+ )?(?:hasn't|has not|hasnt"
            r"|didn't|did not) paid (?:me|us)\b|\b(?:hasn't|has not|hasnt) paid (?:me|us) in\b"
            r"|\bbarely (?:making it(?! to\b)|getting by|scraping by)\b|\bapenas (?:la hago"
            r"|la hacemos|sobrevivo|alcanza(?! (?:el|la|los|las|a|al|hasta)\b))\b",
            # a death, a partner or roommate gone
            r"\b(?:my|our|his|her|mi|su|nuestro|nuestra) (?:\w+ ){0,2}(?:passed|died|murio"
            r"|fallecio)\b|\b(?:passed|died) (?:away|last|this|suddenly|in)\b",
            r"\b(?:roommate|roomate|roomie|room mate|companer[oa] de cuarto|husband|wife|partner"
            r"|esposo|esposa|novio|novia|pareja)\b (?:\w+ ){0,2}(?:left|moved out|bailed|walked out"
            r"|se fue|me dejo|nos dejo|se salio)\b",
            # benefits cut or late
            r"\b(?:snap|food stamps|wic|cupones|estampillas|manutencion|child support|pension"
            r"|benefits|beneficios|apoyo de renta|rental assistance|social security"
            r"|seguro social)\b"
            r" (?:\w+ ){0,4}(?:got cut|cut"
            r"|delayed|late|stopped|ran out|no (?:me )?(?:han )?llega\w*|se atraso|tarda)"
            r"|\bno me (?:han )?llega\w* (?:\w+ ){0,2}(?:pagos|cheque|manutencion|beneficios"
            r"|apoyo)\b",
        ],
        requires=[_MONEY],
        # a pet that died ("my cat passed in june, why is pet rent still billed") is no hardship
        guards=[_PET_DIED],
    ),
    # ---- dispute ---------------------------------------------------------------------------
    rule(
        "safety.dispute.charge",
        [
            r"\b(?:charged|billed) (?:\w+ ){0,2}(?:twice|double|two times|wrong|incorrectly"
            r"|by mistake"
            r"|in error|for something)",
            r"\bdouble[- ]?(?:charged|billed|charge)\b|\bovercharg\w*",
            r"\b(?:cargo|cobro)s? (?:doble|duplicad\w*)\b|\bcobraron doble\b",
            # "me cobran seguro de inquilino y yo tengo mi propia poliza, ya mande el comprobante"
            r"\bcobr\w*\b.{0,80}\bya (?:les )?(?:mande|envie|entregue|di) (?:el |mi |los |la )?"
            r"(?:comprobante|prueba|recibo|poliza)\b",
            r"\b(?:eso|esto|ese cargo|ese cobro|esa cuota) no me (?:toca|corresponde)\b"
            # "la multa de estacionamiento no me corresponde"
            r"|\b(?:multa|cargo|cobro|recargo|cuota)\b(?: \w+){0,3} no me (?:toca|corresponde)\b",
            r"\b(?:behind|past due|late"
            r"|atrasad\w*)\b[^.?!]{0,40}[,.!;] ?(?:but )?i'?m not(?: behind"
            r"| late)?\s*(?:[,.!;]|$)",
            r"\b(?:wrong|incorrect|unfair|bogus|erroneous|mistaken"
            r"|unjust\w*) (?:\w+ ){0,2}(?:charge"
            r"|fee|amount|balance|bill|ledger|statement|late fee)s?\b",
            r"\b(?:charge|fee|balance|bill|statement|ledger)s? (?:\w+ ){0,3}(?:is|are|looks|seems)"
            r" (?:\w+ )?(?:wrong|incorrect|a mistake|an error|not right|off|unfair)",
            r"\b(?:i|we|yo)\b (?:(?!get |gets |getting |will )\w+ ){0,3}(?:paid|payed|pague|pagamos"
            rf"|pagado)\b(?={AHEAD}\b(?:wrong|wrog|wrnog|mistake|error|short|receipt|comprobante"
            r"|proof|records|stop sending|remove|quit\w*|grace|why|even though|dice que debo"
            r"|still says))",
            r"\bpaid (?:it )?on time\b|\bpague a tiempo\b|\bmarked (?:as )?(?:late|unpaid"
            r"|past due)\b"
            r"(?: \S+){0,3} (?:when|but|though) (?:it|i) (?:wasn't|was not|wasnt)\b",
            # a fee or notice, "but I paid on the 1st": "charged with card but I paid by bank"
            # asks how, not whether
            r"\b(?:fee|recargo|notice|aviso|past due|charg\w*|cobr\w*|multa|late"
            r"|nsf)\b(?: \S+){0,8}"
            r" (?:but|pero|even though|aunque|though|tho) (?:i |yo |we )?(?:already |ya |did |had "
            r"|have )?(?:paid|payed|pague|pagamos|pagado)\b (?:\w+ )?(?:on\b|el dia|el \d|a tiempo"
            r"|early|in full|before|antes|\d|the \d|days|completo)",
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
            r"\b(?:charged|cobr\w*|pulled|sacaron|jalaron|took|taken|withdrew"
            r"|debited) (?:\S+ ){0,4}(?:twice"
            r"|two times|dos veces|double)",
            r"\bimpossible\b|\bcan't be right\b|\bno puede ser\b",
            r"\btwo (?:\w+ )?(?:payments|charges|withdrawals) (?:\w+ ){0,3}(?:taken|pulled|came out"
            r"|withdrawn|debited|went through)|\bdos (?:pagos|cobros"
            r"|cargos) (?:\w+ ){0,3}(?:el mismo"
            r"|iguales|repetidos)",
            # paid within the grace period and charged a late fee anyway
            r"^(?=.*\b(?:grace period|periodo de gracia)\b)(?=.*\b(?:late fee|recargo)\b)"
            r"(?=.*\b(?:posted|paid|pague|went through|se aplico)\b)",
            r"\b(?:signed|agreed|firme|firmamos|acordamos)\b (?:\w+ ){0,3}(?:at|for|en|por|a)"
            r" \$?\d{3,}",
            r"\b(?:lease|contract|contrato|renewal)\b (?:\w+ ){0,2}(?:says|dice"
            r"|states) (?:\w+ ){0,4}"
            rf"(?:included|incluid\w*|free|gratis|no fee)\b(?={AHEAD}\b(?:fee|charg\w*|cargo"
            r"|cobr\w*|why|por que))",
            r"\b(?:says|dice|claims) (?:que )?(?:i |we )?(?:no|didn't|did not|never"
            r"|nunca) (?:\w+ ){0,2}"
            r"(?:entregue|entregamos|return\w*|turn\w* in|paid|pague|pagamos)\b",
            r"\b(?:not|no|nunca) (?:\w+ ){0,1}(?:behind|atrasad\w*)\b|\bno (?:estoy|toy|estamos)"
            r" atrasad\w*",
            r"\b(?:ledger|balance|amount|statement|notice|aviso|past due|late notice|saldo|cuenta"
            r"|avsio|recibo|lectura|reading|medidor|meter)\w* (?:\w+ ){0,4}(?:is |es |esta )?"
            r"(?:wrong|wrog|wrnog|incorrect"
            r"|not correct"
            r"|a mistake|an error|un error|mal|equivocad\w*)",
            r"\b(?:don't|do not|shouldn't|should not) (?:owe|have to pay|pay (?:this|that|it|for"
            r" (?:this|that|it)))\b|\bnot (?:my|our)"
            r" (?:fault|charge|responsibility)\b",
            r"\b(?:remove|reverse|waive|refund) (?:\w+ ){0,3}(?:charge"
            rf"|fee)s?\b(?={AHEAD}\b(?:wrong"
            r"|mistake|error|never|didn't|unfair|not))",
            r"\bnever (?:received|got|saw) (?:the|a|any|my|that) (?:\w+ )?(?:bill|notice|invoice"
            r"|statement|charge)|\bnever (?:\w+ ){0,2}(?:agreed|signed|caused|damaged|broke)\b",
            r"\b(?:contest|challenge|object to) (?:\w+ ){0,2}(?:charge|fee|bill|deduction)",
            r"\bdeducti\w* (?:\w+ ){0,4}(?:deposit)|\bdeposit (?:\w+ ){0,4}(?:deduct\w*|kept"
            r"|withheld)",
            r"\bduplicate (?:\w+ )?(?:charge|pull|debit|withdrawal|draft|ach|transaction)s?\b",
            # not late after all: the portal was down, and there is proof
            r"\b(?:no (?:llegue|pague|fue|fui) tarde|wasn't late|was not late|wasnt late)\b"
            r"|\b(?:notice|aviso|late fee|past due|says i owe)\b.{0,80}\bpaid in full\b"
            r"|\bpaid in full\b.{0,80}\b(?:notice|aviso|late fee|past due|says i owe)\b",
            # charged for damage the operator's own staff caused
            r"\b(?:charged|billed|cobraron|cobran|cobrando)\b(?: \S+){0,8} (?:but|pero)"
            r" (?:\S+ ){0,4}"
            r"(?:tecnico|tech|technician|maintenance|mantenimiento|plomero|plumber|your (?:guy"
            r"|worker|staff|crew)|ustedes)\b",
            r"\bno (?:estoy|toy|estamos) de acuerdo\b|\bcobr\w* (?:\w+ ){0,2}(?:doble|dos veces"
            r"|de mas|mal|por error)\b",
            # a pet fee with no pet ("no tengo mascota, por que me cobran renta de mascota")
            r"\bno tengo (?:\w+ ){0,2}(?:mascotas?|perros?|gatos?)\b.{0,80}\bcobr\w*"
            r"|\bcobr\w*\b.{0,60}\bmascotas?\b.{0,40}\bno tengo\b",
            r"\bwrong with (?:your|my|the) (?:billing|bill|charges?|statement|meter)\b",
            # more taken than is owed and the resident wants it back ("what's the extra $50" alone
            # is a question): "I need the extra $100 back"
            r"\b(?:need|want|give me|get|refund|return|devuelvan|regresen|reembols\w*) (?:me )?"
            r"(?:the |my |mi |el |los )?(?:extra|difference|diferencia|de mas|overcharge)\b"
            r"(?: \$?\d[\d,.]*)? (?:back|de vuelta|que me cobraron|you took|they took)\b",
            r"\b(?:ca+rgo|cobro|cuenta|saldo|multa)s? (?:\w+ ){0,2}(?:incorrect\w*|equivocad\w*"
            r"|injust\w*|erroneo\w*|indebid\w*|no es correcto|esta mal)",
            r"\bno (?:debo|debemos|le debo)\b",
            r"\breclam\w* (?:\w+ ){0,2}(?:cargo|cobro|deposito)",
            r"\bnunca (?:\w+ ){0,2}(?:firme|rompi|dane|acepte)\b|\bnunca recibi (?:\w+ )?(?:factura"
            r"|aviso|cobro|cuenta)",
        ],
        # settled or taken back in the same message: "... this month no fee, so all good now",
        # "oh wait i see, it was the 6th, my mistake"
        guards=[r"\b(?:all good now|so all good|my mistake|my bad|oh wait|mi error|ya vi que)\b"],
        negatable=False,
    ),
    # A charge that went through twice, told by what the resident saw: "me salio el cargo de la
    # renta dos veces en la tarjeta", "autopay ran twice", "se me fue el pago doble". A resident
    # who paid twice by their own mistake, a payment split in two, or "twice a month" is no
    # contest (guards); without a money word "came out twice" is a technician's visit.
    rule(
        "safety.dispute.twice",
        [
            r"\b(?:salio|salieron|aparec\w*|came out|come out|comes out|showed up|shows up|posted"
            r"|went through|went out|hit|ran|processed|drafted|cargaron|cargo|cobro|charge"
            r"|withdrawal|retiro|debito|debit|se (?:me )?fue|se (?:me )?fueron)\b"
            r" (?:\S+ ){0,6}(?:dos veces|twice|two times|2 times|2x|x ?2|doble|double)(?!\w)",
        ],
        guards=[
            r"\b(?:by accident|accidentally|my fault|mi culpa|nvm|never ?mind|ah no|oh wait"
            r"|i see it was|ya vi)\b",
            r"\b(?:twice|dos veces|two times|2 times) (?:a|per|al|por|each|cada) (?:month|week"
            r"|year|mes|semana|ano)\b",
            r"\b(?:in|en) (?:two|dos|2) (?:times|veces|parts|partes|payments|pagos)\b",
            r"\b(?:i|yo|we) (?:\w+ )?(?:paid|pague|pagamos|submitted|made) (?:\S+ ){0,4}(?:twice"
            r"|dos veces|two times)",
        ],
        requires=[
            r"\b(?:rent|renta|cargos?|cobros?|charges?|payments?|pagos?|autopay|card|tarjeta"
            r"|cuenta|account|bank|banco|withdrawals?|retiros?|fees?|cuota)\b|\$\d|\b\d{3,}\b"
        ],
        negatable=False,
    ),
    # An amount set against what was agreed or what is usual, with the resident asking for it
    # to be put right: "agreed my renewal rent would be 1600, the ledger shows 1685. that's not
    # what we agreed to", "the water bill is almost double what it usually is ... i want it
    # corrected"
    rule(
        "safety.dispute.against_agreed",
        [
            r"\b(?:that'?s|thats|that is|this is|it'?s|its|it is) not what (?:we|i|you|they)"
            r" (?:\w+ )?(?:agreed|signed|were told|was told|discussed|quoted)\b"
            r"|\bno es lo que (?:\w+ )?(?:acordamos|firme|firmamos|me dijeron|quedamos|pactamos)\b",
            r"\b(?:bill|charge|cargo|cobro|recibo|cuenta|factura)s?\b(?: \w+){0,4}"
            r" (?:almost |nearly |like |about |casi |como )?(?:double|twice|triple|(?:el )?doble"
            r"|(?:el )?triple) (?:what|than|de lo|of what|de)\b"
            rf"(?={AHEAD}\b(?:correct\w*|fix\w*|adjust\w*|revers\w*|refund\w*|corrij\w*|ajust\w*"
            r"|devuelv\w*|reembols\w*|not right|no es justo|wrong|mal)\b)",
            r"\b(?:bill|charge|fee|balance|ledger|statement|cargo|cobro|recibo|saldo|factura)s?\b"
            rf"(?={AHEAD}\b(?:want|need) (?:it|this|that|them) (?:corrected|reversed|adjusted"
            r"|taken off|removed|refunded)\b)",
            # round 18d: an amount taken in place of the usual one, with a demand: "autopay
            # pulled $2,700 this month instead of 1,350. thats double. give it back"
            r"\$?\d[\d,.]*\b(?: \w+){0,3} (?:instead of|rather than|en vez de|en lugar de)"
            rf" (?:the |el |los )?\$?\d[\d,.]*\b(?={AHEAD}\b(?:give (?:it|me|us|the \w+|my \w+)"
            r" back|refund\w*|devuelv\w*|regres\w*|reembols\w*|correct\w*|fix\w*|revers\w*|wrong"
            r"|mal)\b)",
        ],
        requires=[
            r"\b(?:rent|renta|charg\w*|fee|fees|ledger|bill|balance|cargo|cobr\w*|recibo|saldo"
            r"|cuenta|factura|statement|deposit|deposito|pay\w*|pag\w*)\b|\$\d|\b\d{3,}\b"
        ],
        negatable=False,
    ),
    rule(
        "safety.dispute.says_so",
        [
            r"\bdisput\w*|\bdsiput\w*|\bcontest(?:ing|ed|s)?\b|\bconetst\w*|\bimpugn\w*",
            r"\bquiten (?:ese|el|este|esa|la) (?:cargo|cobro|recargo|multa)\b"
            r"|\b(?:remove|take off) (?:that|this) (?:charge|fee)\b",
            r"\bdisagree\w*|\bnot agreeing\b|\bno (?:lo |la )?acepto\b"
            r"|\b(?:don't|do not|dont) agree\b",
            # paying only the lease's amount: "I'm only paying what's in the lease"
            r"\b(?:only|just|solo|nomas|solamente) (?:\w+ ){0,2}(?:paying|pay|pagar|pago|pagare)\b"
            r" (?:\w+ ){0,2}(?:what(?:'s| is)? (?:in|on) (?:the|my) (?:lease|contract)|what (?:the"
            r"|my) (?:lease|contract) says|what i (?:agreed|signed)|lo que (?:dice|marca|esta en"
            r"|firme))",
        ],
        # "I want to dispute... actually no, just explain" takes the word back.
        guards=[
            rf"\b(?:disput|contest)\w*\W+(?:\w+\W+){{0,2}}{_RETRACT}",
            r"\bnot (?:trying to |here to |looking to )?disput\w*|\bno (?:estoy )?(?:tratando de )?"
            r"(?:disputando|disputar|reclamando)\b",
        ],
    ),
    rule(
        "safety.dispute.not_mine",
        [
            # "isn't mine", "no es mio", "shouldn't be mine/on me", "those are not my charges"
            r"\b(?:isn't|is not|aren't|are not|not|no (?:es|son)|shouldn't be|should not be)"
            r" (?:\w+ )?(?:mine|mio|mia|mios|mias|on me)\b",
            r"\b(?:not|no son) (?:my|mis) (?:charges?|fees?|cargos?|cobros?|deuda)\b",
            r"\bno (?:lo|la|los|las|le) (?:debo|debemos)\b|\bno (?:fue|es) (?:mi|nuestra) culpa\b",
            r"\b(?:esta|sale|aparece|came out|shows|is|are) (?:doble|duplicad\w*|duplicated"
            r"|twice|dos veces)\b",
            r"\bno procede\b|\bshouldn't be (?:there|on (?:my|the) (?:account|ledger|bill))\b"
            r"|\bno es justo\b|\bnot fair\b|\bmakes no sense\b|\bno tiene sentido\b",
            # the operator's own staff caused the damage being charged for
            r"\b(?:rompio|rompieron|broke|damaged|dano|danaron)\b(?: \S+){0,3} (?:el|la|los|your"
            r"|the) (?:de )?(?:mantenimiento|tecnico|maintenance|tech|technician|plomero|plumber"
            r"|worker|crew)\b",
            r"\b(?:your|the|el|la|su) (?:de )?(?:maintenance|tech|technician|plumber|worker|crew"
            r"|tecnico|plomero|mantenimiento)(?: \w+){0,2} (?:broke|damaged|rompio|dano)\b",
            # the damage was there before: normal wear, move-in photos, "ya estaba asi"
            r"\bnormal (?:wear|use)\b|\bwear and tear\b|\bdesgaste normal\b|\bold age\b"
            r"|\b(?:there|ahi) before (?:me|us|i|we)\b|\bhoja de inspeccion\b"
            r"|\b(?:was|were) (?:already )?there (?:at|since|before|when i) (?:move[- ]?in"
            r"|moved in)\b"
            r"|\b(?:move[- ]?in|inspection) (?:photos|pictures|pics|sheet|checklist|report)\b",
            # left as it was handed over: "la deje igual que como me la dieron"
            r"\b(?:igual|tal) (?:que |como ){1,2}(?:me |nos )?(?:la|lo|los|las) (?:dieron"
            r"|entregaron)\b|\b(?:the )?same (?:way|as|condition) (?:\w+ )?(?:i|we) (?:got|found"
            r"|received) it\b",
            r"\b(?:already|ya|like that|asi|that way)\b(?: \S+){0,5} (?:when|cuando)"
            r" (?:i |we |yo )?(?:moved in|move in|got here|entre|entramos|llegue|llegamos"
            r"|me mude|nos mudamos)\b",
            # billed for something the resident never had, did or asked for: "I've never been
            # locked out", "yo ni carro tengo", "I don't have a pet"; "I don't have a pet yet,
            # what's the fee" is a question (guard)
            r"\b(?:i|we|i've|ive|we've|i have|we have|yo)\b (?:\w+ )?(?:never|nunca) (?:once |even"
            r" |ever )?(?:had|have|owned|been|lost|ordered|asked|requested|signed|agreed|used"
            r"|smoked|got (?:locked|service|sprayed|treated)|tuve|he tenido|perdi|pedi|firme|use"
            r"|fume)\b",
            r"\b(?:i|we|yo|nosotros)\b (?:\w+ )?(?:don't|do not|no longer|ya no|no|ni) (?:even"
            r" |siquiera )?(?:have|own|tengo|tenemos|smoke|fumo) (?:a |an |any |un |una |el |la )?"
            r"(?:pets?|cars?|vehicles?|dogs?|cats?|carpet|animal\w*|mascotas?|carro|coche|perro"
            r"|gato|alfombra|storage|bodega)\b|\b(?:i|we|yo)\b (?:don't|do not"
            r"|no) (?:even )?(?:smoke"
            r"|fumo|fumamos)\b",
            r"\bni (?:\w+ )?(?:tengo|tenemos|uso|vivo|fumo|pedi)\b|\b(?:i|we|yo)\b (?:didn't"
            r"|did not"
            r"|no) (?:ask for|order|request|pedi|solicite|contrate)\b",
            # refusing to pay a named charge (not inability: "no lo puedo pagar" is hardship)
            r"\bno (?:lo|la|los|las|le) (?:voy a|vamos a|pienso|pagare|pago)\b"
            r"|\bnot pay(?:in|ing)? (?:that|this|it|for (?:that|this|it))\b",
            r"\b(?:no|never|did not|didn't|nunca)\b (?:\w+ )?(?:authori[sz]\w*|authro?i[sz]\w*"
            r"|autori[sz]\w*|autoric\w*|athori[sz]\w*)|\bunauth?ori[sz]\w*"
            r"|\b(?:without|sin) (?:my |mi )?(?:permission|consent|permiso|autorizacion)\b",
        ],
        requires=[_CHARGE],
        guards=[
            r"\b(?:what counts as|what is considered|que se considera|que cuenta como)\b"
            r"|\b(?:don't|do not|no) (?:have|tengo|tenemos) (?:\w+ ){0,3}(?:yet|todavia|aun)\b"
            r"|\b(?:todavia|aun) no (?:tengo|tenemos)\b"
            # "I don't have a car, is there a fee for bike storage?", "never been locked out, but
            # what's the lockout fee in case?", "ya no tengo carro, quitenlo desde el proximo mes"
            rf"|{_ASKS_AHEAD}|\bcuanto cuesta\b"
            r"|\bin case\b|\bif (?:i|we) (?:adopt|get|decide|ever)\b"
            r"|\bhow do i (?:see|check|find|view|log|sign up|use)\b|\bwhere do i (?:buy|get|find)\b"
            r"|\bdo (?:i|we) owe anything\b|\bthis once\b|\bme interesa\b"
            r"|\bdo you charge if\b|\bstarting next month\b"
        ],
        negatable=False,
    ),
    rule(
        "safety.dispute.payment_not_credited",
        [
            r"\b(?:doesn't|does not|don't|didn't|isn't|not|no|never|nunca) (?:\w+ )?(?:show"
            r"|showing|shows|reflect\w*|appear\w*|aparece|sale|refleja|posted|credited"
            r"|applied)\b",
            r"\b(?:still|sigue|todavia) (?:\w+ )?(?:shows|says|dice|aparece|saliendo|sale)\b",
            r"\b(?:bank|banco) (?:\w+ ){0,2}(?:confirm\w*|says|dice|shows|cleared|went through)\b"
            r"|\b(?:cleared|went through|se cobro|ya salio)\b",
            r"\b(?:says?|dice|shows?|notice|letter|aviso) (?:\w+ ){0,3}(?:i owe|i'm behind|i'm late"
            r"|debo|estoy atrasad\w*|delinquent|moros[oa])\b",
            r"\b(?:aparece|sale|shows?|showing|listed|marked|marcad[oa]) (?:\w+ ){0,2}(?:como "
            r"|as )?"
            r"(?:pendiente|unpaid|past due|outstanding|owed|due|no pagad[oa])\b",
            r"\b(?:de donde sale|where (?:did|does) (?:this|that|it) come from|no se de donde)\b",
        ],
        requires=[
            r"\b(?:i|we|yo|ya)\b (?:\w+ ){0,3}(?:paid|payed|pague|pagamos|pagado)\b"
            r"|\b(?:receipts?|recibos?|captura|screenshot|confirmation|comprobantes?|money order)\b"
            r"|\b(?:payment|pago) (?:\w+ ){0,2}(?:cleared|went through|posted|se cobro|salio)\b"
            r"|\b(?:si )?(?:paso|salio|entro) el pago\b"
            # a voucher's share paid by the housing authority: "my portion was paid directly"
            r"|\b(?:portion|share|parte)\b (?:\w+ ){0,2}(?:was|were|fue|has been)"
            r" (?:paid|pagad[oa])\b|\bwas paid (?:directly|in full|on time)\b",
        ],
        guards=[r"\b(?:i'll|i will|voy a|will) pay\b|\bpagare\b"],
        negatable=False,
    ),
    rule(
        # the resident gives grounds for contesting a charge: proof in hand, a promise it would
        # be waived, an opt-out, a charge already paid once, a repair of something that broke on
        # its own. "Can you send me a receipt?" and "can I opt out of the $15 fee?" are routine.
        "safety.dispute.grounds",
        [
            r"\b(?:i have|i've got|ive got|i still have|and have|tengo|aqui tengo|i can (?:send"
            r"|show)|puedo (?:mandar|ensenar)) (?:the |my |all (?:the |my )?|a |los |las |el |la "
            r"|mis |your |their )?(?:\w+ )?(?:photos|pics|pictures|video|videos|receipts?|proof"
            r"|screenshots?|confirmation|comprobantes?|fotos|recibos?|capturas|invoice|email"
            r"|correo)\b(?<!new email)(?! nuev[oa]\b| address\b)",
            r"\b(?:supposed to|was going to|were going to|iban a|se suponia que|should have been)"
            r" (?:\w+ ){0,2}(?:waived|taken off|removed|free|included|zero|stop\w*|credited"
            r"|covered|quitar\w*|condonar|gratis|incluid\w*|on you|refunded)\b"
            # "is wifi supposed to be included?" asks
            r"(?![^.!?,]{0,25}\?)",
            r"\b(?:i|we)\b (?:\w+ )?opted out\b|\bopted out (?:of (?:it|that|this) )?(?:in writing"
            r"|when|back)\b|\bcancel\w* (?:\w+ ){0,4}in writing\b|\b(?:gave|turned) (?:up|back|in)"
            r" (?:my|the|that) (?:parking )?(?:spot|space|spots|garage|storage|remote)\b",
            r"\b(?:already|ya)\b (?:\w+ ){0,3}(?:paid|settled|pague|pagado|pagamos|pagada"
            r"|liquid\w*)\b(?=.{0,120}\b(?:again|otra vez|volvieron|volvio|siguen|sigue"
            r"|de nuevo)\b)",
            r"\b(?:broke|broken|se descompuso|se rompio|failed|died"
            r"|stopped working)\b (?:\w+ )?(?:on"
            r" (?:its|it's) own|by itself|sol[oa])\b",
            r"\b(?:was told|were told|was promised|was quoted|me dijeron|me dijo|told me|promised"
            r" me)\b(?: \S+){0,8} (?:would be|was going to be|iba a ser|seria|was|would only be)"
            r" \$?\d",
            # the charge called wrong in so many words: "the pest control charge is bogus",
            # "el cargo por cheque rebotado esta mal", "that's not right", "no es cierto"
            r"\b(?:charge|fee|bill|balance|cargo|cobro|multa|recargo|notice|aviso)s? (?:\S+ ){0,4}"
            r"(?:is|are|es|esta) (?:\w+ )?(?:bogus|not right|a scam|made up|mal|incorrect[oa]?"
            r"|equivocad[oa]|wrong)\b",
            # ("this is the wrong unit number on my account", "it's wrong in the portal, my phone
            # number changed" are corrections of contact details)
            r"\b(?:that's|that is|thats|this is|it's|its|eso|esto) (?:\w+ )?(?:not right"
            r"|isn't right|wrong(?! (?:unit|apartment|apt|phone|email|address|name|number|in the"
            r" portal)\b)|no es correcto|not true|no es cierto)\b|\b(?:no es cierto|es mentira"
            r"|not true"
            r"|isn't true)\b",
            # a returned-payment fee for a payment that cleared ("para que no rebote" is advice)
            r"\b(?:didn't|did not|didnt|never|no) (?:\w+ )?(?:bounce|bounced|reboto)\b",
            # billed for a service nobody performed
            r"\b(?:charg\w*|fee|cobr\w*|billed|cargo)\b(?: \S+){0,10} (?:never|nunca|nobody|no one"
            r"|nadie)\b (?:\w+ ){0,2}(?:showed up|came|vino|vinieron|sprayed|cleaned|fumig\w*"
            r"|cambiaron|replaced|hizo|hicieron)\b",
            r"\b(?:i|we|yo)\b (?:shouldn't|shouldnt|should not) (?:be (?:charged|billed|paying)|pay"
            r"|have to pay|owe|have)\b|\b(?:shouldnt|should not|shouldn't) be (?:there|on)\b",
            # damage that was there at move-in
            r"\b(?:already|ya)\b (?:\w+ ){0,2}(?:broken|broke|rota|roto|rotas|rotos|damaged"
            r"|danad\w*|there|asi|stained|manchad\w*)\b (?:\w+ ){0,3}(?:at|since|desde|when|cuando"
            r"|before|antes)\b (?:\w+ ){0,2}(?:move|moved|me mude|nos mudamos|llegue|entre)",
            # refusing to pay a named charge; "no voy a pagar la renta a tiempo" is not one
            r"\bno (?:voy|vamos|pienso) a pagar (?:(?:esa|ese|eso|esta|este)(?! (?:mes|semana|vez"
            r"|viernes|lunes|dia|ano|quincena)\b)|la multa|el cargo"
            r"|el recargo|el cobro)\b",
            r"\b(?:i|we) (?:only )?owe (?:nothing|nada|it once|only)\b|(?<!so )\bi only owe\b",
            r"\bya no (?:tengo|tenemos) (?:\w+ )?(?:mascota|perro|gato|carro|coche)\b",
            # a charge that is in nothing the resident signed
            r"\b(?:fee|charge|cargo|cobro|cuota|it|that|this|eso|esto)s? (?:\w+ )?(?:wasn't"
            r"|was not|isn't|is not|not|never|no (?:esta|estaba|viene"
            r"|venia))\b (?:\w+ )?"
            r"(?:in|en|part of|parte de) (?:anything|what|the|my|mi|el|lo que|nada de lo que)\b"
            r" (?:\w+ )?(?:i |yo |we )?(?:signed|firme|firmamos|lease|contrato|agreement)",
            # still billed pet rent for a pet that died
            _PET_DIED,
            # the charge set against the lease: "my rent is 1375 per my lease but the portal is
            # charging 1425, I'm only paying what's in the lease"
            r"\b(?:per|according to|in|on) (?:my|the) (?:lease|contract)\b[^.!?]{0,60}\bbut\b"
            r"[^.!?]{0,40}\b(?:charg\w*|bill\w*|shows|showing)\b",
            r"\b(?:charg\w*|bill\w*|cobr\w*)\b[^.!?]{0,60}\b(?:but|pero|even though|aunque) (?:my"
            r" |the |mi |el )?(?:lease|contract|contrato)\b (?:\w+ ){0,2}(?:says|is|dice|es|shows"
            r"|states)\b",
            # paid once already, months back: "that $75 fee, I paid it in cash back in March"
            r"\b(?:fee|charge|cargo|cobro|multa|balance|recargo)s?\b(?: \S+){0,8} (?:i|we|yo)"
            r" (?:already |ya )?(?:lo |la )?(?:paid|pague|pagamos) (?:it |that |this |eso )?"
            r"(?:\S+ ){0,5}(?:back in|months? ago|last (?:month|year)|hace (?:\w+ )?(?:mes\w*"
            r"|semanas)|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
            r"|octubre|noviembre|diciembre)|in (?:january|february|march|april|may|june|july"
            r"|august|september|october|november|december))\b",
        ],
        requires=[_CHARGE],
        # questions about what would happen, and "not saying it's wrong, just curious"
        guards=[
            r"\b(?:do i (?:still )?(?:have|need) to pay|tengo que pagar|will i (?:be|get) charged"
            r"|can i (?:get|have) (?:a|the|my) receipt|do i need to|should i|how do i)\b"
            r"|\b(?:right|verdad|correct|cierto)\s*\?"
            r"|\bnot (?:saying|claiming|disputing)\b|\bno (?:digo|estoy diciendo|estoy reclamando"
            r"|es queja)\b"
            # asking ahead, or about something else: "se rompio sola, me van a cobrar?", "i hope
            # my check didn't bounce", "i have a receipt ..., want me to drop off a copy?", "me
            # dijeron que el deposito seria $500, cuando lo pago?", "when will i get my refund?"
            rf"|{_ASKS_AHEAD}|\bme van a cobrar\b"
            r"|\b(?:i hope|hope|espero que) (?:\w+ ){0,2}(?:didn't|did not|didnt|no) (?:\w+ )?"
            r"(?:bounce|reboto)\b|\bwant me to\b|\bwhere do i (?:upload|send|drop|pay)\b"
            r"|\ba que correo\b|\b(?:what's|whats|what is) my balance\b|\bquiero saber mi saldo\b"
            r"|\b(?:cuando|donde) lo pago\b|\bproof of (?:renters )?insurance\b"
            r"|\bwhen (?:does|will) (?:\w+ ){0,3}(?:drop off|come off|stop)\b"
            r"|\bwhen (?:will|do|can) (?:i|we) (?:get|receive) (?:my |our |the )?(?:deposit"
            r"|refund)\b|\bi meant\b|\bse cobra (?:\w+ ){0,2}solo\b"
        ],
    ),
)
