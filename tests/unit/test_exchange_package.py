"""The package ZIP and its data.json are read strictly: whatever bytes arrive, the reader either
returns checked content or refuses with a typed error, never another exception."""

from __future__ import annotations

import contextlib
import io
import json
import warnings
import zipfile
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_exchange_fixtures import police_identity, reply_zip, zip_of

from kopingplan.domain import model
from kopingplan.exchange import content, package
from kopingplan.exchange import errors as ex

CREATED = datetime(2026, 11, 24, 14, 30, tzinfo=UTC)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
FINGERPRINT = "AB12 " * 15 + "AB12"


def _built(
    data: dict[str, Any] | None = None, attachments: tuple[package.Attachment, ...] = ()
) -> bytes:
    return package.build(
        package_id="7f1c2a9e-0000-4000-8000-000000000001",
        created=CREATED,
        sender_fingerprint=FINGERPRINT,
        sender_name="Anna Lindqvist",
        sender_organisation="Köpings kommun",
        data_json=json.dumps(data or {"messages": [{"text": "Hej"}]}).encode(),
        attachments=attachments,
    )


def _problem(raw: bytes) -> str:
    with pytest.raises(ex.PackageMalformed) as caught:
        package.read(raw)
    return str(caught.value.params["problem"])


def test_a_built_package_reads_back_with_its_manifest() -> None:
    attachment = package.Attachment("Motesunderlag.pdf", PDF)
    read = package.read(_built(attachments=(attachment,)))
    assert read.manifest.package_id == "7f1c2a9e-0000-4000-8000-000000000001"
    assert read.manifest.created == CREATED
    assert read.manifest.sender_fingerprint == FINGERPRINT
    assert read.manifest.sender_name == "Anna Lindqvist"
    assert [i.name for i in read.manifest.items] == ["data.json", "attachments/Motesunderlag.pdf"]
    assert json.loads(read.data_json) == {"messages": [{"text": "Hej"}]}
    assert read.attachments == (attachment,)


def test_attachment_names_a_person_chose_are_made_safe() -> None:
    assert package.safe_attachment_name("Mötesunderlag 3 (ny).PDF") == "Motesunderlag-3-ny.pdf"
    assert package.safe_attachment_name("../../etc/passwd") == "passwd.pdf"
    assert package.safe_attachment_name("åäö.pdf") == "aao.pdf"
    assert package.safe_attachment_name("ÅÄÖ") == "AAO.pdf"
    assert package.safe_attachment_name("///") == "bilaga.pdf"


MANIFEST_FILES = {"data.json": b"{}"}


@pytest.mark.parametrize(
    "name",
    ["../data.json", "/etc/passwd", "attachments/../../evil.pdf", "attachments\\evil.pdf",
     "C:/evil.pdf", "attachments/sub/evil.pdf", "attachments/.hidden.pdf", "attachments/evil.exe",
     "extra.json", "attachments/a.pdf/"],
)  # fmt: skip
def test_names_outside_the_layout_are_refused(name: str) -> None:
    made = zip_of({"manifest.json": b"{}", "data.json": b"{}", name: PDF})
    assert _problem(made) == ex.PACKAGE_PROBLEMS["name"]


def test_a_name_with_a_nul_byte_is_refused() -> None:
    # zipfile cuts a name at NUL when writing, so the byte is put in afterwards.
    made = zip_of({"manifest.json": b"{}", "data.json": b"{}", "attachments/a_b.pdf": PDF})
    assert _problem(made.replace(b"a_b.pdf", b"a\x00b.pdf")) == ex.PACKAGE_PROBLEMS["name"]


def test_a_name_twice_is_refused_also_in_another_case() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it was told to write
        twice = zip_of({"manifest.json": b"{}", "data.json": b"{}"})
        buffer = io.BytesIO(twice)
        with zipfile.ZipFile(buffer, "a") as archive:
            archive.writestr("data.json", b"{}")
    assert _problem(buffer.getvalue()) == ex.PACKAGE_PROBLEMS["duplicate"]
    cased = zip_of({"attachments/a.pdf": PDF, "attachments/A.pdf": PDF})
    assert _problem(cased) == ex.PACKAGE_PROBLEMS["duplicate"]


