"""The external form of model entries: plain mappings with the dossier's field names.

One module knows how a Source, Document, Claim, Relation, Question or Review is
spelled outside the program (its *fields*), so dossiers, the ledger store, tables
and exports agree. It does no I/O: the io layer reads and writes the mappings.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping

import attrs

from claimgraph.errors import FieldError
from claimgraph.model.entities import Claim, Document, Proposition
from claimgraph.model.kinds import KINDS
from claimgraph.model.period import Period
from claimgraph.model.values import Figure

__all__ = ["from_fields", "to_fields"]

#: A claim's proposition is spelled like an entry, under its attribute names.
_PROPOSITION_FIELDS = {a.name: a for a in attrs.fields(Proposition) if a.init and not a.name.startswith("_")}
#: Class → its external fields, for writing any entry (or a proposition).
_FIELDS_OF_CLASS = {**{kind.cls: kind.fields for kind in KINDS.values()}, Proposition: _PROPOSITION_FIELDS}


def _build(cls: type, fields: Mapping[str, attrs.Attribute], record: Mapping, prefix: str = "") -> object:
    if record.keys() <= fields.keys():
        # The common case: a sound record. attrs runs every converter and validator;
        # only when it refuses do we take the slow path that explains every problem.
        try:
            values = {fields[key].name: value for key, value in record.items()}
            if cls is Claim and isinstance(values.get("proposition"), Mapping):
                values["proposition"] = _build(Proposition, _PROPOSITION_FIELDS, values["proposition"])
            if cls is Claim and isinstance(values.get("propositions"), list):
                values["propositions"] = [_build(Proposition, _PROPOSITION_FIELDS, p) for p in values["propositions"]]
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
                value = _build(Proposition, _PROPOSITION_FIELDS, value, prefix=f"{prefix}proposition.")
            if cls is Claim and external == "propositions" and isinstance(value, list):
                value = _propositions(value, prefix)
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


def _propositions(records: list, prefix: str) -> list:
    built, errors = [], []
    for index, record in enumerate(records):
        if not isinstance(record, Mapping):
            errors.append((f"{prefix}propositions.{index}", "is not a mapping", "write subject, property and value"))
            continue
        try:
            built.append(_build(Proposition, _PROPOSITION_FIELDS, record, prefix=f"{prefix}propositions.{index}."))
        except FieldError as nested:
            errors.extend(nested.errors)
    if errors:
        raise FieldError(errors)
    return built


def from_fields(kind: str, values: Mapping) -> object:
    """Build a model entry from its external fields.

    Args:
        kind: an entry kind's name (see :data:`~claimgraph.model.kinds.KINDS`).
        values: the fields, with external names (``from``/``to`` for relations).

    Returns:
        The model object.

    Raises:
        FieldError: every field that is unknown, missing or invalid.
    """
    entry_kind = KINDS[kind]
    return _build(entry_kind.cls, entry_kind.fields, values)


def _plain(value: object) -> object:
    if isinstance(value, Figure):
        # As the dossier wrote it, else the canonical form: either parses back to the same figure.
        return value.written or str(value)
    if isinstance(value, Period):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return to_fields(value)
    return value


def to_fields(entry: object, *, with_text: bool = False) -> dict:
    """The external fields of a model entry: fields at their default are left out.

    Args:
        entry: a Source, Document, Claim, Relation, Question, Review or Proposition.
        with_text: include a document's text content (left out by default, since
            dossiers point at a text file instead).

    Returns:
        A dict of JSON- and YAML-ready values, in the class's field order.
    """
    cls = type(entry)
    fields = {}
    for external, attribute in _FIELDS_OF_CLASS[cls].items():
        value = getattr(entry, attribute.name)
        if cls is Document and attribute.name == "text" and entry.text_file is not None and not with_text:
            continue
        at_default = value is None or value == () or value == attribute.default
        if at_default and attribute.default is not attrs.NOTHING:
            continue
        fields[external] = _plain(value)
    return fields
