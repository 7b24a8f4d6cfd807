"""Bad and hostile dossier input: clear errors, exit code 1, nothing changed, never a traceback."""

from __future__ import annotations

import time

import pytest

from claimgraph.errors import InputError
from claimgraph.io import read_ledger
from tests.conftest import MINIMAL


def _fails(invoke, path, *expected):
    result = invoke("check", path)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for text in expected:
        assert text in result.output, result.output
    return result.output


def test_minimal_dossier_checks(invoke, minimal):
    """A valid dossier passes with counts."""
    result = invoke("check", minimal)
    assert result.exit_code == 0, result.output
    assert "2 claims" in result.output and "4 sources" in result.output


def test_syntax_error_names_file_and_line(invoke, write):
    """A YAML syntax error is reported with its file and line."""
    path = write("bad.yaml", "sources:\n  - id: a\n    name: [unclosed\nclaims: []\n")
    out = _fails(invoke, path, f"{path}:", "YAML syntax error")
    assert f"{path}:4" in out or f"{path}:3" in out


def test_alias_bomb_is_refused_quickly(invoke, write):
    """A billion-laughs alias bomb is refused at the first alias, in bounded time."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        prev = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [{','.join(['*' + prev] * 9)}]")
    path = write("bomb.yaml", "\n".join(lines) + "\n")
    started = time.perf_counter()
    _fails(invoke, path, "alias")
    assert time.perf_counter() - started < 5


def test_non_utf8_file(invoke, write):
    """A Latin-1 file is refused with the offending line."""
    path = write("latin.yaml", "claims:\n  - id: a\n    statement: caf\xe9\n".encode("latin-1"))
    _fails(invoke, path, "not UTF-8", f"{path}:3")


def test_binary_file(invoke, write):
    """A binary file is refused as binary."""
    path = write("blob.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    _fails(invoke, path, "binary")


def test_empty_file(invoke, write):
    """An empty file is refused with a hint."""
    path = write("empty.yaml", "\n   \n")
    _fails(invoke, path, "is empty")


def test_top_level_list(invoke, write):
    """A list at the top level is refused: a dossier is a mapping."""
    path = write("list.yaml", "- id: a\n- id: b\n")
    _fails(invoke, path, "not a mapping")


def test_huge_file_is_refused_without_reading(invoke, tmp_path):
    """A 50 MB file is refused at once by its size."""
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    _fails(invoke, path, "more than the", "split it")
    assert time.perf_counter() - started < 5


def test_html_in_quote_is_kept_verbatim(write):
    """Script text in a quote is stored byte for byte; escaping is the renderer's job."""
    hostile = '<script>alert("x")</script> "><img src=x onerror=alert(1)>'
    path = write(
        "html.yaml",
        f"""
        sources: [{{id: s, name: S}}]
        claims:
          - id: c
            statement: s
            said_by: s
            quote: '{hostile}'
    """,
    )
    ledger = read_ledger([path])
    assert ledger.claim("c").quote == hostile


def test_misspelt_field_gets_a_suggestion(invoke, write):
    """A misspelt field is refused with the field it probably meant."""
    path = write("typo.yaml", MINIMAL.replace("cue: claimed", "cue: claimed\n        said_bye: x"))
    _fails(invoke, path, "claim 'open': said_bye: is not a known field", "did you mean 'said_by'?")


def test_every_reference_is_resolved(invoke, write):
    """Each unresolved reference is reported with its file, line, entry and a fix."""
    text = (
        MINIMAL.replace("said_by: cogat", "said_by: cogatt")
        .replace("document: art\n        quote: the crossing", "document: artt\n        quote: the crossing")
        .replace("to: cancelled, note", "to: cancel, note")
    )
    path = write("refs.yaml", text)
    out = _fails(
        invoke, path, "unknown source 'cogatt'", "unknown document 'artt'", "unknown claim 'cancel'", "3 problems"
    )
    assert f"{path}:" in out and "claim 'open'" in out and "fix:" in out


def test_duplicate_ids_across_files(invoke, write, tmp_path):
    """An id used in two files is reported at the second, naming the first."""
    write("a/one.yaml", MINIMAL)
    write("a/two.yaml", "sources:\n  - {id: prcs, name: Again, kind: ngo}\n")
    _fails(invoke, tmp_path / "a", "two.yaml:2", "already used by the source at", "one.yaml")


def test_part_of_cycle(invoke, write):
    """A part_of cycle is reported once, with the loop spelled out."""
    path = write("cycle.yaml", MINIMAL.replace("kind: ngo}", "kind: ngo, part_of: al-nems}"))
    _fails(invoke, path, "goes round in a circle", "prcs → al-nems → prcs")


