"""What kind of file a document is, by its content, never by its name (Qt-free).

An attachment is stored with the kind its bytes show: a ``%PDF`` header, PNG's, JPEG's and GIF's
signatures, a ZIP whose inner names are those of an Office Open XML or OpenDocument file, the
OLE2 compound file of Office 97–2003 (.doc, .xls, .ppt, Outlook's .msg), or an e-mail message
(RFC 822 headers). A name whose extension promises another kind is refused, so a renamed file
is noticed before it is stored; a name without a known extension is taken as the content says.

A PDF is opened with pdfium (in memory) and images are checked for their end marker, so a
damaged or truncated file is refused when it is attached, not when it is shown months later.
"""

from __future__ import annotations

import io
import re
import threading
import zipfile
from enum import StrEnum
from pathlib import PurePath

from kopingplan import errors
from kopingplan.errors import QT_TRANSLATE_NOOP

MIB = 1024 * 1024
# What attachments may weigh (the README's "Limits" table repeats these): one file, and all of
# a vault's together (a vault of 2 GiB still backs up in under a minute here).
ATTACHMENT_LIMIT = 50 * MIB
ATTACHMENTS_TOTAL_LIMIT = 2048 * MIB

# pdfium may not be called from two threads at once (pypdfium2's documentation).
PDFIUM_LOCK = threading.Lock()


class FileKind(StrEnum):
    PDF = "pdf"
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    DOCX = "docx"
    XLSX = "xlsx"
    PPTX = "pptx"
    ODT = "odt"
    ODS = "ods"
    ODP = "odp"
    OLE2 = "ole2"  # Office 97–2003 (.doc, .xls, .ppt) and Outlook's .msg
    EMAIL = "email"


SHOWN_IN_PROGRAM = frozenset({FileKind.PDF, FileKind.PNG, FileKind.JPEG, FileKind.GIF})
IMAGES = frozenset({FileKind.PNG, FileKind.JPEG, FileKind.GIF})

MEDIA_TYPES = {
    FileKind.PDF: "application/pdf",
    FileKind.PNG: "image/png",
    FileKind.JPEG: "image/jpeg",
    FileKind.GIF: "image/gif",
    FileKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileKind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    FileKind.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    FileKind.ODT: "application/vnd.oasis.opendocument.text",
    FileKind.ODS: "application/vnd.oasis.opendocument.spreadsheet",
    FileKind.ODP: "application/vnd.oasis.opendocument.presentation",
    FileKind.OLE2: "application/x-ole-storage",
    FileKind.EMAIL: "message/rfc822",
}

# The extensions each kind may carry; a name with one of these and other content is refused.
EXTENSIONS = {
    FileKind.PDF: (".pdf",),
    FileKind.PNG: (".png",),
    FileKind.JPEG: (".jpg", ".jpeg", ".jpe", ".jfif"),
    FileKind.GIF: (".gif",),
    FileKind.DOCX: (".docx", ".docm", ".dotx"),
    FileKind.XLSX: (".xlsx", ".xlsm", ".xltx"),
    FileKind.PPTX: (".pptx", ".pptm", ".ppsx"),
    FileKind.ODT: (".odt", ".ott"),
    FileKind.ODS: (".ods", ".ots"),
    FileKind.ODP: (".odp", ".otp"),
    FileKind.OLE2: (".doc", ".xls", ".ppt", ".msg", ".dot", ".xlt", ".pps"),
    FileKind.EMAIL: (".eml", ".mht", ".mhtml"),
}
_BY_EXTENSION = {ext: kind for kind, exts in EXTENSIONS.items() for ext in exts}

_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")
_PNG = b"\x89PNG\r\n\x1a\n"
_ODF = {
    "application/vnd.oasis.opendocument.text": FileKind.ODT,
    "application/vnd.oasis.opendocument.text-template": FileKind.ODT,
    "application/vnd.oasis.opendocument.spreadsheet": FileKind.ODS,
    "application/vnd.oasis.opendocument.spreadsheet-template": FileKind.ODS,
    "application/vnd.oasis.opendocument.presentation": FileKind.ODP,
    "application/vnd.oasis.opendocument.presentation-template": FileKind.ODP,
}
_OOXML = {"word/": FileKind.DOCX, "xl/": FileKind.XLSX, "ppt/": FileKind.PPTX}
# An RFC 822 header line: a field name of printable ASCII without a colon, then a colon.
_HEADER = re.compile(rb"^[!-9;-~]{1,76}:[ \t]?[^\r\n]*$")
_MAIL_FIELDS = {b"from", b"to", b"subject", b"date", b"message-id", b"received", b"mime-version"}
_EMAIL_PROBE = 64 * 1024  # the headers of a message are in its first kilobytes


class FileTypeError(errors.KopingplanError):
    """The content cannot be attached; nothing was stored. ``name`` is the file's shown name."""

    exit_code = 2


class UnknownFileKind(FileTypeError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not a kind of file that can be attached (PDF, image, Office or OpenDocument "
        "file, e-mail). Nothing was stored.",
    )


class KindDoesNotMatchName(FileTypeError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The name {name} says {expected}, but the content is {found}. Nothing was stored; "
        "check that you chose the right file.",
    )


class DamagedFile(FileTypeError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} looks like a {found} file but is damaged or cut off and cannot be opened. "
        "Nothing was stored.",
    )


