"""Claims from article text: per-language attribution rules, speakers → a draft ledger.

This layer sits below ``graph``: it builds model objects from text and reads
the cue lexicon of :mod:`claimgraph.attribution`. It reads no files and knows
nothing of click. :func:`extract_draft` detects the language and hands the text
to that language's rules (``claimgraph.extract.english``,
``claimgraph.extract.arabic``), which all return
:class:`~claimgraph.extract.records.Attribution` records. A long text's blocks,
and a batch's articles (:func:`extract_drafts`, :func:`map_drafts`), are read on every core at once
(:mod:`claimgraph.extract.workers`).
"""

from claimgraph.extract.batch import extract_drafts, map_drafts
from claimgraph.extract.draft import (
    Draft,
    DraftStream,
    Evidence,
    NoRulesWarning,
    article_date,
    draft_stream,
    extract_claims,
    extract_draft,
)
from claimgraph.extract.language import detect_language
from claimgraph.extract.mentions import parse_mention
from claimgraph.extract.records import Attribution, Mention, Span
from claimgraph.extract.sentences import Sentence, split_sentences
from claimgraph.extract.speakers import Speakers

__all__ = [
    "Attribution",
    "Draft",
    "DraftStream",
    "Evidence",
    "Mention",
    "NoRulesWarning",
    "Sentence",
    "Span",
    "Speakers",
    "article_date",
    "detect_language",
    "draft_stream",
    "extract_claims",
    "extract_draft",
    "extract_drafts",
    "map_drafts",
    "parse_mention",
    "split_sentences",
]
