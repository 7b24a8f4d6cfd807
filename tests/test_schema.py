"""The shipped JSON Schema describes the dossier format the reader actually accepts."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
import yaml

from claimgraph.model import KINDS, SECTIONS
from tests.conftest import CLAIMS, MINIMAL, ROOT

SCHEMA = json.loads((ROOT / "schema" / "dossier.schema.json").read_text(encoding="utf-8"))


def _as_json(value):
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_schema_lists_exactly_the_fields_of_each_kind(kind):
    """Every field the reader accepts is in the schema, and nothing else."""
    assert set(SCHEMA["$defs"][kind]["properties"]) == set(KINDS[kind].field_names)


def test_schema_lists_every_section():
    """Every top-level section of a dossier is in the schema."""
    assert set(SECTIONS) <= set(SCHEMA["properties"])


@pytest.mark.parametrize("path", sorted(CLAIMS.glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_dossiers_match_the_schema(path):
    """The shipped dossiers validate against the schema."""
    jsonschema.validate(_as_json(yaml.safe_load(path.read_text(encoding="utf-8"))), SCHEMA)


def test_schema_rejects_a_misspelt_field():
    """The schema catches the typos the reader catches."""
    data = _as_json(yaml.safe_load(MINIMAL.replace("cue: claimed", "cue: claimed\n        said_bye: x")))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
