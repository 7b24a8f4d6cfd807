"""Values of propositions as fact-checkers meet them: exact, range, bound, approximation, relative, category.

A proposition's ``value`` keeps its old plain forms (a number, true/false, a
category such as ``open``) and gains :class:`Figure` for everything else. Each
is written naturally in a dossier and parsed strictly by :func:`parse_value`:

============================  =====================================================
written                       meaning
============================  =====================================================
``471``, ``1,200``,           an exact number (numbers in words are read with the
``five hundred``              ``text2num`` library)
``100-300``, ``100 to 300``,  a range, both ends included (``300-100`` is refused)
``between 100 and 300``
``">= 500"``, ``at least``    a lower bound, included (``at or above``, ``no fewer than``,
``500 or more``, ``500+``     ``a minimum of``)
``"> 314"``, ``more than``    a lower bound, excluded (``over``, ``above``)
``"<= 50"``, ``at most``      an upper bound, included (``up to``, ``at or below``,
``50 or fewer``               ``no more than``, ``as many as``, ``a maximum of``)
``"< 471"``, ``fewer than``   an upper bound, excluded (``less than``, ``under``, ``below``)
``~500``, ``about 500``       an approximation (``around``, ``nearly``, ``roughly``);
``~500 ±10%``                 its tolerance, or the ledger's default (10 %)
``lower than CLAIM``,         relative to another claim's value on the same
``much lower than CLAIM``     subject and property (``higher than`` likewise)
``rocket``, ``open``          a category (text); see :mod:`claimgraph.model.vocabulary`
============================  =====================================================

An explicit mapping says the same: ``{at_least: 500}``, ``{between: [100, 300]}``,
``{about: 500, tolerance: 5%}``, ``{lower_than: moh-471, much: true}``,
``{exactly: 471}``, ``{category: rocket}``.

``str(figure)`` is the canonical written form; ``parse_value(str(f)) == f``, so
every export that writes values as text carries them losslessly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import Decimal

from attrs import field, frozen
from text_to_num import text2num

__all__ = ["FIGURE_FORMS", "Figure", "Tolerance", "Value", "ValueError_", "parse_number", "parse_value", "value_text"]

#: The forms a :class:`Figure` takes.
FIGURE_FORMS = ("range", "at-least", "more-than", "at-most", "less-than", "about", "lower-than", "higher-than")

_EXAMPLES = "e.g. 471, 1,200, 100-300, '>= 500', 'at least 500', '< 471', ~500, 'about 500 ±10%'"


class ValueError_(ValueError):
    """A value that reads as a number but cannot be parsed; the message ends with valid forms."""

    def __init__(self, problem: str) -> None:
        super().__init__(f"{problem} (write {_EXAMPLES})")


@frozen
class Tolerance:
    """How far an approximation reaches: an absolute amount, or a fraction of its value.

    Attributes:
        amount: the amount (10 means 10 units, or 10 % when ``relative``).
        relative: True for a percentage.
    """

    amount: float | int
    relative: bool = False

    def reach(self, centre: float) -> float:
        """The half-width around ``centre``."""
        return abs(centre) * self.amount / 100 if self.relative else self.amount

    def __str__(self) -> str:
        return f"{_number_text(self.amount)}{'%' if self.relative else ''}"


@frozen
class Figure:
    """A stated figure that is not a single exact number.

    Attributes:
        form: one of :data:`FIGURE_FORMS`.
        low: the lower end (range, at-least, more-than) or the centre (about).
        high: the upper end (range, at-most, less-than).
        tolerance: an approximation's own tolerance; None takes the ledger's default.
        than: the claim a relative figure is compared against.
        much: True for "much lower / much higher" (kept for the reader; the
            comparison treats it as lower / higher).
        written: the text as the dossier wrote it ("about 40"), kept so that a
            dossier is written back as it was; not part of equality.
    """

    form: str
    low: float | int | None = None
    high: float | int | None = None
    tolerance: Tolerance | None = None
    than: str | None = None
    much: bool = False
    written: str | None = field(default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.form not in FIGURE_FORMS:
            raise ValueError_(f"{self.form!r} is not a figure form; use one of {', '.join(FIGURE_FORMS)}")
        if self.form == "range" and self.low is not None and self.high is not None and not self.low <= self.high:
            raise ValueError_(
                f"the range {_number_text(self.low)}-{_number_text(self.high)} runs backwards: "
                "write the lower number first"
            )

    @property
    def is_relative(self) -> bool:
        """True when the figure is stated against another claim's value."""
        return self.form in ("lower-than", "higher-than")

    def __str__(self) -> str:
        low, high = _number_text(self.low), _number_text(self.high)
        return {
            "range": lambda: f"{low}-{high}",
            "at-least": lambda: f">= {low}",
            "more-than": lambda: f"> {low}",
            "at-most": lambda: f"<= {high}",
            "less-than": lambda: f"< {high}",
            "about": lambda: f"~{low}" + (f" ±{self.tolerance}" if self.tolerance else ""),
            "lower-than": lambda: f"{'much ' if self.much else ''}lower than {self.than}",
            "higher-than": lambda: f"{'much ' if self.much else ''}higher than {self.than}",
        }[self.form]()

    def words(self) -> str:
        """The figure in words for a reader ("at least 500", "100 to 300")."""
        low, high = _number_text(self.low, grouped=True), _number_text(self.high, grouped=True)
        return {
            "range": lambda: f"{low} to {high}",
            "at-least": lambda: f"at least {low}",
            "more-than": lambda: f"more than {low}",
            "at-most": lambda: f"at most {high}",
            "less-than": lambda: f"fewer than {high}",
            "about": lambda: f"about {low}" + (f" (±{self.tolerance})" if self.tolerance else ""),
            "lower-than": lambda: f"{'much ' if self.much else ''}lower than claim {self.than}",
            "higher-than": lambda: f"{'much ' if self.much else ''}higher than claim {self.than}",
        }[self.form]()


