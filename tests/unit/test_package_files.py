"""Export packages carry every kind of file the vault accepts (issue 17): PDFs, images, Office
and OpenDocument files and e-mail, each under a safe name of its own with its type, size and
SHA-256 in the signed manifest (format version 2). The reader checks each file's content
against its stated type with the attachments' own sniffer and refuses an unknown type, a name
of another kind, other content, path tricks, a name twice and a ZIP bomb, with nothing imported.
A version-1 package (PDFs only): test_package_files_v1."""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_exchange_fixtures import police_identity, private_key, register, reply_zip
from test_exchange_import import police, seal, unchanged
from test_exchange_service import Filled, _request, filled, police_vault

import attachment_samples as samples
from kopingplan import filetypes
from kopingplan.domain import model
from kopingplan.exchange import cms, package
from kopingplan.exchange import errors as ex
from kopingplan.filetypes import FileKind
from kopingplan.services import attachments, exchange
from kopingplan.services.session import Session

from support import all_bytes, shared_identity

__all__ = ["filled", "police", "police_vault"]

CREATED = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)
SAMPLES: dict[str, Callable[[], bytes]] = {
    "Orosanmälan.pdf": lambda: samples.pdf(pages=1),
    "Foto från skolgården.png": samples.png,
    "Bild.JPG": samples.jpeg,
    "Affisch.gif": samples.gif,
    "Protokoll.docx": samples.docx,
    "Lista.xlsx": samples.xlsx,
    "Text.odt": samples.odt,
    "Tabell.ods": samples.ods,
    "Gammalt.doc": samples.ole2,
    "Mejl från rektor.eml": samples.email,
}
SAFE_NAMES = [
    "Orosanmalan.pdf", "Foto-fran-skolgarden.png", "Bild.jpg", "Affisch.gif", "Protokoll.docx",
    "Lista.xlsx", "Text.odt", "Tabell.ods", "Gammalt.doc", "Mejl-fran-rektor.eml",
]  # fmt: skip


def _built(files: tuple[package.Attachment, ...]) -> bytes:
    return package.build(
        package_id="7f1c2a9e-0000-4000-8000-000000000002",
        created=CREATED,
        sender_fingerprint=police_identity().fingerprint,
        sender_name="Anna Lindqvist",
        sender_organisation="Köpings kommun",
        data_json=json.dumps({"messages": [{"text": "Hej"}]}).encode(),
        attachments=files,
    )


def _problem(raw: bytes) -> str:
    with pytest.raises(ex.PackageMalformed) as caught:
        package.read(raw)
    return str(caught.value.params["problem"])


# --- The format ---------------------------------------------------------------------------------


def test_every_kind_gets_a_safe_name_of_its_kind_and_reads_back_typed() -> None:
    given = [package.Attachment(name, make()) for name, make in SAMPLES.items()]
    made = _built(tuple(package.Attachment(
        package.safe_attachment_name(a.name, filetypes.sniff(a.content) or FileKind.PDF),
        a.content) for a in given))  # fmt: skip
    read = package.read(made)
    assert read.manifest.version == package.VERSION == 2
    by_name = {a.name: a for a in read.attachments}
    assert sorted(by_name) == sorted(SAFE_NAMES)
    for original, safe in zip(given, SAFE_NAMES, strict=True):
        assert by_name[safe].content == original.content
    types = {i.name: i.type for i in read.manifest.items}
    assert types["data.json"] == "application/json"
    assert types["attachments/Foto-fran-skolgarden.png"] == "image/png"
    assert types["attachments/Mejl-fran-rektor.eml"] == "message/rfc822"
    assert types["attachments/Protokoll.docx"] == filetypes.MEDIA_TYPES[FileKind.DOCX]
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert all(set(item) == {"name", "type", "sha256", "size"} for item in manifest["items"])


