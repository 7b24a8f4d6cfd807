"""``python -m claimgraph`` runs the command line."""

from claimgraph.cli import cli

if __name__ == "__main__":
    cli(prog_name="claimgraph")
