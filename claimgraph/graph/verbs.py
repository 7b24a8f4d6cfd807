"""Attribution verbs and what they tell a reader about the speaker's credibility.

A reporter's choice of verb is itself a judgement. ``said`` reports; ``confirmed``
and ``stressed`` lend weight; ``claimed``, ``alleged`` and ``insisted`` cast
doubt; ``condemned`` and ``warned`` name the kind of statement made. A document
that gives one side of a dispute the doubting verbs and the other side the
neutral or affirming ones takes a side while seeming only to report. The one
table below is what the audit and the extractor both read.
"""

from __future__ import annotations

__all__ = ["CUE_CLASSES", "CUE_VERBS", "cue_class", "cue_forms"]

#: The classes of attribution verb, with what each means.
CUE_CLASSES = {
    "neutral": "reports that something was said, and nothing more",
    "affirming": "lends the statement weight or presents it as established",
    "loaded": "casts doubt on the statement or on the speaker's good faith",
    "characterising": "names the kind of statement (a condemnation, a warning, an appeal)",
}

#: Lemma → (class, every printed form the extractor and the audit recognise).
#: Multi-word cues are listed as printed ("according to", "pointed out").
CUE_VERBS: dict[str, tuple[str, tuple[str, ...]]] = {
    # neutral: the reporter vouches only that it was said
    "say": ("neutral", ("say", "says", "said", "saying")),
    "state": ("neutral", ("state", "states", "stated", "stating")),
    "tell": ("neutral", ("tell", "tells", "told", "telling")),
    "according to": ("neutral", ("according to",)),
    "report": ("neutral", ("report", "reports", "reported", "reporting")),
    "add": ("neutral", ("add", "adds", "added", "adding")),
    "announce": ("neutral", ("announce", "announces", "announced", "announcing")),
    "inform": ("neutral", ("inform", "informs", "informed", "informing")),
    "explain": ("neutral", ("explain", "explains", "explained", "explaining")),
    "write": ("neutral", ("write", "writes", "wrote", "writing")),
    "reply": ("neutral", ("reply", "replies", "replied", "replying")),
    "respond": ("neutral", ("respond", "responds", "responded", "responding")),
    "deny": ("neutral", ("deny", "denies", "denied", "denying")),
    "describe": ("neutral", ("describe", "describes", "described", "describing")),
    # affirming: the verb presents the statement as established or weighty
    "confirm": ("affirming", ("confirm", "confirms", "confirmed", "confirming")),
    "stress": ("affirming", ("stress", "stresses", "stressed", "stressing")),
    "note": ("affirming", ("note", "notes", "noted", "noting")),
    "point out": ("affirming", ("point out", "points out", "pointed out", "pointing out")),
    "emphasise": (
        "affirming",
        (
            "emphasise",
            "emphasises",
            "emphasised",
            "emphasising",
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasizing",
        ),
    ),
    "reveal": ("affirming", ("reveal", "reveals", "revealed", "revealing")),
    "show": ("affirming", ("show", "shows", "showed", "showing")),
    "document": ("affirming", ("document", "documents", "documented", "documenting")),
    # loaded: the verb doubts the statement or the speaker
    "claim": ("loaded", ("claim", "claims", "claimed", "claiming")),
    "allege": ("loaded", ("allege", "alleges", "alleged", "alleging")),
    "insist": ("loaded", ("insist", "insists", "insisted", "insisting")),
    "admit": ("loaded", ("admit", "admits", "admitted", "admitting")),
    "concede": ("loaded", ("concede", "concedes", "conceded", "conceding")),
    "acknowledge": ("loaded", ("acknowledge", "acknowledges", "acknowledged", "acknowledging")),
    "maintain": ("loaded", ("maintain", "maintains", "maintained", "maintaining")),
    "purport": ("loaded", ("purport", "purports", "purported", "purporting")),
    "contend": ("loaded", ("contend", "contends", "contended", "contending")),
    "assert": ("loaded", ("assert", "asserts", "asserted", "asserting")),
    "boast": ("loaded", ("boast", "boasts", "boasted", "boasting")),
    # characterising: the verb says what kind of speech act it was
    "condemn": ("characterising", ("condemn", "condemns", "condemned", "condemning")),
    "warn": ("characterising", ("warn", "warns", "warned", "warning")),
    "urge": ("characterising", ("urge", "urges", "urged", "urging")),
    "call": (
        "characterising",
        ("call", "calls", "called", "calling", "renewed calls", "renews calls", "renewing calls"),
    ),
    "vow": ("characterising", ("vow", "vows", "vowed", "vowing")),
    "accuse": ("characterising", ("accuse", "accuses", "accused", "accusing")),
    "demand": ("characterising", ("demand", "demands", "demanded", "demanding")),
    "threaten": ("characterising", ("threaten", "threatens", "threatened", "threatening")),
    "appeal": ("characterising", ("appeal", "appeals", "appealed", "appealing")),
}

_FORM_CLASS = {form: cls for cls, forms in CUE_VERBS.values() for form in forms}
_FORM_LEMMA = {form: lemma for lemma, (_cls, forms) in CUE_VERBS.items() for form in forms}


def cue_forms() -> dict[str, str]:
    """Every printed form → its lemma (``"alleging"`` → ``"allege"``)."""
    return dict(_FORM_LEMMA)


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
    if phrase in _FORM_CLASS:
        return _FORM_CLASS[phrase]
    for size in (2, 1):
        for start in range(len(words) - size + 1):
            found = _FORM_CLASS.get(" ".join(words[start : start + size]))
            if found is not None:
                return found
    return None
