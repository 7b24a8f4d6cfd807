"""The external form of model entries: plain mappings with the dossier's field names.

One module knows how a Source, Document, Claim, Relation or Question is spelled
outside the program, so dossiers, the ledger store and exports agree.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Mapping

import attrs

from claimgraph.errors import FieldError
from claimgraph.model import (
    Claim,
    Document,
    Period,
    Proposition,
    Question,
    Relation,
    Review,
    Source,
)

__all__ = ["KINDS", "FieldError", "field_names", "from_record", "to_record"]

#: Entry kind → (class, external names of fields whose name differs from the attribute).
KINDS: dict[str, tuple[type, dict[str, str]]] = {
    "source": (Source, {}),
    "document": (Document, {}),
    "claim": (Claim, {}),
    "relation": (Relation, {"from": "source", "to": "target"}),
    "question": (Question, {}),
    "review": (Review, {}),
}

_PROPOSITION_KIND = (Proposition, {})


@functools.cache
def _external_names(cls: type, renames: tuple[tuple[str, str], ...]) -> dict[str, attrs.Attribute]:
    attribute_to_external = {attribute: external for external, attribute in renames}
    return {
        attribute_to_external.get(a.name, a.name): a for a in attrs.fields(cls) if a.init and not a.name.startswith("_")
    }


def field_names(kind: str) -> tuple[str, ...]:
    """The external field names of an entry kind, in order (``from``/``to`` for relations)."""
    cls, renames = KINDS[kind]
    return tuple(_names(cls, renames))


def _names(cls: type, renames: dict[str, str]) -> dict[str, attrs.Attribute]:
    return _external_names(cls, tuple(renames.items()))


def _build(cls: type, renames: dict[str, str], record: Mapping, prefix: str = "") -> object:
    fields = _names(cls, renames)
    if record.keys() <= fields.keys():
        # The common case: a sound record. attrs runs every converter and validator;
        # only when it refuses do we take the slow path that explains every problem.
        try:
            values = {fields[key].name: value for key, value in record.items()}
            if cls is Claim and isinstance(values.get("proposition"), Mapping):
                values["proposition"] = _build(*_PROPOSITION_KIND, values["proposition"])
            return cls(**values)
        except (ValueError, TypeError, FieldError):
            pass
    errors: list[tuple[str | None, str, str]] = []
    for key in record:
        if key not in fields:
            close = difflib.get_close_matches(str(key), list(fields), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known fields: {', '.join(fields)}"
            errors.append((prefix + str(key), "is not a known field", hint))
    values = {}
    for external, attribute in fields.items():
        if external not in record:
            if attribute.default is attrs.NOTHING:
                errors.append((prefix + external, "is missing", f"add {external}: ..."))
            continue
        value = record[external]
        try:
            if cls is Claim and external == "proposition" and isinstance(value, Mapping):
                value = _build(*_PROPOSITION_KIND, value, prefix=f"{prefix}proposition.")
            if attribute.converter is not None:
                value = attribute.converter(value)
            if attribute.validator is not None:
                attribute.validator(None, attribute, value)
        except FieldError as nested:
            errors.extend(nested.errors)
            continue
        except (ValueError, TypeError) as exc:
            errors.append((prefix + external, str(exc), ""))
            continue
        values[attribute.name] = value
    if errors:
        raise FieldError(errors)
    try:
        return cls(**values)
    except (ValueError, TypeError) as exc:
        raise FieldError([(None, str(exc), "")]) from None


def from_record(kind: str, record: Mapping) -> object:
    """Build a model entry from its external mapping.

    Args:
        kind: ``source``, ``document``, ``claim``, ``relation``, ``question`` or ``review``.
        record: the fields, with external names (``from``/``to`` for relations).

    Returns:
        The model object.

    Raises:
        FieldError: every field that is unknown, missing or invalid.
    """
    cls, renames = KINDS[kind]
    return _build(cls, renames, record)


def _plain(value: object) -> object:
    if isinstance(value, Period):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return to_record(value)
    return value


def to_record(entry: object, *, with_text: bool = False) -> dict:
    """The external mapping of a model entry: fields at their default are left out.

    Args:
        entry: a Source, Document, Claim, Relation, Question, Review or Proposition.
        with_text: include a document's text content (left out by default, since
            dossiers point at a text file instead).

    Returns:
        A dict of JSON- and YAML-ready values, in the class's field order.
    """
    cls = type(entry)
    renames = next((r for c, r in (*KINDS.values(), _PROPOSITION_KIND) if c is cls), {})
    record = {}
    for external, attribute in _names(cls, renames).items():
        value = getattr(entry, attribute.name)
        if cls is Document and attribute.name == "text" and entry.text_file is not None and not with_text:
            continue
        at_default = value is None or value == () or value == attribute.default
        if at_default and attribute.default is not attrs.NOTHING:
            continue
        record[external] = _plain(value)
    return record