def test_self_relation_and_conflicting_pair(invoke, write):
    """A claim related to itself, and a pair that both supports and contradicts, are errors."""
    path = write(
        "rel.yaml",
        MINIMAL.rstrip()
        + """
      - {kind: supports, from: cancelled, to: cancelled}
      - {kind: supports, from: cancelled, to: open}
""",
    )
    _fails(invoke, path, "cannot be related to itself", "both support and contradict")


def test_malformed_dates(invoke, write):
    """Impossible dates and reversed intervals are refused with the accepted forms."""
    path = write(
        "dates.yaml",
        MINIMAL.replace("said_on: 2026-02-04\n      - id: open", "said_on: 2026-02-30\n      - id: open").replace(
            "published: 2026-02-04", "published: 2026-02-05/2026-02-01"
        ),
    )
    _fails(invoke, path, "'2026-02-30' is not a date", "YYYY-MM-DD", "published")


def test_repeated_key_and_non_standard_tag(invoke, write):
    """A key given twice, or a Python object tag, is refused."""
    path = write("dup.yaml", "claims:\n  - id: a\n    id: b\n")
    _fails(invoke, path, "appears twice")
    path = write("tag.yaml", "claims: !!python/object/apply:os.system ['echo hi']\n")
    _fails(invoke, path, "uses the tag", "no !tags")
    path = write("scalar-tag.yaml", "title: !!python/name:os.system ''\n")
    _fails(invoke, path, "cannot read this value", "no !tags")


def test_unsafe_url_is_refused(invoke, write):
    """A javascript: address never enters the ledger."""
    path = write(
        "url.yaml", MINIMAL.replace("published: 2026-02-04", "published: 2026-02-04\n        url: javascript:alert(1)")
    )
    _fails(invoke, path, "document 'art': url: 'javascript:alert(1)' is not an http(s) address")


def test_text_file_outside_folder_is_refused(invoke, write):
    """A document may not read a file from outside its dossier's folder."""
    write("secret.txt", "top secret")
    path = write(
        "inner/d.yaml",
        """
        documents:
          - {id: d, title: T, text_file: ../secret.txt}
    """,
    )
    _fails(invoke, path, "lies outside the dossier's folder")


def test_changed_text_file_is_noticed(invoke, write):
    """A text file whose sha256 no longer matches is reported with the new digest."""
    write("art.txt", "changed text")
    path = write("d.yaml", "documents:\n  - {id: d, title: T, text_file: art.txt, sha256: '" + "0" * 64 + "'}\n")
    _fails(invoke, path, "has changed since its sha256 was recorded", "set sha256:")


def test_missing_path(invoke, tmp_path):
    """A path that does not exist is an error, not a traceback."""
    _fails(invoke, tmp_path / "nope.yaml", "does not exist")


def test_failed_export_leaves_output_untouched(invoke, write, tmp_path):
    """When the input is bad, an existing output file is left exactly as it was."""
    out = tmp_path / "out.json"
    out.write_text("previous", encoding="utf-8")
    bad = write("bad.yaml", "claims: [")
    result = invoke("export", bad, "-o", out)
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "previous"


def test_all_problems_of_a_file_are_reported(write):
    """Problems in several entries of one file come back together."""
    path = write(
        "many.yaml",
        """
        sources:
          - {id: Bad Id, name: X}
          - {id: ok, name: "", kind: alien}
        claims:
          - {id: c, statement: s}
    """,
    )
    with pytest.raises(InputError) as caught:
        read_ledger([path])
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 4, messages
    assert [p.line for p in caught.value.problems] == [2, 3, 3, 5]


def test_missing_text_file_is_named_once(invoke, write):
    """A document whose text file is missing gets one clear message with one fix."""
    path = write("d.yaml", "documents:\n  - {id: d, title: T, text_file: gone.txt}\n")
    out = _fails(invoke, path, "document 'd': text_file:", "gone.txt does not exist")
    assert out.count("fix:") == 1


def test_document_text_may_be_larger_than_a_dossier(invoke, write):
    """A long article (over the 16 MiB dossier cap) can still be a document's text."""
    write("long.txt", "COGAT said the crossing remained open. " * 500_000)
    path = write(
        "d.yaml",
        """
        sources: [{id: cogat, name: COGAT}]
        documents: [{id: d, title: T, text_file: long.txt}]
        claims:
          - {id: c, statement: open, said_by: cogat, document: d, quote: the crossing remained open}
    """,
    )
    result = invoke("check", path)
    assert result.exit_code == 0, result.output