#: Every value a proposition holds: an exact number, true/false, a category (text) or a figure.
Value = str | int | float | bool | Figure


def _number_text(number: float | int | None, *, grouped: bool = False) -> str:
    if number is None:
        return ""
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if isinstance(number, float):
        # The shortest text that reads back as the same float, in plain digits (no exponent,
        # which parse_number does not read): "10000.01", never "10000" as ``:g`` would give.
        exact = Decimal(repr(number))
        return f"{exact:,f}" if grouped else f"{exact:f}"
    return f"{number:,}" if grouped else str(number)


_DIGITS = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


_VAGUE = re.compile(r"\b(?:tens|dozens|hundreds|thousands|millions|billions)\b")


def parse_number(text: str) -> int | float:
    """A number written in digits (``1,200``, ``4.5``) or in English words (``five hundred``).

    Raises:
        ValueError_: the text is not a number.
    """
    cleaned = text.strip()
    if _DIGITS.fullmatch(cleaned):
        digits = cleaned.replace(",", "")
        # a whole number exactly, not through a float (which keeps only 15 or 16 digits)
        return float(digits) if "." in digits else int(digits)
    if not cleaned:
        raise ValueError_("a number is missing")
    if _VAGUE.search(cleaned.lower()):
        # "hundreds", "thousands": no one number (text2num would read them as 100 and 1000).
        raise ValueError_(f"{cleaned!r} is not one number")
    try:
        spelled: int | float = text2num(cleaned.lower(), "en")
        return spelled
    except ValueError:
        raise ValueError_(f"{text.strip()!r} is not a number") from None


