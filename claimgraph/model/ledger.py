"""The ledger's current state: every source, document, claim, relation, question and review."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import field, frozen

from claimgraph.model.entities import Claim, Document, Question, Relation, Review, Source
from claimgraph.model.kinds import KINDS
from claimgraph.model.vocabulary import Vocabulary

__all__ = ["Ledger"]


_Entry = TypeVar("_Entry")


def _index(items: Iterable[Any]) -> dict[str, object]:
    # items: one of the ledger's tuples, read by its section name (hence Any).
    return {item.id: item for item in items}


@frozen
class Ledger:
    """All recorded entries, in the order they were recorded.

    The tuples keep the record order (which makes every output deterministic);
    ``source()``, ``claim()`` and friends look entries up by id.
    A Ledger may hold dangling references or cycles: :func:`check_ledger`
    reports them, and the io layer refuses to hand such a ledger on.
    """

    # The converters name the item type, so that attrs' __init__ takes any iterable of it.
    sources: tuple[Source, ...] = field(default=(), converter=tuple[Source, ...])
    documents: tuple[Document, ...] = field(default=(), converter=tuple[Document, ...])
    claims: tuple[Claim, ...] = field(default=(), converter=tuple[Claim, ...])
    relations: tuple[Relation, ...] = field(default=(), converter=tuple[Relation, ...])
    questions: tuple[Question, ...] = field(default=(), converter=tuple[Question, ...])
    reviews: tuple[Review, ...] = field(default=(), converter=tuple[Review, ...])
    #: units, category tree and default approximation for figures (a dossier's ``vocabulary:``)
    vocabulary: Vocabulary = field(factory=Vocabulary)
    _by_id: Mapping[str, Mapping[str, object]] = field(init=False, repr=False, eq=False)
    # source id → origin, filled as origin() is asked: a ledger never changes, and
    # claims ask for the same few speakers' origins a million times.
    _origins: dict[str, str] = field(init=False, repr=False, eq=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        # Frozen: the indexes are computed once, here, and never change.
        # Relations are left out: their id is derived, and no one looks them up by it.
        object.__setattr__(
            self,
            "_by_id",
            {name: _index(getattr(self, kind.section)) for name, kind in KINDS.items() if not kind.derived_id},
        )

    def __reduce__(self) -> tuple[type[Ledger], tuple[object, ...]]:
        # Pickled as its entries (a draft comes back from a worker process so); the indexes are
        # built again on arrival, and the cache of origins starts empty.
        return Ledger, (
            self.sources,
            self.documents,
            self.claims,
            self.relations,
            self.questions,
            self.reviews,
            self.vocabulary,
        )

    def source(self, source_id: str) -> Source | None:
        """The source with this id, or None."""
        return self._entry("source", Source, source_id)

    def document(self, document_id: str) -> Document | None:
        """The document with this id, or None."""
        return self._entry("document", Document, document_id)

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with this id, or None."""
        return self._entry("claim", Claim, claim_id)

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None."""
        return self._entry("question", Question, question_id)

    def review(self, review_id: str) -> Review | None:
        """The review with this id, or None."""
        return self._entry("review", Review, review_id)

    def _entry(self, kind: str, cls: type[_Entry], entry_id: str) -> _Entry | None:
        # Each kind's index holds only that kind's entries; the isinstance check
        # says so to the type checker (one index per kind keeps the registry the one list).
        entry = self._by_id[kind].get(entry_id)
        return entry if isinstance(entry, cls) else None

    def language_of(self, claim: Claim) -> str | None:
        """The BCP 47 tag of a claim's quote: its own ``lang``, else its document's, else None."""
        if claim.lang is not None:
            return claim.lang
        document = self.document(claim.document) if claim.document is not None else None
        return document.lang if document is not None else None

    def reviews_of(self, claim_id: str) -> tuple[Review, ...]:
        """The reviews of one claim, in record order."""
        return tuple(r for r in self.reviews if r.claim == claim_id)

    def origin(self, source_id: str) -> str:
        """The top of a source's ``part_of`` chain: the independent origin it speaks for.

        Stops at a missing parent or a cycle, so it is safe on an unchecked ledger.
        """
        known = self._origins.get(source_id)
        if known is None:
            known = self._origins[source_id] = self.chain(source_id)[-1]
        return known

    def chain(self, source_id: str) -> tuple[str, ...]:
        """The ``part_of`` chain of a source, itself first, origin last.

        Stops at a missing parent, or before the first source that would repeat.
        """
        return self._walk(source_id)[0]

    def part_of_cycle(self, source_id: str) -> tuple[str, ...]:
        """The circle of ``part_of`` links a source's chain runs into, from where it enters; () when none.

        ``x → y → x`` gives ``("x", "y")`` for ``x``; a source that is part of
        itself gives ``(id,)``.
        """
        chain, entry = self._walk(source_id)
        return chain[entry:] if entry is not None else ()

    def _walk(self, source_id: str) -> tuple[tuple[str, ...], int | None]:
        """The one walk up ``part_of``: the chain, and where in it a cycle starts (None when it ends)."""
        chain = [source_id]
        seen = {source_id: 0}
        while (source := self.source(chain[-1])) is not None and source.part_of is not None:
            if source.part_of in seen:
                return tuple(chain), seen[source.part_of]
            seen[source.part_of] = len(chain)
            chain.append(source.part_of)
        return tuple(chain), None

    def merged(self, other: Ledger) -> Ledger:
        """A new ledger with this one's entries followed by ``other``'s."""
        return Ledger(
            **{kind.section: getattr(self, kind.section) + getattr(other, kind.section) for kind in KINDS.values()},
            vocabulary=self.vocabulary.merged(other.vocabulary),
        )

    def counts(self) -> dict[str, int]:
        """How many entries of each kind, plus the number of independent origins."""
        return {
            "sources": len(self.sources),
            "origins": len({self.origin(c.said_by) for c in self.claims}),
            "documents": len(self.documents),
            "claims": len(self.claims),
            "supports": sum(r.kind == "supports" and r.rule is None and r.rejected is None for r in self.relations),
            "contradicts": sum(
                r.kind == "contradicts" and r.rule is None and r.rejected is None for r in self.relations
            ),
            "candidates": sum(r.is_candidate for r in self.relations),
            "questions": len(self.questions),
            "reviews": len(self.reviews),
        }
