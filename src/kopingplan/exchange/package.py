"""The package's plaintext: a ZIP built and read in memory, never on disk.

Layout (``FORMAT`` version 2)::

    manifest.json       format, version, package id, created, sender, and every other file
                        with its type (a media type), size and SHA-256
    data.json           what is handed over (see :mod:`.content`), type application/json
    attachments/*.*     optional files of any kind the vault accepts (a brief, a case's PDF,
                        image, Office or OpenDocument file or e-mail), each with the extension
                        of its kind (:mod:`kopingplan.filetypes`)

Version 1 (what Köpingplan wrote until December 2026, and what a liaison's hand-made answer may
still be) is read as before: no types, ``attachments/*.pdf`` only, each a PDF. Version 2 states
each file's type, and the reader checks the content against it with the same sniffer that
checks a file attached in the vault: a type it does not know, a name whose extension is of
another kind, or content of another kind is refused.

The ZIP is signed (CMS SignedData) and then encrypted, so the reader here only ever sees bytes
whose signer has been checked; it is strict all the same, because a registered sender's
software can be broken and a hand-made package can be wrong: size limits per file and in
total, declared sizes trusted only after they are checked against the limits (ZIP bombs),
only the three kinds of names above (no paths that escape, no absolute paths, no backslashes),
no name twice (also not in another case: Windows would merge them), only stored or deflated
files, every file listed in the manifest with the right checksum and nothing unlisted.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kopingplan import filetypes
from kopingplan.exchange import errors as ex
from kopingplan.exchange import schema
from kopingplan.filetypes import FileKind

FORMAT = "kopingplan-exchange"
VERSION = 2  # what build() writes
VERSIONS = (1, 2)  # what read() accepts; 1 is PDFs only, without types
JSON_TYPE = "application/json"
MANIFEST = "manifest.json"
DATA = "data.json"
ATTACHMENTS = "attachments/"

MIB = 1024 * 1024
MAX_ZIP_BYTES = 72 * MIB
MAX_TOTAL_BYTES = 64 * MIB  # all files together, uncompressed
MAX_MANIFEST_BYTES = 1 * MIB
MAX_DATA_BYTES = 16 * MIB
MAX_ATTACHMENT_BYTES = 32 * MIB
MAX_ENTRIES = 64
# Text compresses about 3-10 times, PDFs less; a file that claims more than this ratio (and is
# large enough to matter) is refused before it is inflated.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1 * MIB

# A safe name with an extension; the extension must also be one of a kind (filetypes.EXTENSIONS).
_ATTACHMENT_NAME = re.compile(r"attachments/[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.[A-Za-z0-9]{1,5}")
_PDF_NAME = re.compile(r"attachments/[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.pdf")  # version 1
_KIND_OF_TYPE = {media_type: kind for kind, media_type in filetypes.MEDIA_TYPES.items()}
_PACKAGE_ID = r"[A-Za-z0-9][A-Za-z0-9-]{7,63}"
_SHA256 = r"[0-9a-f]{64}"
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    KeyError,
    IndexError,
    OverflowError,
    UnicodeDecodeError,
)


@dataclass(frozen=True)
class Attachment:
    name: str  # "brief.pdf", stored as attachments/brief.pdf
    content: bytes

    @property
    def kind(self) -> FileKind | None:
        """The kind the content shows (checked against the stated type when read)."""
        return filetypes.sniff(self.content)


@dataclass(frozen=True)
class ManifestItem:
    name: str
    sha256: str
    size: int
    type: str = ""  # a media type; "" in a version 1 manifest


@dataclass(frozen=True)
class Manifest:
    version: int
    package_id: str
    created: datetime
    sender_fingerprint: str  # as written; compare with certificates.normalise_fingerprint
    sender_name: str
    sender_organisation: str
    items: tuple[ManifestItem, ...]


@dataclass(frozen=True)
class Package:
    manifest: Manifest
    data_json: bytes
    attachments: tuple[Attachment, ...]
    sha256: str  # of the whole ZIP: with the package id, what makes an import a duplicate


def new_package_id() -> str:
    return str(uuid.uuid4())


def safe_attachment_name(name: str, kind: FileKind = FileKind.PDF) -> str:
    """A name the reader accepts for a file of ``kind``, made from a file name a person chose
    ("Mötesunderlag 3.pdf" becomes "Motesunderlag-3.pdf"): the name's extension is kept if it
    is one of the kind's, else the kind's usual one is put on ("Foto" becomes "Foto.png")."""
    stem, extension = split_name(name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1])
    if extension.lower() not in filetypes.EXTENSIONS[kind]:
        stem, extension = (stem + extension).rstrip("."), filetypes.EXTENSIONS[kind][0]
    plain = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^A-Za-z0-9._-]+", "-", plain).strip("-._")[:90]
    return f"{plain or 'bilaga'}{extension.lower()}"


def split_name(name: str) -> tuple[str, str]:
    """("Foto.PNG") -> ("Foto", ".PNG"); a name without a dot has the extension ""."""
    stem, dot, extension = name.rpartition(".")
    return (stem, dot + extension) if dot and stem else (name, "")


# What the chosen files may weigh together: the rest of MAX_TOTAL_BYTES is data.json's.
MAX_FILES_BYTES = MAX_TOTAL_BYTES - MAX_DATA_BYTES


def check_fits(attachments: Sequence[Attachment]) -> None:
    """Refuses files the reader would refuse as too large, before anything is made."""
    sizes = [len(a.content) for a in attachments]
    if any(size > MAX_ATTACHMENT_BYTES for size in sizes) or sum(sizes) > MAX_FILES_BYTES:
        raise ex.AttachmentTooLarge(
            limit_mib=MAX_ATTACHMENT_BYTES // MIB, total_mib=MAX_FILES_BYTES // MIB
        )


def build(
    *,
    package_id: str,
    created: datetime,
    sender_fingerprint: str,
    sender_name: str,
    sender_organisation: str,
    data_json: bytes,
    attachments: tuple[Attachment, ...] = (),
) -> bytes:
    """The ZIP of one package. Attachment names must be distinct and safe, with the extension
    of the kind their content shows (:func:`safe_attachment_name`)."""
    files = [(DATA, data_json, JSON_TYPE)]
    for attachment in attachments:
        name, kind = ATTACHMENTS + attachment.name, attachment.kind
        if kind is None or not _ATTACHMENT_NAME.fullmatch(name):
            raise ValueError(f"unsafe attachment {name!r}; use safe_attachment_name()")
        if filetypes.kind_of_name(name) is not kind:
            raise ValueError(f"{name!r} does not fit its content; use safe_attachment_name()")
        files.append((name, attachment.content, filetypes.MEDIA_TYPES[kind]))
    names = [name for name, _, _ in files]
    if len({name.casefold() for name in names}) != len(names):
        raise ValueError("attachment names must be distinct")
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "package_id": package_id,
        "created": created.astimezone(UTC).isoformat(timespec="seconds"),
        "sender": {
            "fingerprint": sender_fingerprint,
            "name": sender_name,
            "organisation": sender_organisation,
        },
        "items": [
            {
                "name": name,
                "type": media_type,
                "sha256": hashlib.sha256(content).hexdigest(),
                "size": len(content),
            }
            for name, content, media_type in files
        ],
    }
    stamp = created.astimezone(UTC).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in [(MANIFEST, schema.dumps(manifest)), *(f[:2] for f in files)]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return buffer.getvalue()


def read(zip_bytes: bytes) -> Package:
    """The checked content of a package's ZIP; PackageMalformed or WrongSchema if anything is
    off. Never raises anything else."""
    if len(zip_bytes) > MAX_ZIP_BYTES:
        raise ex.PackageTooLarge(limit_mib=MAX_ZIP_BYTES // MIB)
    try:
        with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
            return _read(archive, hashlib.sha256(zip_bytes).hexdigest())
    except _ZIP_ERRORS:
        raise ex.malformed("not_zip") from None


def _read(archive: zipfile.ZipFile, digest: str) -> Package:
    infos = _checked_entries(archive)
    manifest_info = infos.get(MANIFEST)
    if manifest_info is None:
        raise ex.malformed("manifest")
    manifest = _manifest(_read_entry(archive, manifest_info))
    listed = {item.name: item for item in manifest.items}
    if set(listed) != set(infos) - {MANIFEST} or DATA not in listed:
        raise ex.malformed("listed")
    contents: dict[str, bytes] = {}
    for name, item in listed.items():
        content = _read_entry(archive, infos[name])
        if len(content) != item.size or hashlib.sha256(content).hexdigest() != item.sha256:
            raise ex.malformed("checksum")
        contents[name] = content
    if manifest.version > 1 and listed[DATA].type != JSON_TYPE:
        raise ex.malformed("type")
    attachments = []
    for name in sorted(listed):
        if name.startswith(ATTACHMENTS):
            _check_kind(manifest.version, listed[name], contents[name])
            attachments.append(Attachment(name[len(ATTACHMENTS) :], contents[name]))
    return Package(manifest, contents[DATA], tuple(attachments), digest)


def _check_kind(version: int, item: ManifestItem, content: bytes) -> None:
    """Version 1: a PDF named .pdf, as ever. Later: a type we know, a name with an extension
    of that kind, and content of that kind by the attachments' own sniffer."""
    if version == 1:
        if not _PDF_NAME.fullmatch(item.name):
            raise ex.malformed("name")
        if not content.startswith(b"%PDF-"):
            raise ex.malformed("pdf")
        return
    kind = _KIND_OF_TYPE.get(item.type)
    if kind is None:
        raise ex.malformed("type")
    if filetypes.kind_of_name(item.name) is not kind:
        raise ex.malformed("name_type")
    if filetypes.sniff(content) is not kind:
        raise ex.malformed("content_type")


