"""Search over everything in the vault, and the text of PDF attachments for its index.

A search is recorded in the audit log as ``vault.search`` with the number of hits, never the
words: they may well be a person's name or personnummer. The hits' snippets are the records'
own words, shown to the coordinator who holds the vault; opening a hit is audited as the
record's own view.

The text of a PDF is extracted by pdfium from the bytes in memory when it is attached
(:func:`pdf_text`) and goes only into the vault's search index, inside the transaction that
stores the file: no plain copy of it is written anywhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kopingplan import filetypes
from kopingplan.domain import model
from kopingplan.storage import audit
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories.search import (
    ATTACHMENT_TEXT_LIMIT,
    KINDS,
    add_attachment_text,
)
from kopingplan.storage.repositories.search import search as search_index

if TYPE_CHECKING:
    from kopingplan.services.session import Session

__all__ = ["KINDS", "index_attachment", "pdf_text", "search"]
# Control characters other than line breaks and tabs: never in stored text (domain.rules), and
# two of them mark the matching words in a snippet.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def search(
    session: Session, query: str, limit: int = 50, *, kind: str | None = None
) -> list[model.SearchHit]:
    """The hits for ``query`` (see :func:`kopingplan.storage.repositories.search.search`),
    audited with their number. A query with nothing to search for raises InvalidSearch and
    leaves no audit row."""
    with session.vault.transaction() as conn:
        hits = search_index(conn, query, limit=limit, kind=kind)
        audit.append(conn, session.actor, "vault.search", "", None, {"hits": len(hits)})
    return hits


def pdf_text(data: bytes, limit: int = ATTACHMENT_TEXT_LIMIT) -> str:
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


def index_attachment(conn: Connection, attachment_id: int, text: str) -> None:
    """Adds an attachment's extracted text to its search row, inside the caller's transaction
    (the one that stores the file)."""
    add_attachment_text(conn, attachment_id, text)
