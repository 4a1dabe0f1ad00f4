"""How briefs lay out: long text flows over pages, long tables split with their header
repeated, and every page renders to an image with something on it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PIL import Image
from test_briefs_support import need, page_texts, prepare, run, save

from kopingplan.briefs.document import BriefOptions
from kopingplan.domain import model as m
from kopingplan.services import briefs
from kopingplan.services.session import Session

START, END = "Början-på-den-långa-anteckningen", "Slutet-på-den-långa-anteckningen"


def test_a_long_note_flows_over_pages(session: Session, tmp_path: Path) -> None:
    prepared = prepare(session, cases=12)
    case_id = prepared.case_ids[1]
    sentence = "Samtalet rörde skolan, fritiden och familjens oro inför hösten. "
    session.save(
        m.Note(
            case_id=case_id,
            written_at=datetime(2026, 11, 28, 10, 0, tzinfo=UTC),
            text=f"{START} " + sentence * 260 + "\n\nNytt stycke. " + sentence * 40 + END,
        )
    )
    pages = page_texts(save(session, briefs.case_brief(session, case_id), tmp_path)[0])

    first = next(i for i, page in enumerate(pages) if START in page)
    last = next(i for i, page in enumerate(pages) if END in page)
    assert last - first >= 2  # the note runs over at least three pages
    for page in pages[first + 1 : last]:
        assert "Samtalet rörde skolan" in page  # pages in between are full of it, not blank


def test_a_long_table_splits_with_its_header_on_every_page(
    session: Session, tmp_path: Path
) -> None:
    prepare(session, cases=12)
    with session.batch("test.situation") as batch:
        for day in range(150):
            batch.add(
                m.SituationEntry(
                    observed_on=date.today() - timedelta(days=day + 1),
                    milieu="Testmiljön",
                    orientation=m.Orientation.RIGHT,
                    observation=f"Iakttagelse nummer {day:03d} om klistermärken vid skolan.",
                    source="Fältassistenterna",
                    assessment="Trenden är oförändrad.",
                    reliability=m.Reliability.PROBABLE,
                )
            )
    report = briefs.situation_report(session, BriefOptions(situation_months=12))
    pages = page_texts(save(session, report, tmp_path, "lb.pdf")[0])

    with_rows = [page for page in pages if "Iakttagelse nummer" in page]
    assert len(with_rows) >= 3
    for page in with_rows:
        header = next(line for line in page.splitlines() if "Iakttagelse" in line)
        assert "Datum" in header and "Bedömning" in header  # the header row, repeated
    numbers = [
        int(line.split("nummer")[1].split()[0])
        for page in with_rows
        for line in page.splitlines()
        if "Iakttagelse nummer" in line
    ]
    # Newest first, and none lost or repeated at a page break.
    assert numbers == list(range(150))


def test_every_page_renders_with_content(session: Session, tmp_path: Path) -> None:
    prepared = prepare(session)
    brief = briefs.meeting_brief(session, prepared.meeting_id)
    path = save(session, brief, tmp_path, "mote.pdf")[0]
    need("pdftoppm")
    result = run("pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / "sida"))
    assert result.returncode == 0, result.stderr

    images = sorted(tmp_path.glob("sida*.png"))
    assert len(images) == len(page_texts(path))
    for image_path in images:
        with Image.open(image_path) as image:
            assert abs(image.size[0] - 496) <= 1 and abs(image.size[1] - 702) <= 1  # A4, 60 dpi
            ink = sum(image.convert("L").histogram()[:160])
            assert ink > 1500, image_path.name  # header, footer and text: never a blank page
