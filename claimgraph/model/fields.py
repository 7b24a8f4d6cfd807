"""Converters and validators shared by the model's attrs classes.

They raise ``ValueError`` with a sentence that says what is wrong and how to
write it instead; the io layer adds the file, line and entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar
from urllib.parse import urlsplit

__all__ = [
    "SLUG_PATTERN",
    "check_slug",
    "check_text",
    "check_url",
    "optional_text",
    "slug_tuple",
    "text",
    "text_tuple",
]

SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")

# The validators accept a value of any type (they exist to refuse the wrong ones);
# being generic in it lets attrs keep the field's declared type for ``__init__``.
_Value = TypeVar("_Value")


def check_slug(_instance: object, attribute: object, value: _Value) -> None:
    """Validate an id: lower-case letters, digits, and single ``-``, ``_`` or ``.`` between."""
    if not isinstance(value, str) or not SLUG_PATTERN.fullmatch(value):
        raise ValueError(
            f"{value!r} is not a valid id: use lower-case letters, digits and single "
            "hyphens, e.g. 'prcs' or 'cogat-crossing-open'"
        )


def check_text(_instance: object, attribute: object, value: _Value) -> None:
    """Validate a required piece of text: a non-blank string."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty piece of text")


def text(value: object) -> object:
    """Strip surrounding white space from text; leave other values for the validator."""
    return value.strip() if isinstance(value, str) else value


def optional_text(value: object) -> object:
    """Like :func:`text`, but blank text becomes ``None``."""
    value = text(value)
    return None if value == "" else value


def _tuple_of(value: object, what: str) -> tuple[Any, ...]:
    # The items are as read (Any): the callers check each one.
    if type(value) is list or type(value) is tuple:  # the common case, without the ABC check
        return tuple(value)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable) and not isinstance(value, dict):
        return tuple(value)
    raise ValueError(f"must be a list of {what}, e.g. [a, b]")


def slug_tuple(value: object) -> tuple[str, ...]:
    """Turn a list of ids (or one id) into a tuple, validating each id."""
    items = _tuple_of(value, "ids")
    for item in items:
        check_slug(None, None, item)
    return items


def text_tuple(value: object) -> tuple[str, ...]:
    """Turn a list of strings (or one string) into a tuple of stripped strings."""
    items = _tuple_of(value, "strings")
    for item in items:
        check_text(None, None, item)
    return tuple(item.strip() for item in items)


def check_url(_instance: object, attribute: object, value: _Value) -> None:
    """Validate an optional web address: absolute ``http`` or ``https`` only.

    Other schemes (``javascript:``, ``data:``, ``file:``) are refused here so that
    no later layer can turn them into a live link.
    """
    if value is None:
        return
    if not isinstance(value, str):
        raise ValueError("must be a web address (http or https)")
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc or any(c.isspace() for c in value):
        raise ValueError(f"{value!r} is not an http(s) address; write the full address, e.g. https://example.org/story")
