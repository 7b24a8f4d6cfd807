"""What every command shares: reading input, writing output, turning errors into messages."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable, Collection
from typing import IO, TYPE_CHECKING, Any, ParamSpec, TypeVar, overload

import click

from claimgraph.errors import ClaimgraphError, InputError
from claimgraph.io import write_atomic
from claimgraph.model import Ledger
from claimgraph.model.known import known_by as known_on
from claimgraph.store import entry_times, is_store, load_ledger

if TYPE_CHECKING:
    from claimgraph.graph.audit import Stale

__all__ = [
    "Failed",
    "as_of_option",
    "emit",
    "known_by_option",
    "known_day",
    "ledger_input",
    "one_dispute",
    "output_option",
    "reports_errors",
    "stale_of",
]

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
    def wrapper(*args: Any, paths: tuple[str, ...], as_of: str | None, known_by: str | None, **kwargs: Any) -> _R:
        try:
            day = known_day(known_by)
            ledger = reader(paths, as_of, kwargs) if reader is not None else None
            if ledger is None:
                ledger = load_ledger(paths, as_of=as_of)
            if day is not None:
                ledger = known_on(ledger, day)
        except ClaimgraphError as exc:
            raise Failed(_explain(exc)) from None
        return command(*args, ledger=ledger, **kwargs)

    wrapper = known_by_option(wrapper)
    wrapper = as_of_option(wrapper)
    return click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))(wrapper)


#: The ``--as-of TIMESTAMP`` option: recording time, the first of the two clocks.
as_of_option = click.option(
    "--as-of",
    metavar="TIMESTAMP",
    help="Recording time: read a ledger store as it stood at this time (ISO 8601, to the end of the unit given).",
)

#: The ``--known-by DATE`` option: story time, the second of the two clocks.
known_by_option = click.option(
    "--known-by",
    metavar="DATE",
    help="Story time: only the claims said on or before this day, their relations and the reviews dated by then.",
)


def output_option(what: str = "the output") -> Callable[[_F], _F]:
    """The ``-o/--output FILE`` option of a command that prints one text ("-" also means standard output)."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True, allow_dash=True),
        help=f"Write {what} to this file instead of standard output.",
    )


def known_day(text: str | None) -> dt.date | None:
    """The day ``--known-by`` names; None when it was not given.

    Raises:
        InputError: the text is not an ISO 8601 date.
    """
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError.single(
            "--known-by", f"{text!r} is not an ISO 8601 date", "write the story day as e.g. 2023-10-19"
        ) from None


def stale_of(ledger: Ledger, only: Collection[str] | None = None) -> tuple[Stale, ...]:
    """For a command reading one ledger store: the reviews and notes recorded before their claim last changed.

    Reads the store the command's PATHS and --as-of name (as :func:`ledger_input`
    took them); nothing for dossiers, which keep no history.
    """
    params = click.get_current_context().params
    paths, as_of = params.get("paths", ()), params.get("as_of")
    if len(paths) != 1 or not is_store(paths[0]):
        return ()
    from claimgraph.graph.audit import stale_entries  # as above: networkx only when a store is audited

    times = entry_times(paths[0], as_of=as_of, entry_ids=only)
    return stale_entries(ledger, times.recorded, times.changed)


def one_dispute(paths: tuple[str, ...], as_of: str | None, options: dict[str, Any]) -> Ledger | None:
    """A :func:`ledger_input` reader for ``--dispute ID``: that dispute's own ledger, or None without it.

    Only the dispute's claims and what they refer to, found without building the
    whole ledger's graph; from a ledger store (read as it stands now), only those rows.
    """
    dispute_id = options.get("dispute_id")
    if dispute_id is None:
        return None
    from claimgraph.graph.subledger import dispute_ledger, store_dispute_ledger  # networkx only when asked

    if as_of is None and len(paths) == 1 and is_store(paths[0]):
        return store_dispute_ledger(paths[0], dispute_id)
    return dispute_ledger(load_ledger(paths, as_of=as_of), dispute_id)


def emit(text: str, output: str | None) -> None:
    """Print text, or write it atomically to ``output`` when one is given."""
    if output is None or output == "-":
        click.echo(text, nl=False)
        sys.stdout.flush()
    else:
        write_atomic(output, text)
        click.echo(f"wrote {output}", err=True)
