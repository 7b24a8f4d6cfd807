"""Direct quotes in English text: quotation marks, the cue beside them, transcripts.

A direct quote may run over several sentences, and over several paragraphs
(each later paragraph opens with a quotation mark and the last one closes), so
quotes are read per paragraph, not per sentence:

- ``“…,” said Rice.``, ``“…,” she said.``, ``“…,” the official said.``: the
  speaker after the quote;
- ``Rice said: “…”``, ``Rice told reporters, “…”``: the speaker before it;
- a quote standing alone as a sentence right after an attributed quote, or a
  paragraph opening with a quote that the previous one left open, continues
  the previous speaker (``“…,” Elleithee said. “The stories that …”``);
- transcripts: ``MR PRICE: Good afternoon.``, each paragraph until the next
  speaker's label; ``QUESTION:`` and ``Q`` lines are the reporters', not drafted;
- headlines ``Name: ‘quote’``, and paragraphs that introduce their own quote
  (``Rita Olsen unhappy with the referee: “…”``, ``Quoting X: “…”``).

Quotes marked ``“…”``, ``"…"``, ``''…''``, ````…```` (old wire copy), ``‘‘…’’``, ``‘…’``
(only when it is not an apostrophe) and straight ``'…'`` (British copy: the
opener before a capital, the closer after a comma or full stop) are
recognised; a ``“`` closed by a straight ``"`` (web copy mixing marks) or by ``’’`` too. A
quote that ends its own sentence with a full stop (``“… hung up.” Young said
the call …``) is never given to the cue that follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import evolve, frozen

from claimgraph.extract.according_to import according_to_source
from claimgraph.extract.before_cue import speaker_before, strip_trailing
from claimgraph.extract.cue_forms import CUE, CUE_VERBS, ONLY_VERBS, cue_lemma, used_as_noun
from claimgraph.extract.mentions import RANK_PREFIX, is_role, parse_mention
from claimgraph.extract.name_words import NAME_PARTICLE, NAME_WORD, whole_word_at
from claimgraph.extract.participles import participle_subject
from claimgraph.extract.patterns import MAX_SENTENCE
from claimgraph.extract.records import Attribution, Mention, Span
from claimgraph.extract.speakers import could_be_person

__all__ = ["QUOTE_RULES", "find_quotes", "title_spans", "transcript_questions"]

#: The rules of a quote with its speaker printed beside it ("“…,” said Rice", "Rice said: “…”").
QUOTE_RULES = frozenset({"quote-then-speaker", "speaker-then-quote"})

_OPEN = {"“": "”", '"': '"', "''": "''", "``": "``", "‘‘": "’’", "‘": "’", "«": "»"}
_MARK = re.compile(r"''|``|‘‘|[“”\"‘’«»']")
# A quotation mark, and not an apostrophe inside a word ("Oxfam International’s Aid Policy Lead").
_MARK_NOT_APOSTROPHE = re.compile(r"''|``|[“”\"«»]|(?<!\w)[‘’']|[‘’'](?!\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])'(?=\s|$)")
_CURLY_CLOSE_AFTER_STOP = re.compile(r"(?<=[,.!?])”(?=\s|$)")
_SINGLE_CLOSE_AT_END = re.compile(r"(?<=\w)'(?=\s*$)")
_SINGLE_CLOSE_BEFORE_CUE = re.compile(
    r"(?<=\w)'(?=\s+(?:says|said|claims|insists|warns|tells|told|adds|added|admits|denies)\s+[\w“\"])"
)
# After a closing mark: ", said Rice", "said the official, a ..."; or "she said", "Rice added".
# "“…,” said Rice", up to an adjunct or a participle ("said Lakhma answering a question").
# An initial's full stop inside a name: another initial follows ("J.F."), the sentence goes on in
# lower case ("J.F. when"), or a name follows a run of initials ("J.R.R. Tolkien"); one initial
# before a capital ends a sentence ("Boy A. The court heard"); "Sr." or "Jr." before the cue stays in the name.
_INITIAL_STOP = (
    r"(?<=(?<![\w’'])[A-Z])\.(?=[A-Z]\.|\s+[a-z])|(?<=[A-Z]\.[A-Z])\.(?=\s+[A-Z][a-z])"
    r"|(?<=(?<![\w’'])[SJ]r)\.(?=\s+[a-z])"  # "Ezell Ford Sr. said": a generation's stop inside the name
    # "Troyen A. Brennan": a middle initial between two names (not "said Boy A. The court heard")
    r"|(?<=[a-z]\s[A-Z])\.(?=\s(?!(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|In|On|At|"
    r"His|Her|Its|Their|There|Then|When|After|Before|However|Meanwhile)\s)[A-Z][a-z])"
)
# Words in "-ing" that open a title, not a participle ending the speaker: "commanding officer",
# "managing director", "presiding judge".
_TITLE_ING = (
    r"(?:commanding|managing|acting|presiding|outgoing|incoming|leading|founding|reigning|serving|governing|"
    r"investigating|arresting|supervising|consulting|visiting|sitting|ranking)"
)
_CUE_FIRST = re.compile(
    rf"\s*,?\s*(?P<cue>{CUE_VERBS})\s+(?P<speaker>{RANK_PREFIX}*(?:[^,.;:!?“”\"]|{_INITIAL_STOP}){{1,120}}?)\s*"
    rf"(?=[,;:!?“\"]|(?!{_INITIAL_STOP})\.|\s+(?:on|in|at|after|during|as|when|while|to|before|from|via|who)\b"
    rf"|\s+(?!{_TITLE_ING}\s)[a-z]+ing\b|\s+[-–—]\s|$)"
)
# "“…,” said chairman, president and CEO, Germain Lamonde, in the release.": roles, then the name;
# "said Minister of Community and Cultural Affairs, the Hon. Elmer MacFadyen": an office, then the
# name after its form of address.
_CUE_ROLES_NAME = re.compile(
    rf"\s*,?\s*(?P<cue>{CUE_VERBS})\s+(?P<appositive>(?:the\s+)?[A-Za-z][^.;:!?“”\"]{{1,100}}?),\s+"
    r"(?:(?:the\s+)?(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof|Rev)\.?|Honourable)\s+)?"
    rf"(?P<speaker>{NAME_WORD}(?:\s+{NAME_PARTICLE}{NAME_WORD}){{0,2}}\s+[A-Z][\w’'\-]+)"
    r"\s*(?=[,.;:!?]|$)"
)
# "“…”, the group led by its Spokesperson on Finance, Casiel Ato Forson told journalists": the group.
_LED_BY_CUE = re.compile(
    r"\s*,?\s*(?P<speaker>(?:the|The)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,3})\s+(?:led|headed|chaired)\s+by\s+"
    rf"[^“”\"]{{1,120}}?\s+(?P<cue>{CUE_VERBS})(?![\w-])"
)
_SPEAKER_FIRST = re.compile(
    # a rank's or a form of address's full stop is part of the speaker ("Police Lt. Bill Merritt")
    rf"\s*,?\s*(?P<speaker>(?:[^,.;:!?“”\"]|{_INITIAL_STOP}|(?<=\b(?:Lt|Mr|Ms|Dr))\.|(?<=\b(?:Maj|Gen|Col|Sgt|Adm|Cdr|Gov|Sen|Rep|Rev|Det|Mrs))\."
    rf"|(?<=\b(?:Capt|Brig|Cmdr|Prof|Insp|Supt))\.){{1,90}}?)\s+(?:also\s+|later\s+|then\s+|further\s+|has\s+|had\s+)?(?P<cue>{CUE_VERBS})(?![\w-])"
)
# "“…,” a tweet on the official Twitter handle of the NFF reads.": a speaker holding a word that is also
# a cue ("tweet"), the cue the last word before the sentence ends
_SPEAKER_THEN_LAST_CUE = re.compile(
    rf"\s*,?\s*(?P<speaker>[^,.;:!?“”\"]{{2,90}})\s+(?P<cue>{CUE_VERBS})(?=\s*[.;]|\s*$)"
)
# "“…,” was what the chief administrative officer, Prof. Ratnakar Shetty, said.": the speaker after "was what"
_WAS_WHAT = re.compile(
    rf"\s*,?\s*(?:was|is)\s+what\s+(?P<speaker>[^“”\"]{{2,120}}?),?\s+(?:had\s+)?(?P<cue>{CUE_VERBS})(?![\w-])"
)
# ", Chase Strangio, co-director of the ACLU's project, said in a news release"
_NAME_APPOSITIVE_CUE = re.compile(
    rf"\s*,?\s*(?P<speaker>{NAME_WORD}(?:\s+{NAME_PARTICLE}{NAME_WORD}){{0,3}}),"
    rf"\s+(?P<appositive>[^,;:“”\"]{{2,120}}?),\s+(?P<cue>{CUE_VERBS})(?![\w-])"
)
# Someone described, then a relative clause set off: "“…,” one resident, who did not want to be
# named, said" (the clause says who they are, not what they said).
_DESCRIBED_WHO_CUE = re.compile(
    r"\s*,?\s*(?P<speaker>(?:one|a|an|the|another)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}),"
    rf"\s+(?:who|whose)\s[^,;:“”\"]{{2,120}}?,\s+(?P<cue>{CUE_VERBS})(?![\w-])"
)
# The appositive's closing comma left out: "“…,” Margaret Cole, the FSA’s director of enforcement said".
_NAME_APPOSITIVE_UNCLOSED = re.compile(
    rf"\s*,?\s*(?P<speaker>{NAME_WORD}(?:\s+{NAME_PARTICLE}{NAME_WORD}){{0,3}}),"
    r"\s+(?P<appositive>[^,;:“”\"]{2,120}?)\s+(?P<cue>said|says|told|tells|added|adds)(?![\w-])"
)
# "“…,” Shadow Minister for Education, Kate Ellis said": an office, a comma, then the name
_ROLE_COMMA_NAME_CUE = re.compile(
    r"\s*,?\s*(?P<appositive>(?:[Tt]he\s+)?[A-Z][^,;:“”\"]{1,80}?),\s+"
    rf"(?P<speaker>{NAME_WORD}(?:\s+{NAME_PARTICLE}{NAME_WORD}){{1,3}})"
    rf",?\s+(?:also\s+|later\s+|then\s+|further\s+|has\s+|had\s+)?(?P<cue>{CUE_VERBS})(?<!ing)(?![\w-])"
)
_LABEL_NAME = (
    r"(?P<label>(?:(?:MR|MRS|MS|DR|SEN|SENATOR|REP|SECRETARY|PRESIDENT|GENERAL|GEN|AMBASSADOR|ADMIRAL|GOV|GOVERNOR)\.?\s+)?"
    r"[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,2}(?:,\s+[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,3})?|Q)"
)
_LABEL = re.compile(rf"^{_LABEL_NAME}(?::|\s{{2,}}|\t|(?<=^Q)\.\s)\s*(?P<rest>\S.*)$")
# A label on a line of its own ("MINISTER:" / "JOURNALIST:"), its turn in the paragraphs below.
_LONE_LABEL = re.compile(rf"^{_LABEL_NAME}:\s*$")


def _asks(label: str) -> bool:
    """Whether a transcript label is a questioner's: "QUESTION", "Q", or a reporter printed with their
    outlet ("KEN VERDOIA, KUED")."""
    label = label.strip()
    return label in _QUESTIONER or "," in label


# A police release's attribution line: "Please attribute to Detective Sergeant Richard Sami:".
# Or a line introducing a statement printed below: "Please see the latest statement from Warwickshire
# Police:", "Read the full statement by the club:".
_ATTRIBUTE_TO = re.compile(
    r"^\s*(?:(?:Please\s+)?(?:[Aa]ttribute|[Aa]ttributable)\s+to\s+"
    r"|(?:(?:Please\s+)?(?:[Ss]ee|[Rr]ead)\s+|[Bb]elow\s+is\s+|[Hh]ere\s+is\s+)(?:the|a)\s+"
    r"(?:(?:latest|full|following|new|updated|official|joint)\s+)*statement\s+(?:from|by|issued\s+by)\s+)"
    r"(?P<who>(?:the\s+)?[A-Z][^:\n]{2,100}?)\s*:\s*$"
)
_QUESTIONER = frozenset(
    {
        *("Q", "QUESTION", "REPORTER", "JOURNALIST", "AUDIENCE MEMBER", "MODERATOR", "OPERATOR", "PARTICIPANT"),
        *("QUESTIONER", "INTERVIEWER"),
    }
)
_TITLES = re.compile(r"^(?:MR|MRS|MS|DR|SEN|SENATOR|REP|GOV|GEN)\.?\s+")
_FEMALE_TITLES = re.compile(r"^(?:MRS|MS)\b")
# A topic a write-up of a press conference sets before a quote: "On the transfer window: “…”".
_TOPIC_LABEL = re.compile(r"(?:On|Regarding|About|As for|Asked about|On whether|With regard to)\s")
_HEADLINE = re.compile(r"^(?P<speaker>[A-Z][^:“”\"‘’]{1,80}?):\s*(?P<open>[“\"‘'])")
_SENTENCE_END = re.compile(r"[.!?:]\s*[”\"’]?\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"‘])")
_STOP = re.compile(r"[.!?](?:\s|$)")
_MIXED_CLOSE = re.compile(r'(?<=[,.!?])"(?=\s|$)|"(?=,?\s+[a-z]|,|\s*$)')
# Two single marks closing a double opener, as Nigerian wire copy prints them: “… their victims,’’ Abubakar said.
_DOUBLED_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])’’")
_DOUBLED_STRAIGHT_CLOSE = re.compile(r"(?<=[,.!?])''(?!\w)")
# A paragraph reporting speech with no quote of its own: a speech verb after a word, and no quote mark.
_REPORTS_SPEECH = re.compile(rf"\w\s+(?:{CUE_VERBS})(?![\w-])")
_CURLY_CLOSE = re.compile(r"[,.!?]”(?![\w])")
_ANY_MARK = re.compile(r"[“”\"«»]")
_NEAR_SENTENCE = 300  # characters: where a sentence break before a quote is looked for first
_MIN_WORDS = 3  # shorter quoted bits are scare quotes and titles, not statements


def _a_sentence(words: str) -> bool:
    """Whether quoted words are a sentence of their own: a capital, then a full stop, "!" or "?"."""
    words = words.strip()
    return len(words) > 1 and words[0].isupper() and words.endswith((".", "!", "?")) and " " in words


@frozen
class _Quote:
    open: int  # offset of the opening mark
    start: int  # content
    end: int
    close: int  # offset just past the closing mark (== end when the paragraph leaves it open)


def _single_quote(text: str, at: int, start: int, end: int, absent: dict[str, int]) -> _Quote | None:
    """A quote in straight single marks, as British copy prints them: ``'Helen was hysterical,' an
    onlooker said``. The opener stands at the paragraph's start or after a space or colon, before a
    capital; the closer follows a comma or a full stop, a question or exclamation mark
    (``don't`` and ``Helen's`` are no closers). A paragraph opened and never closed runs on into
    the next, as with curly marks."""
    if not (at == start or text[at - 1] in " \t:(") or at + 1 >= end:
        return None
    if not (text[at + 1].isupper() or (text[at + 1].isdigit() and _names_a_title(text, at))):
        return None  # "the '90s", "'em": an apostrophe; "titled '2021 Jetro Survey …'" is a title's quote
    # A closer not found from one offset is not found from a later one: each paragraph is read once.
    close = _SINGLE_CLOSE.search(text, at + 2, end) if at + 2 < absent.get("'", end) else None
    if close is None and at == start:
        # "'The elected government has a mandate … by unionists' says the president": a pull quote's
        # line, its closer right after a word and before the cue
        close = _SINGLE_CLOSE_BEFORE_CUE.search(text, at + 2, end)
    if close is None and text[start:at].rstrip().endswith(":"):
        # "Union: 'We will strike until pay rises'": a headline's label, its quote closed at the line's end
        close = _SINGLE_CLOSE_AT_END.search(text, at + 2, end)
    if close is None:
        # "'He blew up at the end,” says a resident": web copy mixing marks closes a straight single
        # opener with a curly double closer (when no curly opener stands between, whose it would be)
        curly = _CURLY_CLOSE_AFTER_STOP.search(text, at + 2, end)
        if curly is not None and "“" not in text[at : curly.start()]:
            close = curly
    if close is None:
        absent["'"] = min(absent.get("'", end), at + 2)
    else:
        return _Quote(at, at + 1, close.start(), close.end())
    if at == start or text[start:at].rstrip().endswith(":"):
        return _Quote(at, at + 1, end, end)
    return None


# A straight quotation mark opening a quote that may run on into the next paragraph: at the
# paragraph's start, after a colon ("Rosie Ayliffe said: "It was past 10 at night ..."), or opening
# a sentence ('"It was fine," Lee said. "The boys stepped up. ⏎ "We tried hard."').
_OPENS_PARAGRAPH_QUOTE = re.compile(r'(?:^|(?<=\n)|:\s*|(?<=[.!?])\s+)"$')


# A closing mark before a word's first letter, where a quote opens: ”These elections ...
_CLOSER_AS_OPENER = re.compile(r"”(?=[A-Z])")


# A quote naming a work, a survey or a campaign: "a survey titled '2021 Jetro Survey …'", "a report
# entitled “Crossing the Line”", "a group called “Mothers of the Disappeared”". Its words are a
# title, no one's statement, and the names in it are no one the text introduces.
_NAMING_VERB = r"(?<![\w-])(?:titled|entitled|headlined|dubbed|nicknamed|christened|named|called)"
_TITLE_CUE = re.compile(_NAMING_VERB + r"\s*$")
_TITLE_CUE_THEN_MARK = re.compile(_NAMING_VERB + r"\s*(?=''|``|[“\"‘'«])")


def _names_a_title(text: str, opener: int) -> bool:
    """Whether the quotation mark at ``opener`` opens a title ("titled “…”")."""
    return _TITLE_CUE.search(text, max(0, opener - 14), opener) is not None


def title_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Where the quoted titles of ``text[start:end]`` stand, marks included ("titled '…'")."""
    end = len(text) if end is None else end
    spans = []
    for cue in _TITLE_CUE_THEN_MARK.finditer(text, start, end):
        line_start = text.rfind("\n", 0, cue.end()) + 1
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        spans += [
            Span(quote.open, quote.close)
            for quote in _quotes(text, line_start, line_end, titles=True)
            if quote.open == cue.end()
        ]
    return spans


