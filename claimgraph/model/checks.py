"""The ledger's consistency rules, in one place: references, duplicates, cycles, conflicting relations.

Each rule returns structured :class:`Defect` records with a ``code``;
:func:`check_ledger` applies them all to a whole ledger. Bulk import applies the
per-entry rules (:func:`entry_defects`, :func:`unknown_references`) row by row,
and the audit reads the same rules; each caller words the defects its own way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping

from attrs import frozen

from claimgraph.model.entities import Claim, Relation, Source
from claimgraph.model.kinds import KINDS
from claimgraph.model.ledger import Ledger
from claimgraph.model.units import UnknownUnit
from claimgraph.model.values import Figure

__all__ = [
    "DEFECT_CODES",
    "Defect",
    "check_ledger",
    "clashing_kinds",
    "entry_defects",
    "known_in",
    "part_of_cycles",
    "unknown_references",
]

#: Every defect code, and what it means.
DEFECT_CODES = {
    "duplicate-id": "two entries of one kind share an id",
    "unknown-reference": "a field names an entry the ledger does not hold",
    "part-of-itself": "a source is part of itself",
    "repeated-relay": "a source appears twice in a claim's relay chain (the speaker included)",
    "part-of-cycle": "part_of links go round in a circle",
    "self-relation": "a relation joins a claim to itself",
    "clashing-relation": "two claims both support and contradict each other",
    "unknown-unit": "a proposition's unit is not in the ledger's vocabulary",
    "unknown-figure-reference": "a relative figure names a claim that is not in the ledger",
    "stray-disputing-relay": "a claim's disputing_via names a source that is not one of its relays (via)",
}


@frozen
class Defect:
    """One consistency problem, located by the entry it concerns.

    Attributes:
        kind: the entry's kind (source, document, claim, relation, question, review).
        id: the entry's id.
        field: the field at fault, or None for the entry as a whole.
        message: what is wrong (the wording ``check`` uses).
        hint: how to fix it.
        code: which rule found it (a key of :data:`DEFECT_CODES`).
        refs: the ids it concerns: the unknown id, the sources of a circle, the two claims of a clash.
        target: for an unknown reference, the kind of entry the field names.
    """

    kind: str
    id: str
    field: str | None
    message: str
    hint: str
    code: str = ""
    refs: tuple[str, ...] = ()
    target: str = ""


Known = Callable[[str, str], bool]


def unknown_references(kind: str, fields: Mapping[str, object], known: Known, entry_id: str = "") -> Iterator[Defect]:
    """The references of one entry that name nothing known.

    Args:
        kind: the entry's kind.
        fields: its external fields (as :func:`~claimgraph.model.to_fields` gives, or a raw
            row that failed to build: values that are not ids are skipped).
        known: ``known(kind, id)`` is True when such an entry exists.
        entry_id: the entry's id, for the defect.
    """
    for field, target in KINDS[kind].references:
        value = fields.get(field)
        for ref in value if isinstance(value, list | tuple) else [value]:
            if isinstance(ref, str) and ref and not known(target, ref):
                yield Defect(
                    kind,
                    entry_id,
                    field,
                    f"refers to unknown {target} {ref!r}",
                    f"add a {target} with id {ref!r} or correct the id",
                    "unknown-reference",
                    (ref,),
                    target,
                )


def entry_defects(entry: object) -> Iterator[Defect]:
    """The rules one entry breaks on its own, whatever else the ledger holds."""
    if isinstance(entry, Source) and entry.part_of == entry.id:
        yield Defect(
            "source",
            entry.id,
            "part_of",
            "a source cannot be part of itself",
            "name the parent organisation, or leave part_of out",
            "part-of-itself",
            (entry.id,),
        )
    elif isinstance(entry, Claim):
        yield from _claim_defects(entry)
    elif isinstance(entry, Relation) and entry.source == entry.target:
        yield Defect(
            "relation",
            entry.id,
            "to",
            "a claim cannot be related to itself",
            "point 'to' at another claim",
            "self-relation",
            (entry.source,),
        )


def _claim_defects(claim: Claim) -> Iterator[Defect]:
    if claim.said_by in claim.via or len(set(claim.via)) != len(claim.via):
        yield Defect(
            "claim",
            claim.id,
            "via",
            "a source appears twice in the relay chain",
            "list each relay once, speaker-side first, and not the speaker",
            "repeated-relay",
            tuple(sorted({s for s in (claim.said_by, *claim.via) if (claim.said_by, *claim.via).count(s) > 1})),
        )
    # A relay that carries a claim in order to dispute it is still one of its relays:
    # disputing_via only says which of them dispute, so it must be a part of via.
    stray = tuple(dict.fromkeys(s for s in claim.disputing_via if s not in claim.via))
    for relay in stray:
        yield Defect(
            "claim",
            claim.id,
            "disputing_via",
            f"{relay!r} is listed as relaying claim {claim.id!r} in order to dispute it, but is not in its via"
            + (" (it is the claim's speaker)" if relay == claim.said_by else ""),
            f"add {relay!r} to the claim's via (the relay chain, speaker-side first), or take it out of disputing_via",
            "stray-disputing-relay",
            (relay,),
        )


def clashing_kinds(relation: Relation) -> tuple[str, ...]:
    """The ids of relations that would clash with this one: the same pair of claims, the other kind."""
    first, second = relation.pair
    if relation.kind == "contradicts":
        return (f"{first}~supports~{second}", f"{second}~supports~{first}")
    return (f"{first}~contradicts~{second}",)


def _clash(relation: Relation) -> Defect:
    first, second = relation.pair
    return Defect(
        "relation",
        relation.id,
        "kind",
        f"claims {first!r} and {second!r} both support and contradict each other",
        "keep one relation for the pair: decide whether they agree or clash",
        "clashing-relation",
        (first, second),
    )


def part_of_cycles(ledger: Ledger) -> Iterator[tuple[str, ...]]:
    """Each circle of ``part_of`` links once (not sources that are part of themselves), as its
    chain first meets it in source order."""
    reported: set[str] = set()
    for source in ledger.sources:
        cycle = ledger.part_of_cycle(source.id)
        if len(cycle) > 1 and not reported.intersection(cycle):
            reported.update(cycle)
            yield cycle


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
                        "duplicate-id",
                        (item_id,),
                    )
                )
    return defects


def known_in(ledger: Ledger) -> Known:
    """``known(kind, id)`` for :func:`unknown_references`: True when the ledger holds that entry."""
    lookups = {"source": ledger.source, "document": ledger.document, "claim": ledger.claim}
    return lambda kind, entry_id: lookups[kind](entry_id) is not None


def _entries(ledger: Ledger, known: Known, kinds: list[str]) -> list[Defect]:
    # Fields are read off the entry by attribute, without building its external form.
    defects: list[Defect] = []
    for kind in kinds:
        entry_kind = KINDS[kind]
        attributes = {field: entry_kind.fields[field].name for field, _ in entry_kind.references}
        for entry in getattr(ledger, entry_kind.section):
            values = {field: getattr(entry, attribute) for field, attribute in attributes.items()}
            defects.extend(unknown_references(kind, values, known, entry.id))
            defects.extend(entry_defects(entry))
    return defects


def _cycles(ledger: Ledger) -> list[Defect]:
    return [
        Defect(
            "source",
            cycle[0],
            "part_of",
            f"part_of goes round in a circle: {' → '.join([*cycle, cycle[0]])}",
            "break the circle: the top organisation has no part_of",
            "part-of-cycle",
            cycle,
        )
        for cycle in part_of_cycles(ledger)
    ]


def _clashes(ledger: Ledger) -> list[Defect]:
    defects = []
    kinds_by_pair: dict[tuple[str, str], set[str]] = {}
    for relation in ledger.relations:
        kinds = kinds_by_pair.setdefault(relation.pair, set())
        if relation.kind not in kinds and kinds:
            defects.append(_clash(relation))
        kinds.add(relation.kind)
    return defects


def check_ledger(ledger: Ledger) -> list[Defect]:
    """Find every consistency problem in a ledger.

    Args:
        ledger: the ledger to check; it may come from several dossier files.

    Returns:
        The defects, in a stable order (duplicates, references and entry rules,
        cycles, relations); an empty list when the ledger is consistent.
    """
    known = known_in(ledger)
    others = [kind for kind in KINDS if kind != "relation"]
    return [
        *_duplicates(ledger),
        *_entries(ledger, known, others),
        *_cycles(ledger),
        *_entries(ledger, known, ["relation"]),
        *_clashes(ledger),
        *_figures(ledger),
    ]


def _figures(ledger: Ledger) -> list[Defect]:
    """Units the vocabulary does not know; relative figures naming claims the ledger lacks.

    Units are held to the vocabulary only in ledgers that declare one (a dossier's
    ``vocabulary:``): older dossiers load unchanged, their units compared by spelling.
    """
    found = []
    strict = not ledger.vocabulary.is_default
    for claim in ledger.claims:
        for index, proposition in enumerate(claim.all_propositions):
            # The proposition's own place, so a dossier's reader can point at its line.
            where = "proposition" if claim.proposition is not None and index == 0 else f"propositions.{index}"
            try:
                if strict:
                    ledger.vocabulary.unit(proposition.unit)
            except UnknownUnit as exc:
                found.append(
                    Defect(
                        "claim",
                        claim.id,
                        f"{where}.unit",
                        str(exc),
                        "use a known unit or alias (people, kg, km, percent...), or declare it",
                        "unknown-unit",
                        (proposition.unit or "",),
                    )
                )
            value = proposition.value
            if isinstance(value, Figure) and value.than is not None and ledger.claim(value.than) is None:
                found.append(
                    Defect(
                        "claim",
                        claim.id,
                        f"{where}.value",
                        f"{value}: there is no claim {value.than!r}",
                        "name the claim whose figure this one is lower or higher than",
                        "unknown-figure-reference",
                        (value.than,),
                        "claim",
                    )
                )
    return found