_LOWER_INCLUSIVE = (
    "at least",
    "no fewer than",
    "not fewer than",
    "no less than",
    "not less than",
    "at or above",
    "a minimum of",
    "minimum of",
    ">=",
    "≥",
)
_LOWER_EXCLUSIVE = ("more than", "greater than", "over", "above", "in excess of", "upwards of", ">")
_UPPER_INCLUSIVE = (
    "at most",
    "no more than",
    "not more than",
    "no higher than",
    "not higher than",
    "up to",
    "at or below",
    "as many as",
    "a maximum of",
    "maximum of",
    "<=",
    "≤",
)
_UPPER_EXCLUSIVE = ("fewer than", "less than", "under", "below", "<")
_ABOUT = (
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "circa",
    "an estimated",
    "more or less",
    "~",
    "≈",
)
_BOUNDS = (
    *((word, "at-least") for word in _LOWER_INCLUSIVE),
    *((word, "more-than") for word in _LOWER_EXCLUSIVE),
    *((word, "at-most") for word in _UPPER_INCLUSIVE),
    *((word, "less-than") for word in _UPPER_EXCLUSIVE),
)
# A bound written after its number: "50 or fewer", "500 or more", "500+", "50 at most".
_TRAILING_BOUND = re.compile(
    r"(?P<number>.+?)\s*(?:(?P<lower>\+|\s(?:or more|or greater|or above|or over|or higher|at least|plus))"
    r"|\s(?P<upper>or fewer|or less|or below|or under|or lower|at most))"
)
_RELATIVE = re.compile(
    r"(?P<much>(?:much|significantly|considerably|far)\s+)?(?P<way>lower|fewer|less|higher|more|greater)\s+than\s+"
    r"(?:claim\s+)?(?P<than>[a-z0-9]+(?:[-_.][a-z0-9]+)*)"
)
_RANGE = re.compile(r"(?:between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)|(?:from\s+)?(?P<c>.+?)\s*(?:-|–|—|\bto\b)\s*(?P<d>.+))")
_TOLERANCE = re.compile(r"(?P<rest>.*?)\s*(?:±|\+/-)\s*(?P<amount>[\d.,]+)\s*(?P<percent>%?)")
# Text that starts like a figure must parse as one: "at least" alone is an error, not a category.
_FIGURE_START = re.compile(
    r"[\d~≈<>≥≤±+\-{\[]|(?:"
    + "|".join(re.escape(w) for w, _ in _BOUNDS if w[0].isalpha())
    + "|"
    + "|".join(w for w in _ABOUT if w[0].isalpha())
    + r"|between|much|significantly|considerably|lower|higher|exactly)\b"
)


def _starts(text: str, word: str) -> str | None:
    if text.startswith(word) and (not word[-1].isalpha() or len(text) == len(word) or not text[len(word)].isalpha()):
        return text[len(word) :].strip()
    return None


def _number_after(text: str, word: str, rest: str) -> int | float:
    """The number a bound or an approximation's word is followed by; an error that quotes the whole value."""
    if not rest:
        raise ValueError_(f"{text!r}: {word!r} needs a number after it")
    try:
        return parse_number(rest)
    except ValueError_:
        raise ValueError_(f"{text!r}: {word!r} needs a number after it, and {rest!r} is not one") from None


def _trailing_bound(found: re.Match[str]) -> Figure:
    number = parse_number(found["number"])
    return Figure("at-least", low=number) if found["lower"] else Figure("at-most", high=number)


def _parse_text(raw: str) -> Value:
    text = " ".join(raw.strip().split())
    lowered = text.lower()
    if not _FIGURE_START.match(lowered):
        try:
            return parse_number(lowered)  # "five hundred"
        except ValueError:
            pass
        trailing = _TRAILING_BOUND.fullmatch(lowered)  # "five hundred or more"
        try:
            return _trailing_bound(trailing) if trailing else text
        except ValueError:
            return text  # a category, or any other text value
    for word, form in _BOUNDS:
        rest = _starts(lowered, word)
        if rest is not None:
            number = _number_after(text, word, rest)
            return Figure(form, low=number) if form in ("at-least", "more-than") else Figure(form, high=number)
    relative = _RELATIVE.fullmatch(lowered)
    if relative:
        way = "lower-than" if relative["way"] in ("lower", "fewer", "less") else "higher-than"
        return Figure(way, than=relative["than"], much=bool(relative["much"]))
    if lowered.startswith(("much ", "significantly ", "considerably ", "lower ", "higher ")):
        raise ValueError_(f"{text!r}: a relative figure names the claim it is compared with, e.g. 'lower than moh-471'")
    for word in _ABOUT:
        rest = _starts(lowered, word)
        if rest is not None:
            tolerance = None
            with_tolerance = _TOLERANCE.fullmatch(rest)
            if with_tolerance:
                rest = with_tolerance["rest"]
                tolerance = Tolerance(parse_number(with_tolerance["amount"]), bool(with_tolerance["percent"]))
            return Figure("about", low=_number_after(text, word, rest), tolerance=tolerance)
    if lowered[0] in "{[":
        raise ValueError_(
            f"{text!r} is written like a mapping or a list, in text: write the form itself "
            "(e.g. 100-300, 'at least 500') or, in a dossier, a mapping such as {between: [100, 300]}"
        )
    trailing = _TRAILING_BOUND.fullmatch(lowered)
    if trailing:
        return _trailing_bound(trailing)
    exactly = _starts(lowered, "exactly") if lowered.startswith("exactly") else _starts(lowered, "=")
    if exactly is not None:
        return parse_number(exactly)
    try:
        return parse_number(lowered)
    except ValueError:
        pass
    ranged = _RANGE.fullmatch(lowered)
    if ranged:
        first, second = (ranged["a"], ranged["b"]) if ranged["a"] is not None else (ranged["c"], ranged["d"])
        return Figure("range", low=parse_number(first), high=parse_number(second))
    raise ValueError_(f"{text!r} reads as a figure but is not one")