def _crosshead(text: str, line_start: int, line_end: int, quote: _Quote) -> bool:
    """Whether a quote is a heading: the whole line, its words ending with no full stop."""
    line = text[line_start:line_end].strip()
    # A quote left open runs on into the next paragraph: no heading; but a line in single marks
    # ending in its closer, which the run-on reading kept inside ("'Russia seeks sovereignty'"), is one.
    closed = quote.close > quote.end or (text[quote.open] in "'‘" and line.endswith(("'", "’")))
    whole = text[quote.open : quote.close].strip() == line
    return closed and whole and not text[quote.start : quote.end].rstrip().endswith((".", "!", "?", ",", "…"))


def _quotes(text: str, start: int, end: int, *, titles: bool = False) -> Iterator[_Quote]:
    """The quotes of one paragraph, outermost only; a quoted title ("titled “…”") only with ``titles``."""
    for quote in _marked(text, start, end):
        if titles or not _names_a_title(text, quote.open):
            yield quote


def _marked(text: str, start: int, end: int) -> Iterator[_Quote]:
    """Every span in quotation marks of one paragraph, outermost only."""
    position = start
    absent: dict[str, int] = {}  # closing mark → an offset past which the paragraph holds none
    while position < end:
        match = _MARK.search(text, position, end)
        if match is None:
            return
        mark = match.group(0)
        if mark == "'":
            single = _single_quote(text, match.start(), start, end, absent)
            if single is None:
                position = match.end()
                continue
            yield single
            position = single.close
            continue
        if (
            mark == "”"
            and _CLOSER_AS_OPENER.match(text, match.start(), end)
            and (match.start() == start or text[match.start() - 1].isspace())
        ):
            # Some copy opens with the closing mark too: ”These elections were a catastrophe,” said ...
            close = text.find("”", match.end(), end)
            if close > match.end():
                yield _Quote(match.start(), match.end(), close, close + 1)
                position = close + 1
                continue
        if mark not in _OPEN or (mark == "‘" and match.start() > 0 and text[match.start() - 1].isalnum()):
            position = match.end()
            continue
        closer = _OPEN[mark]
        search = match.end()
        while True:
            close = text.find(closer, search, end) if search < absent.get(closer, end) else -1
            if close < 0:
                absent[closer] = min(absent.get(closer, end), search)
            # ’ is also an apostrophe ("don’t"), and some copy prints ” for one ("state”s"): a
            # closing mark is not followed by a letter.
            if close >= 0 and closer in "’”" and close + 1 < end and text[close + 1].isalpha():
                search = close + 1
                continue
            break
        if mark == '"':
            # and the other way round: "… Mr Sng,” said the ministers. A curly closer after the
            # quote's punctuation, before any straight mark, closes a straight opener; so do two
            # straight single marks, as wire copy prints them ("… truthfully,'' Hueso said).
            curly = _CURLY_CLOSE.search(text, match.end(), close if close >= 0 else end)
            if curly is not None:
                closer, close = "”", curly.start() + 1
            doubled = _DOUBLED_STRAIGHT_CLOSE.search(text, match.end(), close if close >= 0 else end)
            if doubled is not None:
                closer, close = "''", doubled.start()
        if close < 0 and mark == "``":
            closer, close = "''", text.find("''", match.end(), end)  # ``…'' as old wire copy prints it
        if close < 0 and mark == "“":
            # Web copy mixes marks: “… smile," she said. A straight mark followed by a comma and a
            # cue, or ending the paragraph, closes a curly quote that has no curly closer.
            mixed = _MIXED_CLOSE.search(text, match.end(), end) if match.end() < absent.get("mixed", end) else None
            if mixed is None:
                absent["mixed"] = min(absent.get("mixed", end), match.end())
                doubled = _DOUBLED_SINGLE_CLOSE.search(text, match.end(), end)
                if doubled is not None:
                    closer, close = "’’", doubled.start()
            else:
                closer, close = '"', mixed.start()
        if close < 0:
            # Left open: the quote runs to the paragraph's end (and on into the next). A straight
            # mark counts only where a quote may open: the paragraph's start or after "said:".
            if mark in "“«" or (mark == '"' and _OPENS_PARAGRAPH_QUOTE.search(text, start, match.end())):
                yield _Quote(match.start(), match.end(), end, end)
            return
        yield _Quote(match.start(), match.end(), close, close + len(closer))
        position = close + len(closer)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


