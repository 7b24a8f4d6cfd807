"""Names a text defines for itself: "Balfour Beatty Engineering Services (BBES)", "Henry Nana
Boakye, known as Nana B".

News spells a body out once, often in narration, with its initials in brackets, and
from then on lets it speak by the initials alone ("However, BBES said …", "a
spokesman for BBES said"); it gives a person's nickname once ("known as Nana B") and
quotes the nickname. A speaker printed as such a short form is the name the text
defined it for: the initials are kept beside the full name ("Balfour Beatty
Engineering Services (BBES)", which the speakers' reading records as one body known
by both), a nickname gives way to the person's name, flagged for review. Initials the
text never spells out in brackets are the one name printed before them whose
capitalised words they open ("NFF" after "the Nigeria Football Federation"), flagged
too; with two such names, or none, they stay as printed.
"""

from __future__ import annotations

import functools
import re

from attrs import evolve

from claimgraph.extract.mentions import is_role, parse_mention
from claimgraph.extract.name_words import CAPITALISED_NAME
from claimgraph.extract.records import Attribution, Mention

__all__ = ["defined_names_in_full"]

_WORD = r"[A-Z][\w’'&.-]*"
# Read backwards from the short form, so the long scan is only where a text defines one: the short
# form in brackets ("(BBES)") or after "known as"; then the name before it, within a line.
_BRACKETED = re.compile(r"[ \t]\((?P<short>[A-Z][A-Za-z]{1,7})\)")
_KNOWN_AS = re.compile(
    r",[ \t]+(?:(?:also|popularly|widely|better)[ \t]+)?(?:known|called|nicknamed)[ \t]+as[ \t]+"
    rf"(?P<short>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?=[,.;:])"
)
# "Balfour Beatty Engineering Services", "Convention of Scottish Local Authorities": the name right
# before the brackets; "Henry Nana Boakye": the name right before ", known as".
_NAME_BEFORE_INITIALS = re.compile(
    rf"(?<![\w’'-])(?P<name>{_WORD}(?:[ \t]+(?:(?:of|for|and|the|de|on|in)[ \t]+)*{_WORD}){{1,8}})$"
)
_NAME_BEFORE_NICKNAME = re.compile(rf"(?<![\w’'-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})$")
_REACH = 160  # characters before a short form where its name may start


def defined_names_in_full(text: str, found: list[Attribution]) -> list[Attribution]:
    """Each speaker printed as initials or a nickname the text defined is given the full name;
    initials the text never defined are the one name printed before them whose words they open
    ("NFF" after "the Nigeria Football Federation"), flagged for review."""
    if not any(_initials_only(a) or _of_initials(a) for a in found) and not _definitions(text):
        return found
    defined = _definitions(text)
    result = list(found)
    for i, item in enumerate(found):
        mention = item.speaker
        if mention is None or mention.name is None or item.speaker_span is None:
            continue
        held = _office_held(text, mention.name, item.speaker_span.start)
        if held is not None:
            # "Chief Justice (CJ) Justice Aamer Farooq … / the CJ said", "CJ Farooq said": the
            # initials of an office the text defined right before naming its holder
            holder, office = held
            why = f"speaker {mention.text!r} read as {holder}, whom the text names as its {office}"
            result[i] = item.read_as(Mention(mention.text, holder, role=office, person=True), why)
            continue
        short = _short_form_in(mention.name, defined, item.speaker_span.start)
        organisation = mention.organisation
        if (
            short is None
            and _of_initials(item)
            and organisation is not None
            and organisation not in defined
            and (spelled := _spelled_out(text, organisation, item.speaker_span.start)) is not None
        ):
            # "A spokeswoman for NHSGGC" after "NHS Greater Glasgow and Clyde": the body in full
            result[i] = evolve(item, speaker=evolve(mention, organisation=f"{spelled} ({organisation})"))
            continue
        if short is None and _initials_only(item):
            spelled = _spelled_out(text, mention.name, item.speaker_span.start)
            if spelled is not None:
                why = f"speaker {mention.text!r} read as {spelled}, the name before it these initials open"
                result[i] = item.read_as(evolve(mention, name=f"{spelled} ({mention.name})"), why)
            continue
        if short is None:
            continue
        full, initials = defined[short][1], defined[short][2]
        if initials:
            # the body by both names, or a role of it ("spokesman for BBES")
            name = f"{full} ({short})" if mention.name == short else _replace_word(mention.name, short, full)
            organisation = f"{full} ({short})" if mention.organisation == short else mention.organisation
            result[i] = evolve(item, speaker=evolve(mention, name=name, organisation=organisation))
        elif mention.name == short:
            # "NPP National Organiser Henry Nana Boakye, known as Nana B": the person, not the title
            person = parse_mention(full)
            full = person.name if person is not None and person.name is not None else full
            why = f"speaker {mention.text!r} read as {full}, whom the text calls so"
            result[i] = item.read_as(evolve(mention, name=full, person=True), why)
    return result


