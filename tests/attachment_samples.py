"""Small files of every kind an attachment may be, made in memory for the attachment tests."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

MARKER = "Qzvbilagemarkeringx"  # in every sample's bytes (ASCII: a PDF keeps it as it is)
MARKER_BYTES = MARKER.encode("utf-8")


def pdf(pages: int = 2, text: str = MARKER) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    # Uncompressed, so the marker is in the file's bytes as written.
    document = canvas.Canvas(buffer, pageCompression=0)
    document.setTitle(text)
    for number in range(pages):
        document.setFont("Helvetica", 28)
        document.drawString(72, 700, f"Sida {number + 1}")
        document.drawString(72, 650, text)
        document.showPage()
    document.save()
    return buffer.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int = 64, height: int = 48, text: str = MARKER) -> bytes:
    rows = b"".join(
        b"\0" + b"".join(bytes((x * 4 % 256, y * 5 % 256, 160)) for x in range(width))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"tEXt", b"Comment\0" + text.encode("utf-8"))
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


def jpeg() -> bytes:
    return b"\xff\xd8\xff\xe0\0\x10JFIF\0" + MARKER_BYTES + b"\xff\xd9"


def gif() -> bytes:
    return b"GIF89a\x01\0\x01\0\0\0\0" + MARKER_BYTES + b";"


def docx() -> bytes:
    return _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": MARKER})


def xlsx() -> bytes:
    return _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": MARKER})


def odt() -> bytes:
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": MARKER})


def ods() -> bytes:
    mimetype = "application/vnd.oasis.opendocument.spreadsheet"
    return _zip({"mimetype": mimetype, "content.xml": MARKER})


def _zip(members: dict[str, str]) -> bytes:
    """The same bytes at every call: a member's time is fixed (``writestr`` with a name takes
    the clock's, and two calls across a two-second step differed, failing a comparison)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, text in members.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 2, 3, 4, 6)), text)
    return buffer.getvalue()


def ole2() -> bytes:
    return bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 64 + MARKER_BYTES


def email() -> bytes:
    return (
        "From: Rektor <rektor@skola.example>\r\nTo: samordnare@koping.example\r\n"
        "Subject: Oro för elev\r\nDate: Tue, 1 Dec 2026 09:00:00 +0100\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + MARKER + "\r\n"
    ).encode("utf-8")


def scanned_pdf(pages: int = 20) -> bytes:
    """A PDF as a scanner makes it: one incompressible picture a page (about 1.3 MB each), its
    cross-reference table at the end where readers look first."""
    import os

    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    for number in range(pages):
        picture = Image.frombytes("RGB", (600, 580), os.urandom(600 * 580 * 3))
        document.drawImage(ImageReader(picture), 40, 100, 515, 700)
        document.drawString(72, 60, f"Sida {number + 1}")
        document.showPage()
    document.save()
    return buffer.getvalue()
