"""User-facing errors: one module, one-problem constructor, and only they become messages."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from claimgraph.cli._common import reports_errors
from claimgraph.errors import (
    BriefError,
    ClaimgraphError,
    FieldError,
    InputError,
    LedgerBusy,
    Problem,
    UnknownDispute,
)


def test_single_builds_one_located_problem():
    """InputError.single makes the error of one problem, with its line and entry."""
    error = InputError.single("a.yaml", "is empty", "add claims", line=3, entry="claim 'x'")
    assert error.problems == [Problem("a.yaml", 3, "claim 'x'", "is empty", "add claims")]
    assert str(error) == "a.yaml:3: claim 'x': is empty (fix: add claims)"


def test_single_keeps_the_subclass():
    """LedgerBusy.single is a LedgerBusy, so callers can still tell a busy ledger apart."""
    assert isinstance(LedgerBusy.single("l.db", "ledger busy"), LedgerBusy)


@pytest.mark.parametrize(
    "error", [InputError([]), LedgerBusy([]), FieldError([]), UnknownDispute("x"), BriefError("x")]
)
def test_every_user_error_shares_the_base(error):
    """Each user-facing error is a ClaimgraphError."""
    assert isinstance(error, ClaimgraphError)


def test_an_unknown_dispute_is_not_a_key_error():
    """An unknown dispute is its own error, never mistaken for a bug's KeyError."""
    assert not isinstance(UnknownDispute("no dispute 'x'"), KeyError)


def _command(exc: Exception) -> click.Command:
    @click.command()
    @reports_errors
    def fails() -> None:
        raise exc

    return fails


def test_cli_explains_claimgraph_errors():
    """A ClaimgraphError becomes 'error: ...' on stderr and exit code 1."""
    result = CliRunner().invoke(_command(UnknownDispute("no dispute 'x'; the disputes are: a")))
    assert result.exit_code == 1
    assert "error: no dispute 'x'; the disputes are: a" in result.output


def test_cli_lets_a_key_error_show_as_a_bug():
    """A KeyError is not turned into a user message: it escapes as the bug it is."""
    result = CliRunner().invoke(_command(KeyError("oops")))
    assert isinstance(result.exception, KeyError)
