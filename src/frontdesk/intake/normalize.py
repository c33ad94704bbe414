"""Text folding shared by the rules and the model, so both see the same spelling of a message.

Residents type on phones: capitals, missing accents, stretched letters ("pleeease"),
shorthand ("pls", "rn", "x favor"). Folding these once keeps every pattern and feature simple.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_REPEATS = re.compile(r"([^\W\d])\1{2,}")
_SPACES = re.compile(r"\s+")

# Whole-word shorthand → what it stands for (matched after lowercasing and accent folding).
SHORTHAND: dict[str, str] = {
    "pls": "please",
    "plz": "please",
    "pleas": "please",
    "u": "you",
    "ur": "your",
    "r": "are",
    "rn": "right now",
    "asap": "as soon as possible",
    "thx": "thanks",
    "ty": "thank you",
    "bc": "because",
    "b/c": "because",
    "cuz": "because",
    "w/": "with",
    "w/o": "without",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "2morrow": "tomorrow",
    "tonite": "tonight",
    "b4": "before",
    "2day": "today",
    "idk": "i do not know",
    "dont": "don't",
    "doesnt": "doesn't",
    "wont": "won't",
    "cant": "can't",
    "isnt": "isn't",
    "im": "i'm",
    "ive": "i've",
    "apt": "apartment",
    "mgmt": "management",
    "maint": "maintenance",
    "mgr": "manager",
    "bldg": "building",
    "ac": "a/c",
    "hw": "hot water",
    # Spanish
    "ntp": "no te preocupes",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "q": "que",
    "tb": "tambien",
    "tmb": "tambien",
    "xfa": "por favor",
    "xfavor": "por favor",
    "porfa": "por favor",
    "porfis": "por favor",
    "dpto": "departamento",
    "depto": "departamento",
    "mnn": "manana",
    "hrs": "horas",
    "aa": "aire acondicionado",
}
_SHORTHAND = re.compile(
    r"(?<![\w/])("
    + "|".join(re.escape(k) for k in sorted(SHORTHAND, key=len, reverse=True))
    + r")(?![\w/])"
)


def fold_accents(text: str) -> str:
    """Drop diacritics (é→e, ñ→n) so "baño" and "bano" are the same word."""
    if text.isascii():  # nothing to decompose; most messages
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_X_FAVOR = re.compile(r"\bx\s*fa(?:vor|v)?\b")


@functools.lru_cache(maxsize=1024)
def normalize(text: str) -> str:
    """Lowercase, accent-fold, squeeze stretched letters and expand common shorthand.

    Cached: the safety scan, the model and the detail lexicons each fold the same message."""
    folded = fold_accents(text.lower()).replace("\u2019", "'").replace("\u2018", "'")
    folded = _REPEATS.sub(r"\1", folded)
    folded = _X_FAVOR.sub("por favor", folded)
    folded = _SHORTHAND.sub(lambda m: SHORTHAND[m.group(1)], folded)
    return _SPACES.sub(" ", folded).strip()
