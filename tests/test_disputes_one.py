"""``disputes --dispute ID``: one dispute, or every dispute a question falls into, as in the full list."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import CLAIMS, FOUNDING

AL_AHLI = CLAIMS / "al-ahli-2023.yaml"


def _json(invoke, *args) -> list[dict]:
    result = invoke("disputes", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    found: list[dict] = json.loads(result.output)
    return found


def _blocks(text: str) -> dict[str, str]:
    """Each dispute's block of the text output, by its id, without its number."""
    blocks = re.split(r"\n(?=\d+\. )", text.split("\n", 1)[1].strip("\n"))
    found = {}
    for block in blocks:
        dispute_id = re.search(r"^  \[([^\]]+)\] \d+ claims?", block, re.MULTILINE)
        assert dispute_id is not None, block
        found[dispute_id[1]] = re.sub(r"^\d+\. ", "", block).rstrip("\n")
    return found


@pytest.mark.parametrize("dispute_id", ["cause", "impact-site", "intercepted-audio"])
def test_one_dispute_in_json_is_that_dispute_of_the_full_list(invoke, dispute_id):
    """--dispute shows the same record, sides, backing and questions included, as the full list holds."""
    every = {d["id"]: d for d in _json(invoke, AL_AHLI)}
    assert _json(invoke, AL_AHLI, "--dispute", dispute_id) == [every[dispute_id]]


def test_a_question_asks_for_every_dispute_it_falls_into(invoke):
    """A question whose claims fall into two disputes shows both, in ledger order, each as in the full list."""
    every = _json(invoke, AL_AHLI)
    falls_into = [d for d in every if any(q["id"] == "damage-versus-toll" for q in d["questions"])]
    assert [d["id"] for d in falls_into] == ["death-toll", "impact-site"]
    assert _json(invoke, AL_AHLI, "--dispute", "damage-versus-toll") == falls_into


def test_one_dispute_in_text_is_its_block_of_the_full_text(invoke):
    full = invoke("disputes", AL_AHLI)
    one = invoke("disputes", AL_AHLI, "--dispute", "impact-site")
    assert one.exit_code == 0, one.output
    assert one.output.startswith("1 dispute\n\n1. ")
    assert _blocks(one.output) == {"impact-site": _blocks(full.output)["impact-site"]}
    assert "question in no dispute" not in one.output


def test_one_dispute_from_a_store_is_the_one_from_the_dossier(invoke, tmp_path):
    """From a ledger store only the dispute's rows are read; the dispute is the same."""
    store = tmp_path / "al-ahli.db"
    assert invoke("ledger", "init", store).exit_code == 0
    recorded = invoke("record", AL_AHLI, "--ledger", store, "--author", "t")
    assert recorded.exit_code == 0, recorded.output
    for dispute_id in ("death-toll", "damage-versus-toll"):
        assert _json(invoke, store, "--dispute", dispute_id) == _json(invoke, AL_AHLI, "--dispute", dispute_id)
    as_text = invoke("disputes", store, "--dispute", "people-sheltering")
    assert as_text.exit_code == 0, as_text.output
    assert _blocks(as_text.output).keys() == {"people-sheltering"}


def test_an_unknown_dispute_is_a_clear_error(invoke, tmp_path):
    result = invoke("disputes", FOUNDING, "--dispute", "nope")
    assert result.exit_code == 1
    assert "no dispute 'nope'; the disputes are: evacuation-cancelled" in result.output
    assert "Traceback" not in result.output
