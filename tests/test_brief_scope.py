"""A one-dispute brief holds that dispute alone, read from a dossier or straight from a store."""

from __future__ import annotations

import re

from claimgraph.graph import build_graph, find_disputes
from tests.conftest import CLAIMS, FOUNDING


def _anchors(page: str) -> set[str]:
    return set(re.findall(r'id="claim-([a-z0-9._-]+)"', page))


def test_one_dispute_brief_lists_only_its_claims(founding_ledger, invoke):
    """--dispute keeps the dispute's claims in the appendix, not the whole ledger's."""
    (dispute,) = find_disputes(build_graph(founding_ledger))
    result = invoke("brief", FOUNDING, "--dispute", dispute.id)
    assert result.exit_code == 0, result.output
    assert _anchors(result.output) == set(dispute.claims)
    assert len(dispute.claims) < len(founding_ledger.claims)


def test_store_and_dossier_give_the_same_one_dispute_brief(invoke, tmp_path):
    """Reading only the dispute's rows from a store shows the same claims as reading the dossier."""
    store = tmp_path / "rafah.db"
    assert invoke("ledger", "init", store).exit_code == 0
    assert invoke("record", CLAIMS, "--ledger", store, "--author", "t").exit_code == 0
    from_dossier = invoke("brief", CLAIMS, "--dispute", "evacuation-cancelled")
    from_store = invoke("brief", store, "--dispute", "evacuation-cancelled")
    assert from_store.exit_code == 0, from_store.output
    assert _anchors(from_store.output) == _anchors(from_dossier.output)
    unknown = invoke("brief", store, "--dispute", "nope")
    assert unknown.exit_code == 1 and "no dispute 'nope'" in unknown.output
