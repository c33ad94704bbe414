"""Reading a portfolio folder: find the fixed file names and parse every row of every file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from frontdesk.connectors.csv_checks import Parsed
from frontdesk.connectors.csv_read import read_csv
from frontdesk.connectors.csv_rows import ROW_TYPES, parse_rows, schemas
from frontdesk.connectors.import_errors import RowError

FILES = tuple(ROW_TYPES)
Progress = Callable[[str, int], None]


def read_folder(
    folder: Path, region: str, progress: Progress | None = None
) -> tuple[Parsed, list[RowError]]:
    """Parse every known file in ``folder``; all problems are returned, nothing is raised."""
    parsed = Parsed()
    paths, errors = _find_files(folder)
    if errors:
        return parsed, errors
    columns = schemas(region)
    for name, path in paths.items():
        cols = columns[name]
        raw = read_csv(path, tuple(c.name for c in cols if c.required))
        setattr(parsed, name.removesuffix(".csv"), parse_rows(raw, cols, ROW_TYPES[name]))
        parsed.present.add(name)
        errors += raw.errors
        if progress:
            progress(name, len(raw.rows))
    return parsed, errors


def _find_files(folder: Path) -> tuple[dict[str, Path], list[RowError]]:
    """The export files present, matched case-insensitively, in dependency order."""
    try:
        entries = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
    except OSError as exc:
        reason = f"cannot read folder: {exc.strerror or exc}"
        return {}, [RowError(str(folder), 0, None, reason)]
    if "properties.csv" not in entries:
        return {}, [RowError("properties.csv", 0, None, f"required file is missing from {folder}")]
    return {name: entries[name] for name in FILES if name in entries}, []


def error_order(error: RowError) -> tuple[int, int, str]:
    rank = FILES.index(error.file) if error.file in FILES else -1
    return rank, error.line, error.column or ""