_TITLE_WORD = re.compile(r"[A-Za-z][\w’'\-]*")


def _title_like(quoted: str) -> bool:
    """Whether quoted words are a title ("WRAL Listens", "Meet the Press"): a few words, every
    long one capitalised; speech has lower-case words."""
    words = _TITLE_WORD.findall(quoted)
    long_words = [word for word in words if len(word) > 3]
    return 0 < len(words) <= 6 and bool(long_words) and all(word[0].isupper() for word in long_words)


def _words(text: str) -> int:
    return len(text.split())


def _sentence_start(text: str, line_start: int, at: int) -> bool:
    """Whether a quote opening at ``at`` starts its sentence."""
    window = max(line_start, at - 8)  # the few characters before it decide: linear on any line
    before = text[window:at]
    return (
        at == line_start
        or _SENTENCE_END.search(before) is not None
        or (window == line_start and not before.strip())
        or before.endswith(("— ", "– "))
    )


def _after(text: str, quote: _Quote, line_end: int) -> tuple[Mention, Span, Span, str] | None:
    """The cue and speaker right after a quote: ``“…,” said Rice`` or ``“…,” she said``."""
    if _closed_sentence(text, quote):
        return None
    for pattern in (
        _WAS_WHAT,
        _CUE_ROLES_NAME,
        _CUE_FIRST,
        _SPEAKER_FIRST,
        _LED_BY_CUE,
        _NAME_APPOSITIVE_CUE,
        _DESCRIBED_WHO_CUE,
        _ROLE_COMMA_NAME_CUE,
        _NAME_APPOSITIVE_UNCLOSED,
        _SPEAKER_THEN_LAST_CUE,
    ):
        match = pattern.match(text, quote.close, line_end)
        if match is None:
            continue
        if pattern in (_CUE_ROLES_NAME, _ROLE_COMMA_NAME_CUE, _NAME_APPOSITIVE_UNCLOSED) and not is_role(
            match.group("appositive")
        ):
            continue
        cue = CUE.fullmatch(match.group("cue"))
        if cue is None or cue.group("according") or cue_lemma(match.group("cue")) in _ONLY_WITH_THAT:
            continue
        printed_cue = CUE.match(text, match.start("cue"))
        if (
            printed_cue is not None
            and not _CLAUSE_ENDS.match(text, printed_cue.end())
            and used_as_noun(text, printed_cue)
        ):
            # '“…”, The Gleaner has routinely used daily police incident reports with …': a noun the
            # sentence goes on from ('“…,” the release states.' ends on its verb)
            continue
        appositive = match.groupdict().get("appositive")
        speaker = strip_trailing(match.group("speaker")).rstrip()  # "said McDonald today during …"
        speaker_end = match.start("speaker") + len(speaker)
        if not speaker:
            continue
        if speaker.endswith(("’", "'", "’s", "'s")) and match.group("cue") not in ONLY_VERBS:
            continue  # "“to help spread” Lascañas’ claims": a possessive, the cue its noun ("Moody's said" speaks)
        if pattern is _WAS_WHAT and "," in speaker:
            # "BCCI chief administrative officer, Prof. Ratnakar Shetty": the name after the comma
            role, _, name = speaker.rpartition(",")
            speaker, appositive = name.strip(), role.strip()
        issued = _ISSUED_FROM.match(text, speaker_end, line_end) if _DOCUMENT_ALONE.fullmatch(speaker) else None
        if issued is not None:
            # "“…,” read a statement from spokesperson Basem al-Awadi": the document's issuer speaks
            speaker, speaker_end = text[match.start("speaker") : issued.end()], issued.end()
        mention = parse_mention(speaker, appositive)
        if mention is None:
            continue
        if (
            issued is None
            and match.group("cue") == cue_lemma(match.group("cue"))
            and not mention.plural
            and mention.name is not None
        ):
            # "rejected as “a pack of lies” the Human Rights Watch (HRW) report that …": a base form
            # after one named body is the noun its name qualifies, not a cue
            continue
        return (
            mention,
            Span(match.start("speaker"), speaker_end),
            Span(match.start("cue"), match.end("cue")),
            match.group("cue"),
        )
    return None


