"""``claimgraph extract`` writing its draft as it is built: the same bytes as a draft built whole, all or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
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


GOLD_TEXTS = ROOT / "tests" / "data" / "extract-gold" / "texts"


@pytest.fixture
def stories(tmp_path):
    """A desk's folder of stories: the founding article, an English and an Arabic news text."""
    folder = tmp_path / "stories"
    folder.mkdir()
    for source in (ARTICLE, GOLD_TEXTS / "en1-ap-10.txt", GOLD_TEXTS / "ar-218tv-01.txt"):
        shutil.copy(source, folder / source.name)
    return sorted(folder.glob("*.txt"))


def test_several_articles_are_each_drafted_as_alone(invoke, stories, tmp_path):
    """Each article of a batch gets, byte for byte, the dossier the command writes for it alone."""
    result = invoke("extract", *stories, "--output-dir", stories[0].parent)
    assert result.exit_code == 0, result.output
    alone = tmp_path / "alone"
    alone.mkdir()
    for story in stories:
        copy = alone / story.name
        shutil.copy(story, copy)
        assert invoke("extract", copy, "-o", alone / f"{story.stem}.draft.yaml").exit_code == 0
        batch = story.with_name(f"{story.stem}.draft.yaml")
        assert batch.read_bytes() == (alone / batch.name).read_bytes()
        assert f"wrote {batch}" in result.output
        assert "text_file: " in batch.read_text(encoding="utf-8")  # beside its article, so linked to it
    assert len(read_ledger([stories[0].parent / f"{ARTICLE.stem}.draft.yaml"]).claims) == 25


def test_one_article_with_a_folder_is_written_there_under_its_id(invoke, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = invoke("extract", ARTICLE, "--output-dir", out, "--document-id", "rafah")
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir()] == ["rafah.draft.yaml"]
    assert read_ledger([out / "rafah.draft.yaml"]).documents[0].id == "rafah"


def test_a_batchs_date_and_publisher_reach_every_draft(invoke, stories, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = invoke("extract", *stories, "-d", out, "--date", "2026-03-01", "--publisher", "Desk Wire")
    assert result.exit_code == 0, result.output
    for story in stories:
        ledger = read_ledger([out / f"{story.stem}.draft.yaml"])
        assert ledger.documents[0].published == dt.date(2026, 3, 1)
        assert ledger.source(ledger.documents[0].publisher).name == "Desk Wire"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ((), "2 articles need --output-dir FOLDER"),
        (("-o", "{out}/draft.yaml"), "2 articles need --output-dir FOLDER"),
        (("-d", "{out}", "--document-id", "x"), "--document-id names one article's document"),
    ],
    ids=["no folder", "one file for two drafts", "one id for two documents"],
)
def test_several_articles_need_a_folder_and_their_own_ids(invoke, stories, tmp_path, options, message):
    out = tmp_path / "out"
    out.mkdir()
    result = invoke("extract", *stories[:2], *(o.format(out=out) for o in options))
    assert result.exit_code == 1 and message in result.output
    assert not list(out.iterdir())


def test_a_file_and_a_folder_are_not_both_taken(invoke, tmp_path):
    result = invoke("extract", ARTICLE, "-o", tmp_path / "d.yaml", "--output-dir", tmp_path)
    assert result.exit_code == 1 and "not both" in result.output
    assert not list(tmp_path.iterdir())


def test_two_articles_drafted_under_one_id_are_refused_before_drafting(invoke, stories, tmp_path, monkeypatch):
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("drafted although two drafts would take one file")

    monkeypatch.setattr("claimgraph.cli.extract.map_drafts", never)
    other = tmp_path / "other" / stories[0].name
    other.parent.mkdir()
    shutil.copy(stories[1], other)
    result = invoke("extract", stories[0], other, "-d", tmp_path)
    assert result.exit_code == 1
    assert f"{stories[0]} and {other} would both be drafted as {stories[0].stem}.draft.yaml" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02 binary", "is a binary file"),
        (b"date 2026-13-45\nHamas said it.\n", "'2026-13-45' is not a date"),
        (b"   \n", "is empty"),
    ],
    ids=["binary", "impossible date", "empty"],
)
def test_a_bad_article_in_a_batch_leaves_nothing_written(invoke, stories, tmp_path, content, message):
    """All the drafts or none: the error names the article at fault, and no draft (or scratch file) is left."""
    bad = stories[0].parent / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    result = invoke("extract", stories[0], bad, stories[1], "-d", out)
    assert result.exit_code == 1
    assert f"{bad}" in result.output and message in result.output
    assert not list(out.iterdir())


def test_a_draft_too_large_for_one_dossier_is_split_in_a_batch_too(invoke, long_article, monkeypatch):
    """In a batch, a draft over the dossier limit comes back whole and is cut into the parts it gets alone."""
    monkeypatch.setattr("claimgraph.io.yamlfile.MAX_BYTES", 20_000)
    short = long_article.parent / ARTICLE.name
    shutil.copy(ARTICLE, short)
    output = long_article.parent / "long.draft.yaml"
    expected = _whole_draft_parts(long_article, output)
    assert len(expected) >= 3
    result = invoke("extract", long_article, short, "--output-dir", long_article.parent)
    assert result.exit_code == 0, result.output
    paths = part_paths(output, len(expected))
    assert [p.read_text(encoding="utf-8") for p in paths] == expected
    assert f"the draft is split into {len(expected)} dossiers" in result.output
    assert (long_article.parent / f"{ARTICLE.stem}.draft.yaml").exists()


def test_articles_named_without_latin_letters_keep_ids_of_their_own(invoke, tmp_path):
    """Arabic file names (or marks alone) give each article an id of its own, the same on every run."""
    folder = tmp_path / "stories"
    folder.mkdir()
    names = ["خبر.txt", "بيان.txt", "!!!.txt"]
    for name in names:
        shutil.copy(GOLD_TEXTS / "ar-218tv-01.txt", folder / name)
    result = invoke("extract", *(folder / n for n in names), "--output-dir", folder)
    assert result.exit_code == 0, result.output
    drafts = sorted(folder.glob("*.draft.yaml"))
    assert len(drafts) == 3
    assert all(re.fullmatch(r"article-[0-9a-f]{8}\.draft\.yaml", d.name) for d in drafts)
    first = f"article-{hashlib.sha256('خبر'.encode()).hexdigest()[:8]}"
    assert read_ledger([folder / f"{first}.draft.yaml"]).documents[0].id == first
    alone = invoke("extract", folder / names[0])  # the same id alone, printed
    assert alone.exit_code == 0 and f"- id: {first}\n" in alone.stdout
