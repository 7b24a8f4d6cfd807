"""Synthetic ledgers for benchmarks: realistic shape, any size, same seed → same ledger.

Shape, chosen to look like a newsroom's ledger rather than random noise:

* sources: organisations (origins), people and departments ``part_of`` them
  (chains of one to three levels), and outlets/agencies that relay;
  who speaks follows a power law (a few sources say most things);
* claims: about 30 % relayed through one to three outlets; dated over a
  two-month window; about 70 % carry a structured proposition (a subject from a
  pool that grows with the ledger, so key blocks stay small on average; a
  categorical ``status`` or a numeric ``departures``/``returnees`` in people;
  ``when`` a day or a short interval);
* relations: about ``dispute_share`` of the claims sit in small disputes (two to
  six claims split into two sides, with a few unbalanced ones), plus scattered
  ``supports`` between claims outside disputes.

With ``figures=True`` the numbers and categories take the forms fact-checkers
meet (issue 16): about half the numbers are exact, the rest ranges (``30-50``),
bounds (``at least 40``, ``> 20``, ``<= 50``) and approximations (``~40``,
``about 40 ±5%``), in several spellings of the count unit (people, persons,
dead, killed); a ``cargo`` property in kg or tonnes; statuses from a small
category tree declared in the ledger's vocabulary. Values are written as text,
as a dossier writes them, so the same ledger also loads in a claimgraph without
figures (which compares them as text): the "before" of the benchmark.

Use :func:`synthetic_ledger` from benchmarks (``from synthetic import synthetic_ledger``
with ``benchmarks/`` on the path, or ``from benchmarks.synthetic import ...``
from the repository root).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import attrs

from claimgraph.model import Claim, Document, Ledger, Relation, Source

try:  # a claimgraph without figures has no vocabulary: the same ledger, without one
    from claimgraph.model.vocabulary import read_vocabulary
except ImportError:  # pragma: no cover - only on an older checkout
    read_vocabulary = None

__all__ = ["synthetic_ledger"]

_START = dt.date(2026, 1, 1)
_DAYS = 60
_STATUS = ("open", "closed", "restricted", "partially-open")
_TREE = ("open > partially-open", "closed > restricted")
_COUNT_UNITS = ("people", "people", "persons", "dead", "killed")


def _power_law_weights(count: int, exponent: float = 1.1) -> list[float]:
    return list(itertools.accumulate(1 / (rank**exponent) for rank in range(1, count + 1)))


def _sources(rng: random.Random, claims: int) -> tuple[list[Source], list[str], list[str]]:
    organisations = max(5, claims // 200)
    sources: list[Source] = []
    speakers: list[str] = []
    for o in range(organisations):
        top = f"org-{o}"
        sources.append(Source(id=top, name=f"Organisation {o}", kind="ngo" if o % 3 else "government"))
        speakers.append(top)
        # Departments and people: part_of chains one to three levels deep.
        parent = top
        for level in range(rng.randint(0, 2)):
            dept = f"org-{o}-dept-{level}"
            sources.append(Source(id=dept, name=f"Department {level} of {o}", kind="other", part_of=parent))
            speakers.append(dept)
            parent = dept
        for p in range(rng.randint(1, 3)):
            person = f"org-{o}-person-{p}"
            sources.append(
                Source(id=person, name=f"Spokesperson {p} of {o}", kind="person", part_of=parent, role="spokesperson")
            )
            speakers.append(person)
    outlets = [f"outlet-{i}" for i in range(max(3, claims // 1000))]
    sources.extend(Source(id=o, name=f"Outlet {o}", kind="news-agency") for o in outlets)
    speakers.extend(outlets)  # outlets also speak in their own name
    rng.shuffle(speakers)  # who is popular is random; how popular follows the power law
    return sources, speakers, outlets


def _figure(rng: random.Random, number: int) -> object:
    """A number in one of the forms a dossier writes, as text (or the plain number)."""
    form = rng.random()
    if form < 0.5:
        return number
    if form < 0.65:
        return f"{max(0, number - rng.choice((5, 10, 20)))}-{number + rng.choice((0, 10, 30))}"
    if form < 0.75:
        return f"at least {number}"
    if form < 0.8:
        return f"> {number}"
    if form < 0.87:
        return f"<= {number}"
    if form < 0.95:
        return f"~{number}"
    return f"about {number} ±5%"


def _proposition(rng: random.Random, subjects: int, day: dt.date, figures: bool = False) -> dict:
    subject = f"subject-{rng.randrange(subjects)}"
    span = rng.choice((0, 0, 0, 1, 2, 4))
    end = min(day + dt.timedelta(days=span), _START + dt.timedelta(days=_DAYS - 1))
    when = day.isoformat() if end == day else f"{day.isoformat()}/{end.isoformat()}"
    if rng.random() < 0.5:
        return {"subject": subject, "property": "status", "value": rng.choice(_STATUS), "when": when}
    if figures:
        if rng.random() < 0.1:
            kg = rng.choice((500, 1000, 2000))
            tonnes = kg >= 1000 and rng.random() < 0.3
            value = _figure(rng, kg // 1000 if tonnes else kg)
            return {"subject": subject, "property": "cargo", "value": value, "unit": "tonnes" if tonnes else "kg"}
        prop = rng.choice(("departures", "returnees"))
        value = _figure(rng, rng.choice((12, 20, 40, 40, 50)))
        return {"subject": subject, "property": prop, "value": value, "unit": rng.choice(_COUNT_UNITS), "when": when}
    prop = rng.choice(("departures", "returnees"))
    return {
        "subject": subject,
        "property": prop,
        "value": rng.choice((12, 20, 40, 40, 50)),
        "unit": "people",
        "when": when,
    }


def _disputes(rng: random.Random, ids: list[str], share: float) -> list[Relation]:
    relations: list[Relation] = []
    pool = rng.sample(ids, int(len(ids) * share))
    position = 0
    while position + 2 <= len(pool):
        size = min(rng.randint(2, 6), len(pool) - position)
        members = pool[position : position + size]
        position += size
        sides = [0, 1] + [rng.randint(0, 1) for _ in members[2:]]
        for index in range(1, size):
            other = rng.randrange(index)
            kind = "contradicts" if sides[index] != sides[other] else "supports"
            relations.append(Relation(kind=kind, source=members[index], target=members[other], note="synthetic"))
        if size >= 3 and rng.random() < 0.1:
            # An unbalanced dispute now and then: a contradiction inside one side.
            same = [m for m, s in zip(members, sides, strict=True) if s == sides[0]][:2]
            if len(same) == 2 and not any({r.source, r.target} == set(same) for r in relations[-size:]):
                relations.append(
                    Relation(kind="contradicts", source=same[0], target=same[1], note="synthetic odd cycle")
                )
    return relations


def synthetic_ledger(claims: int, *, seed: int = 0, dispute_share: float = 0.07, figures: bool = False) -> Ledger:
    """A ledger of ``claims`` synthetic claims with realistic sources, relays and relations.

    Args:
        claims: how many claims.
        seed: the random seed; the same arguments always give the same ledger.
        dispute_share: the fraction of claims placed in disputes (5-10 % is typical).
        figures: numbers in mixed forms and units, statuses in a category tree (see above).

    Returns:
        A consistent :class:`claimgraph.model.Ledger` (``check_ledger`` finds nothing).
    """
    rng = random.Random(seed)
    sources, speakers, outlets = _sources(rng, claims)
    weights = _power_law_weights(len(speakers))
    documents = [
        Document(
            id=f"doc-{d}",
            title=f"Document {d}",
            publisher=rng.choice(outlets),
            published=_START + dt.timedelta(days=rng.randrange(_DAYS)),
        )
        for d in range(max(1, claims // 10))
    ]
    subjects = max(1, claims // 40)
    built = []
    for index in range(claims):
        speaker = rng.choices(speakers, cum_weights=weights)[0]
        via = [o for o in rng.sample(outlets, rng.randint(1, 3)) if o != speaker] if rng.random() < 0.3 else []
        day = _START + dt.timedelta(days=rng.randrange(_DAYS))
        built.append(
            Claim(
                id=f"c{index}",
                statement=f"Synthetic statement number {index}.",
                said_by=speaker,
                via=via,
                document=rng.choice(documents).id,
                said_on=day,
                cue="said",
                topics=[f"topic-{rng.randrange(max(1, claims // 100))}"],
                proposition=_proposition(rng, subjects, day, figures) if rng.random() < 0.7 else None,
            )
        )
    ids = [c.id for c in built]
    relations = _disputes(rng, ids, dispute_share)
    in_relation = {r.source for r in relations} | {r.target for r in relations}
    outside = [i for i in ids if i not in in_relation]
    for _ in range(claims // 50):
        first, second = rng.sample(outside, 2)
        relations.append(Relation(kind="supports", source=first, target=second, note="synthetic"))
    unique = {r.pair: r for r in reversed(relations)}  # one relation per pair, the first recorded
    relations = [r for r in relations if unique[r.pair] is r]
    ledger = Ledger(sources=sources, documents=documents, claims=built, relations=relations)
    if figures and read_vocabulary is not None:
        return attrs.evolve(ledger, vocabulary=read_vocabulary({"categories": list(_TREE)}))
    return ledger
