"""Round 16: a lockout told in the passive, and a charge set against the lease.

The fresh eval19 automated two must-human messages: "the lock on my door got changed while I
was at work ... you can't lock me out like this" (legal) and "my rent is 1375 per my lease but
the portal is charging 1425, I'm only paying what's in the lease" (dispute). eval19 was then
retired into train; these rules are written for the kinds of message, not the two texts."""

from __future__ import annotations

import pytest
from safety_probe import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "the lock on my door got changed while I was at work",
        "my locks have been changed and my key does not work, I am paid up",
        "came home and the locks were swapped, nobody told me anything",
        "la chapa de mi puerta fue cambiada y no me avisaron",
        "you can't lock me out like this",
        "no me pueden dejar afuera asi nomas",
    ],
)
def test_a_lockout_by_the_landlord_is_legal(text: str) -> None:
    assert kind_of(text) == "legal"


@pytest.mark.parametrize(
    "text",
    [
        "my rent is 1375 per my lease but the portal is charging 1425",
        "the portal is charging me 1425 but my lease says 1375",
        "I'm only paying what's in the lease, not this new amount",
        "solo voy a pagar lo que dice el contrato",
        "me estan cobrando 950 pero el contrato dice 900",
    ],
)
def test_a_charge_set_against_the_lease_is_a_dispute(text: str) -> None:
    assert kind_of(text) == "dispute"


@pytest.mark.parametrize(
    "text",
    [
        "the lock on the mailbox was replaced, where do I get the new key?",
        "my locks were changed after move in like I asked, thanks",
        "can the locks be changed? I lost a key",
        "I locked myself out, can someone let me in",
        "I will only pay half now and the rest friday",
        "per my lease rent is due on the 1st, can I pay on the 3rd?",
    ],
)
def test_look_alikes_stay_routine(text: str) -> None:
    assert kind_of(text) is None