_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:!?,”\"]|$)")
# Cues that report speech only with a "that" clause after them, never a quote's: '“…”, but he held hope'.
_ONLY_WITH_THAT = frozenset({"hold", "posit", "aver", "opine"})
# A document alone after the cue, and the words that name its issuer: "read a statement" / " from
# Iraqi government spokesperson Basem al-Awadi".
_DOCUMENT_ALONE = re.compile(
    r"(?:a|an|the)\s+(?:(?:joint|written|brief)\s+)?(?:statement|letter|post|tweet|release|message)"
)
_ISSUED_FROM = re.compile(r"\s+(?:from|by|issued\s+by)\s+[A-Za-z][^,.;:!?“”\"]{1,90}?(?=\s*(?:[,.;:!?]|$))")
_ACCORDING_PREFIX = re.compile(r"\s*According to\s+(?P<relay>[^,]{1,80}),")


def _relay_before(text: str, sentence_start: int, speaker_start: int) -> str | None:
    """The relay opening a sentence before a quote's speaker: "According to the Post, X said, “…”"."""
    match = _ACCORDING_PREFIX.match(text, sentence_start, speaker_start)
    return match.group("relay") if match is not None else None


def _intro(text: str, line_start: int, line_end: int) -> tuple[Mention, Span, Span, str] | None:
    """A paragraph ending in its speaker and cue ("Writing for the majority, Roberts said:"), whose
    quote is the next paragraph."""
    if not text[line_start:line_end].rstrip().endswith(":") or _MARK_NOT_APOSTROPHE.search(text, line_start, line_end):
        return None
    end = line_start + len(text[line_start:line_end].rstrip())
    sentence_start = _sentence_begin(text, line_start, end)
    following = _THE_FOLLOWING.search(text, sentence_start, end) or _SPOKE_TO_THE_PRESS.search(
        text, sentence_start, end
    )
    if following is not None:
        # "Director Stephen Corry today issued the following statement:", "The club used the statement
        # to make the following points:": the paragraphs that follow are the speaker's
        found = speaker_before(text[sentence_start : following.start()], following.start() - sentence_start)
        # (a description too: "The manager spoke to the press …:" on a club's own site)
        if found is not None and (found[0].name is not None or found[0].description is not None):
            mention, _split, where = found
            cue = Span(following.start("cue"), following.end("cue"))
            return mention, Span(sentence_start + where.start, sentence_start + where.end), cue, following.group("cue")
    return _before(text, _Quote(end, end, end, end), sentence_start)