def test_files_not_in_the_manifest_or_not_matching_it_are_refused() -> None:
    sender = police_identity()
    data = {"messages": [{"text": "Hej"}]}
    unlisted = reply_zip(sender, data)
    buffer = io.BytesIO(unlisted)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("attachments/extra.pdf", PDF)
    assert _problem(buffer.getvalue()) == ex.PACKAGE_PROBLEMS["listed"]
    changed = {"items": [{"name": "data.json", "type": package.JSON_TYPE, "sha256": "0" * 64,
                          "size": 27}]}  # fmt: skip
    assert (
        _problem(reply_zip(sender, data, manifest_changes=changed))
        == ex.PACKAGE_PROBLEMS["checksum"]
    )
    missing = {"items": []}
    assert (
        _problem(reply_zip(sender, data, manifest_changes=missing)) == ex.PACKAGE_PROBLEMS["listed"]
    )
    assert _problem(zip_of({"data.json": b"{}"})) == ex.PACKAGE_PROBLEMS["manifest"]


def test_encrypted_or_unusually_compressed_files_are_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr("data.json", b"{}", compress_type=zipfile.ZIP_BZIP2)
    assert _problem(buffer.getvalue()) == ex.PACKAGE_PROBLEMS["method"]
    # zipfile never writes the "encrypted" flag itself: set it in the central directory.
    plain = bytearray(zip_of({"manifest.json": b"{}", "data.json": b"{}"}))
    entry = plain.index(b"PK\x01\x02", plain.index(b"PK\x01\x02") + 4)
    plain[entry + 8] |= 0x1
    assert _problem(bytes(plain)) == ex.PACKAGE_PROBLEMS["method"]


def test_a_zip_bomb_is_refused_before_it_is_inflated() -> None:
    bomb = zip_of({"manifest.json": b"{}", "data.json": b"\0" * (15 * 1024 * 1024)})
    assert len(bomb) < 100_000
    assert _problem(bomb) == ex.PACKAGE_PROBLEMS["ratio"]


def test_files_over_the_limits_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "MAX_DATA_BYTES", 1000)
    sender = police_identity()
    big = reply_zip(sender, {"messages": [{"text": "x" * 2000}]})
    assert _problem(big) == ex.PACKAGE_PROBLEMS["size"]
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 500)
    assert (
        _problem(reply_zip(sender, {"messages": [{"text": "x" * 400}]}))
        == ex.PACKAGE_PROBLEMS["size"]
    )
    monkeypatch.setattr(package, "MAX_ZIP_BYTES", 100)
    with pytest.raises(ex.PackageTooLarge):
        package.read(big)


def test_another_format_or_version_is_a_wrong_schema() -> None:
    sender = police_identity()
    data = {"messages": [{"text": "Hej"}]}
    for changes in ({"version": 3}, {"format": "annat-program"}, {"version": True},
                    {"version": 1.0}, {"version": 0}):  # fmt: skip
        with pytest.raises(ex.WrongSchema) as caught:
            package.read(reply_zip(sender, data, manifest_changes=changes))
        assert caught.value.params["expected"] == "kopingplan-exchange 1 / 2"


@pytest.mark.parametrize(
    "manifest",
    [b"not json", b'{"format": NaN}', b'{"format": "a", "format": "b"}', b"[]",
     b'{"format": "kopingplan-exchange", "version": 1}'],
    ids=["text", "nan", "duplicate-key", "array", "incomplete"],
)  # fmt: skip
def test_a_broken_manifest_is_refused(manifest: bytes) -> None:
    with pytest.raises(ex.PackageMalformed):
        package.read(zip_of({"manifest.json": manifest, "data.json": b"{}"}))


def test_an_attachment_that_is_no_pdf_is_refused() -> None:
    made = reply_zip(
        police_identity(), {}, extra_files={"attachments/a.pdf": b"MZ\x90\x00"}, version=1
    )
    assert _problem(made) == ex.PACKAGE_PROBLEMS["pdf"]


def test_the_folder_entry_zip_writes_is_accepted() -> None:
    made = reply_zip(police_identity(), {"messages": [{"text": "Hej"}]})
    buffer = io.BytesIO(made)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("attachments/", b"")
    assert package.read(buffer.getvalue()).attachments == ()


# --- data.json ----------------------------------------------------------------------------------


def _case() -> model.Case:
    return model.Case(
        title="Ärende Västra", level=model.Level.SPECIFIC, orientation=model.Orientation.RIGHT,
        opened_on=date(2026, 3, 2), summary="Sammanfattning", id=12,
    )  # fmt: skip


def test_what_we_write_reads_back_as_records() -> None:
    note = model.Note(case_id=12, written_at=CREATED, text="Anteckning", source="Skolan")
    measure = model.Measure(
        plan_id=1, description="Samtal", actor_kind=model.ActorKind.POLICE,
        starts_on=date(2026, 4, 1), outcome="Genomfört",
    )  # fmt: skip
    person = model.Person(given_name="Alex", family_name="Berg", birth_year=2008)
    data = {
        "cases": [
            content.case_entry(
                _case(), details=True, subjects=[person], notes=[note], measures=[measure]
            )
        ],
        "messages": [{"text": "Följebrev"}],
    }
    read = content.read(json.dumps(data).encode(), package_id="p", attachments={})
    kinds = [(r.kind, r.reference) for r in read.records]
    assert kinds == [("message", ""), ("case", "12"), ("note", "12"), ("measure", "12")]
    case_record = read.records[1]
    assert case_record.title == "Ärende Västra" and case_record.text == "Sammanfattning"
    assert case_record.details["subjects"] == [{"name": "Alex Berg", "birth_year": 2008}]
    assert read.records[2].details == {"source": "Skolan"}


