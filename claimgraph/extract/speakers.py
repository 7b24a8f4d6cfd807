"""Who is speaking: merging the mentions of one article into one actor each, and their sources.

Later mentions ("Al-Nems", "the Red Crescent", "He", "the spokesman", "The
movement") resolve to the actors already met, so each actor becomes one
source. Reading a mention as printed is :mod:`claimgraph.extract.mentions`'s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from attrs import define, field

from claimgraph.extract.first_names import first_name_gender
from claimgraph.extract.mentions import HOME, NATIONALITY, parse_mention
from claimgraph.extract.misspellings import PEOPLE_COMPARED, misspelt_one
from claimgraph.extract.name_words import (
    BUILDING_HEADS,
    BUSINESS_DESCRIPTIONS,
    CONNECTORS,
    DEFINED_ACRONYM,
    DEMONYMS,
    DESCRIPTIONS,
    GENERIC_WORDS,
    NAMED_AS,
    ORGANISATION_HEAD,
    kind_of,
    name_tokens,
    strip_article,
    word_set,
)
from claimgraph.extract.national_bodies import country_named, standard_forms
from claimgraph.extract.records import Mention
from claimgraph.extract.source_ids import ActorRecord, draft_sources
from claimgraph.model import Source

# parse_mention stays importable from here, where callers have long found it.
__all__ = [
    "NO_FIRST_NAMES",
    "WELL_KNOWN_ACRONYMS",
    "Mention",
    "Speakers",
    "could_be_person",
    "is_relay",
    "name_in_full",
    "parse_mention",
    "person_like",
    "slug",
]


_VAGUE_KINDS = {"media": "media", "authorities": "government", "officials": "government"}


_SLUG_WORDS = 5


def slug(name: str) -> str:
    """A source id from a name: lower case, apostrophes dropped, other marks as hyphens.

    Long names keep their first five words ("Israeli Coordinator of Government
    Activities in the West Bank and Gaza" → ``israeli-coordinator-of-government-activities``).
    """
    words = name_tokens(name)[:_SLUG_WORDS]
    while len(words) > 1 and words[-1] in CONNECTORS:
        words = words[:-1]
    return "-".join(words) or "source"


_WORD = re.compile(r"[\w’'-]+")


_RELAY_KINDS = frozenset({"news-agency", "broadcaster", "outlet", "media"})
_RELAY_WORDS = word_set(
    "reporter reporters correspondent correspondents journalist journalists editor report reports newspaper paper "
    "magazine tabloid agency media outlet broadcaster channel network website tweet post article articles document "
    "documents study letter email memo"
)


def is_relay(mention: Mention) -> bool:
    """Whether a speaker passes on others' words (a newspaper, an agency, a reporter, a report)
    rather than being a party to the story."""
    words = set(name_tokens(" ".join(filter(None, (mention.text, mention.role)))))
    kinds = {kind_of(name) for name in (mention.name, mention.organisation) if name}
    return bool(words & _RELAY_WORDS or kinds & _RELAY_KINDS)


def could_be_person(name: str) -> bool:
    """Whether a name may be a person's: nothing in it names a kind of organisation ("Reuters",
    "Northgate Council", "Acme Ltd" may not)."""
    head = name.split()[-1].rstrip(".").lower() if name.split() else ""
    return (
        kind_of(name) == "other"
        and ORGANISATION_HEAD.search(head) is None
        and DESCRIPTIONS.get(head) != "organisation"
        and head not in COMPANY_SUFFIXES
    )


@define
class _Actor(ActorRecord):
    kind: str | None = None
    gender: str | None = None
    plural: bool = False
    known: str | None = None  # the id of the ledger source this actor is, when drafting against a ledger
    organisation: bool = False  # known not to be a person (it has an acronym)
    listened: bool = False  # a statement was made to it ("In a statement to TradeWinds"): a medium
    also_called: list[str] = field(factory=list)  # descriptions with a name in them that refer to it
    tokens: set[tuple[str, ...]] = field(factory=set)

    name: str = ""  # the fullest name printed ("Raed Al-Nems" over "Al-Nems"), first among equals

    def add_name(self, name: str) -> None:
        """Record a printed form of the actor's name."""
        if name in self.names:
            return
        self.names.append(name)
        if len(_unaddressed(name)) > len(_unaddressed(self.name)) or not self.name:
            self.name = name


# Forms of address printed before a name: "Cllr Kevin Mahoney" is no fuller than "Kevin Mahoney".
_ADDRESS_FORMS = frozenset({"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame"})


def _unaddressed(name: str) -> tuple[str, ...]:
    return _without_address(name_tokens(name))


