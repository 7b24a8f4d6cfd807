"""The sources a draft records for the actors its speakers were resolved to, with unique ids."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

from attrs import define

from claimgraph.model import Source

__all__ = ["Actor", "ActorRecord", "draft_sources"]


class Actor(Protocol):
    """What a language's speaker resolution knows of one actor, as the draft's sources need it."""

    @property
    def key(self) -> int:
        """The actor's index among the actors met."""

    @property
    def name(self) -> str:
        """The name the source is drafted under."""

    @property
    def part_of(self) -> int | None:
        """The key of the organisation the actor belongs to."""

    @property
    def role(self) -> str | None:
        """The actor's role as printed."""

    @property
    def unnamed(self) -> bool:
        """Whether the text only describes the actor."""


@define
class ActorRecord:
    """What every language's speaker resolution records of an actor; each adds its own fields.

    Attributes:
        key: the actor's index among the actors met.
        names: every printed form of its name, in the order met.
        person: whether it is a person (else an organisation or group).
        unnamed: whether the text only describes it.
        role: its role as printed.
        part_of: the key of the organisation it belongs to.
    """

    key: int
    names: list[str]
    person: bool
    unnamed: bool = False
    role: str | None = None
    part_of: int | None = None


_A = TypeVar("_A", bound=Actor)


def draft_sources(
    actors: Sequence[_A],
    used: Iterable[int],
    slug: Callable[[str], str],
    describe: Callable[[_A], tuple[str, tuple[str, ...]]],
    *,
    known: Mapping[int, str] | None = None,
    reserved: Iterable[str] = (),
) -> tuple[dict[int, str], tuple[Source, ...]]:
    """The sources for the actors in ``used`` and the organisations they are part of.

    Ids are the slugs of the actors' names, numbered (``-2``, ``-3``) where two
    actors would share one, given in the order the actors were met so the same
    text always gets the same ids.

    Args:
        actors: every actor met, indexed by key.
        used: the keys of the actors some claim names as speaker or relay.
        slug: an actor's name → its id stem.
        describe: an actor → its source kind and its aliases.
        known: actor key → the id of the existing ledger source it is; such an
            actor is referred to by that id and not drafted again.
        reserved: ids no drafted source may take (the existing ledger's).

    Returns:
        actor key → source id, and the sources in the order the actors were met.
    """
    known = known or {}
    keep: set[int] = set()
    for key in used:
        at: int | None = key
        while at is not None and at not in keep:
            keep.add(at)
            at = actors[at].part_of
    ids: dict[int, str] = {}
    taken = {*reserved, *known.values()}
    for actor in actors:
        if actor.key in known:
            ids[actor.key] = known[actor.key]
        elif actor.key in keep:
            stem = slug(actor.name)
            candidate, number = stem, 2
            while candidate in taken:
                candidate, number = f"{stem}-{number}", number + 1
            taken.add(candidate)
            ids[actor.key] = candidate
    sources = []
    for actor in actors:
        if actor.key not in keep or actor.key in known:
            continue  # a ledger's own source is referred to, not drafted again
        kind, aliases = describe(actor)
        sources.append(
            Source(
                id=ids[actor.key],
                name=actor.name,
                kind=kind,
                part_of=ids.get(actor.part_of) if actor.part_of is not None else None,
                role=actor.role,
                aliases=aliases,
                unnamed=actor.unnamed,
            )
        )
    return ids, tuple(sources)