# Words for a kind inside a message, translated when the message is made.
KINDS_CONTEXT = "FileKinds"
KIND_WORDS = {
    FileKind.PDF: QT_TRANSLATE_NOOP("FileKinds", "PDF"),
    FileKind.PNG: QT_TRANSLATE_NOOP("FileKinds", "PNG image"),
    FileKind.JPEG: QT_TRANSLATE_NOOP("FileKinds", "JPEG image"),
    FileKind.GIF: QT_TRANSLATE_NOOP("FileKinds", "GIF image"),
    FileKind.DOCX: QT_TRANSLATE_NOOP("FileKinds", "Word document"),
    FileKind.XLSX: QT_TRANSLATE_NOOP("FileKinds", "Excel workbook"),
    FileKind.PPTX: QT_TRANSLATE_NOOP("FileKinds", "PowerPoint presentation"),
    FileKind.ODT: QT_TRANSLATE_NOOP("FileKinds", "OpenDocument text"),
    FileKind.ODS: QT_TRANSLATE_NOOP("FileKinds", "OpenDocument spreadsheet"),
    FileKind.ODP: QT_TRANSLATE_NOOP("FileKinds", "OpenDocument presentation"),
    FileKind.OLE2: QT_TRANSLATE_NOOP("FileKinds", "Office 97–2003 file"),
    FileKind.EMAIL: QT_TRANSLATE_NOOP("FileKinds", "e-mail message"),
}
UNKNOWN_WORD = QT_TRANSLATE_NOOP("FileKinds", "something else")


def kind_word(kind: FileKind | None) -> str:
    from kopingplan.i18n import tr

    return tr(KINDS_CONTEXT, KIND_WORDS[kind] if kind is not None else UNKNOWN_WORD)


def kind_of_name(name: str) -> FileKind | None:
    """The kind a file name's extension promises, or None for an extension not listed."""
    return _BY_EXTENSION.get(PurePath(name).suffix.lower())


def sniff(data: bytes) -> FileKind | None:
    """The kind the content shows, or None. Reads no more than the headers (and a ZIP's list)."""
    head = data[:16]
    if head.startswith(b"%PDF-"):
        return FileKind.PDF
    if head.startswith(_PNG):
        return FileKind.PNG
    if head.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileKind.GIF
    if head.startswith(_OLE2):
        return FileKind.OLE2
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if _looks_like_email(data[:_EMAIL_PROBE]):
        return FileKind.EMAIL
    return None


def _zip_kind(data: bytes) -> FileKind | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                # At most 100 bytes inflated: a "mimetype" of gigabytes is a ZIP bomb.
                with archive.open("mimetype") as member:
                    mimetype = member.read(100).decode("ascii", "replace").strip()
                return _ODF.get(mimetype)
            if "[Content_Types].xml" in names:
                for prefix, kind in _OOXML.items():
                    if any(n.startswith(prefix) for n in names):
                        return kind
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None
    return None


def _looks_like_email(head: bytes) -> bool:
    """RFC 822: header lines from the first byte to a blank line, among them at least two of
    the fields every message has (From, To, Subject, Date …). Text with a colon or two in its
    first lines is not taken for a message."""
    if b"\0" in head:
        return False
    end = re.search(rb"\r?\n\r?\n", head)
    if end is None:
        return False
    fields: set[bytes] = set()
    for line in re.split(rb"\r?\n", head[: end.start()]):
        if line[:1] in (b" ", b"\t"):  # a folded continuation of the line before
            if not fields:
                return False
            continue
        if not _HEADER.match(line):
            return False
        fields.add(line.split(b":", 1)[0].lower())
    return len(fields & _MAIL_FIELDS) >= 2 and b"from" in fields


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF, opened in memory by pdfium; ValueError when pdfium cannot open it."""
    import pypdfium2

    with PDFIUM_LOCK:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as error:
            raise ValueError(str(error)) from None
        try:
            pages = len(document)
            if pages < 1:
                raise ValueError("no pages")
            document[0].close()  # the first page must load too
            return pages
        finally:
            document.close()


def _intact(kind: FileKind, data: bytes) -> bool:
    if kind is FileKind.PDF:
        return True  # opened by pdfium in inspect(), once
    if kind is FileKind.PNG:
        return b"IHDR" in data[8:40] and data.rstrip(b"\0")[-12:].startswith(b"\0\0\0\0IEND")
    if kind is FileKind.JPEG:
        return data.rstrip(b"\0\r\n")[-2:] == b"\xff\xd9"
    if kind is FileKind.GIF:
        return data.rstrip(b"\0")[-1:] == b";"
    return True


def identify(name: str, data: bytes) -> FileKind:
    """The kind of ``data``, checked against the name's extension and for damage. Raises a
    :class:`FileTypeError` (``name`` shown in it) and never returns an unknown kind."""
    return inspect(name, data)[0]


def inspect(name: str, data: bytes) -> tuple[FileKind, int | None]:
    """:func:`identify`, and a PDF's page count (None for other kinds): pdfium opens it once."""
    from kopingplan.files import shown

    found = sniff(data)
    expected = kind_of_name(name)
    if found is None:
        if expected is not None:
            raise KindDoesNotMatchName(
                name=shown(name), expected=kind_word(expected), found=kind_word(None)
            )
        raise UnknownFileKind(name=shown(name))
    if expected is not None and expected is not found:
        raise KindDoesNotMatchName(
            name=shown(name), expected=kind_word(expected), found=kind_word(found)
        )
    pages = None
    try:
        if found is FileKind.PDF:
            pages = pdf_page_count(data)
        intact = _intact(found, data)
    except (ValueError, IndexError):
        intact = False
    if not intact:
        raise DamagedFile(name=shown(name), found=kind_word(found))
    return found, pages
