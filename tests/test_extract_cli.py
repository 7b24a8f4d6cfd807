"""``claimgraph extract`` writing its draft as it is built: the same bytes as a draft built whole, all or nothing."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.errors import OutputError
from claimgraph.extract import Evidence, extract_draft
from claimgraph.extract.draft import draft_stream
from claimgraph.io import dossier_text, read_ledger, yamlfile
from claimgraph.io.article import link_article
from claimgraph.io.files import StagedFiles
from claimgraph.io.parts import dossier_parts, part_paths, write_parts
from claimgraph.model import Claim, Document, Ledger, Source

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "claims" / "rafah-2026-02-04.txt"
TITLE = "Draft claims extracted from {}"


def _commented(dossier: str, evidence: tuple[Evidence, ...]) -> str:
    """The evidence comments as the command wrote them when it built the whole draft (the reference)."""
    by_claim = {e.claim: e for e in evidence}
    at = dossier.find("\nclaims:\n")
    if at < 0:
        return dossier

    def comment(match: re.Match[str]) -> str:
        found = by_claim.get(match.group(1))
        if found is None:
            return match.group(0)
        spans = [
            f"{name} {span.start}-{span.end}" if span is not None else f"{name} -"
            for name, span in (("quote", found.quote), ("cue", found.cue), ("speaker", found.speaker))
        ]
        line = f"# evidence: {', '.join(spans)}; rule {found.rule}; confidence {found.confidence:.2f}"
        if found.review:
            line += f"\n# REVIEW: {' '.join(found.review.split())}"
        return f"{line}\n{match.group(0)}"

    return dossier[:at] + re.sub(r"^- id: (\S+)$", comment, dossier[at:], flags=re.MULTILINE)


def _whole_draft_parts(article: Path, output: Path) -> list[str]:
    """What extract -o wrote when it held the whole draft: extract_draft, then dossier_parts, then comments."""
    draft = extract_draft(article.read_text(encoding="utf-8"), article.stem)
    ledger = link_article(draft.ledger, article, output)
    budget = yamlfile.MAX_BYTES
    while True:
        title = TITLE.format(article.name)
        parts = [_commented(p, draft.evidence) for p in dossier_parts(ledger, output, title=title, max_bytes=budget)]
        largest = max(len(p.encode("utf-8")) for p in parts)
        if largest <= yamlfile.MAX_BYTES:
            return parts
        budget = budget * yamlfile.MAX_BYTES // largest - 1


@pytest.fixture
def long_article(tmp_path):
    """The founding article four times over, in a folder of its own."""
    path = tmp_path / "long.txt"
    path.write_text((ARTICLE.read_text(encoding="utf-8") + "\n") * 4, encoding="utf-8")
    return path


def test_streamed_parts_are_the_whole_drafts_parts(invoke, long_article, monkeypatch):
    """Split into three parts or more, the streamed draft is byte for byte what the whole draft gave."""
    monkeypatch.setattr("claimgraph.io.yamlfile.MAX_BYTES", 20_000)
    output = long_article.parent / "draft.yaml"
    expected = _whole_draft_parts(long_article, output)
    assert len(expected) >= 3
    result = invoke("extract", long_article, "-o", output)
    assert result.exit_code == 0, result.output
    paths = part_paths(output, len(expected))
    assert sorted(long_article.parent.glob("*.yaml")) == sorted(paths)
    assert [p.read_text(encoding="utf-8") for p in paths] == expected
    assert f"(part 3 of {len(expected)})" in paths[2].read_text(encoding="utf-8")
    assert all(p.stat().st_size <= 20_000 for p in paths)
    assert not list(long_article.parent.glob(".*.tmp"))
    assert read_ledger(paths).claims == extract_draft(long_article.read_text(encoding="utf-8"), "long").ledger.claims


@pytest.mark.parametrize("beside", [True, False], ids=["beside the article", "elsewhere"])
def test_one_part_is_the_whole_draft(invoke, tmp_path, beside):
    """A draft that fits one dossier is written as dossier_text writes it, linked or embedding the article."""
    article = tmp_path / "a" / ARTICLE.name
    article.parent.mkdir()
    shutil.copy(ARTICLE, article)
    output = (article.parent if beside else tmp_path / "b") / "draft.yaml"
    output.parent.mkdir(exist_ok=True)
    draft = extract_draft(article.read_text(encoding="utf-8"), article.stem)
    linked = link_article(draft.ledger, article, output)
    expected = _commented(dossier_text(linked, title=TITLE.format(article.name)), draft.evidence)
    assert invoke("extract", article, "-o", output).exit_code == 0
    assert output.read_text(encoding="utf-8") == expected
    assert ("text_file: " in expected) is beside
    printed = invoke("extract", article)
    unlinked = _commented(dossier_text(draft.ledger, title=TITLE.format(article.name)), draft.evidence)
    assert printed.exit_code == 0 and printed.stdout == unlinked


def test_a_failing_part_leaves_every_file_as_it_was(invoke, long_article, monkeypatch):
    """When the third part cannot be written, the first two are not replaced and no temporary file stays."""
    monkeypatch.setattr("claimgraph.io.yamlfile.MAX_BYTES", 20_000)
    output = long_article.parent / "draft.yaml"
    first, second, third = part_paths(output, 3)
    first.write_text("old first\n", encoding="utf-8")
    second.write_text("old second\n", encoding="utf-8")
    third.mkdir()
    result = invoke("extract", long_article, "-o", output)
    assert result.exit_code != 0
    assert "draft-3.yaml" in result.output and "is a directory" in result.output
    assert first.read_text(encoding="utf-8") == "old first\n"
    assert second.read_text(encoding="utf-8") == "old second\n"
    assert sorted(p.name for p in long_article.parent.iterdir()) == sorted(
        ["long.txt", first.name, second.name, third.name]
    )


def test_an_unwritable_target_is_refused_before_drafting(invoke, tmp_path, monkeypatch):
    """-o naming a folder fails at once, before the article is drafted."""

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("drafted although the output cannot be written")

    monkeypatch.setattr("claimgraph.cli.extract.draft_stream", never)
    (tmp_path / "out").mkdir()
    result = invoke("extract", ARTICLE, "-o", tmp_path / "out")
    assert result.exit_code != 0 and "is a directory" in result.output


def test_standard_output_refuses_a_long_article_before_drafting(invoke, monkeypatch):
    """The printed draft embeds the article, so an article over the limit is refused before it is drafted."""

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("drafted although the draft cannot be printed")

    monkeypatch.setattr("claimgraph.cli.extract.draft_stream", never)
    monkeypatch.setattr("claimgraph.io.yamlfile.MAX_BYTES", len(ARTICLE.read_bytes()) - 1)
    result = invoke("extract", ARTICLE)
    assert result.exit_code == 1
    assert "the article alone is" in result.output and "-o FILE" in result.output
    assert result.stdout == ""


def test_standard_output_stops_at_the_entry_over_the_limit(invoke, monkeypatch):
    """An article under the limit whose draft is over it: refused once the limit is passed, nothing printed."""
    whole = invoke("extract", ARTICLE).stdout.encode("utf-8")
    monkeypatch.setattr("claimgraph.io.yamlfile.MAX_BYTES", (whole.index(b"\nclaims:\n") + len(whole)) // 2)
    built: list[str] = []
    real = draft_stream

    class Counting:
        """The stream, counting the claims asked of it."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            self._stream = real(*args, **kwargs)  # type: ignore[arg-type]

        def __getattr__(self, name: str) -> object:
            return getattr(self._stream, name)

        def claims(self) -> Iterator[tuple[Claim, Evidence]]:
            for claim, evidence in self._stream.claims():
                built.append(claim.id)
                yield claim, evidence

    monkeypatch.setattr("claimgraph.cli.extract.draft_stream", Counting)
    result = invoke("extract", ARTICLE)
    assert result.exit_code == 1
    assert "the draft takes more than a dossier may hold" in result.output and result.stdout == ""
    assert 0 < len(built) < whole.count(b"\n- id: ") - 2  # drafting stopped at the claim over the limit


