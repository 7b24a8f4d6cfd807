"""The one YAML writer: the pure-Python emitter's text byte for byte, libyaml's speed where they agree."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.extract import extract_draft
from claimgraph.io import dossier_text, read_ledger
from claimgraph.io.yamltext import _Exact, _Fast, _same_in_both, yaml_text
from claimgraph.model import to_fields


def _reference(value: object) -> str:
    return yaml.dump(value, Dumper=_Exact, sort_keys=False, allow_unicode=True, width=100)


# Pieces of text where the emitters' choices lie: indicators, quotes, spaces and breaks in every
# place, long words to fold, Arabic, and characters each emitter escapes differently.
_PIECES = [
    *"ab yz:#-'\"\n\t\\|>!&*%@`,[]{}?.",
    *["\x85", "\u2028", "\u2029", "\xa0", "é", "ش", "“", "—", "\ufeff", "😀", "\x7f", "\ud7ff", "\ufffe"],
    *["  ", "word", " longerword" * 3, "\n\n", "\n  x", "- ", ": ", " #", "...", "---", "null", "1.5", "2026-02-04"],
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=150).map("".join)
_scalars = _texts | st.integers() | st.none() | st.booleans() | st.floats(allow_nan=False) | st.dates()
_keys = st.from_regex(r"[a-z_]{1,8}", fullmatch=True) | _texts
_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4), max_leaves=10
)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), _values, max_size=5), max_size=3))
def test_text_is_the_pure_emitters_and_reads_back(entries):
    """Whichever emitter writes it, the text is the reference emitter's and loads back to the value.

    (PyYAML reads a NEL, U+0085, back as a space: the text policy refuses that control character.)
    """
    text = yaml_text(entries)
    assert text == _reference(entries)
    if "\x85" not in text:
        assert yaml.safe_load(text) == entries


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_texts, min_size=1, max_size=3), st.integers(0, 2))
def test_each_text_alone_is_written_as_the_reference_writes_it(texts, depth):
    """Texts one by one, nested in entries: the fast path is taken only where it writes the same."""
    value: object = {f"k{n}": text for n, text in enumerate(texts)}
    for _ in range(depth):
        value = [{"id": "x", "nested": value}]
    assert yaml_text(value) == _reference(value)


@pytest.mark.skipif(_Fast is None, reason="PyYAML without libyaml")
def test_a_drafted_dossier_takes_the_fast_emitter_and_reads_back(tmp_path):
    """Ordinary drafted entries (English and Arabic) are libyaml's to write; the dossier reads back the same."""
    draft = extract_draft(
        'date 2026-02-04\nHamas said: "The crossing is closed."\n\nوقال المتحدث إن «الوضع هادئ».\n',
        publisher="Some Outlet",
    )
    ledger = draft.ledger
    entries = [to_fields(e) for section in ("sources", "documents", "claims") for e in getattr(ledger, section)]
    assert entries and all(_same_in_both([fields]) for fields in entries)
    path = tmp_path / "draft.yaml"
    path.write_text(dossier_text(ledger), encoding="utf-8")
    assert read_ledger([path]) == ledger


def test_text_only_the_pure_emitter_writes_exactly_is_left_to_it():
    """A space before a line break, an emoji, a blank line at the end, a key not a plain word: the slow path."""
    for value in ({"q": "a \nb"}, {"q": "tweet 😀"}, {"q": "a\n\n"}, {"": 1}, {"q": "a\nb "}, {"q": "\x85"}):
        assert not _same_in_both(value)
    assert _same_in_both({"quote": "line\nline", "said_on": dt.date(2026, 2, 4), "n": 1.5, "via": ["a"]})


def test_a_line_or_paragraph_separator_is_left_to_the_pure_emitter():
    """U+2028 and U+2029 are line breaks to YAML: after a blank line libyaml closes the document
    with "..." where the pure emitter does not (found by the property above)."""
    for value in ({"k0": "\n\u2028", "k1": ""}, {"k0": "a\n\u2029", "k1": ""}):
        assert not _same_in_both(value)
        assert yaml_text(value) == _reference(value)
