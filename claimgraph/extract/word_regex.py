"""Regular expressions over word lists: any of many words as one prefix tree, and a pattern's last match."""

from __future__ import annotations

import re

__all__ = ["alternation", "last_match"]

# A character → the subtree of the words continuing with it; the key "" marks a word's end.
_Tree = dict[str, "_Tree"]


def alternation(words: list[str]) -> str:
    """A regular expression matching any of the words, as a prefix tree (fast: no backtracking over a long list)."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Tree) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return pattern(tree)


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` (scanning from the start, as ``finditer`` does); None for none."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007 (the last one is the one wanted)
        pass
    return last
