"""The topic lexicons carry what a property manager knows to words the corpus never used."""

from __future__ import annotations

import pytest

from frontdesk.intake.normalize import normalize
from frontdesk.intake.topics import topic_flags
from frontdesk.intake.understanding import CATEGORIES


def flagged(text: str) -> set[str]:
    return {c for c, v in zip(CATEGORIES, topic_flags(normalize(text)), strict=True) if v > 0}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("are rabbits allowed here?", "lease"),
        ("¿se vale tener una tortuga?", "lease"),
        ("can my boyfriend move in with me", "lease"),
        ("there's a mouse behind the pantry shelves", "maintenance"),
        ("hay avispas haciendo nido en mi ventana", "maintenance"),
        ("can the movers park by the side door on saturday", "move"),
        ("si me voy el 15, me regresan algo?", "move"),
        ("the gym card reader won't take my badge", "access"),
        ("can someone swing by my place", "maintenance"),
        ("algo anda mal en mi depa, manden a alguien", "maintenance"),
        ("the trash chute on 4 is jammed", "maintenance"),
        ("se cayo la persiana", "maintenance"),
        # plurals and plural verbs name the same topic as the singular
        ("los enchufes no sirven", "maintenance"),
        ("outlets in the den are dead", "maintenance"),
        ("the bbq grill by the clubhouse won't ignite", "maintenance"),
        ("una de las caminadoras del gimnasio", "maintenance"),
    ],
)
def test_topic_words_name_their_category(text: str, category: str) -> None:
    assert category in flagged(text)


def test_a_message_without_topic_words_flags_nothing() -> None:
    assert flagged("hello, quick question for you") == set()