def _office_held(text: str, name: str, at: int) -> tuple[str, str] | None:
    """(holder, office) when a speaker is printed as the initials of an office the text defined
    before ``at`` right before naming its holder ("Chief Justice (CJ) Justice Aamer Farooq"): the
    initials alone ("the CJ") or before the holder's surname ("CJ Farooq")."""
    short, _, surname = name.partition(" ")
    holder = _office_holders(text).get(short)
    if holder is None or holder[0] >= at:
        return None
    _where, person, office = holder
    if surname and not person.endswith(f" {surname}"):
        return None  # "CJ Khan": another holder of the office than the one the text named
    return person, office


@functools.lru_cache(maxsize=8)
def _office_holders(text: str) -> dict[str, tuple[int, str, str]]:
    """Initials of an office → (where defined, its holder's name, the office), for an office the
    text spells out in brackets and names its holder right after: "Chief Justice (CJ) Justice
    Aamer Farooq"; initials defined for two holders are no one's."""
    holders: dict[str, tuple[int, str, str]] = {}
    clashing: set[str] = set()
    for short, (where, full, initials) in _definitions(text).items():
        if not initials or not is_role(full):
            continue
        defined_at = text.find(f"({short})", where)
        after = _NAME_AFTER_DEFINITION.match(text, defined_at + len(short) + 2)
        person = parse_mention(after.group("name")) if after is not None else None
        if person is None or person.name is None or not person.person or person.unnamed:
            continue
        if short in holders and holders[short][1] != person.name:
            clashing.add(short)
        holders.setdefault(short, (where, person.name, full))
    for short in clashing:
        del holders[short]
    return holders


# The holder's name printed right after an office's initials: " Justice Aamer Farooq said".
_NAME_AFTER_DEFINITION = re.compile(rf"[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,4}})")


def _of_initials(item: Attribution) -> bool:
    """Whether a speaker is a person of a body printed as initials ("A spokeswoman for NHSGGC")."""
    mention = item.speaker
    return (
        mention is not None
        and mention.person
        and mention.organisation is not None
        and _INITIALS.fullmatch(mention.organisation) is not None
    )


def _initials_only(item: Attribution) -> bool:
    """Whether a speaker is printed as initials alone ("NFF", "the BNR")."""
    mention = item.speaker
    return (
        mention is not None
        and mention.name is not None
        and not mention.person
        and _INITIALS.fullmatch(mention.name) is not None
    )


_INITIALS = re.compile(r"[A-Z]{2,6}")
# A name in capitals: "Nigeria Football Federation", "National Bank of Romania".
_JOINING = frozenset({"of", "for", "and", "&", "the", "de", "du", "on"})


def _spelled_out(text: str, initials: str, end: int) -> str | None:
    """The one name printed before ``end`` whose capitalised words' first letters are exactly the
    initials; names that differ only in a word's ending ("Nigeria", "Nigerian") are one."""
    before = [words for at, words in _names_by_initials(text).get(initials, ()) if at < end]
    return " ".join(before[0]).rstrip(".") if len(before) == 1 else None  # "… Intermediaries." ends a sentence


@functools.lru_cache(maxsize=8)
def _names_by_initials(text: str) -> dict[str, list[tuple[int, list[str]]]]:
    """The distinct capitalised names a text prints, by their initials, each where it is first
    printed: read once, so a text with many speakers printed by initials is not read again for
    each, nor a name printed a thousand times looked at a thousand times."""
    names: dict[str, list[tuple[int, list[str]]]] = {}
    for match in CAPITALISED_NAME.finditer(text):
        printed = match.group(0).split()
        while printed and printed[0] in ("The", "A", "An"):
            printed = printed[1:]
        # the run and its tails from a capitalised word: "Thousands of United Auto Workers" holds
        # "United Auto Workers" (UAW)
        for first in range(min(len(printed), _TAILS_READ)):  # (a run of any length costs the same)
            words = printed[first:]
            if not words[0][:1].isupper() or (first and len(words) < 2):
                continue
            for letters in _spellings(words):
                if not 2 <= len(letters) <= 7:
                    continue
                known = names.setdefault(letters, [])
                if not any(_same_words(words, other) for _at, other in known):
                    known.append((match.start(), words))
    return names


