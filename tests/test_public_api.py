"""The public API: every name re-exported from ``claimgraph`` is its layer's own, and importing it stays cheap."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import claimgraph

PUBLIC = [name for name in claimgraph.__all__ if name != "__version__"]


def test_there_is_a_public_api():
    """The package re-exports the main job's names (the README's library section uses them), each listed once."""
    assert {"load_ledger", "build_graph", "find_disputes", "audit", "render_brief"} <= set(PUBLIC)
    assert sorted(PUBLIC) == sorted(claimgraph._EXPORTS) and len(set(PUBLIC)) == len(PUBLIC)


@pytest.mark.parametrize("name", PUBLIC)
def test_each_public_name_is_its_layers_own(name):
    """``claimgraph.NAME`` is the very object its defining module holds, with a docstring."""
    value = getattr(claimgraph, name)
    assert value is getattr(importlib.import_module(claimgraph._EXPORTS[name]), name)
    assert value.__doc__


def test_unknown_names_raise_attribute_error():
    """A name the package does not export is an AttributeError, as for any module."""
    with pytest.raises(AttributeError, match="no_such_name"):
        claimgraph.no_such_name  # noqa: B018


def test_importing_the_package_imports_no_heavy_library():
    """``import claimgraph`` loads neither networkx nor Jinja2: the CLI starts fast."""
    code = "import sys, claimgraph; print(sorted(m for m in ('networkx', 'jinja2', 'yaml') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
