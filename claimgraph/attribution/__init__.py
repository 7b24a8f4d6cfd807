"""Attribution: the cue lexicon the extractor and the audit share.

A reporter's cue ("said", "claimed", "told a press briefing", "according to")
says that a statement was made and often how the reporter regards it. The
extractor reads the lexicon to find attributed statements; the audit reads the
same entries to weigh the verbs each side of a dispute is given.
"""

from claimgraph.attribution.lexicon import (
    CUE_CLASSES,
    CUE_ENTRIES,
    CUE_VERBS,
    NOUN_CUES,
    CueEntry,
    cue_class,
    cue_entry,
    cue_forms,
)

__all__ = [
    "CUE_CLASSES",
    "CUE_ENTRIES",
    "CUE_VERBS",
    "NOUN_CUES",
    "CueEntry",
    "cue_class",
    "cue_entry",
    "cue_forms",
]
