"""Which language a message is written in, cheaply: stopwords and Spanish-only characters.

Only languages we have templates and patterns for are returned; anything else is English,
the default policy language. A channel's hint (the resident's saved language) wins when it is
one we support, because short messages ("ok gracias") are too thin to judge.
"""

from __future__ import annotations

import re

SUPPORTED = ("en", "es")

_WORD = re.compile(r"[a-záéíóúüñ']+")
_SPANISH_CHARS = re.compile(r"[ñ¿¡áéíóú]")
_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "is",
        "are",
        "was",
        "it",
        "my",
        "i",
        "you",
        "to",
        "of",
        "in",
        "on",
        "for",
        "with",
        "not",
        "this",
        "that",
        "there",
        "have",
        "has",
        "please",
        "can",
        "could",
        "would",
        "will",
        "be",
        "me",
        "we",
        "our",
        "your",
        "at",
        "from",
        "no",
        "yes",
        "thanks",
        "thank",
        "hi",
        "hello",
        "when",
        "what",
        "how",
        "why",
        "do",
        "does",
        "did",
        "but",
        "just",
        "still",
        "been",
        "get",
        "got",
        "need",
    ]
)
_ES = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "y",
        "es",
        "son",
        "esta",
        "estan",
        "mi",
        "mis",
        "yo",
        "usted",
        "ustedes",
        "de",
        "del",
        "en",
        "con",
        "por",
        "para",
        "no",
        "si",
        "que",
        "se",
        "lo",
        "le",
        "les",
        "nos",
        "hay",
        "tengo",
        "tiene",
        "favor",
        "gracias",
        "hola",
        "cuando",
        "como",
        "porque",
        "pero",
        "muy",
        "ya",
        "todavia",
        "necesito",
        "puede",
        "pueden",
        "quiero",
        "desde",
        "hace",
        "al",
        "su",
        "sus",
        "me",
    ]
)


def detect_language(text: str, hint: str | None = None) -> str:
    """Return "en" or "es"; a supported ``hint`` wins, ties and empty text fall back to English."""
    if hint:
        short = hint.lower().split("-")[0].split("_")[0]
        if short in SUPPORTED:
            return short
    lowered = text.lower()
    words = _WORD.findall(lowered)
    en = sum(w in _EN for w in words)
    es = sum(w in _ES for w in words) + 2 * len(_SPANISH_CHARS.findall(lowered))
    return "es" if es > en else "en"
