"""The things a ledger records: sources, documents, claims, relations, questions.

Every class is frozen and validated, so a bad entry fails where it is read,
never later inside an analysis.
"""

from __future__ import annotations

import builtins
import datetime as dt
import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import Attribute, field, frozen, validators

from claimgraph.model.fields import (
    WrongType,
    check_slug,
    check_text,
    check_url,
    checked_text,
    finite_number,
    optional_text,
    slug_tuple,
    text,
    text_tuple,
)
from claimgraph.model.language import language_tag, optional_language_tag
from claimgraph.model.period import Period, optional_date, optional_period
from claimgraph.model.values import Figure, parse_value

__all__ = [
    "RELATION_KINDS",
    "SOURCE_KINDS",
    "Claim",
    "Document",
    "Proposition",
    "Question",
    "Relation",
    "Review",
    "Source",
    "Translation",
]

#: What kind of actor a source is. ``group`` is a collective of people
#: ("Palestinians returning through Rafah"); ``media`` a collective of outlets.
SOURCE_KINDS = (
    "person",
    "government",
    "military",
    "ngo",
    "un-agency",
    "intergovernmental",
    "news-agency",
    "broadcaster",
    "outlet",
    "media",
    "party",
    "armed-group",
    "union",
    "group",
    "company",
    "other",
)

#: ``supersedes`` records a revision: a source's later figure replacing its earlier one.
RELATION_KINDS = ("supports", "contradicts", "supersedes")

_Value = TypeVar("_Value")  # a validated field's value, kept generic so attrs keeps the field's type


def _one_of(choices: tuple[str, ...]) -> Callable[[object, object, _Value], None]:
    def check(_instance: object, attribute: object, value: _Value) -> None:
        if value not in choices:
            raise ValueError(f"{value!r} is not one of: {', '.join(choices)}")

    return check


def _optional(
    check: Callable[[Any, Attribute[_Value], _Value], object],
) -> Callable[[Any, Attribute[_Value | None], _Value | None], object]:
    return validators.optional(check)


@frozen
class Source:
    """An actor that asserts or relays statements.

    Attributes:
        id: slug used by claims and documents to refer to the source.
        name: the name as a reader knows it ("Palestinian Red Crescent Society").
        kind: one of :data:`SOURCE_KINDS`.
        part_of: id of the parent source (a spokesman is part of his organisation).
        role: the role as printed ("spokesman for the PRCS in Gaza").
        aliases: other names the source goes by ("PRCS", "Red Crescent").
        unnamed: True for vague collective attributions ("Israeli media", "officials").
        note: anything an analyst wants to keep about the source.
    """

    id: str = field(validator=check_slug)
    name: str = field(converter=text, validator=check_text)
    kind: str = field(default="other", validator=_one_of(SOURCE_KINDS))
    part_of: str | None = field(default=None, validator=_optional(check_slug))
    role: str | None = field(default=None, converter=optional_text)
    aliases: tuple[str, ...] = field(default=(), converter=text_tuple)
    unnamed: bool = field(default=False, validator=validators.instance_of(bool))
    note: str | None = field(default=None, converter=optional_text)


