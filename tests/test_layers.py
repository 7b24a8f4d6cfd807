"""The layers stay clean: lower never imports higher; click, Jinja2 and networkx stay in their places."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "claimgraph"
#: The layers, lowest first; ``errors`` is a module, the others are packages.
ORDER = ["errors", "model", "io", "store", "attribution", "extract", "graph", "render", "cli"]
#: What each layer may import from the project besides itself (attribution, the cue
#: lexicon, sits with extract, below graph; the audit in graph reads it).
ALLOWED = {
    "errors": set(),
    "model": {"errors"},
    "io": {"errors", "model"},
    "store": {"errors", "model", "io"},
    "attribution": {"errors", "model"},
    "extract": {"errors", "model", "attribution"},
    "graph": {"errors", "model", "io", "store", "attribution"},
    "render": {"errors", "model", "io", "store", "attribution", "graph"},
    "cli": {"errors", "model", "io", "store", "attribution", "extract", "graph", "render"},
}
#: Third-party packages only some layers may use.
RESTRICTED = {"click": {"cli"}, "jinja2": {"render"}, "markupsafe": {"render"}, "networkx": {"graph", "render"}}


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


@pytest.mark.parametrize("layer", ORDER)
def test_layer_imports(layer):
    """Each layer imports only the layers below it and the libraries it is allowed."""
    wrong = []
    module = PACKAGE / f"{layer}.py"
    paths = [module] if module.exists() else sorted((PACKAGE / layer).rglob("*.py"))
    assert paths, f"no code found for layer {layer}"
    for path in paths:
        for name in _imports(path):
            top, _, rest = name.partition(".")
            if top == "claimgraph":
                target = rest.split(".")[0]
                if (
                    target in ORDER
                    and target != layer
                    and not any(rest == allowed or rest.startswith(allowed + ".") for allowed in ALLOWED[layer])
                ):
                    wrong.append(f"{path.relative_to(ROOT)} imports {name}")
            elif top in RESTRICTED and layer not in RESTRICTED[top]:
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert wrong == []


def test_every_module_belongs_to_a_layer():
    """No package or module of claimgraph escapes the layering (besides the few shared top-level helpers)."""
    shared = {"__init__", "__main__", "_gc"}
    names = {path.stem for path in PACKAGE.glob("*.py")} | {
        p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()
    }
    assert names - shared == set(ORDER)
