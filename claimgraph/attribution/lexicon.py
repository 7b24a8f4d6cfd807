"""The cue lexicon: attribution verbs and noun cues, and what each tells a reader.

A reporter's choice of cue is itself a judgement. ``said`` reports; ``confirmed``
and ``stressed`` lend weight; ``claimed``, ``alleged`` and ``insisted`` cast
doubt; ``condemned`` and ``warned`` name the kind of statement made. A document
that gives one side of a dispute the doubting verbs and the other side the
neutral or affirming ones takes a side while seeming only to report.

This one table is what the audit (which weighs the classes) and the extractor
(which looks for the printed forms) both read. Every verb is listed once, by
its dictionary form, with every inflection generated ("say", "says", "said",
"saying"; "deny", "denies", "denied", "denying"); irregular forms are spelled
out. Noun cues ("in a statement", "told a press briefing", "according to")
are listed as printed.
"""

from __future__ import annotations

from attrs import frozen

from claimgraph.attribution.arabic import arabic_cue_class

__all__ = ["CUE_CLASSES", "CUE_ENTRIES", "CUE_VERBS", "NOUN_CUES", "CueEntry", "cue_class", "cue_entry", "cue_forms"]

#: The classes of cue, with what each means. ("loaded" is the doubting class,
#: "affirming" the asserting one.)
CUE_CLASSES = {
    "neutral": "reports that something was said, and nothing more",
    "affirming": "lends the statement weight or presents it as established",
    "loaded": "casts doubt on the statement or on the speaker's good faith",
    "characterising": "names the kind of statement (a condemnation, a warning, an appeal)",
}


@frozen
class CueEntry:
    """One cue of the lexicon.

    Attributes:
        lemma: the dictionary form ("say", "point out", "according to").
        cls: one of :data:`CUE_CLASSES`' keys.
        forms: every printed form ("say", "says", "said", "saying").
        speech: whether the cue introduces reported speech, so the extractor
            drafts what follows it ("show" and "document" are weighed by the
            audit but report findings, not speech).
        object: the statement is the verb's object ("condemned the raid",
            "denied responsibility"), so a quote keeps the verb.
        needs: words one of which must follow the verb for it to be a cue
            ("called for", "called on"); empty when any may.
        nouny: printed forms more often nouns than verbs ("reports", "claims"),
            which the extractor reads as verbs only after a clear subject.
    """

    lemma: str
    cls: str
    forms: tuple[str, ...]
    speech: bool = True
    object: bool = False
    needs: tuple[str, ...] = ()
    nouny: frozenset[str] = frozenset()


