"""Topic words per category, in English and Spanish, as features for the category model.

The labelled corpus is written from templates, so n-grams alone learn its sentences rather than
its topics; these lexicons carry what a property manager knows ("fob", "sublet", "ledger") to
phrasings the corpus never used. They are signals for the model, not rules: the model weighs
them against everything else it sees.
"""

from __future__ import annotations

import re

from frontdesk.intake.understanding import CATEGORIES

TOPIC_WORDS: dict[str, str] = {
    "maintenance": (
        r"leak\w*|drip\w*|clog\w*|broken|broke|repair\w*|fix|fixed|not working|doesn'?t work"
        r"|won'?t (?:turn|drain|flush|close|open|lock|light|start|spin|heat|cool)|faucet|toilet"
        r"|sink|shower|tub|drain|dishwasher|fridge|refrigerator|freezer|oven|stove|burner|washer"
        r"|dryer|heater|furnace|a/c|thermostat|outlet|light|bulb|fan|window|blinds?|mold|pest\w*"
        r"|roach\w*|mice|ants|bugs|maintenance|work order|plumb\w*|electric\w*|hot water|gotea"
        r"|fuga|tapad\w*|roto|rota|no sirve|no funciona|arregl\w*|reparar|mantenimiento|inodoro"
        r"|regadera|fregadero|lavabo|estufa|horno|refri|nevera|calentador|calefaccion|aire"
        r"|ventana|enchufe|foco|luz|moho|cucarach\w*|plaga|plomero"
        # pests and fittings residents name without saying "broken"
        r"|mouse|rats?|rodents?|termites?|bed ?bugs|fleas|wasps?|hornets?|squirrels?|pigeons?"
        r"|ratas?|raton\w*|chinches|pulgas|avispas|hormigas|ardillas?|palomas|hinge|bisagra"
        r"|cabinet\w*|gabinete\w*|caulk|grout|air filter|filtro|disposal|triturador"
        # a visit asked for with nothing else said ("can someone swing by my place"), and
        # fittings of shared spaces that residents report broken
        r"|send (?:someone|somebody|a tech\w*|maintenance|a maintenance \w+|a guy)|swing by"
        r"|stop by|take a look|something'?s wrong|algo (?:anda|esta) mal|manden a alguien"
        r"|vengan a (?:ver|revisar|checar)|compactor|chute|ducto|graffiti|grafiti|pothole|bache"
        r"|sprinklers?|aspersor\w*|doorbell|timbre|persianas?|microwave|microondas|ice maker"
        r"|vents?|towel (?:bar|rack)|toallero"
        # a fitting that will not start, and gym machines ("the grill by the clubhouse won't
        # ignite", "una caminadora no prende")
        r"|ignit\w*|no (?:prende|enciende|calienta|enfria)|treadmills?|caminadoras?|ellipticals?"
        r"|elipticas?"
    ),
    "billing": (
        r"charge\w*|fee\w*|bill\w*|statement|ledger|receipt|invoice|autopay|auto-pay|portal"
        r"|pay(?:ment)? method|money order|check|venmo|zelle|card|utilit\w*|water bill|rubs"
        r"|deposit|refund|credit|cargo\w*|cobro\w*|recibo|factura|estado de cuenta|pago"
        r"|pagar con|tarjeta|deposito|reembolso"
    ),
    "delinquency": (
        r"late|past due|behind|owe|balance|catch up|partial|payment plan|pay (?:on|by|next)"
        r"|will pay|can pay|few days|paycheck|get paid|grace period|eviction notice|notice to pay"
        r"|atrasad\w*|debo|saldo|pagare|pagar el|plan de pagos|quincena|tarde|adeudo"
    ),
    "lease": (
        r"lease|leasing|renew\w*|sublet\w*|sublease|roommate|add (?:a|my) |co-?signer|term"
        r"|month-to-month|break (?:my|the) lease|transfer"
        r"|airbnb|contrato|renovar|renovacion|subarrend\w*|companero de cuarto"
        # which animals and which people may live here is a lease question
        r"|pets?|dogs?|cats?|puppy|kitten|rabbits?|birds?|reptiles?|snakes?|fish tank|aquarium"
        r"|mascotas?|perros?|perrit\w*|gat[oa]s?|gatit\w*|conejos?|tortugas?|pajar\w*|pecera"
        r"|occupants?|ocupantes|live with me|move in with me|vivir conmigo|viva conmigo"
        r"|girlfriend|boyfriend|novi[oa]"
        r"|stay (?:with me )?for (?:a|two|three|\d+) (?:weeks?|months?)"
    ),
    "move": (
        r"mov(?:e|ing) (?:out|in)|move-?(?:out|in)|moving|notice to vacate|30[- ]day notice"
        r"|vacate|forwarding|keys? (?:back|return)|return (?:my|the) keys|walkthrough|walk-through"
        r"|inspection|truck|elevator reservation|freight|mudanza|mudar\w*|me mudo|salirme"
        r"|entrega de llaves|aviso de (?:30|salida)|inspeccion de salida"
        r"|movers|u-?haul|walk through|me voy|nos vamos|me vaya|irme|desocup\w*|mudanceros"
    ),
    "access": (
        r"locked out|lockout|key\w*|fob\w*|gate|code|garage (?:remote|opener|door)|remote"
        r"|access|buzzer|intercom|door code|mailbox key|parking pass|guest pass|can'?t get in"
        r"|llave\w*|llavero|porton|codigo|control|me quede afuera|no puedo entrar|tarjeta de acceso"
        r"|buzon|estacionamiento"
        r"|card reader|key ?card|badge|clicker|opener|lector|tarjeta (?:de acceso|del gym)"
    ),
    "status_update": (
        r"update|status|still coming|any news|did (?:you|someone|they|maintenance|the tech)"
        r"|when (?:will|is) (?:someone|the tech|maintenance|he|she|the plumber)|eta"
        r"|follow(?:ing)? up"
        r"|already (?:submitted|reported|sent)|my (?:request|ticket|work order)|received my"
        r"|was (?:it|my)|todavia|sigue|ya (?:reporte|mande)|cuando (?:vienen|viene|van a venir)"
        r"|alguna noticia|actualizacion|mi (?:reporte|solicitud|orden)|recibieron"
    ),
    "general": (
        r"hours|open|pool|gym|package\w*|amazon|delivery|trash|recycl\w*|parking|guest|event"
        r"|quiet hours|noise|bbq|grill|clubhouse|amenit\w*|office|wifi|internet|laundry room"
        r"|bike|storage|visitor|paquete\w*|basura|alberca|gimnasio|horario|oficina|salon"
        r"|fiesta|visitas"
    ),
}

# Words are written singular; a plural ("enchufes", "outlets") or a plural verb ("no sirven")
# names the same topic
_PATTERNS = {name: re.compile(rf"\b(?:{words})(?:e?s|n)?\b") for name, words in TOPIC_WORDS.items()}


def topic_flags(normalized: str) -> list[float]:
    """For each category in ``CATEGORIES`` order, how many of its topic words appear (capped)."""
    return [min(len(_PATTERNS[c].findall(normalized)), 3) / 3 for c in CATEGORIES]
