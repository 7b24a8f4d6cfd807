"""The command line as a whole: help, version, module entry, and the README's promises."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from claimgraph import __version__
from claimgraph.cli import COMMANDS, cli
from tests.conftest import ROOT


def _leaf_commands():
    """Every runnable command path, e.g. ('check',) or ('ledger', 'init')."""
    import click

    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        if isinstance(command, click.Group):
            for sub in command.list_commands(ctx):
                yield (name, sub)
        else:
            yield (name,)


@pytest.mark.parametrize("path", list(_leaf_commands()), ids=" ".join)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(invoke, path):
    """Each command explains itself, shows an example, and the README mentions it."""
    result = invoke(*path, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, result.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"claimgraph {' '.join(path)}\b", readme), f"README never shows {' '.join(path)}"


def test_version(invoke):
    """--version prints the package version."""
    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_python_dash_m_runs_the_cli(minimal):
    """python -m claimgraph is the same program."""
    result = subprocess.run(
        [sys.executable, "-m", "claimgraph", "check", str(minimal)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: 2 claims")


def test_unknown_command_is_a_usage_error(invoke):
    """A mistyped command exits 2 with click's usage message."""
    result = invoke("chek", "claims")
    assert result.exit_code == 2
    assert "No such command" in result.output


def test_show_groups_claims_by_origin_and_speaker(invoke, minimal):
    """show lists each origin, the speaker within it, and the relay chain."""
    result = invoke("show", minimal)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Palestinian Red Crescent Society (ngo) — 1 claim")
    assert "  Raed Al-Nems, spokesman (part of Palestinian Red Crescent Society)" in lines
    assert "      via Anadolu Agency" in lines
    assert any(line.startswith("COGAT (military) — 1 claim") for line in lines)


def test_json_export_holds_every_entry(invoke, minimal):
    """The JSON export has every section with the dossier's field names."""
    result = invoke("export", minimal, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [c["id"] for c in data["claims"]] == ["cancelled", "open"]
    assert data["relations"][0]["from"] == "open"
    assert data["documents"][0]["text"].startswith("Al-Nems said")


def test_yaml_export_is_a_dossier(invoke, minimal, tmp_path):
    """The YAML export is itself a dossier that checks."""
    out = tmp_path / "again.yaml"
    assert invoke("export", minimal, "--format", "yaml", "-o", out).exit_code == 0
    result = invoke("check", out)
    assert result.exit_code == 0, result.output


def test_unwritable_output_is_a_clear_error(invoke, minimal, tmp_path):
    """Writing into a missing folder fails with a message, not a traceback."""
    result = invoke("export", minimal, "-o", tmp_path / "no" / "such" / "dir" / "x.json")
    assert result.exit_code != 0
    assert "Traceback" not in result.output
