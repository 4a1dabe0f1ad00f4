"""The text layer of a PDF, read by pdfium from the bytes in memory (for the search index).

One place for both times a PDF's words are indexed: when a file is attached
(:mod:`kopingplan.services.search`) and when a vault written before schema version 9 is upgraded
(:mod:`kopingplan.storage.migrations`, which may not import services). Nothing is written to
disk: the text goes only into the vault's search index.
"""

from __future__ import annotations

import re
from typing import Any

from kopingplan import filetypes

# Control characters other than line breaks and tabs: never in stored text (domain.rules), and
# two of them mark the matching words in a search hit's snippet.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def pdf_text(data: bytes, limit: int) -> str:
    """The text of a PDF's pages, page after page, at most ``limit`` characters; "" when pdfium
    cannot read it (the file was checked when attached, so that means no text layer, not a
    refusal). In memory only."""
    import pypdfium2

    parts: list[str] = []
    size = 0
    with filetypes.PDFIUM_LOCK:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            return ""
        try:
            for index in range(len(document)):
                try:
                    text = _page_text(document, index)
                except pypdfium2.PdfiumError:  # a damaged page later on: its words are lost
                    continue
                parts.append(text)
                size += len(text)
                if size >= limit:
                    break
        finally:
            document.close()
    # pdfium ends lines with CR LF and may put NULs or other control characters in.
    text = _CONTROL.sub(" ", "\n".join(parts).replace("\r\n", "\n"))
    return text[:limit]


def _page_text(document: Any, index: int) -> str:
    page = document[index]
    try:
        text_page = page.get_textpage()
        try:
            return str(text_page.get_text_range())
        finally:
            text_page.close()
    finally:
        page.close()
