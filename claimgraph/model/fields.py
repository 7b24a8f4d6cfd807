"""Converters and validators shared by the model's attrs classes: the one place field types are checked.

They raise ``ValueError`` with a sentence that says what is wrong and how to
write it instead; the io layer adds the file, line and entry. A value of the
wrong type (a number where text belongs, a list where one id belongs) raises
:class:`WrongType`, which says what was read so the reader can suggest the fix.

Text policy: every piece of text in every field (ids, names, quotes, notes,
list items, a proposition's value) is a string without NUL, without the other
C0 control characters except tab and line feed, without DEL and the C1 controls
(U+007F-U+009F), without lone surrogates and without U+FFFE / U+FFFF. What
remains is valid in XML 1.0, HTML, CSV, JSON, YAML and on a terminal, so no
export or page can be broken by a character the reader let through.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, TypeVar
from urllib.parse import urlsplit

__all__ = [
    "SLUG_PATTERN",
    "WrongType",
    "check_slug",
    "check_text",
    "check_url",
    "checked_text",
    "describe",
    "finite_number",
    "optional_text",
    "slug_tuple",
    "text",
    "text_tuple",
]

SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")

#: The characters the text policy refuses (see the module's docstring).
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def describe(value: object) -> str:
    """Say what a value read from a file is, for a message: ``the number 42``, ``a list``."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"the true/false value {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return "text"
    return f"a {type(value).__name__}"


class WrongType(ValueError):
    """A field holds a value of the wrong type.

    Attributes:
        expected: what the field takes, e.g. ``text`` or ``a list of ids``.
        value: what was read instead.
        item: the 1-based position in the field's list of the value at fault, or 0.
    """

    def __init__(self, expected: str, value: object, item: int = 0) -> None:
        self.expected = expected
        self.value = value
        self.item = item
        where = f"item {item}: " if item else ""
        super().__init__(f"{where}expected {expected}, read {describe(value)}")

    @property
    def quotable(self) -> bool:
        """True when writing the value in quotes would make it text (a number, date or true/false)."""
        return isinstance(self.value, bool | int | float | dt.date) and not (
            isinstance(self.value, float) and not math.isfinite(self.value)
        )


def checked_text(value: object, expected: str = "text") -> str:
    """Return ``value`` when it is a string the text policy allows; raise otherwise.

    Raises:
        WrongType: not a string.
        ValueError: it holds a character the policy refuses; the message names its code point.
    """
    if type(value) is not str:
        if isinstance(value, str):
            return checked_text(str(value), expected)
        raise WrongType(expected, value)
    found = _FORBIDDEN.search(value)
    if found is not None:
        point = ord(found.group())
        kind = "a lone surrogate" if 0xD800 <= point <= 0xDFFF else "a character not allowed in text"
        if point < 0x20 or 0x7F <= point <= 0x9F:
            kind = "a control character"
        raise ValueError(
            f"holds {kind}, U+{point:04X}, at character {found.start() + 1}; "
            "remove it (text may hold tab and line breaks, but no other control characters)"
        )
    return value


# The validators accept a value of any type (they exist to refuse the wrong ones);
# being generic in it lets attrs keep the field's declared type for ``__init__``.
_Value = TypeVar("_Value")


def check_slug(_instance: object, attribute: object, value: _Value) -> None:
    """Validate an id: lower-case letters, digits, and single ``-``, ``_`` or ``.`` between."""
    if not isinstance(value, str):
        raise WrongType("an id", value)
    if not SLUG_PATTERN.fullmatch(value):
        raise ValueError(
            f"{value!r} is not a valid id: use lower-case letters, digits and single "
            "hyphens, e.g. 'prcs' or 'cogat-crossing-open'"
        )


def check_text(_instance: object, attribute: object, value: _Value) -> None:
    """Validate a required piece of text: a non-blank string."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty piece of text")


def text(value: object) -> object:
    """Check text against the text policy and strip surrounding white space; leave nothing (None) to the validator."""
    return value if value is None else checked_text(value).strip()


def optional_text(value: object) -> str | None:
    """Like :func:`text`, but blank text becomes ``None``."""
    if value is None:
        return None
    value = checked_text(value).strip()
    return None if value == "" else value


def _tuple_of(value: object, what: str) -> tuple[Any, ...]:
    # The items are as read (Any): the callers check each one.
    if isinstance(value, list | tuple):
        return tuple(value)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    raise WrongType(f"a list of {what}, e.g. [a, b]", value)


def slug_tuple(value: object) -> tuple[str, ...]:
    """Turn a list of ids (or one id) into a tuple, validating each id."""
    items = _tuple_of(value, "ids")
    for position, item in enumerate(items, start=1):
        if not isinstance(item, str):
            raise WrongType("an id", item, position)
        check_slug(None, None, item)
    return items  # every item was checked to be a str above


def text_tuple(value: object) -> tuple[str, ...]:
    """Turn a list of strings (or one string) into a tuple of stripped strings."""
    items = _tuple_of(value, "text")
    for position, item in enumerate(items, start=1):
        if not isinstance(item, str):
            raise WrongType("text", item, position)
    stripped = tuple(checked_text(item).strip() for item in items)
    if not all(stripped):
        raise ValueError("must be a non-empty piece of text")
    return stripped


def finite_number(value: object) -> int | float:
    """Return an int or a finite float; refuse NaN and infinity, which no output format can carry."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value!r} is not a finite number; write a number such as 40 or 2.5")
    return value  # type: ignore[return-value]


def check_url(_instance: object, attribute: object, value: _Value) -> None:
    """Validate an optional web address: absolute ``http`` or ``https`` only.

    Other schemes (``javascript:``, ``data:``, ``file:``) are refused here so that
    no later layer can turn them into a live link.
    """
    if value is None:
        return
    if not isinstance(value, str):
        raise WrongType("a web address (http or https)", value)
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc or any(c.isspace() for c in value):
        raise ValueError(f"{value!r} is not an http(s) address; write the full address, e.g. https://example.org/story")