# What a paragraph ending in a colon announces: "issued the following statement:", "made the following points:".
_THE_FOLLOWING = re.compile(
    r"\s+(?:also\s+)?(?:used\s+(?:the|its|a)\s+\w+\s+to\s+)?(?P<cue>(?:issued|made|released|gave|posted|read|delivered|sent|"
    r"make|issue|release|give)\s+(?:the|a)\s+following\s+(?:[\w’'-]+\s+){0,2}?(?:statement|points|remarks|message|"
    r"comments?|response|reply|words))(?:\s+(?:about|on|to)\s+[^:]{1,80})?\s*:$"
)


# A paragraph that tells who spoke to the press, ending in a colon: "The manager spoke to the press at
# lunchtime on Thursday and started by giving an update on the injuries:", "Smith told reporters
# after the game:"; the paragraphs that follow are the speaker's.
_SPOKE_TO_THE_PRESS = re.compile(
    r"\s+(?P<cue>(?:spoke|talked)\s+(?:to|with)|told|addressed|briefed)\s+(?:the\s+)?(?:press|media|reporters|"
    r"journalists|newsmen)(?:\s+[^:“”\"]{1,160})?\s*:$"
)


def _before(text: str, quote: _Quote, sentence_start: int) -> tuple[Mention, Span, Span, str] | None:
    """The speaker and cue before a quote: ``Rice said: “…”``, ``Rice told reporters, “…”``."""
    left = text[sentence_start : quote.open].rstrip()
    if not left.endswith((":", ",")):
        return None
    head = left[:-1].rstrip()
    last = None
    for match in CUE.finditer(head):
        last = match
    if last is not None and last.group("according"):
        # 'According to him, "A number of our members …"': the source named before the quote
        source = _ACCORDING_INTRO.fullmatch(head)
        mention = according_to_source(source.group("source")) if source is not None else None
        if source is None or mention is None or not _ends_its_sentence(text, quote):
            return None  # 'According to Dr Boamah, “the lies” of Dr Bawumia …': a phrase quoted in it
        return (
            mention,
            Span(sentence_start + source.start("source"), sentence_start + source.end("source")),
            Span(sentence_start + last.start(), sentence_start + last.end()),
            last.group(0).lower(),
        )
    if last is None:
        return None
    rest = head[last.end() :].strip()
    # "told reporters", "said in a statement": a few words may follow the cue, no clause.
    if _words(rest) > 5:
        return None
    if rest and head[: last.start()].rstrip().endswith(("”", '"', "’", "'")):
        # "“Me and Broner,” said Pacquiao, “we want …”": the speaker after the first part's cue
        # goes on into the second
        mention = parse_mention(rest)
        if mention is None or (mention.name is None and mention.description is None and mention.refers is None):
            return None
        at = sentence_start + head.index(rest, last.end())
        return (
            mention,
            Span(at, at + len(rest)),
            Span(sentence_start + last.start(), sentence_start + last.end()),
            last.group(0),
        )
    if not rest and " " not in last.group(0) and last.group(0).endswith("ing"):
        # "Ed Holder spoke about the rally, saying, “…”": the participle goes on with the subject
        # of its clause, as it does before reported speech
        subject = participle_subject(head, last, cue_lemma(last.group(0)))
        found = (subject[0], subject[2], subject[1]) if subject is not None else None
    else:
        found = speaker_before(head, last.start())
    if found is None:
        return None
    mention, _split, where = found
    return (
        mention,
        Span(sentence_start + where.start, sentence_start + where.end),
        Span(sentence_start + last.start(), sentence_start + last.end()),
        last.group(0),
    )


def _ends_its_sentence(text: str, quote: _Quote) -> bool:
    """Whether a quotation closes its sentence: a stop inside its marks, or nothing after them but
    punctuation up to the line's end."""
    if text[quote.open + 1 : quote.close].rstrip("”\"’' ")[-1:] in (".", "!", "?"):
        return True
    line_end = text.find("\n", quote.close)
    return not text[quote.close : line_end if line_end >= 0 else len(text)].strip(" .,;:!?”\"’'")


# "According to X" as a whole clause before a quote.
_ACCORDING_INTRO = re.compile(r"\s*According to\s+(?P<source>[^,;:“”\"]{1,80}?)\s*")
# A speech verb right before a quote mark: "saying “…”", "said “…”", "told them that “…”".
_CUE_BEFORE_MARK = re.compile(
    rf"(?<![\w-])(?:{CUE_VERBS})(?:\s+(?:them|him|her|us|me|reporters))?(?:\s+that)?\s*[,:]?\s*$"
)


# A frame set off by its comma right before a quote that opens its own sentence: "As for the other
# claims, “…”", "In response, “…”".
_FRAME_BEFORE_QUOTE = re.compile(r",\s*$")


# A cue right after a closing mark with no comma, its speaker after it: "… is “a disgrace” says Ian Graham".
_INVERTED_CUE_NEXT = re.compile(r"\s+(?:says|said|adds|added|claims|claimed|insists|insisted|warns|warned)\s+[A-Za-z]")


