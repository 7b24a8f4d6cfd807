"""Whole-ledger consistency: references, duplicates, cycles, conflicting relations."""

from __future__ import annotations

from collections import Counter

from attrs import frozen

from claimgraph.model.kinds import KINDS
from claimgraph.model.ledger import Ledger

__all__ = ["Defect", "check_ledger"]


@frozen
class Defect:
    """One consistency problem, located by the entry it concerns.

    Attributes:
        kind: the entry's kind (source, document, claim, relation, question, review).
        id: the entry's id.
        field: the field at fault, or None for the entry as a whole.
        message: what is wrong.
        hint: how to fix it.
    """

    kind: str
    id: str
    field: str | None
    message: str
    hint: str


def _duplicates(ledger: Ledger) -> list[Defect]:
    defects = []
    for kind, entry_kind in KINDS.items():
        counts = Counter(item.id for item in getattr(ledger, entry_kind.section))
        for item_id, count in counts.items():
            if count > 1:
                defects.append(
                    Defect(
                        kind,
                        item_id,
                        "id",
                        f"the id is used by {count} {kind} entries",
                        f"give each {kind} its own id, or remove the repeated entry",
                    )
                )
    return defects


def _missing(kind: str, item_id: str, field: str, target_kind: str, ref: str) -> Defect:
    return Defect(
        kind,
        item_id,
        field,
        f"refers to unknown {target_kind} {ref!r}",
        f"add a {target_kind} with id {ref!r} or correct the id",
    )


def _references(ledger: Ledger) -> list[Defect]:
    defects = []
    for source in ledger.sources:
        if source.part_of is not None and ledger.source(source.part_of) is None:
            defects.append(_missing("source", source.id, "part_of", "source", source.part_of))
        if source.part_of == source.id:
            defects.append(
                Defect(
                    "source",
                    source.id,
                    "part_of",
                    "a source cannot be part of itself",
                    "name the parent organisation, or leave part_of out",
                )
            )
    for document in ledger.documents:
        if document.publisher is not None and ledger.source(document.publisher) is None:
            defects.append(_missing("document", document.id, "publisher", "source", document.publisher))
    for claim in ledger.claims:
        if ledger.source(claim.said_by) is None:
            defects.append(_missing("claim", claim.id, "said_by", "source", claim.said_by))
        for relay in claim.via:
            if ledger.source(relay) is None:
                defects.append(_missing("claim", claim.id, "via", "source", relay))
        if claim.said_by in claim.via or len(set(claim.via)) != len(claim.via):
            defects.append(
                Defect(
                    "claim",
                    claim.id,
                    "via",
                    "a source appears twice in the relay chain",
                    "list each relay once, speaker-side first, and not the speaker",
                )
            )
        if claim.document is not None and ledger.document(claim.document) is None:
            defects.append(_missing("claim", claim.id, "document", "document", claim.document))
    for question in ledger.questions:
        for claim_id in question.claims:
            if ledger.claim(claim_id) is None:
                defects.append(_missing("question", question.id, "claims", "claim", claim_id))
    for review in ledger.reviews:
        if ledger.claim(review.claim) is None:
            defects.append(_missing("review", review.id, "claim", "claim", review.claim))
        if ledger.source(review.reviewer) is None:
            defects.append(_missing("review", review.id, "reviewer", "source", review.reviewer))
    return defects


def _cycles(ledger: Ledger) -> list[Defect]:
    defects = []
    reported: set[str] = set()
    for source in ledger.sources:
        chain = [source.id]
        while (parent := ledger.source(chain[-1])) is not None and parent.part_of is not None:
            if parent.part_of in chain:
                cycle = chain[chain.index(parent.part_of) :]
                if parent.part_of != chain[-1] and not reported.intersection(cycle):
                    reported.update(cycle)
                    loop = " → ".join([*cycle, parent.part_of])
                    defects.append(
                        Defect(
                            "source",
                            cycle[0],
                            "part_of",
                            f"part_of goes round in a circle: {loop}",
                            "break the circle: the top organisation has no part_of",
                        )
                    )
                break
            chain.append(parent.part_of)
    return defects


def _relations(ledger: Ledger) -> list[Defect]:
    defects = []
    kinds_by_pair: dict[tuple[str, str], set[str]] = {}
    for relation in ledger.relations:
        for end, field in ((relation.source, "from"), (relation.target, "to")):
            if ledger.claim(end) is None:
                defects.append(_missing("relation", relation.id, field, "claim", end))
        if relation.source == relation.target:
            defects.append(
                Defect(
                    "relation", relation.id, "to", "a claim cannot be related to itself", "point 'to' at another claim"
                )
            )
        kinds = kinds_by_pair.setdefault(relation.pair, set())
        if relation.kind not in kinds and kinds:
            defects.append(
                Defect(
                    "relation",
                    relation.id,
                    "kind",
                    f"claims {relation.pair[0]!r} and {relation.pair[1]!r} both support and contradict each other",
                    "keep one relation for the pair: decide whether they agree or clash",
                )
            )
        kinds.add(relation.kind)
    return defects


def check_ledger(ledger: Ledger) -> list[Defect]:
    """Find every consistency problem in a ledger.

    Args:
        ledger: the ledger to check; it may come from several dossier files.

    Returns:
        The defects, in a stable order (duplicates, references, cycles, relations);
        an empty list when the ledger is consistent.
    """
    return [*_duplicates(ledger), *_references(ledger), *_cycles(ledger), *_relations(ledger)]
