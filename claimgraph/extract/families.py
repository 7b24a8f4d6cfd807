"""A family spoken of by a possessive pronoun ("His family alleges …") is the one the text named before.

Court and crime copy names a person's family once by the person ("Chambers' family is still trying
to cope with his death") and then lets it speak as "His family" or "Her relatives". Such a speaker is
the family of the last person the text printed a family for, in the few paragraphs before; with
none, it stays as printed. Flagged for review.
"""

from __future__ import annotations

import re

from claimgraph.extract.records import Attribution, Mention

__all__ = ["families_named_before"]

#: A family spoken of by a possessive pronoun: "His family", "her relatives".
_PRONOUNS_FAMILY = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<kin>family|relatives|parents|loved\s+ones)")
#: A family printed with whose it is: "Chambers' family", "Lorez Chambers’s relatives".
_NAMED_FAMILY = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}?)(?:['’]s|(?<=s)['’])\s+"
    r"(?:family|relatives|parents|loved\s+ones)(?![\w-])"
)
#: How far back the family printed with its person is looked for: a few paragraphs.
_REACH = 2_000


def families_named_before(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give "His family" the family of the last person the text printed a family for before it."""
    result = list(found)
    for index, item in enumerate(found):
        mention, span = item.speaker, item.speaker_span
        if mention is None or span is None or mention.name is not None:
            continue
        if _PRONOUNS_FAMILY.fullmatch(mention.text.strip()) is None:
            continue
        printed = list(_NAMED_FAMILY.finditer(text, max(0, span.start - _REACH), span.start))
        if not printed:
            continue
        person = printed[-1].group("name")
        name = f"family of {person}"
        why = f"speaker {mention.text!r} read as the {name}, whose family the text names before"
        result[index] = item.read_as(
            Mention(mention.text, name, role=name, person=True, unnamed=True, plural=True), why, 0.6
        )
    return result
