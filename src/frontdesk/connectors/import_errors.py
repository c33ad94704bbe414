"""What a refused import reports: one line per problem, naming file, line and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RowError:
    """One problem in one cell; ``line`` counts the header as 1 and is 0 for whole-file problems."""

    file: str
    line: int
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        return f"{where} {self.column}: {self.reason}" if self.column else f"{where} {self.reason}"


class ImportFailed(Exception):
    """The import was refused and nothing was written; ``errors`` lists every problem found."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        count = len(errors)
        first = f": {errors[0]}" if errors else ""
        super().__init__(f"import refused with {count} error{'s' if count != 1 else ''}{first}")