def test_a_name_gets_the_extension_of_its_content() -> None:
    assert package.safe_attachment_name("Foto", FileKind.PNG) == "Foto.png"
    assert package.safe_attachment_name("Bild.JPEG", FileKind.JPEG) == "Bild.jpeg"
    assert package.safe_attachment_name("brev.pdf", FileKind.DOCX) == "brev.pdf.docx"
    assert package.safe_attachment_name("../../x.png", FileKind.PNG) == "x.png"
    assert package.safe_attachment_name("///", FileKind.EMAIL) == "bilaga.eml"


def test_build_refuses_a_name_that_does_not_fit_the_content() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        _built((package.Attachment("Foto.pdf", samples.png()),))
    with pytest.raises(ValueError, match="unsafe"):
        _built((package.Attachment("okänd.bin", b"MZ\x90\0"),))


def _typed(name: str, content: bytes, media_type: str | None = None) -> bytes:
    """A hand-made version 2 package with one file; its stated type that of its name's
    extension unless given."""
    made = reply_zip(police_identity(), {"messages": [{"text": "Hej"}]},
                     extra_files={name: content})  # fmt: skip
    if media_type is None:
        return made
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(files["manifest.json"])
    for item in manifest["items"]:
        if item["name"] == name:
            item["type"] = media_type
    files["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, content_ in files.items():
            archive.writestr(n, content_)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "media_type", "problem"),
    [
        ("attachments/Foto.png", samples.png(), "application/x-msdownload", "type"),
        ("attachments/Foto.png", samples.png(), "image/svg+xml", "type"),
        ("attachments/Foto.png", samples.jpeg(), None, "content_type"),
        ("attachments/Brev.docx", samples.odt(), None, "content_type"),
        ("attachments/Mejl.eml", b"just some text\n\nno headers", None, "content_type"),
        ("attachments/Foto.jpg", samples.png(), "image/png", "name_type"),
        ("attachments/Program.exe", b"MZ\x90\0", None, "name"),
        ("attachments/Foto.svg", b"<svg/>", None, "name"),
        ("attachments/../Foto.png", samples.png(), None, "name"),
        ("attachments/sub/Foto.png", samples.png(), None, "name"),
        ("/tmp/Foto.png", samples.png(), None, "name"),
        ("attachments\\Foto.png", samples.png(), None, "name"),
    ],
    ids=["unknown-type", "svg-type", "png-says-jpeg", "docx-is-odt", "mail-is-text",
         "jpg-named-png", "exe", "svg", "dotdot", "folder", "absolute", "backslash"],
)  # fmt: skip
def test_a_file_not_of_its_stated_type_or_name_is_refused(
    name: str, content: bytes, media_type: str | None, problem: str
) -> None:
    assert _problem(_typed(name, content, media_type)) == ex.PACKAGE_PROBLEMS[problem]


def test_a_version_2_manifest_states_every_type() -> None:
    untyped = reply_zip(police_identity(), {"messages": [{"text": "Hej"}]},
                        extra_files={"attachments/a.png": samples.png()})  # fmt: skip
    manifest = {"items": [{"name": "data.json", "sha256": "0" * 64, "size": 1}]}
    with pytest.raises(ex.PackageMalformed) as caught:
        package.read(reply_zip(police_identity(), {}, manifest_changes=manifest))
    assert caught.value.params["field"] == "manifest.items[0].type"
    assert package.read(untyped).attachments[0].kind is FileKind.PNG
    wrong_json = _typed("attachments/a.png", samples.png())
    with zipfile.ZipFile(io.BytesIO(wrong_json)) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    files["manifest.json"] = files["manifest.json"].replace(b"application/json", b"text/plain")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n, content in files.items():
            archive.writestr(n, content)
    assert _problem(buffer.getvalue()) == ex.PACKAGE_PROBLEMS["type"]