def _reports_speech(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue before a quote may report speech (a noun, "the CCU’s claim that …", may), not
    a thing done to a noun ("the sculpture proposed for the stream mouth": a participle before its
    preposition)."""
    return not (cue.group(0).endswith("ed") and _PARTICIPLE_PHRASE.match(text, cue.end()))


_PARTICIPLE_PHRASE = re.compile(r"\s+(?:for|by|in|at|on|under|with|near)\s")


def _sentence_holding(text: str, sentence: int, quote: _Quote) -> tuple[int, int] | None:
    """The statement's span when a quoted phrase closes a clause of the speaker's own sentence
    ('The air force struck two operatives "in recent days," the IDF said': the sentence up to the
    phrase); None when the sentence holds a cue of its own before it ("Hamas called the attack “a
    crime,” a spokesman said": the phrase alone) or the phrase closes no clause. ``sentence`` is
    where the quote's sentence begins."""
    closes = "," in text[quote.end - 1 : quote.close + 1] or _INVERTED_CUE_NEXT.match(text, quote.close)
    if not closes or any(_reports_speech(text, cue) for cue in CUE.finditer(text, sentence, quote.open)):
        return None
    if _FRAME_BEFORE_QUOTE.search(text, sentence, quote.open) and text[quote.start : quote.start + 1].isupper():
        return None  # "As for the other claims, “What she’s saying is a lie,” says Sheen": the quote alone
    begin, end = _trim(text, sentence, quote.close)
    while end > begin and text[end - 1] in ',”"’':
        end -= 1
    return begin, end


def _after_reported_speech(text: str, at: int) -> bool:
    """Whether the paragraph before the one holding ``at`` reports speech ("Captain McCaw said …")."""
    line_start = text.rfind("\n", 0, at) + 1
    previous_end = len(text[:line_start].rstrip())
    previous = text[text.rfind("\n", 0, previous_end) + 1 : previous_end]
    return _REPORTS_SPEECH.search(previous) is not None


def _named_by_its_run(opening: Attribution, mention: Mention, cue: str, printed: Span | None = None) -> Attribution:
    """An opening paragraph of a quote run, given the speaker its last paragraph names (a pronoun
    with where it is printed, so it is read as the run's last paragraph reads it)."""
    return evolve(
        opening,
        speaker=mention,
        speaker_span=printed if printed is not None else opening.speaker_span,
        cue=cue,
        lemma=cue_lemma(cue),
        same_as=None,
        rule="quote-run",
        review="a quote running on into the paragraph that names its speaker",
    )


def _participle_right_before(text: str, quote: _Quote) -> bool:
    """Whether the cue right before the quote is a participle ("by declaring: “…”", "adding: “…”")."""
    cue = _CUE_BEFORE_MARK.search(text, max(0, quote.open - 80), quote.open)
    return cue is not None and re.match(r"\w+ing\b", cue.group(0)) is not None


def _cue_right_before(text: str, quote: _Quote, sentence_start: int) -> bool:
    """Whether a speech verb stands right before the quote mark, in the quote's sentence (not a
    noun: "As for her other claims, “…”")."""
    cue = _CUE_BEFORE_MARK.search(text, max(sentence_start, quote.open - 80), quote.open)
    return cue is not None and not _NOUN_BEFORE.search(text, max(sentence_start, cue.start() - 20), cue.start())


def _told_the_one_before(
    text: str, after: tuple[Mention, Span, Span, str], sentence_start: int, quote_open: int, line_end: int
) -> str | None:
    """The relay of "the Enquirer goes on to say, “…,” a friend of the couple told the Enquirer": the
    one the quote's own speaker told, named again before the quote as the one saying it; None for
    any other quote."""
    told = _TOLD_LISTENER.match(text, after[2].end, line_end)
    if after[3] != "told" or told is None:
        return None
    listener = told.group("listener")
    named_before = next(whole_word_at(text, listener, sentence_start, quote_open), None)
    return listener if named_before is not None else None


# The one told, by name: "told the Enquirer", "told Reuters".
_TOLD_LISTENER = re.compile(r"\s+(?:the\s+)?(?P<listener>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=\s*[.,;]|\s*$)")
# What makes the word after it a noun: a determiner, a possessive ("her other claims", "Mueller’s claims").
_NOUN_BEFORE = re.compile(r"(?:(?<![\w-])(?:the|her|his|their|its|our|other|these|those)|\w['’]s)\s+$", re.IGNORECASE)


def _transcript_name(label: str, host: str | None = None) -> Mention:
    """The speaker a transcript label names; ``host`` is the one person the transcript's heading
    names ("Transcript by The Hon Christian Porter MP"), whom an office label means."""
    bare = _TITLES.sub("", label).strip()
    if _is_office(label):
        if host is not None:
            return Mention(label, host, role=label.lower(), person=True)
        # "MINISTER:", "PRIME MINISTER:": an office, not a name; who holds it is read like any office's
        office = parse_mention(f"the {label.lower()}")
        if office is not None and office.name is None:
            return evolve(office, text=label)
    name = " ".join(part.capitalize() if part.isupper() else part for part in re.split(r"(\s+|-)", bare))
    name = re.sub(r"\s+", " ", name).replace(" - ", "-")
    gender = "female" if _FEMALE_TITLES.match(label) else ("male" if label.startswith("MR") else None)
    return Mention(label, name, person=True, gender=gender)


def _is_office(label: str) -> bool:
    """Whether a transcript label is an office ("MINISTER", "PRIME MINISTER"), not a name."""
    return _TITLES.sub("", label).strip() == label and is_role(label.lower()) and is_role(label.split()[-1].lower())


# A transcript's heading naming whose it is: "Transcript by The Hon Christian Porter MP",
# "Interview with the Hon. Jane Smith", "Doorstop with Treasurer Jim Chalmers".
_HOST = re.compile(
    r"^(?i:Transcript|Interview|Doorstop(?: interview)?|Press conference|Media conference|Remarks|Speech)"
    r"(?i: by| of| with)?\s+(?i:the\s+)?(?:Hon\.?\s+|Honourable\s+)?(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
    r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}?)(?:\s+(?:MP|MLA|MSP|MS|TD|Senator))?\s*$"
)
_HEADING_LINES = 4  # lines before the first label where a transcript's heading may name its host


def _transcript_host(text: str, start: int, labels: list[re.Match[str]]) -> str | None:
    """The one person a transcript's heading names, when its speakers' labels are one office
    and questioners ("MINISTER:", "JOURNALIST:"), else None."""
    offices = {m.group("label").strip() for m in labels if not _asks(m.group("label"))}
    if len(offices) != 1 or not _is_office(next(iter(offices))):
        return None
    heading = [line for line in text[start:].split("\n") if line.strip()][:_HEADING_LINES]
    hosts = {m.group("name") for line in heading if (m := _HOST.match(line.strip())) is not None}
    hosts = {name for name in hosts if not is_role(name.split()[-1].lower())}
    return hosts.pop() if len(hosts) == 1 else None


def transcript_questions(text: str, start: int = 0) -> list[Span]:
    """The paragraphs a transcript gives to reporters' questions (``QUESTION:``, ``Q``), not drafted."""
    spans = []
    questioner = False
    position = start
    for line in text[start:].split("\n"):
        label = _LABEL.match(line) or _LONE_LABEL.match(line)
        if label is not None:
            questioner = _asks(label.group("label"))
        if questioner and line.strip():
            spans.append(Span(position, position + len(line)))
        position += len(line) + 1
    return spans


@frozen
class _Turn:
    """Who speaks in a transcript now; ``label`` is a label ("MINISTER:") whose first paragraph is
    still to come, and takes the label, and the colon at ``colon``, as its cue."""

    speaker: Mention
    label: Span | None = None
    colon: int = 0


def _labelled(turn: _Turn, begin: int, end: int) -> Attribution:
    """The first paragraph of a labelled turn, its label the speaker's mention and its colon the cue."""
    return Attribution(
        speaker=turn.speaker,
        cue=":",
        lemma="say",
        start=begin,
        end=end,
        cue_span=Span(turn.colon, turn.colon + 1),
        speaker_span=turn.label,
        rule="transcript-label",
        confidence=0.9,
    )


def _transcript_line(
    text: str, line_start: int, line_end: int, speaking: _Turn | None, host: str | None = None
) -> tuple[Attribution | None, _Turn | None] | None:
    """A line of a transcript: a labelled turn ("MR PRICE: Good afternoon.", or "MINISTER:" over
    the paragraphs below) with the speaker it opens (a reporter's question opens none), or a
    paragraph of the current speaker's turn; None for a line the transcript reading leaves to the
    quotes (short, or with nobody speaking)."""
    line = text[line_start:line_end]
    lone = _LONE_LABEL.match(line)
    if lone is not None:
        name = lone.group("label").strip()
        if _asks(name):
            return None, None
        speaker = _transcript_name(name, host)
        return None, _Turn(speaker, Span(line_start, line_start + len(name)), line_start + len(name))
    label = _LABEL.match(line)
    if label is not None:
        name = label.group("label").strip()
        if _asks(name):
            return None, None
        speaker = _transcript_name(name, host)
        begin, end = _trim(text, line_start + label.start("rest"), line_end)
        turn = _Turn(speaker, Span(line_start, line_start + len(name)), line_start + label.end("label"))
        return _labelled(turn, begin, end), _Turn(speaker)
    if speaking is None or _words(line) < _MIN_WORDS:
        return None
    begin, end = _trim(text, line_start, line_end)
    if speaking.label is not None:  # the first paragraph under a lone label: the label is its cue
        return _labelled(speaking, begin, end), _Turn(speaking.speaker)
    # the label's speaker, named again: each paragraph stands alone
    paragraph = Attribution(
        speaker=speaking.speaker,
        cue=":",
        lemma="say",
        start=begin,
        end=end,
        rule="transcript-paragraph",
        confidence=0.8,
    )
    return paragraph, speaking


