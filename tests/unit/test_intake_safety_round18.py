"""Round 18: two emergency look-alikes that kept escalating routine repairs.

eval23's misses (read once it had had its three looks) showed a lounge chair with "a broken
leg" read as a person hurt, and a split sink-sprayer hose read as a burst pipe; the sprayer
hose had escalated seven routine rows of earlier splits too. A sprayer or hand-shower hose only
carries water while the tap is open, so its split is a repair; a washer or supply hose is not."""

from __future__ import annotations

import pytest
from safety_probe import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "the pool lounger has a broken leg, tips over if you sit on it",
        "kitchen table with a broken leg was left in the hallway by the elevator",
        "the dog park bench has a broken leg",
        "shower hose split at the handle, it sprays sideways when I shower",
        "spray hose on the kitchen faucet burst at the base, works if I don't use it",
        "the sprayer hose snapped, I just use the faucet for now",
    ],
)
def test_furniture_and_sprayer_hoses_stay_routine(text: str) -> None:
    assert kind_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my son fell off the bunk bed and has a broken leg, he can't stand",
        "a neighbor slipped on the stairs, I think she has a broken leg",
        "the washer hose split and there's water all over the laundry room",
        "the supply line burst under the sink, can't find the shutoff",
        "the sprayer hose burst and water is pouring out under the sink",
    ],
)
def test_what_those_guards_must_not_hide(text: str) -> None:
    assert kind_of(text) == "emergency"
