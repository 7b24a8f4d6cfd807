"""What every command shares: reading input, writing output, turning errors into messages."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import IO, Any, ParamSpec, TypeVar, overload

import click

from claimgraph.errors import ClaimgraphError, InputError
from claimgraph.io import write_atomic
from claimgraph.model import Ledger
from claimgraph.store import load_ledger

__all__ = ["Failed", "emit", "ledger_input", "reports_errors"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_F = TypeVar("_F", bound=Callable[..., Any])

#: ``reader(paths, as_of, options)``: see :func:`ledger_input`.
_Reader = Callable[[tuple[str, ...], str | None, dict[str, Any]], Ledger | None]


class Failed(click.ClickException):
    """An error already explained to the user; exits with code 1."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(self.message, err=True)


def _explain(exc: ClaimgraphError) -> str:
    if not isinstance(exc, InputError):
        return f"error: {exc}"
    count = len(exc.problems)
    lines = [f"error: {p}" for p in exc.problems]
    lines.append(f"{count} problem{'s' * (count != 1)} found; nothing was written.")
    return "\n".join(lines)


def reports_errors(command: Callable[_P, _R]) -> Callable[_P, _R]:
    """Turn claimgraph's own errors and file-system errors into clear messages and exit code 1.

    Only :class:`~claimgraph.errors.ClaimgraphError` and ``OSError`` become messages:
    any other exception is a bug and shows as one.
    """

    @functools.wraps(command)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return command(*args, **kwargs)
        except ClaimgraphError as exc:
            raise Failed(_explain(exc)) from None
        except OSError as exc:
            name = f" {exc.filename}" if exc.filename else ""
            raise Failed(f"error:{name}: {exc.strerror or exc}") from None

    return wrapper


# The command's parameters change (``ledger`` goes, ``paths`` and ``as_of`` come, as
# click passes them), which a type can only spell as ``...``.
@overload
def ledger_input(command: Callable[..., _R], *, reader: _Reader | None = None) -> Callable[..., _R]: ...


@overload
def ledger_input(
    command: None = None, *, reader: _Reader | None = None
) -> Callable[[Callable[..., _R]], Callable[..., _R]]: ...


def ledger_input(
    command: Callable[..., _R] | None = None, *, reader: _Reader | None = None
) -> Callable[..., _R] | Callable[[Callable[..., _R]], Callable[..., _R]]:
    """Give a command a ``PATHS...`` argument and ``--as-of``, and pass it the ``ledger`` they name.

    Every read command takes its input this way, so each accepts dossier files,
    folders of them, and ledger stores alike.

    Args:
        command: the command function (when used as a bare ``@ledger_input``).
        reader: ``reader(paths, as_of, options) -> Ledger | None``, for a command
            that can read less than the whole ledger given its other options;
            ``None`` from it means "read everything as usual".
    """
    if command is None:
        return functools.partial(ledger_input, reader=reader)

    @functools.wraps(command)
    def wrapper(*args: Any, paths: tuple[str, ...], as_of: str | None, **kwargs: Any) -> _R:
        try:
            ledger = reader(paths, as_of, kwargs) if reader is not None else None
            if ledger is None:
                ledger = load_ledger(paths, as_of=as_of)
        except ClaimgraphError as exc:
            raise Failed(_explain(exc)) from None
        return command(*args, ledger=ledger, **kwargs)

    wrapper = click.option(
        "--as-of",
        metavar="TIMESTAMP",
        help="Read a ledger store as it stood at this time (ISO 8601).",
    )(wrapper)
    return click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))(wrapper)


def output_option(what: str = "the output") -> Callable[[_F], _F]:
    """The ``-o/--output FILE`` option of a command that prints one text ("-" also means standard output)."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True, allow_dash=True),
        help=f"Write {what} to this file instead of standard output.",
    )


def emit(text: str, output: str | None) -> None:
    """Print text, or write it atomically to ``output`` when one is given."""
    if output is None or output == "-":
        click.echo(text, nl=False)
        sys.stdout.flush()
    else:
        write_atomic(output, text)
        click.echo(f"wrote {output}", err=True)
