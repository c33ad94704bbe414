"""Normalised key used to detect duplicate texts within and across splits."""

import re
import unicodedata


def norm_key(text: str) -> str:
    """Lowercase, strip accents and punctuation, collapse spaces; punctuation-only text keys on itself."""
    s = unicodedata.normalize("NFD", text.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^a-z0-9$ ]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s or text.strip()


CODES = {"L": "location", "D": "description", "U": "urgency", "E": "entry_permission", "A": "availability"}


def parse_block(block: str) -> list[tuple[str, str, str, str | None, list[str]]]:
    """Parse hand-written lines `category|escalation|given-codes|lang|text` ('-' = none)."""
    rows = []
    for line in block.strip("\n").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cat, esc, codes, lang, text = line.split("|", 4)
        order = list(CODES.values())
        given = sorted((CODES[c] for c in codes.strip() if c != "-"), key=order.index)
        rows.append((text.replace("\\n", "\n"), lang.strip(), cat.strip(), None if esc.strip() == "-" else esc.strip(), given))
    return rows