#: How many of a capitalised run's tails are read for a name the initials spell: a name is short.
_TAILS_READ = 6


def _spellings(words: list[str]) -> list[str]:
    """The initials a name may go by: of its capitalised words ("NFF"); with a word in capitals given
    whole ("NHSGGC"); with its joining words too ("DOH" for "Department of Health")."""
    kept = [w for w in words if w.lower() not in _JOINING]
    spellings = ["".join(w[0] for w in kept)]
    if len(kept) >= 2 and any(len(w) > 1 and w.isupper() for w in kept):
        # "NHS Greater Glasgow and Clyde" is "NGGC", and "NHSGGC": a word in capitals gives its letters
        spellings.append("".join(w if w.isupper() else w[0] for w in kept))
    if len(kept) < len(words) and words[-1].lower() not in _JOINING:
        spellings.append("".join(w[0].upper() for w in words))
    return spellings


def _same_words(one: list[str], other: list[str]) -> bool:
    return len(one) == len(other) and all(a.startswith(b) or b.startswith(a) for a, b in zip(one, other, strict=True))


@functools.lru_cache(maxsize=8)
def _definitions(text: str) -> dict[str, tuple[int, str, bool]]:
    """Short form → (where it is defined, the full name, whether it is initials). A short form
    defined twice, for two names, is no one's."""
    defined: dict[str, tuple[int, str, bool]] = {}
    clashing: set[str] = set()
    for pattern, before, initials in (
        (_BRACKETED, _NAME_BEFORE_INITIALS, True),
        (_KNOWN_AS, _NAME_BEFORE_NICKNAME, False),
    ):
        for match in pattern.finditer(text):
            named = before.search(text, max(0, match.start() - _REACH), match.start())
            if named is None:
                continue
            short, full = match.group("short"), named.group("name").removeprefix("The ")
            if initials and not _initials_of(short, full):
                continue  # "(AP)" after a sentence's last words: a credit, not these initials
            if short in defined and defined[short][1] != full:
                clashing.add(short)
            defined.setdefault(short, (named.start(), full, initials))
    for short in clashing:
        del defined[short]
    return defined


def _initials_of(short: str, full: str) -> bool:
    """Whether a short form may stand for a name: its capitals, in order, among the initials and
    capitals of the name's words ("BBES" for "Balfour Beatty Engineering Services", "Cosla" for
    "Convention of Scottish Local Authorities", "INDECOM" for "Independent Commission of …"), one
    leading capital of four or more aside."""
    letters = [c for c in short.upper() if c.isalpha()]
    words = [w for w in re.findall(r"[\w’'&-]+", full) if w[:1].isupper()]
    if len(letters) >= 4 and words and letters[0] != words[0][0].upper() and letters[1] == words[0][0].upper():
        # "its Competition and Consumer Protection Commission (FCCPC)": the body's own initials
        # open with a word the text left out ("Federal")
        letters = letters[1:]
    if not letters or not words or letters[0] != words[0][0].upper():
        return False
    pool = "".join(words).upper()
    position = 0
    for letter in letters:  # a subsequence of the name's letters, starting at its first
        position = pool.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _short_form_in(name: str, defined: dict[str, tuple[int, str, bool]], at: int) -> str | None:
    """The defined short form a speaker's name is, or ends in ("spokesman for BBES"), if defined
    before the speaker is printed."""
    for short, (where, _full, initials) in defined.items():
        if where >= at:
            continue
        if name == short or (initials and name.endswith(short) and _ROLE_OF.search(name, 0, len(name) - len(short))):
            return short
    return None


def _replace_word(name: str, short: str, full: str) -> str:
    """ "spokesman for BBES" → "spokesman for Balfour Beatty Engineering Services (BBES)"."""
    return f"{name.removesuffix(short)}{full} ({short})"


# "spokesman for ", "a member of ": a role's last words before the body it is part of.
_ROLE_OF = re.compile(r"\b(?:for|of|at|from)\s+$")
