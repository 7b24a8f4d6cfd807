"""Claims from article text: sentences, attribution patterns, speakers → a draft ledger.

This layer sits beside ``graph``: it builds model objects from text and shares
the attribution-verb lexicon (:mod:`claimgraph.graph.verbs`). It reads no files
and knows nothing of click.
"""

from claimgraph.extract.draft import article_date, extract_claims
from claimgraph.extract.patterns import Attribution, find_attributions
from claimgraph.extract.sentences import Sentence, split_sentences
from claimgraph.extract.speakers import Mention, Speakers, parse_mention

__all__ = [
    "Attribution",
    "Mention",
    "Sentence",
    "Speakers",
    "article_date",
    "extract_claims",
    "find_attributions",
    "parse_mention",
    "split_sentences",
]
