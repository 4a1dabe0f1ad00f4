"""Search over everything (issue 17): the first 50 hits over all kinds for several words, and
attaching a 20 MB PDF whose text goes into the index.

The working copy gets one small PDF attachment per :data:`CASES_PER_ATTACHMENT` cases (two pages
of words each, spread over the first cases; 2,000 at 20,000 cases, as issue 17 measures), so the
attachment kind has rows, then:

* ``search_all``: ``search.search(session, word, limit=50)`` — every kind's rowid range queried, the
  hits shared out, dated, and the ``vault.search`` audit row committed — for each word of
  :data:`WORDS` in turn (a common word, rare ones, a first name, a one-letter and a two-letter
  prefix, and a word only in the PDFs' text). Target 50 ms, for any word: the note gives the
  slowest word's median too.
* ``attach_pdf``: ``attachments.attach_file`` of a 20 MB PDF from disk (30 pages, each a page
  of noise as a scanned page would be, with a text layer of 40 lines): the checks before
  reading, reading, SHA-256, pdfium's inspection, the text extraction, the chunks written, the
  index row and the audit row, committed. Target 1.5 s. The PDF is fictional benchmark data in
  the run's temporary folder.
"""

from __future__ import annotations

import io
import os
import random
import statistics
import tempfile
from pathlib import Path

from measure import Figure, Log, clock

from kopingplan.domain import model as m
from kopingplan.services import attachments, demo, search
from kopingplan.services import cases as case_service
from kopingplan.services.cases import CaseFilter
from kopingplan.services.session import Session

SEARCH_TARGET_MS = 50
ATTACH_TARGET_MS = 1500
CASES_PER_ATTACHMENT = 10
PDF_WORD = "Protokollbilaga"  # only in the attached PDFs' text
WORDS = (demo.COMMON_WORD, *demo.RARE_INTERESTS[:3], "Anna", "a", "sk", PDF_WORD.lower())
BIG_PAGES = 30
PAGE_NOISE = 535_000  # bytes of incompressible image per page: 30 pages ≈ 20 MB


def _pdf(pages: int, lines: list[str], noise: int = 0, seed: int = 1) -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    chance = random.Random(seed)
    side = int(noise**0.5)
    for page in range(pages):
        if noise:
            image = Image.frombytes("L", (side, side), chance.randbytes(side * side))
            document.drawImage(ImageReader(image), 0, 0, width=595, height=842)
        document.setFont("Helvetica", 10)
        for row, line in enumerate(lines):
            document.drawString(40, 800 - 18 * row, f"{page + 1}.{row + 1} {line}")
        document.showPage()
    document.save()
    return buffer.getvalue()


def _case_ids(session: Session, count: int) -> list[int]:
    return [
        row.id for row in case_service.list_cases(session, CaseFilter(), sort="id", limit=count)
    ]


def _fill_attachments(session: Session, count: int, log: Log) -> None:
    """``count`` small PDFs (the working copy is fresh from the cache each run)."""
    lines = [f"{PDF_WORD} från socialtjänsten om oro i skolan, rad {n}" for n in range(20)]
    data = _pdf(2, lines)
    cases = _case_ids(session, count)
    for n in range(count):
        attachments.attach_bytes(
            session, m.AttachmentOwner.CASE, cases[n % len(cases)], f"brev-{n}.pdf", data
        )
    log(f"  {count} PDF attachments added")


def search_all(session: Session, runs: int, log: Log) -> Figure:
    count = max(1, case_service.count_cases(session, CaseFilter()) // CASES_PER_ATTACHMENT)
    _fill_attachments(session, count, log)
    per_word: dict[str, list[float]] = {word: [] for word in WORDS}
    hits: dict[str, tuple[int, int]] = {}
    for _ in range(runs):
        for word in WORDS:
            elapsed, found = clock(lambda w=word: search.search(session, w, limit=50))  # type: ignore[misc]
            per_word[word].append(elapsed)
            hits[word] = (len(found), len({hit.kind for hit in found}))
    samples = [value for values in per_word.values() for value in values]
    medians = {word: statistics.median(values) for word, values in per_word.items()}
    slowest = max(medians, key=lambda word: medians[word])
    return Figure(
        "search_all",
        "search over all kinds: first 50 hits",
        samples,
        SEARCH_TARGET_MS,
        extra={"words": {w: {"median_ms": medians[w], "hits_kinds": hits[w]} for w in WORDS}},
        note=(
            f"words {', '.join(WORDS)}; slowest '{slowest}' {medians[slowest]:.1f} ms; "
            + "; ".join(f"{w}: {hits[w][0]} hits in {hits[w][1]} kinds" for w in WORDS)
            + f"; {count} PDF attachments; audit row committed each time"
        ),
    )


def attach_pdf(session: Session, runs: int, log: Log) -> Figure:
    lines = [f"Inskannad sida med text om {PDF_WORD.lower()} och oro, rad {n}" for n in range(40)]
    data = _pdf(BIG_PAGES, lines, PAGE_NOISE)
    case_id = _case_ids(session, 1)[0]
    samples = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "inskannad.pdf"
        path.write_bytes(data)
        for _ in range(runs):
            elapsed, stored = clock(
                lambda: attachments.attach_file(session, m.AttachmentOwner.CASE, case_id, path)
            )
            samples.append(elapsed)
        os.remove(path)
    found = [h for h in search.search(session, "inskannad", limit=50) if h.kind == "attachment"]
    assert any(h.id == stored.id for h in found), "the big PDF's text was not indexed"
    log(f"  a {len(data) / 1e6:.1f} MB PDF of {BIG_PAGES} pages")
    return Figure(
        "attach_pdf",
        "attach a 20 MB PDF (text indexed)",
        samples,
        ATTACH_TARGET_MS,
        extra={"attachment_id": stored.id},  # the last copy, for fig_attachments.first_page
        note=(
            f"attach_file of a {len(data) / 1e6:.1f} MB PDF, {BIG_PAGES} pages of noise images "
            "with a 40-line text layer: checks, read, SHA-256, pdfium, text into the index, "
            "chunks, audit row, commit"
        ),
    )
