"""The external form of model entries: plain mappings with the dossier's field names.

One module knows how a Source, Document, Claim, Relation, Question or Review is
spelled outside the program (its *fields*), so dossiers, the ledger store, tables
and exports agree. It does no I/O: the io layer reads and writes the mappings.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from typing import Any

import attrs

from claimgraph.errors import FieldError
from claimgraph.model.entities import Claim, Document, Proposition, Translation
from claimgraph.model.fields import WrongType, describe
from claimgraph.model.kinds import KINDS
from claimgraph.model.period import Period
from claimgraph.model.values import Figure

__all__ = ["from_fields", "to_fields"]


def _own_fields(cls: type[Any]) -> dict[str, attrs.Attribute[Any]]:
    return {a.name: a for a in attrs.fields(cls) if a.init and not a.name.startswith("_")}


#: A claim's proposition and translation are spelled like entries, under their attribute names.
_NESTED = {
    "proposition": (Proposition, _own_fields(Proposition)),
    "translation": (Translation, _own_fields(Translation)),
}
#: Class → its external fields, for writing any entry (or a proposition, or a translation).
_FIELDS_OF_CLASS = {**{kind.cls: kind.fields for kind in KINDS.values()}, **dict(_NESTED.values())}


def _wrong_type(name: str, exc: WrongType, read_as: str, spelled: str | None = None) -> tuple[str, str, str]:
    """(field, message, hint) for a value of the wrong type: what was read, and how to quote it.

    ``spelled`` is the value as the file wrote it (``False``, ``yes``), when the reader kept it.
    """
    reader = f"{read_as} read" if read_as else "read"
    where = f"item {exc.item}: " if exc.item else ""
    message = f"{where}expected {exc.expected}, {reader} {describe(exc.value)}"
    if not exc.quotable:
        return name, message, ""
    written = exc.value.isoformat() if isinstance(exc.value, dt.date) else str(exc.value)
    if isinstance(exc.value, bool):
        written = written.lower()
    if spelled is not None and not exc.item:
        written = spelled
    key = name.rsplit(".", 1)[-1]
    if exc.item:
        quote = '"' if read_as == "JSON" else "'"
        return name, f"{message}; quote it: {quote}{written}{quote}", ""
    if read_as == "JSON":
        return name, f'{message}; quote it: "{key}": "{written}"', ""
    return name, f"{message}; quote it: {key}: '{written}'", ""


def _build(
    cls: type[Any],
    fields: Mapping[str, attrs.Attribute[Any]],
    record: Mapping[str, object],
    prefix: str = "",
    read_as: str = "",
) -> object:
    if record.keys() <= fields.keys():
        # The common case: a sound record. attrs runs every converter and validator;
        # only when it refuses do we take the slow path that explains every problem.
        try:
            values = {fields[key].name: value for key, value in record.items()}
            if cls is Claim:
                for name, (nested_cls, nested_fields) in _NESTED.items():
                    if isinstance(nested := values.get(name), Mapping):
                        values[name] = _build(nested_cls, nested_fields, nested)
                if isinstance(several := values.get("propositions"), list):
                    values["propositions"] = [_build(Proposition, _NESTED["proposition"][1], p) for p in several]
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
            if cls is Claim and external in _NESTED and isinstance(value, Mapping):
                nested_cls, nested_fields = _NESTED[external]
                value = _build(nested_cls, nested_fields, value, f"{prefix}{external}.", read_as)
            if cls is Claim and external == "propositions" and isinstance(value, list):
                value = _propositions(value, prefix, read_as)
            if attribute.converter is not None:
                # attrs types Attribute.converter as a Converter wrapper, but it holds the
                # plain function given to field(), as every converter in the model is.
                value = attribute.converter(value)  # type: ignore[operator]
            if attribute.validator is not None:
                attribute.validator(None, attribute, value)
        except FieldError as nested:
            errors.extend(nested.errors)
            continue
        except WrongType as exc:
            # A reader that keeps the spelling of non-text values (the YAML one does) says how to quote it as written.
            spelling = getattr(record, "spelling", None)
            spelled = spelling.get(external) if isinstance(spelling, dict) else None
            errors.append(_wrong_type(prefix + external, exc, read_as, spelled))
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


def _propositions(records: list[object], prefix: str, read_as: str) -> list[object]:
    built: list[object] = []
    errors: list[tuple[str | None, str, str]] = []
    for index, record in enumerate(records):
        if not isinstance(record, Mapping):
            errors.append((f"{prefix}propositions.{index}", "is not a mapping", "write subject, property and value"))
            continue
        try:
            built.append(
                _build(Proposition, _NESTED["proposition"][1], record, f"{prefix}propositions.{index}.", read_as)
            )
        except FieldError as nested:
            errors.extend(nested.errors)
    if errors:
        raise FieldError(errors)
    return built


def from_fields(kind: str, values: Mapping[str, object], *, read_as: str = "") -> object:
    """Build a model entry from its external fields.

    Args:
        kind: an entry kind's name (see :data:`~claimgraph.model.kinds.KINDS`).
        values: the fields, with external names (``from``/``to`` for relations).
        read_as: the format the values were parsed from (``YAML``, ``JSON``), so a
            value of the wrong type is reported as what that format read, with the
            quoting that makes it text.

    Returns:
        The model object.

    Raises:
        FieldError: every field that is unknown, missing or invalid.
    """
    entry_kind = KINDS[kind]
    return _build(entry_kind.cls, entry_kind.fields, values, read_as=read_as)


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


def to_fields(entry: object, *, with_text: bool = False) -> dict[str, object]:
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
        if isinstance(entry, Document) and attribute.name == "text" and entry.text_file is not None and not with_text:
            continue
        at_default = value is None or value == () or value == attribute.default
        if at_default and attribute.default is not attrs.NOTHING:
            continue
        fields[external] = _plain(value)
    return fields
