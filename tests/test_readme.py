"""The README's examples stay true: its dossier example checks and its library snippet runs."""

from __future__ import annotations

import re
import shutil

from claimgraph.io import read_ledger
from tests.conftest import CLAIMS, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_dossier_example_checks(tmp_path):
    """The YAML example in the README is a valid dossier against the shipped article."""
    (example,) = _blocks("yaml")
    shutil.copy(CLAIMS / "rafah-2026-02-04.txt", tmp_path)
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    ledger = read_ledger([path])
    assert {c.id for c in ledger.claims} == {"prcs-cancelled", "cogat-open"}
    for claim in ledger.claims:
        assert claim.quote in ledger.document(claim.document).text


def test_library_snippet_runs(monkeypatch):
    """The Python example in the README runs from the repository root."""
    (snippet,) = _blocks("python")
    monkeypatch.chdir(ROOT)
    exec(compile(snippet, "README.md", "exec"), {"print": lambda *args: None})


def test_first_command_sets_up_and_writes_the_brief():
    """The newcomer's first command runs setup and ends with a brief of claims/, as CI's script does."""
    first, second = re.findall(r"^\$ (.+)$", README.split("## Start here")[1], flags=re.M)[:2]
    assert first.startswith("./scripts/setup && ") and first.endswith("brief claims/ -o brief.html")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.strip().splitlines()[-1] == second


def test_the_check_transcript_is_todays_output(invoke, monkeypatch):
    """Each `claimgraph check` line shown under "What it looks like" prints what the README says it prints."""
    transcript = README.split("## What it looks like")[1].split("```console\n")[1].split("```")[0]
    shown = re.findall(r"^\$ claimgraph check (\S+)\n(.+)$", transcript, flags=re.M)
    assert len(shown) >= 2
    monkeypatch.chdir(ROOT)
    for path, expected in shown:
        result = invoke("check", path)
        assert result.exit_code == 0 and result.output.strip() == expected, (path, result.output)