def find_quotes(text: str, start: int = 0) -> list[Attribution]:
    """Every direct quote with its speaker (or a continuation of the previous one).

    Args:
        text: the article (line ends already ``\\n``).
        start: where the article proper begins.

    Returns:
        Attributions in text order; ``same_as`` indexes this list.
    """
    found: list[Attribution] = []
    labels = [m for m in (_LABEL.match(line) or _LONE_LABEL.match(line) for line in text[start:].split("\n")) if m]
    transcript = sum(1 for m in labels if not _asks(m.group("label"))) >= 2 and any(
        m.group("label").startswith(("MR", "MS", "MRS")) or _asks(m.group("label")) for m in labels
    )
    host = _transcript_host(text, start, labels) if transcript else None
    speaking: _Turn | None = None  # the transcript's current speaker
    last_quote: int | None = None  # the last attributed quote, for continuations
    chain_broken = False  # a quote with no speaker the rules could read came last
    # Paragraphs of a quote running on with no speaker yet, which the run's cue may name at its end.
    run_unattributed: list[int] = []
    open_quote = False  # the previous paragraph left a quote open
    intro = None  # the previous paragraph ended "X said:", introducing this one's quote
    line_start = start
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        line = text[line_start:line_end]
        if not line.strip():
            line_start = line_end + 1
            continue
        attributable = _ATTRIBUTE_TO.match(line)
        if attributable is not None and (mention := parse_mention(attributable.group("who"))) is not None:
            # "Please attribute to Detective Sergeant Richard Sami:": a release whose paragraphs below
            # are all that officer's, read as a transcript turn
            who = Span(line_start + attributable.start("who"), line_start + attributable.end("who"))
            colon = line_start + line.index(":", attributable.end("who"))
            transcript, speaking = True, _Turn(mention, who, colon)
            line_start = line_end + 1
            continue
        if transcript:
            turn = _transcript_line(text, line_start, line_end, speaking, host)
            if turn is not None:
                attribution, speaking = turn
                if attribution is not None:
                    found.append(attribution)
                line_start = line_end + 1
                continue
        headline = _HEADLINE.match(line)
        # "On the transfer window: “…”": a topic, no speaker; the quote goes on with the last one
        topic_open = None
        if headline is not None and _TOPIC_LABEL.match(headline.group("speaker")):
            topic_open, headline = line_start + headline.start("open"), None
        continued_open = open_quote
        if not continued_open:
            run_unattributed = []
        open_quote = False
        introduced, intro = intro, _intro(text, line_start, line_end)
        if not continued_open and not _ANY_MARK.search(line) and _REPORTS_SPEECH.search(line):
            # "Thompson said the suggestion did not stack up.": reported speech names a speaker anew,
            # so a quote after it may continue it (whose, the merge with the sentence patterns decides)
            last_quote, chain_broken = None, False
        for quote in _quotes(text, line_start, line_end):
            begin, end = _trim(text, quote.start, quote.end)
            if end <= begin:
                continue
            standalone = _sentence_start(text, line_start, quote.open) or quote.open == topic_open
            after = _after(text, quote, line_end)
            sentence_start = _sentence_begin(text, line_start, quote.open)
            before = None if after is not None else _before(text, quote, sentence_start)
            if after is None and before is None and introduced is not None and quote.open == line_start:
                before = introduced  # "Roberts said:" / “This case carries ...”
            if (
                headline is not None
                and quote.open == line_start + headline.start("open")
                and after is None
                and before is None
            ):
                found_speaker = _introducer(headline.group("speaker"))
                if found_speaker is not None:
                    mention, offset, length = found_speaker
                    colon = line_start + headline.end("speaker")
                    before = (
                        mention,
                        Span(line_start + offset, line_start + offset + length),
                        Span(colon, colon + 1),
                        ":",
                    )
            if quote.close == line_end and quote.end == line_end and text[quote.open] in "“«'\"":
                open_quote = True
            told_relay = _told_the_one_before(text, after, sentence_start, quote.open, line_end) if after else None
            if after is not None and told_relay is None and _cue_right_before(text, quote, sentence_start):
                # "Singh called the couple, saying “someone would visit them”, he added": the words
                # are Singh's, which the one adding relays; no speaker the rules can give them.
                continue
            attributed = after if after is not None else before
            if attributed is not None:
                mention, speaker_span, cue_span, cue = attributed
                if not standalone and after is not None:
                    if _title_like(text[begin:end]):
                        continue  # 'During the latest taping of "WRAL Listens," the mayor criticized …'
                    sentence = _sentence_holding(text, sentence_start, quote)
                    if sentence is not None:
                        begin, end = sentence
                    elif _words(text[begin:end]) < _MIN_WORDS:
                        continue
                relay = told_relay
                if before is not None:
                    relay = _relay_before(text, sentence_start, speaker_span.start)
                if after is not None and continued_open and quote.open == line_start:
                    # '"It is baffling ... media. / "We stand by our statement," said Solomon.': the
                    # run's speaker, named at its end, is its opening paragraphs' speaker too (a
                    # pronoun there is read once, where it is printed, for the whole run)
                    pronoun_span = speaker_span if mention.name is None and mention.description is None else None
                    for index in run_unattributed:
                        if mention.name is not None:
                            found[index] = _named_by_its_run(found[index], mention, cue)
                        elif pronoun_span is not None and not _after_reported_speech(text, found[index].start):
                            # (after reported speech the run continues that statement's speaker, whom
                            # the merge with the sentence patterns finds)
                            found[index] = _named_by_its_run(found[index], mention, cue, pronoun_span)
                run_unattributed = []
                found.append(
                    Attribution(
                        speaker=mention,
                        cue=cue,
                        lemma=cue_lemma(cue) if cue != ":" else "say",
                        start=begin,
                        end=end,
                        cue_span=cue_span,
                        speaker_span=speaker_span,
                        relay=relay,
                        rule="quote-then-speaker" if after is not None else "speaker-then-quote",
                        confidence=0.9 if mention.name else 0.75,
                    )
                )
                last_quote, chain_broken = len(found) - 1, False
                continue
            inside = _CUE_INSIDE.search(text, begin, end) if standalone else None
            named_inside = parse_mention(inside.group("speaker")) if inside is not None else None
            if inside is not None and named_inside is not None and named_inside.name is not None:
                # '"… representing Cheyenne, Orr said."': the closing mark misplaced after the cue;
                # the name and the cue inside the marks are the quote's own
                found.append(
                    Attribution(
                        speaker=named_inside,
                        cue=inside.group("cue"),
                        lemma=cue_lemma(inside.group("cue")),
                        start=begin,
                        end=inside.start(),
                        cue_span=Span(inside.start("cue"), inside.end("cue")),
                        speaker_span=Span(inside.start("speaker"), inside.end("speaker")),
                        rule="quote-then-speaker",
                        confidence=0.6,
                        review="the quote's closing mark stands after its speaker and cue: check the quote's end",
                    )
                )
                last_quote, chain_broken = len(found) - 1, False
                continue
            # A quote standing alone continues the last attributed quote, or the reported speech
            # before it (whose, the merge with the sentence patterns decides); never past a quote
            # whose speaker could not be read.
            continues = (
                not chain_broken
                and (
                    (standalone and _words(text[begin:end]) >= _MIN_WORDS)
                    or (continued_open and quote.open == line_start)
                    # a short sentence of its own right after the last quote's cue, in its paragraph:
                    # "“…,” Hill said. “Nobody listened.”" (a scare quote is no sentence)
                    or (
                        standalone
                        and last_quote is not None
                        and found[last_quote].start >= line_start
                        and _a_sentence(text[begin:end])
                    )
                )
                # a finite cue right before the quote ("… but adds: “…”") has a subject of its own,
                # whom the sentence patterns read; only in the last quote's paragraph is it that one's
                and (
                    not _cue_right_before(text, quote, line_start)
                    or (
                        last_quote is not None
                        and (found[last_quote].start >= line_start or _participle_right_before(text, quote))
                    )
                )
            )
            if continues and _crosshead(text, line_start, line_end, quote):
                continues = False  # "‘We have not attacked anyone’" on a line of its own: a heading
            labelled = headline is not None and quote.open == line_start + headline.start("open")
            if labelled:
                # "Someone the rules cannot read: “…”": the label names a speaker of its own, so the
                # quote is never the previous speaker's run on, nor is what follows it
                continues = False
                last_quote, chain_broken = None, True
            if continues and not _has_cue(text, quote, line_end):
                found.append(
                    Attribution(
                        speaker=None,
                        cue="",
                        lemma="say",
                        start=begin,
                        end=end,
                        same_as=last_quote,
                        rule="continued-quote",
                        confidence=0.6,
                        review="a quote with no cue of its own, given to the previous quote's speaker",
                    )
                )
                if (
                    quote.close == line_end
                    and text[quote.open] in '“"«'
                    and (text[begin:end].rstrip().endswith((".", "!", "?")))
                ):
                    run_unattributed.append(len(found) - 1)  # a run's opening paragraph: its end may name it
                last_quote = len(found) - 1
            elif standalone and _words(text[begin:end]) >= _MIN_WORDS:
                # A quote whose speaker the rules could not read breaks the chain: what follows
                # it may be that unknown speaker's, never the one before.
                last_quote, chain_broken = None, True
        line_start = line_end + 1
    return found


