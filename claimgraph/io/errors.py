"""Problems found while reading input, located by file, line and entry."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

__all__ = ["InputError", "Problem"]


@frozen(order=True)
class Problem:
    """One thing wrong with an input file.

    Attributes:
        path: the file, as the user named it.
        line: 1-based line number, or 0 when the problem concerns the whole file.
        entry: the entry at fault, e.g. ``claim 'cogat-open'``, or "" for the file.
        message: what is wrong, starting with the field name where there is one.
        hint: how to fix it.
    """

    path: str
    line: int
    entry: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f"{self.entry}: {self.message}" if self.entry else self.message
        return f"{where}: {what}" + (f" (fix: {self.hint})" if self.hint else "")


class InputError(Exception):
    """Input could not be read into a ledger; ``problems`` lists every reason found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