def test_only_what_was_chosen_is_written() -> None:
    entry = content.case_entry(_case(), details=False)
    assert entry == {"reference": "12"}
    with pytest.raises(ex.PackageMalformed) as caught:
        content.read(json.dumps({"cases": [entry]}).encode(), package_id="p", attachments={})
    assert caught.value.params["problem"] == ex.PACKAGE_PROBLEMS["empty"]


@pytest.mark.parametrize(
    ("data", "field"),
    [({"messages": [{"text": ""}]}, "messages[0].text"),
     ({"messages": [{"text": "a", "colour": "red"}]}, "messages[0].colour"),
     ({"cases": [{"reference": "1", "level": "galaxy"}]}, "cases[0].level"),
     ({"cases": [{"reference": "1", "opened_on": "2026-02-30"}]}, "cases[0].opened_on"),
     ({"messages": [{"text": "a\x00b"}]}, "messages[0].text"),
     ({"package_id": "another"}, "package_id")],
    ids=["empty-text", "unknown-key", "bad-enum", "bad-date", "control-char", "other-id"],
)  # fmt: skip
def test_data_outside_the_schema_names_the_field(data: dict[str, Any], field: str) -> None:
    with pytest.raises(ex.PackageMalformed) as caught:
        content.read(json.dumps(data).encode(), package_id="p", attachments={})
    assert caught.value.params["field"] == field


# --- Whatever arrives: a typed error or checked content -----------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_are_refused_with_a_typed_error(junk: bytes) -> None:
    with pytest.raises(ex.PackageProblem):
        package.read(junk)


VALID = _built(attachments=(package.Attachment("a.pdf", PDF),))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_mutated_zip_reads_as_the_original_or_is_refused(data: st.DataObject) -> None:
    raw = bytearray(VALID)
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["flip", "cut", "insert", "set"]))
        at = data.draw(st.integers(0, len(raw) - 1))
        if action == "flip":
            raw[at] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "cut":
            del raw[at : at + data.draw(st.integers(1, 64))]
        elif action == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=16))
        else:
            raw[at] = data.draw(st.sampled_from([0x00, 0xFF, 0x7F, 0x80]))
        if not raw:
            raw = bytearray(b"\0")
    try:
        read = package.read(bytes(raw))
    except ex.PackageProblem:
        return
    original = package.read(VALID)
    # The checksums in the manifest guard the content: what reads is what was written.
    assert (read.data_json, read.attachments) == (original.data_json, original.attachments)


_NAMES = st.sampled_from(
    ["manifest.json", "data.json", "attachments/a.pdf", "attachments/", "../x", "/abs",
     "attachments/../../x.pdf", "DATA.JSON", "a\\b", ""]
) | st.text(max_size=20)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_NAMES, st.binary(max_size=200)), max_size=6))
def test_any_zip_of_any_names_is_read_or_refused_with_a_typed_error(
    files: list[tuple[str, bytes]],
) -> None:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, body in files:
                # zipfile cannot write a name that is empty up to a NUL; the NUL case has its
                # own test above.
                archive.writestr(name.split("\x00")[0] or "x", body)
    with contextlib.suppress(ex.PackageProblem):
        package.read(buffer.getvalue())


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=30,
)
_KEYS = st.sampled_from(
    ["messages", "cases", "situation_entries", "text", "reference", "notes", "title", "level",
     "observed_on", "milieu", "observation", "written_at", "attachments", "legal_basis"]
)  # fmt: skip
_SHAPED = st.recursive(
    _JSON, lambda inner: st.dictionaries(_KEYS, inner, max_size=5) | st.lists(inner, max_size=3),
    max_leaves=40,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_SHAPED)
def test_any_json_in_data_json_is_read_or_refused_with_a_typed_error(value: Any) -> None:
    with contextlib.suppress(ex.PackageProblem):
        content.read(json.dumps(value).encode(), package_id="p", attachments={})


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=500))
def test_any_bytes_in_data_json_are_read_or_refused_with_a_typed_error(raw: bytes) -> None:
    with contextlib.suppress(ex.PackageProblem):
        content.read(raw, package_id="p", attachments={})