def test_version_1_still_takes_pdfs_only_and_no_types() -> None:
    png = reply_zip(police_identity(), {}, extra_files={"attachments/a.png": samples.png()},
                    version=1)  # fmt: skip
    assert _problem(png) == ex.PACKAGE_PROBLEMS["name"]
    typed = reply_zip(police_identity(), {"messages": [{"text": "Hej"}]},
                      manifest_changes={"version": 1})  # fmt: skip
    assert _problem(typed) == ex.PACKAGE_PROBLEMS["unknown_field"]


def test_two_files_of_one_name_are_refused_also_in_another_case() -> None:
    twice = reply_zip(police_identity(), {"messages": [{"text": "Hej"}]},
                      extra_files={"attachments/Foto.png": samples.png(),
                                   "attachments/FOTO.png": samples.png()})  # fmt: skip
    assert _problem(twice) == ex.PACKAGE_PROBLEMS["duplicate"]


def test_an_image_that_is_a_zip_bomb_is_refused_before_it_is_inflated() -> None:
    bomb = samples.png()[:-12] + b"\0" * (20 * package.MIB) + samples.png()[-12:]
    made = reply_zip(police_identity(), {"messages": [{"text": "Hej"}]},
                     extra_files={"attachments/Foto.png": bomb})  # fmt: skip
    assert len(made) < 100_000
    assert _problem(made) == ex.PACKAGE_PROBLEMS["ratio"]


def test_files_larger_than_a_package_may_carry_are_refused_before_anything_is_made() -> None:
    from kopingplan.exchange import gather

    big = package.Attachment("Stor.png", samples.png() + b"\0" * (package.MAX_ATTACHMENT_BYTES))
    with pytest.raises(ex.AttachmentTooLarge):
        gather.attachments((big,))
    parts = tuple(package.Attachment(f"Del{i}.pdf", b"%PDF-" + bytes(17 * package.MIB))
                  for i in range(3))  # fmt: skip
    with pytest.raises(ex.AttachmentTooLarge):
        gather.attachments(parts)


def test_same_names_after_making_them_safe_are_numbered_with_their_extension() -> None:
    from kopingplan.exchange import gather

    chosen = gather.attachments((package.Attachment("Foto.png", samples.png()),
                                 package.Attachment("foto.PNG", samples.png()),
                                 package.Attachment("Foto.pdf", samples.pdf(pages=1))))  # fmt: skip
    assert [a.name for a in chosen] == ["Foto.png", "foto-2.png", "Foto.pdf"]


# --- Through the vault: export, import, nothing in plain ----------------------------------------


def _attach(session: Session, case_id: int, name: str, data: bytes) -> int:
    stored = attachments.attach_bytes(session, model.AttachmentOwner.CASE, case_id, name, data)
    assert stored.id is not None
    return stored.id


