"""Per-property overrides: a property's policy is the portfolio's with its override laid on top."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any


def deep_merge(base: Mapping[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``patch`` into a copy of ``base``: mappings merge key by key, anything else replaces.

    Lists replace rather than append, so an override's call routes are the whole route list and
    their order (which decides the outcome) stays readable in one place.
    """
    merged = copy.deepcopy(dict(base))
    for key, value in patch.items():
        current = merged.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            merged[key] = deep_merge(current, value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged
