"""A repair visit asked for in so many words is routine maintenance, with its details to ask.

The labels read "need maintenance in 2B" as maintenance whose description is still missing; the
category model, which learns topics from words, had sent such requests to ``general`` or
``status_update`` and the vagueness head had called the shortest unclear. ``repair_request``
names the request; ``decide`` lets it overrule only the model and the no-content rule."""

from __future__ import annotations

import pytest

from frontdesk.intake.model import Scores, Thresholds
from frontdesk.intake.normalize import normalize
from frontdesk.intake.requests import repair_request
from frontdesk.intake.understand import decide, understand


@pytest.mark.parametrize(
    "text",
    [
        "hey can u send maintenance",
        "i need to put in a work order",
        "Hello, I'd like to schedule a maintenance appointment please.",
        "request maintenance pls 2B",
        "maintenance request for unit 2214",
        "need a maintenance guy in 214 pls",
        "somethings wrong with my place can u send somebody",
        "can someone come by? something's off and i cant tell what",
        "oye quien me ayuda con mantenimiento",
        "algo anda mal en mi apartamento, me pueden llamar?",
        "necesito que venga alguien de mantenimiento al 210",
        "quiero hacer una orden de trabajo",
    ],
)
def test_a_plain_request_for_a_visit_is_named(text: str) -> None:
    assert repair_request(normalize(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "was my maintenance request received? the portal just spins",
        "I put in a work order for the dishwasher on Monday, when is someone coming?",
        "any update on my work order?",
        "did maintenance come by today?",
        "when will maintenance come for the sink",
        "is this the office or the maintenance line",
        "ya mande mi solicitud de mantenimiento hace una semana",
        "me pueden mandar los mensajes de mantenimiento por texto en espanol?",
        "are you hiring maintenance techs?",
        "looks like maintenance left a ladder in the hall",
        "you sent maintenance but nothing got fixed",
    ],
)
def test_a_question_about_a_visit_is_not_a_new_request(text: str) -> None:
    assert repair_request(normalize(text)) is None


def _general(p_escalate: float = 0.05, kind: str = "dispute") -> Scores:
    return Scores(
        {"general": 0.6, "status_update": 0.3, "maintenance": 0.1},
        {"none": 1.0 - p_escalate, kind: p_escalate},
    )


def test_a_request_overrules_the_model_topic_and_asks_what_is_wrong() -> None:
    u = decide("hey can u send maintenance", _general(), Thresholds(0.5, 0.3, 0.5))
    assert (u.category, u.escalation, u.rule) == ("maintenance", None, "intake.repair_request")
    assert "description" in u.missing
    assert any(e.rule == "intake.repair_request" for e in u.evidence)


def test_a_request_overrules_the_model_doubt() -> None:
    unsure = Thresholds(0.5, 0.3, 0.7)  # the top category, 0.6, is below 0.7: unclear
    assert decide("please look at this", _general(), unsure).escalation == "unclear"
    u = decide("i need to put in a work order", _general(), unsure)
    assert (u.category, u.escalation) == ("maintenance", None)


def test_a_request_never_overrules_a_model_escalation_of_another_kind() -> None:
    u = decide("need maintenance in 4C", _general(0.8), Thresholds(0.5, 0.3, 0.5))
    assert (u.escalation, u.rule) == ("dispute", "model.escalation.dispute")


def test_a_request_never_overrules_a_safety_rule() -> None:
    u = understand("need maintenance now, water is pouring out of the ceiling")
    assert u.escalation == "emergency"


def test_the_shipped_model_routes_a_bare_request_to_maintenance() -> None:
    u = understand("oye quien me ayuda con mantenimiento")
    assert (u.category, u.escalation, u.lang) == ("maintenance", None, "es")
    assert u.missing[0] == "location"
