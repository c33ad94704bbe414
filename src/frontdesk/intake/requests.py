"""A repair visit asked for in so many words is a maintenance message, however little it says.

Residents often open with the request alone: "need maintenance in 2B", "i need to put in a work
order", "oye quien me ayuda con mantenimiento", "algo anda mal en mi depa". The labels read
these as routine maintenance whose description is still to be asked, and the dialogue does
exactly that. But they carry no topic word beyond "maintenance", so the category model, which
learns topics from words, lets a greeting or the word "request" pull them to ``general`` or
``status_update``, and the vagueness head calls the shortest of them unclear.

``repair_request`` names such a request, and not a question about one already made ("when is
maintenance coming", "any update on my work order"). ``understand.decide`` uses it only where
nothing but the model or the no-content rule stood in the way: a safety rule still wins.
"""

from __future__ import annotations

import re

# Someone who comes to repair things
_REPAIRER = (
    r"(?:maintenance|maint|mantenimiento|manteniemiento|a tech|technician|tecnico|handyman"
    r"|plumber|plomero|electrician|electricista|repair ?(?:man|guy|person))"
)
# "something's off", and a visit by: "can someone come by? something's off"
_SOMETHING = r"\bsomething(?:'?s| is)?"
_WRONG = r"(?:wrong|off|not right|weird)"
_VISIT_BY = r"\b(?:come|swing|stop|drop) by\b"

_REQUEST = re.compile(
    # "need maintenance in 214", "can u send maintenance", "i'd like to schedule a maintenance
    # appointment", "request maintenance pls 2B", "necesito que venga mantenimiento"
    # (not "sent": "you sent maintenance but" is about a visit made; "like" only as "i'd like")
    r"\b(?:need|needs|request\w*|send|get|schedule|book|(?:would|i'd|we'd|id) like|want"
    r"|necesito|necesitamos"
    r"|ocupo|ocupamos|requiero|quiero|quisiera|manden|mandar|mande|mandan|envien|enviar|pedir"
    r"|solicit\w*|agendar|programar|ayuda|ayude|ayudan|ayudar)\b"
    rf"(?:\W+\w+){{0,4}}?\W+{_REPAIRER}\b"
    # "put in a work order", "submit a maintenance request", "hacer una orden de trabajo" (not
    # "un reporte de mantenimiento": "reporte" also reads as "reporté", a report made before)
    r"|\b(?:put|putting|submit\w*|file|open|make|create|place|start|enter|poner|hacer|abrir"
    r"|meter|levantar|crear)\b (?:in )?(?:a |an |one |una |un )?(?:new |nueva |nuevo )?"
    r"(?:work order|maintenance request|service request|repair request|orden de (?:trabajo"
    r"|servicio|mantenimiento)|solicitud de (?:mantenimiento|reparacion))\b"
    # "maintenance request for 2214", "maintenance needed in 4C"
    r"|^\W*(?:\w+\W+){0,2}?(?:maintenance|mantenimiento) (?:request|needed|visit|para|por favor"
    r"|please|pls)\b"
    # "something's wrong with my place", "algo anda mal en mi apartamento", "algo pasa con el
    # cuarto de atras"
    rf"|{_SOMETHING} (?:{_WRONG}|up)\b(?:\W+\w+){{0,4}}?\W+(?:apt"
    r"|apartment|place|unit|home|condo|house|room|bathroom|kitchen)\b"
    rf"|{_VISIT_BY}(?=.{{0,60}}{_SOMETHING} {_WRONG}\b)|{_SOMETHING} {_WRONG}\b(?=.{{0,60}}"
    rf"{_VISIT_BY})"
    r"|\balgo (?:anda|esta|pasa|raro)\b(?:\W+\w+){0,4}?\W+(?:apartamento|departamento|depa"
    r"|apto|casa|unidad|cuarto|bano|cocina|recamara)\b"
)

# A question about a visit already asked for (status_update), or another matter altogether
_NOT_A_NEW_REQUEST = re.compile(
    r"\b(?:update|status|still|already|any news|follow\w* up|last (?:week|time|month)"
    r"|yesterday|was supposed|never (?:came|showed)|reschedul\w*|cancel\w*|my (?:work order"
    r"|request|ticket|appointment)|when (?:is|will|are|does|do)|did (?:you|they|he|she"
    r"|someone|maintenance)|came (?:by|out)|todavia|ya (?:vino|viene|vinieron|mande|puse|hice)"
    r"|cuando (?:viene|vienen|van|va)|no (?:ha|han) venido|sigue|siguen|mi (?:orden|solicitud"
    r"|cita)|ayer|number|numero|phone|telefono|hours|horario"
    r"|who (?:is|do)|quien es|is this|es este|es esta|job|trabajo de|hiring|contratando"
    # one made before: "i put in a work order monday", "was my request received", "hace un mes"
    r"|i (?:put|submitted|filed|made|opened|placed|entered|reported)|was my|did my|did anyone"
    r"|received|recibieron|go(?:es)? (?:thru|through)|went (?:thru|through)|confirm\w*|on hold"
    # ("reporte": "reporté", "ya reporté", "mi reporte")
    r"|heard|eta|ago|hace (?:un|una|dos|tres|\d+)|reporte"
    # not a visit: how maintenance should write or call ("me pueden mandar los mensajes de
    # mantenimiento por texto", "could the maintenance guys call me a day ahead")
    r"|messages?|mensajes?|texts?|texto|call me (?:a day|the day|before|ahead)"
    r"|llam\w* (?:antes|un dia))\b"
)


def repair_request(normalized: str) -> str | None:
    """The words that ask for a repair visit, or None (also when it is a question about one)."""
    found = _REQUEST.search(normalized)
    if found is None or _NOT_A_NEW_REQUEST.search(normalized):
        return None
    return found.group(0)