@frozen
class Document:
    """One published text in which claims appear.

    Attributes:
        id: slug.
        title: headline or title.
        lang: the BCP 47 tag of the language it is written in (``ar``, ``he``, ``en``);
            its claims' quotes are in it unless they say otherwise.
        publisher: id of the source that published it, if known.
        published: publication date.
        url: http(s) address of the published text.
        text_file: path of a local copy of the text, relative to the dossier file.
        sha256: hex digest of that local copy, to notice when it changes.
        text: the local copy's content, filled in by the io layer when it is read.
    """

    id: str = field(validator=check_slug)
    title: str = field(converter=text, validator=check_text)
    lang: str | None = field(default=None, converter=optional_language_tag)
    publisher: str | None = field(default=None, validator=_optional(check_slug))
    published: dt.date | None = field(default=None, converter=optional_date)
    url: str | None = field(default=None, converter=optional_text, validator=check_url)
    text_file: str | None = field(default=None, converter=optional_text)
    sha256: str | None = field(default=None, converter=optional_text)
    text: str | None = field(default=None, eq=False, repr=False)

    @text.validator
    def _check_text(self, _attribute: object, value: object) -> None:
        if value is not None:
            checked_text(value)

    @sha256.validator
    def _check_sha256(self, _attribute: object, value: str | None) -> None:
        if value is None:
            return
        if not isinstance(value, str) or len(value) != 64 or value.strip("0123456789abcdef"):
            raise ValueError("must be 64 lower-case hex digits in quotes (the output of sha256sum)")


def _value(value: object) -> str | int | float | bool | Figure:
    # The type and the text policy first (as for every field), then the value's form.
    if isinstance(value, str):
        return parse_value(checked_text(value))
    if isinstance(value, bool | int | float):
        return finite_number(value)
    if isinstance(value, Mapping | Figure):
        return parse_value(value)
    raise WrongType(
        "one number, text, true/false or a value mapping (e.g. 471, '100-300', 'at least 500', "
        "{between: [100, 300]}; several values are several propositions)",
        value,
    )


@frozen
class Proposition:
    """A claim's content in structured form, so rules can compare claims.

    Two claims with the same ``subject`` and ``property`` over overlapping
    ``when`` make comparable statements: equal values agree, different ones clash.

    Attributes:
        subject: what the claim is about, as a slug ("rafah-crossing").
        property: which aspect of it ("status", "departures").
        value: the asserted value ("open", 40, true), or a :class:`~claimgraph.model.values.Figure`
            (range, bound, approximation, relative); see :func:`~claimgraph.model.values.parse_value`.
        unit: unit of a numeric value ("people").
        when: the period the value holds for.
        where: place, when it matters.
    """

    subject: str = field(validator=check_slug)
    property: str = field(validator=check_slug)
    value: str | int | float | bool | Figure = field(converter=_value)
    unit: str | None = field(default=None, converter=optional_text)
    when: Period | None = field(default=None, converter=optional_period)
    where: str | None = field(default=None, converter=optional_text)

    @builtins.property  # the field named "property" shadows the builtin in this class body
    def key(self) -> tuple[str, str]:
        """The (subject, property) pair that makes two propositions comparable."""
        return (self.subject, self.property)


def _propositions(value: object) -> tuple[Proposition, ...]:
    if value is None or value == ():  # most claims hold none: no generator built for them
        return ()
    if not isinstance(value, list | tuple):
        raise WrongType("a list of propositions, each a mapping with subject, property and value", value)
    return tuple(_one_proposition(item) for item in value)


def _one_proposition(value: object) -> Proposition:
    found = _proposition(value)
    if found is None:
        raise WrongType("a mapping with subject, property and value", value)
    return found


def _proposition(value: object) -> Proposition | None:
    if value is None or isinstance(value, Proposition):
        return value
    if isinstance(value, Mapping):
        return Proposition(**value)
    raise WrongType("a mapping with subject, property and value", value)


def _translation_text(value: object) -> str:
    # A translation is shown, never matched against a document: stripping is harmless.
    return checked_text(value).strip() if isinstance(value, str) else value  # type: ignore[return-value]


@frozen
class Translation:
    """A translation of a claim's quote, shown beside the original and never checked against the document.

    Attributes:
        text: the translated words.
        lang: the BCP 47 tag of the translation's language.
        translated_by: who translated it (a desk, a wire, the outlet itself), if known.
    """

    text: str = field(converter=_translation_text, validator=check_text)
    lang: str = field(converter=language_tag)
    translated_by: str | None = field(default=None, converter=optional_text)


