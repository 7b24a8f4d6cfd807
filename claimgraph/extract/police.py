"""Police speaking unnamed ("police said", "police officials say") are the one police force the text names.

A story about one force names it once ("arrested by Phoenix Police", "a statement from the
Metropolitan Police Service") and then lets "police", "the police", "police officials" or "a
police spokesman" speak. Bare police are that force, by name; people of the police belong to it
(their origin, for the independence of sources). A text naming two forces, or none, is left as it
is. Flagged for review.
"""

from __future__ import annotations

import re

from attrs import evolve

from claimgraph.extract.records import Attribution, Mention

__all__ = ["police_read_as_their_force"]

#: A police force by name: capitalised words, then "Police" and what the force calls itself
#: ("Phoenix Police Department", "Police Service of Northern Ireland", "Kent Police").
_FORCE = re.compile(
    r"(?<![\w-])(?P<force>(?:(?:[A-Z][\w’'\-]*|of)\s+){0,3}?[A-Z][\w’'\-]*\s+Police"
    r"(?:\s+(?:Department|Dept\.?|Service|Force|Command|Bureau))?"
    r"|Police\s+(?:Scotland|Service\s+of\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?))(?![\w-])"
    # a place of the police is no force: "the Port Antonio Police station"
    r"(?!\s+(?:[Ss]tation|[Pp]ost|[Hh]eadquarters|[Ll]ock-?ups?|[Cc]ells?|[Bb]arracks|[Aa]cademy|[Cc]ollege)\b)"
)
#: Words before "Police" that make no force of it: a sentence's opener, an article, a rank.
_NOT_FORCE_WORDS = frozenset({"The", "A", "An", "But", "And", "When", "After", "As", "Local", "State", "Military"})
#: Police speaking unnamed: "police", "the police", "police officials", "a police spokesman".
_POLICE = re.compile(
    # ("cops", as tabloids and headlines call the force)
    r"(?:(?:the|a|an)\s+)?(?:police|cops)(?:\s+(?P<people>officials|officers|sources|spokesman|spokeswoman|spokesperson|"
    r"investigators|detectives|authorities))?",
    re.IGNORECASE,
)


def police_read_as_their_force(text: str, found: list[Attribution]) -> list[Attribution]:
    """Name bare police by the one force the text names, and make police people part of it."""
    unnamed = {
        i: police
        for i, a in enumerate(found)
        if a.speaker is not None and (police := _POLICE.fullmatch(a.speaker.text.strip())) is not None
    }
    if not unnamed:
        return found
    force = _the_one_force(text)
    if force is None:
        return found
    result = list(found)
    for index, police in unnamed.items():
        item = found[index]
        mention = item.speaker
        assert mention is not None
        people = police.group("people")
        if people is None:
            speaker = Mention(mention.text, force, refers="organisation")
            why = f"speaker {mention.text!r} read as {force}, the one police force the text names"
        else:
            name = mention.name or mention.text
            speaker = evolve(mention, name=name, organisation=force, person=True, unnamed=True)
            why = f"speaker {mention.text!r} read as part of {force}, the one police force the text names"
        result[index] = item.read_as(speaker, why, 0.7)
    return result


def _the_one_force(text: str) -> str | None:
    """The name of the one police force the text names (its longest printing); None for none or several."""
    forces: dict[str, str] = {}  # the force's first word → its longest printing
    for match in _FORCE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if _title_case(text[line_start : line_end if line_end >= 0 else len(text)]):
            continue  # a headline in title case ("Bratton Blasts New York Post Story"): every word capitalised
        words = match.group("force").split()
        while words and words[0] in _NOT_FORCE_WORDS:
            words = words[1:]
        if len(words) < 2:
            continue
        key = words[0] if words[0] != "Police" else " ".join(words[:2])
        printed = " ".join(words)
        if len(printed) > len(forces.get(key, "")):
            forces[key] = printed
    return next(iter(forces.values())) if len(forces) == 1 else None


def _title_case(line: str) -> bool:
    """Whether a line is a headline with every word capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
