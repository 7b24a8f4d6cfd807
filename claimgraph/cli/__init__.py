"""The ``claimgraph`` command line. Commands are imported only when used, so startup stays quick."""

from __future__ import annotations

import importlib

import click

from claimgraph import __version__

__all__ = ["COMMANDS", "cli"]

#: Command name → "module:function". Each module holds thin click wrappers
#: over library functions.
COMMANDS = {
    "check": "claimgraph.cli.dossier:check",
    "show": "claimgraph.cli.dossier:show",
    "export": "claimgraph.cli.export:export",
    "brief": "claimgraph.cli.brief:brief",
    "audit": "claimgraph.cli.audit:audit",
    "extract": "claimgraph.cli.extract:extract",
    "disputes": "claimgraph.cli.analysis:disputes",
    "sources": "claimgraph.cli.analysis:sources",
    "candidates": "claimgraph.cli.analysis:candidates",
    "figures": "claimgraph.cli.analysis:figures",
    "ledger": "claimgraph.cli.ledger:ledger",
    "record": "claimgraph.cli.ledger:record",
    "log": "claimgraph.cli.ledger:log",
    "verify": "claimgraph.cli.ledger:verify",
    "dump": "claimgraph.cli.ledger:dump",
    "import": "claimgraph.cli.bulk:import_command",
    "tables": "claimgraph.cli.bulk:tables",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, _, attribute = COMMANDS[name].partition(":")
        return getattr(importlib.import_module(module), attribute)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimgraph")
def cli() -> None:
    """Keep track of who said what, who relayed it, and which claims clash.

    \b
    Example:
      claimgraph check claims/
      claimgraph show claims/rafah-2026-02-04.yaml
    """