def _inflect(lemma: str, irregular: str = "") -> tuple[str, ...]:
    """The base, third-person, past and -ing forms of a verb (phrasal verbs inflect their first word)."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if irregular:
        forms = irregular.split()
    else:
        if head.endswith(("s", "sh", "ch", "x", "z")):
            third = head + "es"
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            third = head[:-1] + "ies"
        else:
            third = head + "s"
        if head.endswith("e"):
            past, ing = head + "d", head[:-1] + "ing"
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            past, ing = head[:-1] + "ied", head + "ing"
        elif head in _DOUBLING:
            past, ing = head + head[-1] + "ed", head + head[-1] + "ing"
        else:
            past, ing = head + "ed", head + "ing"
        forms = [head, third, past, ing]
    return tuple(dict.fromkeys(f + tail for f in forms))


# Verbs whose last consonant doubles before -ed and -ing.
_DOUBLING = frozenset(
    {"admit", "commit", "omit", "regret", "concur", "refer", "aver", "quip", "plan", "rebut", "submit"}
)

_NOUNY_PRESENT = frozenset(
    {
        "states",
        "reports",
        "notes",
        "claims",
        "demands",
        "calls",
        "appeals",
        "threatens",
        "maintains",
        "vows",
        "charges",
        "estimates",
        "comments",
        "tweets",
        "posts",
        "pledges",
        "promises",
        "replies",
        "responses",
        "questions",
        "answers",
        "remarks",
        "warnings",
        "disputes",
        "findings",
        "documents",
        "shows",
        "briefs",
        "concerns",
        "cautions",
        "forecasts",
        "terms",
        "projects",
        "insists",
        "accounts",
    }
)


def _verbs(cls: str, table: str, **options: object) -> list[CueEntry]:
    """Entries from lines of ``lemma`` or ``lemma = base third past -ing`` (irregular forms)."""
    entries = []
    for line in table.strip().splitlines():
        lemma, _, irregular = (part.strip() for part in line.partition("="))
        forms = _inflect(lemma, irregular)
        nouny = frozenset(f for f in forms if f in _NOUNY_PRESENT)
        entries.append(CueEntry(lemma, cls, forms, nouny=nouny, **options))  # type: ignore[arg-type]
    return entries


#: Every verb cue, by class.
_VERB_ENTRIES: list[CueEntry] = [
    # neutral: the reporter vouches only that it was said
    *_verbs(
        "neutral",
        """
        say = say says said saying
        state
        tell = tell tells told telling
        report
        add
        announce
        inform
        notify
        explain
        write = write writes wrote writing written
        reply
        respond
        describe
        declare
        ask
        tweet
        post
        argue
        estimate
        assess
        comment
        remark
        observe
        recall
        predict
        suggest
        mention
        reiterate
        restate
        repeat
        conclude
        testify
        disclose
        clarify
        indicate
        concur
        agree
        answer
        recount
        relate
        forecast = forecast forecasts forecast forecasting
        project
        propose
        question
        wonder
        complain
        caution
        brief
        exclaim
        joke
        quip
        shout
        whisper
        retort
        rebut
        hint
        speculate
        """,
    ),
    *_verbs("neutral", "deny", object=True),
    # "countered that …", "“…,” he countered."; "the district countered a proposal with an offer"
    # is a move in a negotiation, no speech
    *_verbs("neutral", "counter", needs=(":", ".", ",", "that", " “", ' "')),
    # court reporting: a plea is the accused's own answer to the charges that follow it
    *_verbs(
        "neutral",
        "plead not guilty to = plead pleads pleaded pleading\nplead guilty to = plead pleads pleaded pleading",
        object=True,
    ),
    # "he continued: “…”", "“…,” she continued.", "continued that …"; "the sheriff continued the
    # case to November 25" is no speech
    *_verbs("neutral", "continue", needs=(":", ".", ",", "that", " “", ' "')),
    # "He went on: “…”": only before a colon is "went on" a cue ("the talks went on for days")
    *_verbs("neutral", "go on = go goes went going", needs=(":",)),
    # "Hamas’s statement read: “…”", "the letter reads:": a document's words, only before a colon
    *_verbs("neutral", "read = read reads read reading", needs=(":",)),
    # affirming: the verb presents the statement as established or weighty
    *_verbs(
        "affirming",
        """
        confirm
        stress
        note
        point out
        emphasise
        emphasize
        reveal
        underline
        underscore
        highlight
        affirm
        reaffirm
        make clear = make makes made making
        make it clear = make makes made making
        """,
    ),
    # "assured communities to feel safe", "assured the people that …": a promise made to someone,
    # its listener read with it as a characterising verb's object is
    *_verbs("affirming", "assure\nreassure", object=True),
    # "seeks to establish Sharia law", "to verify the ballots": only with "that" do these report speech
    *_verbs("affirming", "verify\nestablish", needs=("that",)),
    # "counsel submitted that ...": court reporting's "said"; "submitted the forms" is no speech;
    # "the court ruled that ...", "the majority disagreed that ..."
    # "Prosecutor Jammeh held that the defence counsel did not rely on any law", "He posited that …"
    *_verbs(
        "neutral",
        "submit\nrule\ndisagree\nremind\nhold = hold holds held holding\nposit\naver\nopine",
        needs=("that",),
    ),
    # "analyst Benoit Poirier advises “do not let short-term weakness scare you away”": advice quoted
    *_verbs("neutral", "recommend\nadvise", needs=("that", ":", " “", ' "')),
    # "expressed concern that recalling teachers might become a trend": a worry put into words;
    # "expressed concern over the delay" reports a feeling, no statement
    *_verbs("characterising", "express concern\nvoice concern\nraise concern\nexpress hope", needs=("that",)),
    *_verbs("affirming", "show = show shows showed showing shown\ndocument", speech=False),
    # loaded: the verb doubts the statement or the speaker
    *_verbs(
        "loaded",
        """
        claim
        allege
        insist
        admit
        confess
        concede
        acknowledge
        maintain
        purport
        contend
        assert
        boast
        """,
    ),
    # "Under cross-examination, he accepted that he had lied", "recognised that mistakes were made":
    # an admission, with "that" only ("accepted the offer" is an act, no speech)
    *_verbs("loaded", "accept\nrecognise\nrecognize", needs=("that",)),
    # characterising: the verb says what kind of speech act it was
    *_verbs(
        "characterising",
        """
        condemn
        warn
        urge
        vow
        accuse
        demand
        threaten
        blame
        charge
        criticise
        criticize
        dispute
        reject
        dismiss
        rubbish = rubbish rubbishes rubbished rubbishing
        denounce
        pledge
        promise
        praise
        slam
        lament
        cite
        refute
        debunk
        lambast
        blast
        contradict
        regret
        encourage
        hail
        term
        liken
        label = label labels labelled labelling labeled labeling
        brand
        """,
        object=True,
    ),
    CueEntry(
        "call",
        "characterising",
        ("call", "calls", "called", "calling", "renewed calls", "renews calls", "renewing calls"),
        object=True,
        needs=("for", "on", "upon"),
        nouny=frozenset({"calls"}),
    ),
    CueEntry(
        "appeal",
        "characterising",
        ("appeal", "appeals", "appealed", "appealing"),
        object=True,
        needs=("for", "to", "on"),
        nouny=frozenset({"appeals"}),
    ),
]

#: Noun cues as printed: the statement is attributed by a noun phrase, not a verb.
NOUN_CUES: tuple[CueEntry, ...] = (
    CueEntry("according to", "neutral", ("according to",)),
    CueEntry(
        "in a statement",
        "neutral",
        (
            "in a statement",
            "in a written statement",
            "in a joint statement",
            "in a press release",
            "in a news release",
            "in an interview",
            "in a tweet",
            "in a post",
            "in a letter",
            "in a speech",
            "in remarks",
        ),
    ),
    CueEntry(
        "told a press briefing",
        "neutral",
        (
            "told a press briefing",
            "told a news briefing",
            "told a news conference",
            "told a press conference",
            "told a briefing",
            "told a hearing",
        ),
    ),
)

#: Every entry of the lexicon, verbs first.
CUE_ENTRIES: tuple[CueEntry, ...] = (*_VERB_ENTRIES, *NOUN_CUES)

#: Lemma → (class, every printed form), for the verbs and "according to".
CUE_VERBS: dict[str, tuple[str, tuple[str, ...]]] = {e.lemma: (e.cls, e.forms) for e in CUE_ENTRIES}

_FORM_ENTRY = {form: entry for entry in CUE_ENTRIES for form in entry.forms}


def cue_forms() -> dict[str, str]:
    """Every printed form → its lemma (``"alleging"`` → ``"allege"``)."""
    return {form: entry.lemma for form, entry in _FORM_ENTRY.items()}


def cue_entry(form: str) -> CueEntry | None:
    """The lexicon entry for one printed form, any case (``"Insisted"`` → insist); None if unknown."""
    return _FORM_ENTRY.get(" ".join(form.lower().replace("\u2019", "'").split()))


def cue_class(cue: str | None) -> str | None:
    """The class of an attribution cue, as printed in a claim.

    The whole cue is looked up first ("according to", "pointed out"); failing
    that, its words in order, so "said in a statement" is neutral and "renewed
    calls for" characterising.

    Args:
        cue: the cue as recorded, any case; None for no cue.

    Returns:
        One of :data:`CUE_CLASSES`' keys, or None for no cue or an unknown verb.
    """
    if not cue:
        return None
    words = cue.lower().replace("\u2019", "'").split()
    phrase = " ".join(words)
    if phrase in _FORM_ENTRY:
        return _FORM_ENTRY[phrase].cls
    for size in (2, 1):
        for start in range(len(words) - size + 1):
            found = _FORM_ENTRY.get(" ".join(words[start : start + size]))
            if found is not None:
                return found.cls
    return arabic_cue_class(cue)
