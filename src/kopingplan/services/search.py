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

from typing import TYPE_CHECKING

from kopingplan.domain import model
from kopingplan.pdf_text import pdf_text as extract_pdf_text
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
    """The text of a PDF's pages, at most ``limit`` characters, in memory only (see
    :func:`kopingplan.pdf_text.pdf_text`)."""
    return extract_pdf_text(data, limit)


def index_attachment(conn: Connection, attachment_id: int, text: str) -> None:
    """Adds an attachment's extracted text to its search row, inside the caller's transaction
    (the one that stores the file)."""
    add_attachment_text(conn, attachment_id, text)