def _without_address(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tokens[1:] if tokens[:1] and tokens[0] in _ADDRESS_FORMS else tokens


class Speakers:
    """Every actor met in one article, with what later mentions refer back to.

    Args:
        known: sources of an existing ledger; a mention of one of their names or
            aliases is that source (its id kept, not drafted again).
    """

    def __init__(self, known: Sequence[Source] = ()) -> None:
        self._actors: list[_Actor] = []
        self._by_tokens: dict[tuple[str, ...], int] = {}
        self._by_word: dict[str, set[int]] = {}
        self._last_person: int | None = None
        self._person_before: int | None = None  # the person who spoke before the last one
        self._last_organisation: int | None = None
        self._last: int | None = None
        self._known_ids: set[str] = {source.id for source in known}
        keys = {}
        for source in known:
            key = len(self._actors)
            actor = _Actor(key, [], person=source.kind == "person", unnamed=source.unnamed, role=source.role)
            actor.known = source.id
            self._actors.append(actor)
            keys[source.id] = key
            for name in (source.name, *source.aliases):
                tokens = name_tokens(name)
                if tokens and tokens not in self._by_tokens:
                    self._by_tokens[tokens] = key
                    for word in tokens:
                        self._by_word.setdefault(word, set()).add(key)
                    actor.add_name(name)
                    actor.tokens.add(tokens)
            actor.name = source.name
        for source in known:
            if source.part_of in keys:
                self._actors[keys[source.id]].part_of = keys[source.part_of]

    # -- resolving ---------------------------------------------------------------------------

    def resolve(self, mention: Mention, *, right_after_last: bool = False) -> int | None:
        """The actor a mention names or refers back to; new actors are added.

        Args:
            right_after_last: the mention stands in the sentence right after the last speaker's
                statement, with no sentence between, so a definite role may be that speaker's
                varied name ("… he said. / The Pas deputy president also said …").

        Returns:
            The actor's key, or None for a pronoun or description with nothing
            (or nothing unambiguous) to refer back to.
        """
        if mention.name is None:
            return self._refer(mention, right_after_last)
        key = self._add(mention)
        return None if key is None else self._seen(key)

    def relay(self, mention: Mention) -> int | None:
        """The actor a relay names ("told Reuters", "according to the Post"), without making it
        the actor later pronouns refer to: a relay is not the one speaking. A pronoun relays for
        the person it refers to ("…, he said, citing a local rickshawpuller")."""
        if mention.name is None:
            return self._refer(mention, False) if mention.person and mention.description is None else None
        key = self.aside(mention)
        if key is not None:
            self._actors[key].listened = True
        return key

    def aside(self, mention: Mention) -> int | None:
        """The actor a name names, without making it the actor later pronouns refer to: one speaking
        in a clause of a sentence whose subject is another ("He made the statement after Alejano
        revealed that …": the next "he said" is still the subject's)."""
        if mention.name is None:
            return self.resolve(mention)
        last_organisation = self._last_organisation
        key = self._add(mention)
        self._last_organisation = last_organisation  # nor the body a later "it" means
        return key

    def role(self, key: int) -> str | None:
        """An actor's role, when the text gave one ("prosecutor", "Health Minister")."""
        return self._actors[key].role

    def fits(self, key: int, description: str) -> bool:
        """Whether an actor is a body a description of a kind may mean ("the organization": an NGO or a
        UN agency, not a ministry that spoke last), by one of its names or their kind."""
        return any(description_fits(description, name) for name in self._actors[key].names)

    def words(self, key: int) -> set[str]:
        """The lower-case words of an actor's names and role, and of its organisation's names."""
        words: set[str] = set()
        at: int | None = key
        while at is not None:
            actor = self._actors[at]
            for text in (*actor.names, actor.role or ""):
                words.update(w.lower() for w in _WORD.findall(text))
            at = actor.part_of
        return words

    def _add(self, mention: Mention) -> int | None:
        assert mention.name is not None
        # The organisation first: "official at the Health Ministry" holds its name, and must not
        # become it.
        organisation = (
            self._named(mention.organisation, person=False) if mention.person and mention.organisation else None
        )
        key = self._named(mention.name, mention.person)
        if key is None:
            return None
        actor = self._actors[key]
        if mention.person:
            actor.person = True
            if mention.role and actor.role is None:
                actor.role = mention.role
            if mention.gender and actor.gender is None:
                actor.gender = mention.gender
            if organisation is not None and actor.part_of is None and organisation != key:
                actor.part_of = organisation
                self._last_organisation = organisation
        actor.unnamed = actor.unnamed or mention.unnamed
        actor.plural = actor.plural or mention.plural
        if mention.refers == "organisation" and not actor.person:
            actor.organisation = True  # "Blue Planet", read as the business the text names: no person
        return key

    def _refer(self, mention: Mention, right_after_last: bool = False) -> int | None:
        if mention.refers == "person":
            if mention.plural and mention.description is not None:
                # "the ministers" after "Health Minister X and Transport Minister Y said": the pair
                head = mention.description.removesuffix("s")
                pairs = [
                    actor.key
                    for actor in self._actors
                    if actor.plural and not actor.unnamed and head in _plain_words(actor.role or "")
                ]
                if len(pairs) == 1:
                    return self._seen(pairs[0])
            if mention.description is not None:
                # "the spokesman": the person whose role says so (with two, the last one
                # speaking, else no guess), else the last person if the words fit. A body owning the
                # role ("the store’s owner") says where the role is held, not which holder it is.
                qualifiers = _plain_words(_POSSESSOR.sub("", strip_article(mention.text))) - {mention.description}
                fits = [
                    actor.key
                    for actor in self._actors
                    if actor.person
                    and actor.role
                    # a word, and the role's head: no "resident" in "president", no "family" in
                    # "friend of the family"
                    and (
                        mention.description in _plain_words(_of_head(actor.role))
                        # "Sagir Musa, the Acting Director, Army Public Relations, said … / The
                        # spokesman reiterated …": who heads a body's public relations speaks for it
                        or (mention.description in _SPOKESPERSONS and bool(_plain_words(actor.role) & _PUBLICITY))
                    )
                    and _qualifiers_fit(qualifiers, _plain_words(actor.role) - {mention.description})
                ]
                if len(fits) == 1 or self._last_person in fits:
                    return self._seen(self._last_person if self._last_person in fits else fits[0])
                if fits:
                    return None
            key = self._last_person
            if key is None and mention.description is None and mention.gender is not None:
                key = self._lone_surname_last()  # "Sotto said … / … he added": Sotto is a person
            if key is not None and mention.description is not None:
                # "the source" is the last person only if that person was called a source
                # ("an Egyptian official source"); "the Sudanese defence minister" only if every
                # word fits. Otherwise the description is a speaker of its own.
                said_as = (*self._actors[key].names, self._actors[key].role or "")
                known = {t for name in said_as for t in name_tokens(name)}
                # the description's own noun is a head, not a complement: "the family" is no
                # "friend of the family", "the ministry" no "spokesman of the ministry"
                heads = {t for name in said_as for t in name_tokens(_of_head(name))}
                fitting = set(name_tokens(strip_article(mention.text))) <= known and (
                    mention.description in heads or mention.description not in known
                )
                if mention.description in (NATIONALITY, HOME):
                    # "McConville said … / “…,” said the Armagh man": where the person is from standing
                    # for the one who spoke right before it; a nationality only when no other person
                    # has spoken ("the Portuguese" after Slot and Amorim set two nations side by side,
                    # which no rule here can tell apart)
                    another = self._person_before not in (None, key)
                    fitting = right_after_last and self._last == key
                    fitting = fitting and not (mention.description == NATIONALITY and another)
                if not fitting and not (
                    right_after_last and (self._varied(key, mention) or self._same_source(key, mention))
                ):
                    key = None
            if key is not None:
                actor = self._actors[key]
                if mention.gender is not None and actor.gender not in (None, mention.gender):
                    return None  # "she" after "Mr Gardiner": someone the rules did not see; no guess
                if mention.gender is not None and actor.plural:
                    return None  # "he" after "the sources": not them
                before = self._actors[self._person_before] if self._person_before is not None else None
                if (
                    mention.gender is not None
                    and actor.gender is None
                    and before
                    and before.gender == mention.gender
                    and mention.description != HOME  # "the Armagh man" is the one right before, read above
                ):
                    return None  # "she" after Sherriff (she) and Johnson (?): either of them
                if mention.description is None and self._last is not None and self._last != key:
                    last = self._actors[self._last]
                    if not last.plural and could_be_person(last.name) and not last.unnamed:
                        # The last speaker may be a person whose name the rules could not
                        # read as one: two candidates in reach, so no guess.
                        return None
                actor.person = True  # "Omar Khalil said ... He added": a person after all
                if mention.gender is not None:
                    actor.gender = mention.gender
        elif mention.refers == "organisation":
            key = self._last_organisation
            if mention.description is None and not mention.plural and self._last not in (None, key):
                last = self._actors[self._last]
                if _only_looks_personal(last):
                    # "Vedanta Resources said … / It said …": "it" means the last speaker, whose name
                    # only looked like a person's, never a body that spoke before it
                    last.organisation = True
                    self._last_organisation = key = last.key
            if key is not None and mention.description is None and self._actors[key].person:
                key = None  # "it" is never a person ("Sotto", found a person after "he added")
            if key is not None and mention.description is None and not mention.plural and _many(self._actors[key]):
                key = None  # nor many: "Security forces … claiming …, it added" is the report's
            if mention.description is not None:
                # "the army" is an organisation whose name or kind says army; never another
                # party's ministry (the wrong side's mouth). With two such in reach ("the
                # group" after Hamas and Islamic Jihad), the last one speaking, else no guess.
                civic = _civic_description(mention)
                country = country_named(mention.text)
                fits = [
                    actor.key
                    for actor in self._actors
                    if not actor.person
                    and not (actor.listened and mention.description in BUSINESS_DESCRIPTIONS)  # a medium told
                    # "The Iraqi government" is never the Israeli government met before
                    and (country is None or country_named(actor.name) in (None, country))
                    and (
                        _named_as(mention.description, actor.name)
                        # "the rights group", "the aid agency", "the medical charity": a body its name
                        # says is an NGO (never one of no known kind: "The environmental group said"
                        # after a company spoke is not the company)
                        or (civic and kind_of(actor.name) in ("ngo", "un-agency") and not actor.unnamed)
                        # by its kind only a named body: "Union officials" are no company
                        or (
                            kind_of(actor.name) in _DESCRIPTION_KINDS.get(mention.description, ())
                            and not (actor.unnamed or actor.plural)
                            and (mention.description not in BUSINESS_DESCRIPTIONS or _may_be_business(actor))
                        )
                    )
                ]
                if len(fits) > 1 and self._last_organisation not in fits:
                    return self.described(mention)  # two bodies of the kind in reach: no guess, the description stands
                key = (self._last_organisation if self._last_organisation in fits else fits[0]) if fits else None
                if key is not None and _NAME_OF_A_KIND.fullmatch(strip_article(mention.text)):
                    # "The Israeli military said" of "the Israeli army": a name the text also calls it by
                    self._actors[key].also_called.append(strip_article(mention.text))
                if key is None and mention.description in ANY_BODY and self._last is not None:
                    # "The World Health Organization has said … The group added": a word any body
                    # answers to is the body that spoke last, if a body spoke last
                    last = self._actors[self._last]
                    qualifiers = _plain_words(strip_article(mention.text)) - {mention.description}
                    named = set().union(*(_plain_words(name) for name in last.names))
                    fitting = _qualifiers_fit(qualifiers, named)  # "the human rights group" is no government
                    body = not (last.person or last.unnamed or last.plural) and (
                        last.organisation or not could_be_person(last.name)  # "Solomon said": no body
                    )
                    key = self._last if fitting and body else None
                if key is None and mention.description in _ISSUED and self._last is not None:
                    # "the statement said" after "the IDF said in a statement": a statement is its issuer's
                    key = self._last
        else:
            key = self._last
            last_actor = self._actors[key] if key is not None else None
            if (
                last_actor is not None
                and mention.plural
                and (last_actor.person or _personal(last_actor))
                and not last_actor.plural
            ):
                return None  # "they" after one person: a group the rules did not see
            if (
                last_actor is not None
                and mention.plural
                and not (last_actor.plural or last_actor.organisation or last_actor.unnamed)
                and " " not in last_actor.name
                and not last_actor.name.isupper()
                and could_be_person(last_actor.name)
            ):
                # "Zahangir said people posing as police called his wife … They asked her …": a
                # one-word name that may be a person's is no group, and "they" is likelier the
                # people his words name; no guess (a body of a kind the rules do not know, "Unite
                # said … They added", loses a statement rather than risk the wrong mouth)
                return None
        if key is None and mention.description is not None:
            # "The army insisted ..." or "the official said" with nobody met before: the
            # description itself is the (unnamed) source.
            return self.described(mention)
        return None if key is None else self._seen(key)

    def _varied(self, key: int, mention: Mention) -> bool:
        """Whether a definite description ("The Pas deputy president also said") is news's
        varied name for the person who spoke last, by a full name and with a role of their own,
        when no other person was met."""
        actor = self._actors[key]
        qualifiers = _plain_words(strip_article(mention.text)) - {mention.description}
        return (
            mention.text.startswith(("the ", "The "))
            # a role alone: not "the woman's friends and lawyer", "the leader of …", "the source"
            and not _SPECIFIED.search(mention.text)
            and mention.description not in _ANONYMOUS
            # not another office of the same kind ("the First Minister" after "the interior
            # minister"), nor one of another country ("the Greek defence minister"); the same office
            # said more fully is no other ("The Foreign Affairs Minister" after "Minister McClean")
            and (
                mention.description not in _plain_words(actor.role or "")
                or _plain_words(actor.role or "") == {mention.description}
            )
            and not _other_party_of_a_proceeding(mention.text, actor.role)
            and not qualifiers & DEMONYMS
            # a bare office ("the secretary claimed") is whoever holds it; a qualified one ("the
            # former health minister") is how news names again the person it quoted
            and bool(qualifiers)
            and self._last == key
            and len(name_tokens(actor.name)) >= 2
            and not actor.unnamed
            and not any(other.person and other.key != key for other in self._actors)
        )

    def _same_source(self, key: int, mention: Mention) -> bool:
        """Whether "the official" is the unnamed source who spoke last ("A senior military source in
        Bangui told AFP … / “…,” the official said"): news varies the word for one anonymous
        source; only when it spoke last, right before, and no other person met bears that word."""
        actor = self._actors[key]
        heads = {word for name in actor.names for word in name_tokens(name)}
        return (
            self._last == key
            and actor.unnamed
            and actor.person
            and not actor.plural
            and mention.description in _SOURCE_WORDS
            and bool(heads & _SOURCE_WORDS)
            and not any(
                other.person
                and other.key != key
                and mention.description in _plain_words(" ".join(other.names)) | _plain_words(other.role or "")
                for other in self._actors
            )
        )

    def _lone_surname_last(self) -> int | None:
        """The last speaker when it is one word that may be a person's surname and no person spoke
        before it ("Sotto said …", then "he added"), else None."""
        if self._last is None:
            return None
        actor = self._actors[self._last]
        if actor.person or actor.organisation or actor.plural or actor.unnamed or " " in actor.name:
            return None
        if actor.name.isupper():
            return None  # "ACA": an acronym, a body
        return self._last if could_be_person(actor.name) else None

    def described(self, mention: Mention) -> int | None:
        """The actor a description is on its own ("the readout", "the army"): when it refers back
        to nobody the text allows, the description itself is the (unnamed) source."""
        bare = strip_article(mention.text)
        unnamed = bare != mention.description and bare.islower()
        return self.resolve(
            Mention(
                mention.text,
                bare,
                person=mention.person,
                unnamed=unnamed,
                plural=mention.plural,
                gender=mention.gender,
                organisation=mention.organisation,  # "the attorney with the Sierra Club": of it
            )
        )

    def _seen(self, key: int) -> int:
        self._last = key
        if self._actors[key].plural and self._actors[key].unnamed:
            # "police confirmed …", "officials said …": several people, whom no later "he" or "she"
            # means, and no one body a later "it" means
            return key
        if self._actors[key].person or _personal(self._actors[key]):
            if key != self._last_person:
                self._person_before = self._last_person
            self._last_person = key
            part_of = self._actors[key].part_of
            if part_of is not None:
                self._last_organisation = part_of
        else:
            self._last_organisation = key
        return key

    def _named(self, name: str, person: bool) -> int | None:
        """The actor a name names, added if new; None when it could be either of two actors."""
        acronym = DEFINED_ACRONYM.fullmatch(name)
        if acronym is not None:
            # "Human Rights Watch (HRW)": one actor, known by both.
            key = self._named(acronym.group("name"), person)
            if key is not None and name_tokens(acronym.group("acronym")) not in self._by_tokens:
                self._by_tokens[name_tokens(acronym.group("acronym"))] = key
                self._actors[key].add_name(acronym.group("acronym"))
                self._actors[key].organisation = not self._actors[key].person
            return key
        tokens = name_tokens(name)
        if tokens in self._by_tokens:
            key = self._by_tokens[tokens]
        else:
            key = self._match(name, tokens, person)
            if key is None and (person or could_be_person(name)):
                key = self._misspelt_surname(tokens)
            if key is None and _ACRONYM.fullmatch(name):
                key = self._expands(name)  # "IDF" after "Israel Defense Forces"
            elif key is None and not person and len(tokens) >= 2:
                key = self._abbreviated(name)  # "World Health Organization" after "WHO"
            if key == _AMBIGUOUS:
                return None
            if key is None:
                key = len(self._actors)
                self._actors.append(_Actor(key, [], person=person))
            self._by_tokens[tokens] = key
            # a description's head, not what follows its "of": "the family" is no "friend of the family"
            for word in name_tokens(_of_head(name)):
                self._by_word.setdefault(word, set()).add(key)
        actor = self._actors[key]
        if name not in actor.names:
            actor.add_name(name)
        actor.tokens.add(tokens)
        return key

    def _expands(self, acronym: str) -> int | None:
        fits = {
            actor.key
            for actor in self._actors
            if not actor.person and any(_initials(known) == acronym for known in actor.names)
        }
        if len(fits) > 1:
            return _AMBIGUOUS
        return fits.pop() if fits else None

    def _abbreviated(self, name: str) -> int | None:
        initials = _initials(name)
        if len(initials) < 2:
            return None
        fits = {
            actor.key
            for actor in self._actors
            if not actor.person and any(known == initials for known in actor.names if _ACRONYM.fullmatch(known))
        }
        if len(fits) > 1:
            return _AMBIGUOUS
        return fits.pop() if fits else None

    def _match(self, name: str, tokens: tuple[str, ...], person: bool) -> int | None:
        # A shorter or longer form of a name already met: "Al-Nems" ⊂ "Raed Al-Nems",
        # "Palestinian Red Crescent" ⊂ "Palestinian Red Crescent Society". Only through
        # a distinctive word, never "Israeli" or "Al" alone.
        distinctive = [
            w for w in _without_address(tokens) if w not in CONNECTORS and w not in DEMONYMS and w not in GENERIC_WORDS
        ]
        if not distinctive:
            return None
        candidates = set.intersection(*(self._by_word.get(w, set()) for w in distinctive))
        fits = [
            key
            for key in sorted(candidates)
            # a person is never an organisation met before ("Hamas"), but may be a bare surname
            # whose kind was not known ("Barr: ..." in a title, then "William Barr said")
            if not (
                person
                and not self._actors[key].person
                and self._actors[key].names
                and (self._actors[key].organisation or not could_be_person(self._actors[key].name))
                # "MSF director of operations Raquel Ayora": a role read into the name, then the
                # person's own; "Ayora" is her, as a surname ends a person's name
                and not _ends_in_person(self._actors[key].name, tokens)
            )
            and any(_same_name_part(tokens, known) for known in self._actors[key].tokens)
            # "Wahab" is one of "Wahab Riaz and Abdul Razzaq", not the pair speaking together
            and not (self._actors[key].plural and "and" in self._actors[key].name.split() and "and" not in tokens)
            # "Kuwait" is no "Kuwait News Agency": a place never merges with the outlet named after it
            and _is_medium(" ".join(tokens)) == _is_medium(self._actors[key].name)
        ]
        if len(fits) > 1 and not person:
            # "a Leslie Fay spokesman" after "The Leslie Fay Cos." and "Leslie Fay officials": the
            # body, not its people
            bodies = [key for key in fits if not (self._actors[key].plural and self._actors[key].unnamed)]
            if len(bodies) == 1:
                return bodies[0]
        if len(fits) > 1 and any(_contiguous(tokens, known) for key in fits for known in self._actors[key].tokens):
            # "Ayliffe" after "Rosie Ayliffe" and "Mia Ayliffe": a short name fitting two people.
            return _AMBIGUOUS
        if not fits and person and len(tokens) >= 2 and person_like(name):
            return self._surname_met(tokens)
        return fits[-1] if fits else None

    def _misspelt_surname(self, tokens: tuple[str, ...]) -> int | None:
        """The one person met by full name whose surname a lone surname misspells by a letter
        ("Aldelsberger" after "Shawn Adelsberger"; see :mod:`claimgraph.extract.misspellings`);
        the variant stays among the person's names, for review."""
        if len(tokens) != 1 or self._by_word.get(tokens[0]):
            return None
        people = self._actors[-PEOPLE_COMPARED:]
        return misspelt_one(tokens[0], ((a.key, a.tokens) for a in people if a.person and not a.plural))

    def _surname_met(self, tokens: tuple[str, ...]) -> int | None:
        """The actor a person's full name completes: "Olaf Scholz" after a headline's "Scholz says".
        Only a lone surname that may be a person's, with no other full name of its own ("Mia
        Ayliffe" is no "Rosie Ayliffe"); never a body ("Israel" is not "Israel Katz")."""
        fits = [
            key
            for key in sorted(self._by_word.get(tokens[-1], ()))
            if not (actor := self._actors[key]).organisation
            and not actor.plural
            and actor.known is None
            and actor.name[:1].isupper()  # a name, not "the defendant"
            and (actor.person or could_be_person(actor.name))
            and all(known == tokens[len(tokens) - len(known) :] for known in actor.tokens)
        ]
        if len(fits) > 1:
            return _AMBIGUOUS
        return fits[0] if fits else None

    # -- results -----------------------------------------------------------------------------

    def sources(self, used: set[int]) -> tuple[dict[int, str], tuple[Source, ...]]:
        """The sources for the actors in ``used`` (and the organisations they are part of).

        Returns:
            actor key → source id, and the sources in the order the actors were met.
        """
        known = {actor.key: actor.known for actor in self._actors if actor.known is not None}
        for actor in self._actors:
            if actor.name in WELL_KNOWN_ACRONYMS and not actor.person and len(actor.names) == 1:
                actor.add_name(WELL_KNOWN_ACRONYMS[actor.name])  # "HRW", never spelt out in the text
        return draft_sources(self._actors, used, slug, _describe, known=known, reserved=self._known_ids)


_SPECIFIED = re.compile(r"\b(?:of|and|or|for|from|at|with)\b|['’]s?\b|,")
# descriptions that keep a source unnamed: only a person called so before is one ("the source")
_ANONYMOUS = frozenset({"source", "official", "officer", "person"})


def _is_medium(name: str) -> bool:
    return kind_of(name) in ("news-agency", "outlet")


def _of_head(text: str) -> str:
    """A description up to what follows its head ("friend" of "friend of the couple", "union" of
    "union representing 8,700 workers"); a name whole ("National Bank of Romania"), or a title
    before a name ("MSF director of operations Raquel Ayora")."""
    if text[:1].islower() and (modifier := _POST_MODIFIER.search(text)) is not None:
        # "union representing more than 12,000 workers in Saskatchewan", "attorney for the family":
        # a description's head, before what it goes on to say of it
        return text[: modifier.start()]
    complement = _OF_COMPLEMENT.search(text)
    if complement is None:
        return text
    head, whose = text[: complement.start()], text[complement.end() :]
    last = head.rsplit(None, 1)[-1] if head.split() else ""
    # "MSF director of operations Raquel Ayora": a title before a name, whole
    described = whose.rsplit(None, 1)[-1].islower() or _ARTICLE_OPENS.match(whose) is not None
    return head if last.islower() and described else text


#: The parties of a court's proceeding: one person is never two of them at once, so "the defence
#: lawyer" is no varied name for a judge who spoke last, nor "the judge" for a prosecutor.
_PARTIES_OF_A_PROCEEDING = word_set(
    "judge justice magistrate coroner prosecutor counsel lawyer advocate attorney solicitor barrister "
    "defendant accused plaintiff claimant complainant witness juror"
)


def _other_party_of_a_proceeding(description: str, role: str | None) -> bool:
    """Whether a description names a party of a proceeding other than the one a role names ("The
    provincial advocate general" after "Chief Justice Tariq Mahmood")."""
    described = _plain_words(description) & _PARTIES_OF_A_PROCEEDING
    held = _plain_words(role or "") & _PARTIES_OF_A_PROCEEDING
    return bool(described and held and not described & held)


def _plain_words(text: str) -> set[str]:
    """A phrase's words in lower case, possessive endings dropped ("Bank’s" → "bank")."""
    return set(re.findall(r"[a-z]+", re.sub(r"[’']s\b", "", text.lower())))


def _qualifiers_fit(qualifiers: set[str], role: set[str]) -> bool:
    """Whether a description's qualifiers may describe a role: none, or one shared word ("the
    central bank's governor" for the "National Bank of Romania's governor"); "the defence minister"
    is not "Interior Minister Soylu", nor "the Hamas spokesman" an Islamic Jihad one."""
    return not qualifiers or qualifiers <= role or bool(qualifiers & role)


def _describe(actor: _Actor) -> tuple[str, tuple[str, ...]]:
    """An actor's source kind and aliases."""
    name = actor.name
    # people speaking together ("officials", "Ong Ye Kung and Chee Hong Tat") are a group
    kind = ("group" if actor.plural else "person") if actor.person else kind_of(name)
    if actor.unnamed and not actor.person:
        kind = _VAGUE_KINDS.get(name.split()[-1].lower(), "group" if kind == "other" else kind)
    aliases = [n for n in (*actor.names, *actor.also_called) if n != name and name_tokens(n) != name_tokens(name)]
    if not actor.person:
        # "Iraqi government" is also "Government of Iraq": the forms another article or a ledger may use
        aliases += [form for printed in (name, *actor.names) for form in standard_forms(printed)]
    return kind, tuple(dict.fromkeys(aliases))


_AMBIGUOUS = -1
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Acronyms of international bodies that news prints bare ("the HRW said"): the source takes the
#: full name, the acronym stays an alias. Only bodies whose acronym means one thing in news.
WELL_KNOWN_ACRONYMS = {
    "HRW": "Human Rights Watch",
    "MSF": "Médecins Sans Frontières",
    "WHO": "World Health Organization",
    "ICRC": "International Committee of the Red Cross",
    "UNICEF": "United Nations Children's Fund",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNRWA": "United Nations Relief and Works Agency",
    "OCHA": "United Nations Office for the Coordination of Humanitarian Affairs",
    "IAEA": "International Atomic Energy Agency",
    "IMF": "International Monetary Fund",
    "NATO": "North Atlantic Treaty Organization",
    "IDF": "Israel Defense Forces",
}


def _initials(name: str) -> str:
    """ "Israel Defense Forces" → "IDF": the capitals opening its words, connectors left out; a
    possessive before the name is no part of it ("the U.K.’s Financial Services Authority" → "FSA")."""
    own = _OWNER.match(name)
    bare = name[own.end() :] if own is not None else strip_article(name)
    return "".join(w[0] for w in re.split(r"[\s\-]+", bare) if w[:1].isupper())


_OWNER = re.compile(r"(?:(?:the|The)\s+)?[\w.\-]+(?:\s+[\w.\-]+)?[’']s\s+")


# A description that is a name: capitalised words of a people or a place before a kind ("Israeli
# military", "Palestinian Health Ministry"); not "Her office", "Geneva-based agency", "health ministry".
_NAME_OF_A_KIND = re.compile(r"(?:(?!(?:His|Her|Its|Their|Our|This|That)\s)[A-Z][a-z]+\s+){1,2}[A-Za-z][a-z]+")

#: Descriptions any body answers to ("the group", "the organization"): with no body of their kind
#: speaking, the rules read them as the body that spoke last.
# A common noun's "of", after which come whose or what it is: "friend of the family", "head of the
# agency"; not a name's ("National Bank of Romania", "Ministry of Health").
_OF_COMPLEMENT = re.compile(r"(?<=[a-z])\s+of\s+(?=.)")
# What a description goes on with after its head: a preposition, a relative pronoun, a participle.
_POST_MODIFIER = re.compile(r"\s+(?:of|for|in|at|from|with|on|to|who|which|that|[a-z]{3,}ing)\s")
_ARTICLE_OPENS = re.compile(r"(?:the|a|an|his|her|their|its)\s", re.IGNORECASE)
ANY_BODY = frozenset({"group", "organisation", "organization", "body", "institution"})
#: An organisation description → the kinds of source it may refer back to ("the movement" → Hamas).
_DESCRIPTION_KINDS = {
    **dict.fromkeys(("movement", "group", "faction", "party"), ("party", "armed-group")),
    **dict.fromkeys(("ministry", "government", "office", "authority", "department", "cabinet"), ("government",)),
    **dict.fromkeys(("army", "military", "forces"), ("military",)),
    "union": ("union",),
    "watchdog": ("ngo", "un-agency", "government"),
    "monitor": ("ngo", "un-agency"),
    # (a United Nations force or mission is "the agency", "the organisation" or "the body" as well)
    **dict.fromkeys(("agency",), ("news-agency", "un-agency", "government", "intergovernmental")),
    **dict.fromkeys(("organization", "organisation", "body"), ("ngo", "un-agency", "intergovernmental")),
    **dict.fromkeys(("society", "charity"), ("ngo", "un-agency")),
    **dict.fromkeys(("channel", "broadcaster", "network"), ("broadcaster",)),
    **dict.fromkeys(("newspaper", "outlet", "blog", "website", "magazine", "tabloid"), ("outlet",)),
    # a business, named by no kind word ("ShoreTel", "GenRad"): "the company", "the Calif.-based maker"
    # or by a word of another kind ("Canada Post" is no newspaper, whatever its name says)
    **dict.fromkeys(BUSINESS_DESCRIPTIONS, ("other", "outlet")),
}
COMPANY_SUFFIXES = word_set(
    "llp llc inc ltd plc corp co cos gmbh ag sa group bank holdings shipping airlines airways motors industries "
    "technologies pharmaceuticals logistics"
)
# A spokesperson, and the words of the offices whose holders speak for their body ("Director, Army
# Public Relations", "Communications Officer", "Head of Media").
_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_PUBLICITY = frozenset({"relations", "communications", "communication", "information", "media", "press", "publicity"})
#: A possessor before a role: "store’s" in "the store’s owner".
_POSSESSOR = re.compile(r"(?<![\w-])[\w-]+['’]s?(?=\s)")
# Descriptions of what a speaker issued: "the statement said" speaks for whoever issued it.
_ISSUED = word_set("statement release readout communique communiqué")
# The words news uses in turn for one unnamed source.
_SOURCE_WORDS = word_set("source official officer spokesman spokeswoman spokesperson aide")


# Words that qualify a body as a civic one, an NGO's or a charity's: "the rights group", "the aid
# agency", "the medical charity", "the Britain-based monitor".
_CIVIC_WORDS = word_set(
    "rights aid humanitarian relief medical charity advocacy campaign campaigning environmental conservation "
    "watchdog monitor monitoring nonprofit non-profit"
)
_CIVIC_HEADS = word_set("group organisation organization charity watchdog monitor agency body")


def _civic_description(mention: Mention) -> bool:
    """Whether a description names a civic body: a head any body answers to, with a word that says it
    is an NGO's ("the rights group", "the aid agency"), or a watchdog or monitor of that kind."""
    if mention.description not in _CIVIC_HEADS:
        return False
    words = _plain_words(strip_article(mention.text))
    return mention.description in ("watchdog", "monitor", "charity") or bool(words & _CIVIC_WORDS)


def description_fits(description: str, name: str) -> bool:
    """Whether a body of this name may be the one a description means: "the ministry" the "Gaza
    Ministry of Health", "the organization" the "Red Cross" (an NGO by its kind)."""
    return _named_as(description, name) or kind_of(name) in _DESCRIPTION_KINDS.get(description, ())


def _named_as(description: str, name: str) -> bool:
    """Whether a name holds the description's word, or a word that makes it one ("Banka" a bank)."""
    tokens = name_tokens(name)
    return description in tokens or not NAMED_AS.get(description, frozenset()).isdisjoint(tokens)


def _may_be_business(actor: _Actor) -> bool:
    """Whether a body of no known kind may be the one "the company" means: a proper name, ending
    in a capitalised word, an acronym or a number ("Blue Planet Shipping", "RES"), with no word of
    another kind of body ("High Court in Bristol"); never a document read as a body ("… Review
    Group claim") nor a medium a statement was made to ("In a statement to TradeWinds")."""
    last = actor.name.split()[-1] if actor.name.split() else ""
    # (by the singular too: "Hospitals allege …" is hospitals, printed capitalised as a sentence opens)
    words = {w.removesuffix("s") for w in name_tokens(actor.name)} | set(name_tokens(actor.name))
    return not last[:1].islower() and not actor.listened and _OTHER_BODIES.isdisjoint(words)


# Words naming a body of another kind than a business: "the company" is no "High Court in Bristol".
_OTHER_BODIES = word_set(
    "court tribunal council committee commission parliament assembly senate congress ministry government "
    "department police army military university college school hospital club union party campaign embassy "
    "church coalition alliance association society foundation charity"
)


def _many(actor: _Actor) -> bool:
    """Whether an actor is many, by its mention or by the plural common noun its name ends in
    ("Security forces", "Government officials", printed capitalised as a sentence opens)."""
    last = actor.name.rsplit(None, 1)[-1] if actor.name.split() else ""
    return actor.plural or (last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _personal(actor: _Actor) -> bool:
    return not actor.unnamed and not actor.organisation and person_like(actor.name)


def _only_looks_personal(actor: _Actor) -> bool:
    """Whether an actor's name has a person's shape and nothing else says it is one: never read as a
    person (no role, no "he"), and no word of it a listed first name ("Vedanta Resources", not
    "John Smith", who stays a person a later "it" cannot mean)."""
    return (
        not actor.person
        and not actor.plural
        and actor.gender is None
        and _personal(actor)
        and first_name_gender(actor.name) is None
    )


@functools.lru_cache(maxsize=4096)
def _ends_in_person(name: str, tokens: tuple[str, ...]) -> bool:
    """Whether a name ends in a person's first name and the surname ``tokens``."""
    words = name.split()
    return (
        len(tokens) == 1
        and len(words) >= 3
        and name_tokens(words[-1]) == tokens
        and not words[-2].isupper()  # "MSF Ayora": a body's initials, no first name
        and person_like(" ".join(words[-2:]))
    )


def person_like(name: str) -> bool:
    """Whether a name reads as a person's: two to four capitalised words naming no kind of
    organisation and ending in no organisation's head word."""
    words = name.split()
    return (
        words[-1].rstrip(".").lower() not in COMPANY_SUFFIXES
        and words[-1].lower() not in BUILDING_HEADS  # "District Jail": a place, whatever opens it
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and kind_of(name) == "other"
        and not ORGANISATION_HEAD.search(name.lower())  # "Churchill Parish Council"
    )


def name_in_full(text: str, surname: str) -> str | None:
    """The one fuller name a text prints a surname in, a person's ("Allister Coetzee" for "Coetzee",
    "Sean Sylvia" for "Sylvia"): a capitalised word or two before it, no article or pronoun; None
    for none or several."""
    if surname in NO_FIRST_NAMES or (len(surname) > 1 and surname.isupper()):
        return None  # "AIADMK" is a body's initials, never a surname ("Therefore AIADMK members")
    printed = re.finditer(rf"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+{re.escape(surname)}(?![\w’'-])", text)
    full = {m.group(0) for m in printed if m.group(0).split()[0] not in NO_FIRST_NAMES and person_like(m.group(0))}
    return next(iter(full)) if len(full) == 1 else None


#: Capitalised words no first name is: sentence openers, pronouns, forms of address, connectives.
NO_FIRST_NAMES = frozenset(
    {"The", "A", "An", "Both", "He", "She", "They", "It", "His", "Her", "But", "And", "Mr", "Mrs", "Ms", "Dr"}
    | {"Therefore", "However", "Meanwhile", "Moreover", "Thus", "Hence", "Also", "Still", "Yet", "So", "Then"}
    | {"Now", "Earlier", "Later", "Instead", "Indeed", "Besides", "Furthermore", "Nevertheless", "Nonetheless"}
    | {"If", "When", "While", "As", "After", "Before", "Since", "Because", "Although", "Though", "We", "Our"}
    | {"This", "That", "These", "Those", "Their", "Its", "Every", "Each", "All", "Some", "Many", "Most", "Only"}
)


def _same_name_part(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether one name is a part of the other, the words in a row: "Al-Nems" of "Raed Al-Nems";
    a form of address before either aside ("Dr Salih" of "Dr Hafiz Bin Salih")."""
    if _contiguous(one, other) or _contiguous(other, one):
        return True
    bare_one, bare_other = _without_address(one), _without_address(other)
    if (bare_one, bare_other) == (one, other) or not bare_one or not bare_other:
        return False
    if len(bare_one) == 1 and bare_one != one:
        return bare_one[0] == bare_other[-1]  # "Ms James" is a surname: never "James Evans"
    if len(bare_other) == 1 and bare_other != other:
        return bare_other[0] == bare_one[-1]
    return _contiguous(bare_one, bare_other) or _contiguous(bare_other, bare_one)


def _contiguous(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    size = len(short)
    return any(long[i : i + size] == short for i in range(len(long) - size + 1))