# A name and its cue closing a quote's own words, the closing mark misplaced after them: '"…, Orr said."'.
_CUE_INSIDE = re.compile(
    r",\s*(?P<speaker>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s+(?P<cue>said|says|added|adds)[.!]?\s*$"
)
_QUOTING = re.compile(r"^Quoting\s+")
_LEADING_NAME = re.compile(r"^[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}(?=\s+[a-z]|$)")


def _introducer(words: str) -> tuple[Mention, int, int] | None:
    """The speaker of a paragraph that introduces its own quote: ``Name: “…”``, ``Quoting X: “…”``,
    ``Tim Brewster upset with his coaching: “…”`` (the name leading a summary of the quote).

    Returns:
        The mention, its offset in ``words`` and its length; None when no person or body leads.
    """
    quoting = _QUOTING.match(words)
    offset = quoting.end() if quoting is not None else 0
    phrase = words[offset:]
    mention = parse_mention(phrase)
    # "Name: “…”", "Quoting X: “…”", and a role before the name ("Head coach of Romania Alexandru Achim")
    if (
        mention is not None
        and mention.name is not None
        and (mention.person or _capitalised(phrase))
        and (_capitalised(phrase) or quoting is not None or (mention.person and mention.role and not mention.unnamed))
    ):
        return mention, offset, len(phrase)
    leading = _LEADING_NAME.match(phrase)
    if leading is None or not could_be_person(leading.group(0)):
        return None
    mention = parse_mention(leading.group(0))
    if mention is None or mention.name is None or mention.unnamed:
        return None
    return mention, offset, leading.end()


def _capitalised(words: str) -> bool:
    """Whether every word is capitalised (a name, not a clause such as "Mr Gardiner went on")."""
    return all(w[:1].isupper() or w in ("of", "the", "al", "de", "bin") for w in words.split())


def _sentence_begin(text: str, line_start: int, at: int) -> int:
    """Where the sentence holding offset ``at`` begins, within its paragraph.

    The last sentence break is looked for near ``at`` first (most sentences are short), then as far
    back as a sentence may run: a break found near is the last one, as every break starts with its
    mark, so none starting before the near window can end after one starting in it.
    """
    window = max(line_start, at - MAX_SENTENCE)  # a sentence is no longer than that: linear on any line
    for begin in dict.fromkeys((max(window, at - _NEAR_SENTENCE), window)):
        last = _last_break(text, begin, at)
        if last is not None:
            return last
    return window


def _last_break(text: str, begin: int, end: int) -> int | None:
    """Where the last sentence break in ``text[begin:end]`` ends, if there is one."""
    last = None
    for match in _SENTENCE_BREAK.finditer(text, begin, end):
        last = match.end()
    return last


def _has_cue(text: str, quote: _Quote, line_end: int) -> bool:
    """Whether the sentence holding the quote has a cue of its own (then it is not a continuation)."""
    if _closed_sentence(text, quote):
        return False
    tail = text[quote.close : min(line_end, quote.close + MAX_SENTENCE)]
    stop = _STOP.search(tail)
    return CUE.search(tail[: stop.start() if stop else len(tail)]) is not None


# A sentence of a speaker and a cue only, ending its paragraph: "He said.", "CS Kindiki noted.",
# "the minister added." Copy that sets a quote's comma as a full stop prints one after the quote.
_BARE_CUE_SENTENCE = re.compile(
    r"[ \t]+(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[a-z]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    rf"\s+(?:{CUE_VERBS})\s*\.?[ \t]*(?:\n|$)"
)


def _closed_sentence(text: str, quote: _Quote) -> bool:
    """Whether a quote ends its own sentence (``“… hung up.” Young and other analysts said the
    call …``): a full stop inside the closing mark and no comma after it. The cue that follows
    opens the next sentence, with its own content; it is not the quote's.

    A question or exclamation mark does not close the sentence (``“Why?” she asked``), nor an
    ellipsis (``“I was …” he said``), nor a full stop before a lower-case word: no sentence opens
    so, the comma was set as a full stop (``"… in Galle." he said.``).
    """
    if quote.close == quote.end or quote.end < 2 or text[quote.end - 1] != "." or text[quote.end - 2] == ".":
        return False
    if _BARE_CUE_SENTENCE.match(text, quote.close):
        return False  # "“… in foreign nations.” He said.": the sentence after holds no words but its cue
    rest = text[quote.close : quote.close + 3]
    return not rest.lstrip(" ").startswith((",", "\n")) and rest[:1].isspace() and not rest[1:2].islower()