def _tolerance_of(value: object) -> Tolerance:
    text = str(value).strip()
    percent = text.endswith("%")
    number = parse_number(text.rstrip("%").strip())
    if number < 0:
        raise ValueError_(f"tolerance {text!r} is negative")
    return Tolerance(number, percent)


_MAPPING_FORMS = {
    "at_least": "at-least",
    "more_than": "more-than",
    "at_most": "at-most",
    "less_than": "less-than",
    "fewer_than": "less-than",
}


def _parse_mapping(mapping: Mapping[object, object]) -> Value:
    keys = set(mapping) - {"tolerance", "much"}
    if len(keys) != 1:
        raise ValueError_(
            f"a value mapping names one form, not {sorted(map(str, mapping)) or 'none'}: "
            "exactly, between, at_least, more_than, at_most, less_than, about, lower_than, higher_than or category"
        )
    (key,) = keys
    try:
        return _mapped(key, mapping)
    except ValueError_ as exc:
        if str(exc).startswith(f"{key}:"):
            raise
        problem = str(exc).split(" (write e.g.")[0]
        raise ValueError_(f"{key}: {problem}") from None


def _mapped(key: object, mapping: Mapping[object, object]) -> Value:
    given = mapping[key]
    if key == "category":
        if not isinstance(given, str) or not given.strip():
            raise ValueError_("category: needs a name, e.g. {category: rocket}")
        return given.strip()
    if key == "exactly":
        return _number_of(given)
    if key == "between":
        if not isinstance(given, list | tuple) or len(given) != 2:
            raise ValueError_("between: needs two numbers, e.g. {between: [100, 300]}")
        return Figure("range", low=_number_of(given[0]), high=_number_of(given[1]))
    if key in _MAPPING_FORMS:
        form = _MAPPING_FORMS[key]
        number = _number_of(given)
        return Figure(form, low=number) if form in ("at-least", "more-than") else Figure(form, high=number)
    if key == "about":
        tolerance = _tolerance_of(mapping["tolerance"]) if mapping.get("tolerance") is not None else None
        return Figure("about", low=_number_of(given), tolerance=tolerance)
    if key in ("lower_than", "higher_than"):
        if not isinstance(given, str) or not re.fullmatch(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*", given):
            raise ValueError_(f"{key}: names a claim id, e.g. {{{key}: moh-471-statement}}")
        return Figure(key.replace("_", "-"), than=given, much=bool(mapping.get("much", False)))
    raise ValueError_(f"{key!r} is not a value form")


def _number_of(value: object) -> int | float:
    if isinstance(value, bool):
        raise ValueError_("true/false is not a number")
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise ValueError_(f"{value!r} is not a finite number")
        return value
    if isinstance(value, str):
        return parse_number(value)
    raise ValueError_(f"{value!r} is not a number")


def parse_value(value: object) -> Value:
    """Read a proposition's value from a dossier, strictly.

    Returns:
        An ``int`` or ``float`` for an exact number, ``bool`` for true/false,
        a :class:`Figure`, or ``str`` for a category (or other text).

    Raises:
        ValueError_: text that reads as a figure but is malformed ("300-100",
            "at least" with no number), or a malformed mapping.
    """
    if isinstance(value, Figure | bool):
        return value
    if isinstance(value, int | float):
        return value  # as before figures: the store refuses what JSON cannot spell (NaN)
    if isinstance(value, str):
        parsed = _parse_text(value)
        if isinstance(parsed, Figure) and str(parsed) != value.strip():
            object.__setattr__(parsed, "written", value.strip())
        return parsed
    if isinstance(value, Mapping):
        return _parse_mapping(value)
    raise ValueError_(f"{value!r} must be a single number, text, true/false or a value mapping")


def value_text(value: object) -> str:
    """A value as a reader sees it: figures in words, numbers grouped, categories as they are."""
    if isinstance(value, Figure):
        return value.words()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return _number_text(value, grouped=True)
    return str(value)
