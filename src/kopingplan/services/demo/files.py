"""Small demo files made in memory: one-page PDFs of text and PNG pictures.

Written by hand, byte by byte, so the demo needs no PDF or image library and stays fast and
the same for a seed: a PDF is one page of Helvetica (WinAnsi, so å, ä and ö show), a PNG a
few coloured shapes on a wall-grey ground, like a photo of a tag or a poster.
"""

from __future__ import annotations

import random
import struct
import zlib

PNG_SIZE = (240, 160)


def pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF with ``title`` in bold and ``lines`` below it."""
    text = ["BT", "/F2 14 Tf", "56 780 Td", f"({_escape(title)}) Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines:
        text += [f"({_escape(line)}) Tj", "0 -16 Td"]
    text.append("ET")
    stream = "\n".join(text).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe5\xe4\xf6\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def png(rng: random.Random) -> bytes:
    """A :data:`PNG_SIZE` RGB picture: a grey wall with a few coloured bars and blocks."""
    width, height = PNG_SIZE
    grey = rng.randint(150, 200)
    rows = [bytearray(bytes((grey, grey, grey - 8)) * width) for _ in range(height)]
    for _ in range(rng.randint(3, 6)):
        colour = bytes((rng.randint(0, 255), rng.randint(0, 90), rng.randint(0, 255)))
        left, top = rng.randrange(width - 40), rng.randrange(height - 30)
        wide, tall = rng.randint(20, 120), rng.randint(6, 40)
        span = colour * min(wide, width - left)
        for y in range(top, min(top + tall, height)):
            rows[y][left * 3 : left * 3 + len(span)] = span
    raw = b"".join(b"\0" + bytes(row) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 6))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
