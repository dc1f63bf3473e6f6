"""Wire format version 2 and the migration from version 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bilateral
from bilateral import ValidationError, load_bundled, loads
from bilateral._wire import converter
from bilateral._wire.converter import dataset_to_data
from bilateral._wire.migrations import MIGRATIONS, migrate

V1 = Path(__file__).parent / "data" / "azernews-2023-02-17.v1.json"


def test_the_current_version_is_2():
    assert bilateral.FORMAT_VERSION == 2
    assert dataset_to_data(load_bundled())["version"] == 2


def test_the_bundled_version_1_document_migrates_to_the_same_values():
    document = json.loads(V1.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert loads(V1.read_text(encoding="utf-8")) == load_bundled()


def test_a_migrated_document_is_written_as_version_2():
    migrated = dataset_to_data(loads(V1.read_text(encoding="utf-8")))
    current = json.loads(
        (Path(bilateral.__file__).parent / "data" / "azernews-2023-02-17.json").read_text(
            encoding="utf-8"
        )
    )
    assert migrated == current
    assert {k: v for k, v in migrated.items() if k != "version"} == {
        k: v for k, v in json.loads(V1.read_text(encoding="utf-8")).items() if k != "version"
    }


def test_the_step_from_1_copies_the_body():
    body = {"relations": [{"countries": ["AZ", "LT"]}], "people": []}
    migrated = MIGRATIONS[1](body)
    assert migrated == body
    assert migrated is not body
    assert migrate(body, 1, 2) == body


def test_the_step_passes_a_malformed_body_through():
    body = {"relations": "nonsense", "unknown": 1}
    assert migrate(body, 1, 2) == body


def test_a_version_1_reader_refuses_a_version_2_document(monkeypatch):
    # A reader of version 1 had FORMAT_VERSION 1 and no migrations.
    monkeypatch.setattr(converter, "FORMAT_VERSION", 1)
    monkeypatch.setattr(converter, "MIGRATIONS", {})
    document = dataset_to_data(load_bundled()) | {"version": 2}
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    assert [(p.path, p.message) for p in info.value.problems] == [
        (
            "$.version",
            (
                "format version 2 is newer than this bilateral reads (up to 1); "
                "upgrade bilateral to read it"
            ),
        )
    ]


def test_a_version_1_document_with_a_level_1_date_is_read():
    # Level 1 dates are new in version 2's schema, but a version 1 document that
    # holds one is read as it says (the migration passes it through).
    document = json.loads(V1.read_text(encoding="utf-8"))
    document["relations"][0]["established"] = "199X"
    assert loads(json.dumps(document)).relations[0].established == bilateral.PartialDate("199X")
