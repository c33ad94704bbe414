"""Reading one export file: UTF-8 text, a header row, forgiving header spelling."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from frontdesk.connectors.import_errors import RowError

_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalize_header(name: str) -> str:
    """``External ID`` → ``external_id``; ``Aged 90+`` → ``aged_90_plus``."""
    name = name.strip().lower().replace("+", " plus").replace("#", " number")
    return _NON_WORD.sub("_", name).strip("_")


@dataclass
class RawFile:
    """The cells of one file keyed by normalized header, with each row's line number."""

    name: str
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def read_csv(path: Path, required: tuple[str, ...]) -> RawFile:
    """Read ``path``; unreadable files and missing required columns become errors, not raises."""
    raw = RawFile(path.name)
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raw.errors.append(RowError(path.name, 0, None, f"cannot read file: {exc.strerror}"))
        return raw
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text (bad byte at position {exc.start}); save the export as CSV UTF-8"
        raw.errors.append(RowError(path.name, 0, None, reason))
        return raw
    try:
        _parse(content, raw, required)
    except csv.Error as exc:
        raw.errors.append(RowError(path.name, 0, None, f"not a CSV file: {exc}"))
    return raw


def _parse(content: str, raw: RawFile, required: tuple[str, ...]) -> None:
    reader = csv.reader(io.StringIO(content, newline=""))
    header = next(reader, None)
    if header is None:
        raw.errors.append(RowError(raw.name, 0, None, "file is empty (a header row is required)"))
        return
    names = [normalize_header(h) for h in header]
    if not _header_ok(raw, names, required):
        return
    for line, cells in enumerate(reader, start=2):
        if any(cell.strip() for cell in cells):
            values = {n: c.strip() for n, c in zip(names, cells, strict=False) if n}
            raw.rows.append((line, values))


def _header_ok(raw: RawFile, names: list[str], required: tuple[str, ...]) -> bool:
    seen: set[str] = set()
    for name in names:
        if name and name in seen:
            raw.errors.append(RowError(raw.name, 1, name, "column appears twice in the header"))
        seen.add(name)
    for name in required:
        if name not in seen:
            raw.errors.append(RowError(raw.name, 1, name, "required column is missing"))
    return not raw.errors
