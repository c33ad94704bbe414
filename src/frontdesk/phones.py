"""Phone numbers in one form, E.164, wherever they enter: imports, texts, calls."""

from __future__ import annotations

import phonenumbers


def to_e164(raw: str, region: str) -> str:
    """``(312) 555-0142`` → ``+13125550142``; raises ValueError for what is not a phone number."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"not a phone number: {raw!r}") from exc
    if not phonenumbers.is_possible_number(number):
        raise ValueError(f"not a possible phone number: {raw!r}")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
