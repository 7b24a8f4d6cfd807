"""The documents that describe the code stay true to it."""

from __future__ import annotations

import runpy

import pytest

from tests.conftest import ROOT

MODULE_MAP = runpy.run_path(str(ROOT / "scripts" / "module-map"), run_name="module_map")


@pytest.mark.parametrize("doc", ["docs/architecture.md", "README.md"])
def test_module_map_is_current(doc):
    """Each document lists every module of claimgraph/ with its summary (scripts/module-map --write)."""
    text = (ROOT / doc).read_text(encoding="utf-8")
    current = MODULE_MAP["module_map"]()
    assert "claimgraph/store/merkle.py" in current
    assert f"{MODULE_MAP['START']}\n{current}\n{MODULE_MAP['END']}" in text, "run: python3 scripts/module-map --write"