def test_an_entry_too_large_is_refused_as_dossier_parts_refuses_it(tmp_path):
    """A document larger than any part gets dossier_parts' message, and nothing is written."""
    huge = Document(id="d", title="Long", text="word " * 4_000)
    ledger = Ledger(documents=(huge,))
    with pytest.raises(OutputError) as expected:
        dossier_parts(ledger, tmp_path / "d.yaml", max_bytes=8_000)
    with StagedFiles() as files, pytest.raises(OutputError) as streamed:
        write_parts(files, tmp_path / "d.yaml", lambda: [("documents", huge, None)], max_bytes=8_000)
    assert str(streamed.value) == str(expected.value)
    assert list(tmp_path.iterdir()) == []


def test_entries_out_of_dossier_order_are_refused(tmp_path):
    """write_parts cuts parts section by section, so a claim before a source is a programming error."""
    source = Source(id="s", name="S", kind="person")
    claim = extract_draft("Hamas said the crossing was closed.").ledger.claims[0]
    with StagedFiles() as files, pytest.raises(ValueError, match="claims entries must come after sources"):
        write_parts(files, tmp_path / "d.yaml", lambda: [("claims", claim, None), ("sources", source, None)])


def test_staged_files_are_published_together_or_not_at_all(tmp_path):
    """Nothing is replaced until publish(); leaving early removes every temporary file; scratch is never kept."""
    target = tmp_path / "a.yaml"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), StagedFiles() as files:
        files.stage(target).write(b"new\n")
        files.scratch(target).write(b"scratch\n")
        raise RuntimeError("stop")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]
    with StagedFiles() as files:
        first, second = files.stage(target), files.stage(tmp_path / "b.yaml")
        scratch = files.scratch(target)
        scratch.write(b"0123456789")
        scratch.copy_to(first, 2, 5)
        second.write(b"b\n")
        assert target.read_text(encoding="utf-8") == "old\n"
        files.publish()
    assert target.read_bytes() == b"234" and (tmp_path / "b.yaml").read_bytes() == b"b\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "b.yaml"]