def test_images_office_files_and_mail_leave_and_arrive_and_are_never_on_disk_in_plain(
    session: Session,
    filled: Filled,
    police_vault: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temporary = tmp_path / "tmp"  # the temporary places, as the app points them (hardening)
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    case_id = filled.case.id
    assert case_id is not None
    chosen = {"Foto.png": samples.png(), "Protokoll.docx": samples.docx(),
              "Mejl.eml": samples.email(), "Brev.pdf": samples.pdf(pages=1)}  # fmt: skip
    ids = [_attach(session, case_id, name, data) for name, data in chosen.items()]
    police = register(session, police_identity())
    register(police_vault, shared_identity())
    preview = exchange.preview_export(
        session, _request([police], case_id, attachment_ids=tuple(ids))
    )
    assert preview.data["attachments"] == list(chosen)
    out = tmp_path / "ut" / "paket.p7m"
    out.parent.mkdir()
    exchange.export_package(session, preview, out)

    opened = exchange.open_package(police_vault, out.read_bytes())
    files = {r.title: r.attachment for r in opened.records if r.kind == "attachment"}
    assert files == chosen
    exchange.accept_import(police_vault, opened)
    stored = {i.title: i.attachment for i in exchange.incoming_items(police_vault)
              if i.kind == "attachment"}  # fmt: skip
    assert stored == chosen
    places = [session.vault_folder, police_vault.vault_folder, out.parent, temporary,
              Path(os.environ["XDG_RUNTIME_DIR"])]  # fmt: skip
    for place in places:
        assert samples.MARKER_BYTES not in all_bytes(place), place
    # The marker is there to be found: the recipient's OpenSSL sees it once decrypted.
    identity = police_identity()
    zipped = cms.verify(
        cms.read_signed(cms.decrypt(out.read_bytes(), identity.certificate, private_key(identity))),
        shared_identity().certificate,
    )
    with zipfile.ZipFile(io.BytesIO(zipped)) as archive:
        assert samples.MARKER_BYTES in archive.read("attachments/Protokoll.docx")


@pytest.mark.parametrize(
    ("name", "content", "media_type", "problem"),
    [
        ("attachments/Foto.png", samples.jpeg(), None, "content_type"),
        ("attachments/Foto.png", samples.png(), "application/x-msdownload", "type"),
        ("attachments/../../evil.png", samples.png(), None, "name"),
    ],
    ids=["content", "type", "path"],
)  # fmt: skip
def test_a_refused_file_imports_nothing(
    session: Session, police: object, name: str, content: bytes, media_type: str | None,
    problem: str,
) -> None:  # fmt: skip
    with unchanged(session), pytest.raises(ex.PackageMalformed) as caught:
        exchange.open_package(session, seal(_typed(name, content, media_type)))
    assert caught.value.params["problem"] == ex.PACKAGE_PROBLEMS[problem]


def _item(title: str, data: bytes | None) -> Any:
    from kopingplan.storage.repositories import exchange as repo

    return repo.IncomingItemRow(
        package_id="p-1", received_at=CREATED, source="Kontaktpolis Karin Berg",
        sender_fingerprint="F", kind="attachment", text="", title=title, attachment=data, id=7,
    )  # fmt: skip


def test_an_incoming_image_or_pdf_opens_from_memory_and_other_files_are_saved_by_their_kind() -> (
    None
):
    from kopingplan.services.exchange.incoming import incoming_file_extension, open_incoming_file

    image = open_incoming_file(_item("Foto.png", samples.png()))
    assert image is not None and image.data == samples.png()
    assert (image.attachment.kind, image.attachment.file_name, image.attachment.id) == (
        "png", "Foto.png", 7
    )  # fmt: skip
    letter = open_incoming_file(_item("Brev.pdf", samples.pdf(pages=3)))
    assert letter is not None and letter.attachment.pages == 3
    assert open_incoming_file(_item("Protokoll.docx", samples.docx())) is None
    assert open_incoming_file(_item("Meddelande", None)) is None
    assert incoming_file_extension(_item("Bild.JPEG", samples.jpeg())) == "jpeg"
    assert incoming_file_extension(_item("Bild.pdf", samples.jpeg())) == "jpg"
    assert incoming_file_extension(_item("Mejl från rektor", samples.email())) == "eml"
    assert incoming_file_extension(_item("Okänt", b"MZ")) == "bin"


def test_a_file_that_hides_a_zip_bomb_is_sniffed_without_inflating_it() -> None:
    """An ODF-looking file whose "mimetype" inflates to 200 MB: the sniffer reads 100 bytes."""
    import time
    import tracemalloc

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype", b"application/vnd.oasis.opendocument.text" + b" " * 200_000_000
        )
    bomb = buffer.getvalue()
    assert len(bomb) < 1_000_000
    tracemalloc.start()
    started = time.monotonic()
    made = reply_zip(police_identity(), {"messages": [{"text": "Hej"}]},
                     extra_files={"attachments/Text.odt": bomb})  # fmt: skip
    read = package.read(made)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert read.attachments[0].kind is FileKind.ODT
    assert peak < 50_000_000 and time.monotonic() - started < 5