def _translation(value: object) -> Translation | None:
    if value is None or isinstance(value, Translation):
        return value
    if isinstance(value, Mapping):
        return Translation(**value)
    raise WrongType("a mapping with text, lang and translated_by", value)


@frozen
class Claim:
    """One statement, as one source made it.

    Attributes:
        id: slug.
        statement: the proposition in short, normalised words.
        said_by: id of the speaker.
        via: ids of the sources that relayed it, speaker-side first.
        document: id of the document it appears in.
        quote: the passage as printed in the document, verbatim, in its original language.
        lang: the BCP 47 tag of the quote's language, when it differs from (or is
            missing on) the document's; see :meth:`Ledger.language_of`.
        translation: a translation of the quote, shown beside it; the quote stays
            what the audit checks.
        cue: the attribution verb as printed ("said", "claimed", "according to").
        said_on: the day (or interval) it was said.
        topics: free slugs for grouping.
        proposition: structured content, for rule-found relations.
        propositions: several structured statements in one claim ("471 killed and 314
            wounded"), each compared on its own; see :attr:`all_propositions`.
        note: an analyst's remark.
        position: the analyst's name for the position the claim takes in its
            dispute ("evidence-disputed"); it overrides the computed split.
        disputing_via: ids among ``via`` of the sources that relay the claim in
            order to dispute it; they are not counted as its voices.
    """

    id: str = field(validator=check_slug)
    statement: str = field(converter=text, validator=check_text)
    said_by: str = field(validator=check_slug)
    via: tuple[str, ...] = field(default=(), converter=slug_tuple)
    document: str | None = field(default=None, validator=_optional(check_slug))
    quote: str | None = field(default=None)
    lang: str | None = field(default=None, converter=optional_language_tag)
    translation: Translation | None = field(default=None, converter=_translation)
    cue: str | None = field(default=None, converter=optional_text)
    said_on: Period | None = field(default=None, converter=optional_period)
    topics: tuple[str, ...] = field(default=(), converter=slug_tuple)
    proposition: Proposition | None = field(default=None, converter=_proposition)
    propositions: tuple[Proposition, ...] = field(default=(), converter=_propositions)
    note: str | None = field(default=None, converter=optional_text)
    position: str | None = field(default=None, validator=_optional(check_slug))
    disputing_via: tuple[str, ...] = field(default=(), converter=slug_tuple)

    @builtins.property
    def all_propositions(self) -> tuple[Proposition, ...]:
        """The single ``proposition`` (if any) followed by the ``propositions`` list."""
        return self.propositions if self.proposition is None else (self.proposition, *self.propositions)

    @quote.validator
    def _check_quote(self, _attribute: object, value: object) -> None:
        # Quotes are kept byte for byte (no stripping): fidelity is checked against the text.
        if value is not None and not checked_text(value).strip():
            raise ValueError("must be the verbatim passage from the document, or left out")


@frozen
class Relation:
    """An analyst's (or a rule's) link between two claims.

    ``supports`` is directed (``source`` makes ``target`` more likely);
    ``contradicts`` is symmetric (both cannot be true).

    Attributes:
        kind: ``supports`` or ``contradicts``.
        source: id of the first claim (``from`` in dossiers).
        target: id of the second claim (``to`` in dossiers).
        note: what exactly clashes or agrees.
        recorded_by: who recorded the relation.
        rule: name of the rule that proposed it; set only for candidates.
        rejected: why an analyst rejected the rule's candidate; a rejected
            relation stays in the dossier so the rule never proposes it again,
            and shapes nothing.
    """

    kind: str = field(validator=_one_of(RELATION_KINDS))
    source: str = field(validator=check_slug)
    target: str = field(validator=check_slug)
    note: str | None = field(default=None, converter=optional_text)
    recorded_by: str | None = field(default=None, converter=optional_text)
    rule: str | None = field(default=None, converter=optional_text)
    rejected: str | None = field(default=None, converter=optional_text)

    @property
    def pair(self) -> tuple[str, str]:
        """The two claim ids, sorted: the identity of the pair whatever the direction."""
        return (self.source, self.target) if self.source <= self.target else (self.target, self.source)

    @property
    def id(self) -> str:
        """A stable id: ``from~kind~to``, with contradicts (symmetric) in sorted order."""
        first, second = self.pair if self.kind == "contradicts" else (self.source, self.target)
        return f"{first}~{self.kind}~{second}"

    @property
    def is_candidate(self) -> bool:
        """True when a rule proposed the relation and no analyst has confirmed or rejected it."""
        return self.rule is not None and self.rejected is None


