"""Writing YAML: the one emitter behind every dossier, part and appended entry the project writes.

The layout is PyYAML's block style, keys in the order given, text unescaped,
lines folded at 100 columns, multi-line text as a literal block (``|``). The
text is the pure-Python emitter's, byte for byte, but written by libyaml's C
emitter (which PyYAML's wheels ship) wherever the two agree, which is nearly
everywhere: they differ only on text PyYAML would double-quote or leave open
at its end (a control character, a character beyond the Basic Multilingual
Plane, a space before a line break, multi-line text ending in a space or a
blank line), and on mapping keys that are not plain words. A value holding any
of those is written by the pure-Python emitter, so the output never depends on
whether libyaml is installed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import yaml

__all__ = ["yaml_text"]

#: Characters either emitter writes escaped, double-quoted (or, for line breaks other than
#: ``\n``, the two write differently: the line and paragraph separators U+2028 and U+2029 are
#: breaks to YAML): what the pure emitter escapes, plus everything beyond the Basic Multilingual
#: Plane, which libyaml escapes and the pure emitter does not.
_SPECIAL = "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd]|\ufeff"
#: Text on one line the emitters may write differently.
_ONE_LINE = re.compile(_SPECIAL)
#: Multi-line text that cannot be a plain literal block: a space before a line break or at
#: the end (double-quoted instead), or a blank line at the end (``|+``, which libyaml follows
#: with a document end marker where the pure emitter does not).
_MULTI_LINE = re.compile(f"{_SPECIAL}| \n| \\Z|(?:\\A|\n)\n\\Z")
#: A mapping key both emitters write as it is.
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _literal_blocks(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


class _Exact(yaml.SafeDumper):
    """The reference emitter (pure Python)."""


_Exact.add_representer(str, _literal_blocks)

if TYPE_CHECKING:
    # types-PyYAML declares CSafeDumper (as the unsafe CDumper) even without libyaml.
    _Fast: type[yaml.SafeDumper] | None = yaml.SafeDumper
else:
    _CBase = getattr(yaml, "CSafeDumper", None)
    if _CBase is not None:

        class _Fast(_CBase):
            """libyaml's emitter, for values it writes as the reference does."""

        _Fast.add_representer(str, _literal_blocks)
    else:  # PyYAML built without libyaml
        _Fast = None


def _same_in_both(value: object) -> bool:
    """Whether libyaml writes ``value`` byte for byte as the pure-Python emitter does."""
    if isinstance(value, str):
        return (_MULTI_LINE if "\n" in value else _ONE_LINE).search(value) is None
    if isinstance(value, dict):
        return all(
            isinstance(key, str) and _PLAIN_KEY.fullmatch(key) is not None and _same_in_both(item)
            for key, item in value.items()
        )
    if isinstance(value, list | tuple):
        return all(_same_in_both(item) for item in value)
    # Numbers, dates, booleans and null are represented (in Python) the same for both.
    return value is None or isinstance(value, bool | int | float | dt.date)


def yaml_text(value: object) -> str:
    """``value`` as a YAML document in the project's layout; the same value always gives the same text.

    Example:
        >>> print(yaml_text({"id": "hamas.1", "quote": "line one\\nline two"}), end="")
        id: hamas.1
        quote: |-
          line one
          line two
    """
    dumper = _Fast if _Fast is not None and _same_in_both(value) else _Exact
    return yaml.dump(value, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
