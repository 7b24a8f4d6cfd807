"""Every error claimgraph explains to its user, in one place at the bottom of the layers.

Each is a :class:`ClaimgraphError`: the command line prints its message and exits
with code 1, whatever raised it. Anything else that escapes a command is a bug
and is left to show as one (a stray ``KeyError`` is not a user message).
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

__all__ = [
    "BriefError",
    "ClaimgraphError",
    "FieldError",
    "InputError",
    "LedgerBusy",
    "OutputError",
    "Problem",
    "UnknownDispute",
]


class ClaimgraphError(Exception):
    """Something the user asked for cannot be done; the message says why and what to do."""


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


class InputError(ClaimgraphError):
    """Input could not be read into a ledger; ``problems`` lists every reason found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: str, message: str, hint: str = "", *, line: int = 0, entry: str = "") -> InputError:
        """The error of one problem, e.g. ``InputError.single("a.yaml", "is empty", "add claims")``."""
        return cls([Problem(path, line, entry, message, hint)])


class LedgerBusy(InputError):
    """Another process held the ledger for writing for longer than the command was willing to wait."""


class FieldError(ClaimgraphError):
    """An entry could not be built; ``errors`` holds (external field or None, message, hint)."""

    def __init__(self, errors: list[tuple[str | None, str, str]]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{f}: {m}" if f else m for f, m, _ in errors))


class OutputError(ClaimgraphError):
    """A file could not be written; nothing was written there (the old file, if any, is intact).

    Attributes:
        path: the file, as the user named it.
        reason: what stopped the write, e.g. "is a directory" or "No space left on device".
        hint: what to do instead, or "".
    """

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path = path
        self.reason = reason
        self.hint = hint
        super().__init__(f"{path}: {reason}; nothing was written" + (f" ({hint})" if hint else ""))


class UnknownDispute(ClaimgraphError, LookupError):
    """No dispute has the id asked for; the message lists some that do."""


class BriefError(ClaimgraphError, ValueError):
    """The brief cannot be made as asked (an unknown dispute id, say); the message says why."""