def _checked_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ex.malformed("entries")
    entries: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name != info.orig_filename:  # zipfile rewrote it: a NUL byte or a backslash
            raise ex.malformed("name")
        if name.casefold() in folded:
            raise ex.malformed("duplicate")
        folded.add(name.casefold())
        if name == ATTACHMENTS and info.file_size == 0:
            continue  # the folder entry `zip -r` writes; nothing in it to read
        if name not in (MANIFEST, DATA) and not _safe_name(name):
            raise ex.malformed("name")
        if info.flag_bits & 0x1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise ex.malformed("method")
        if info.file_size > _limit(name):
            raise ex.malformed("size")
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise ex.malformed("ratio")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ex.malformed("size")
        entries[name] = info
    return entries


def _safe_name(name: str) -> bool:
    return bool(_ATTACHMENT_NAME.fullmatch(name)) and filetypes.kind_of_name(name) is not None


def _limit(name: str) -> int:
    if name == MANIFEST:
        return MAX_MANIFEST_BYTES
    if name == DATA:
        return MAX_DATA_BYTES
    return MAX_ATTACHMENT_BYTES


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    # zipfile stops at the declared size (checked above) and checks the CRC at the end; reading
    # one byte more than the limit would show a reader that does not.
    limit = _limit(info.filename)
    with archive.open(info) as handle:
        content = handle.read(limit + 1)
    if len(content) > limit:
        raise ex.malformed("size")
    return content