@frozen
class Question:
    """An analyst's wording of what a dispute is about.

    Attributes:
        id: slug.
        text: the question as a reader should see it.
        claims: ids of claims in the dispute; a dispute that contains any of them
            takes this question as its label.
        heads: True to pin the question at the head of the dispute its claims
            fall into, before questions recorded earlier.
    """

    id: str = field(validator=check_slug)
    text: str = field(converter=text, validator=check_text)
    claims: tuple[str, ...] = field(default=(), converter=slug_tuple)
    heads: bool = field(default=False, validator=validators.instance_of(bool))


def _optional_number(value: object) -> int | float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("must be a number, not true/false")
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a number") from None
        value = int(number) if number.is_integer() else number
    if not isinstance(value, int | float):
        raise WrongType("a number", value)
    if not math.isfinite(value):
        raise ValueError(f"{value!r} is not a (finite) number")
    return value


@frozen
class Review:
    """A fact-checker's verdict on a claim; maps onto schema.org ClaimReview.

    The numeric scale is optional (many fact-checkers rate in words only), but
    when ``rating_value`` is given both ends of the scale must be too, so that
    "2" can never be read on the wrong scale.

    Attributes:
        id: slug.
        claim: id of the reviewed claim.
        rating: the verdict in words, as the reviewer published it ("False", "Misleading").
        reviewer: id of the source (the fact-checking organisation) that gave the verdict.
        rating_value: the verdict on the reviewer's numeric scale, if it has one.
        best_rating: the best value of that scale (e.g. 5 for "True").
        worst_rating: the worst value of that scale (e.g. 1 for "False").
        rationale: why the reviewer reached the verdict, in short.
        lang: the BCP 47 tag of the language the rating and rationale are written in.
        date: the day the review was published.
        url: http(s) address of the published review.
        note: an analyst's remark.
    """

    id: str = field(validator=check_slug)
    claim: str = field(validator=check_slug)
    rating: str = field(converter=text, validator=check_text)
    reviewer: str = field(validator=check_slug)
    rating_value: int | float | None = field(default=None, converter=_optional_number)
    best_rating: int | float | None = field(default=None, converter=_optional_number)
    worst_rating: int | float | None = field(default=None, converter=_optional_number)
    rationale: str | None = field(default=None, converter=optional_text)
    lang: str | None = field(default=None, converter=optional_language_tag)
    date: dt.date | None = field(default=None, converter=optional_date)
    url: str | None = field(default=None, converter=optional_text, validator=check_url)
    note: str | None = field(default=None, converter=optional_text)

    def __attrs_post_init__(self) -> None:
        value, best, worst = self.rating_value, self.best_rating, self.worst_rating
        if (best is None) != (worst is None):
            raise ValueError("best_rating and worst_rating go together: give both ends of the scale")
        if value is not None and best is None:
            raise ValueError("rating_value needs its scale: add best_rating and worst_rating (e.g. 5 and 1)")
        if best is not None and worst is not None and not worst < best:
            raise ValueError(f"worst_rating {worst} must be lower than best_rating {best}")
        if value is not None and best is not None and worst is not None and not worst <= value <= best:
            raise ValueError(f"rating_value {value} lies outside the scale {worst}..{best}")