_ITEM_FIELDS = {
    "name": schema.text(200, line=True, required=True),
    "sha256": schema.pattern(_SHA256),
    "size": schema.integer(0, MAX_TOTAL_BYTES),
}


def _manifest_check(version: int) -> schema.Check:
    """Version 1's items have no type (and may not have one); later versions' must."""
    typed = {"type": schema.text(100, line=True, required=True)} if version > 1 else {}
    return schema.obj(
        {
            "format": schema.choice(FORMAT),
            "version": schema.integer(version, version),
            "package_id": schema.pattern(_PACKAGE_ID),
            "created": schema.instant,
            "sender": schema.obj(
                {"fingerprint": schema.text(200, line=True, required=True)},
                {"name": schema.text(line=True), "organisation": schema.text(line=True)},
            ),
            "items": schema.list_of(schema.obj({**_ITEM_FIELDS, **typed}), MAX_ENTRIES),
        }
    )


_MANIFESTS = {version: _manifest_check(version) for version in VERSIONS}


def _manifest(raw: bytes) -> Manifest:
    value = schema.loads(raw)
    version = _check_format(value)
    checked = _MANIFESTS[version](value, "manifest")
    items = tuple(ManifestItem(**item) for item in checked["items"])
    if len({item.name for item in items}) != len(items):
        raise ex.malformed("duplicate")
    sender = checked["sender"]
    return Manifest(
        version=version,
        package_id=checked["package_id"],
        created=checked["created"],
        sender_fingerprint=sender["fingerprint"],
        sender_name=sender.get("name", ""),
        sender_organisation=sender.get("organisation", ""),
        items=items,
    )


def _check_format(value: Any) -> int:
    """The manifest's version. One of another format or version is "wrong schema", not
    "malformed": the user should hear that the package may be fine but is for another program
    or version."""
    expected = f"{FORMAT} {' / '.join(str(v) for v in VERSIONS)}"
    if not isinstance(value, dict):
        raise ex.malformed("manifest")
    found_format, found_version = value.get("format"), value.get("version")
    if (
        found_format != FORMAT
        or isinstance(found_version, bool)
        or found_version not in VERSIONS
        or not isinstance(found_version, int)
    ):
        found = f"{found_format} {found_version}"
        found = "".join(c for c in found if 32 <= ord(c) < 127)[:40]
        raise ex.WrongSchema(found=found, expected=expected)
    return found_version
