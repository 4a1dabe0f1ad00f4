"""What the brief tests share: a prepared vault and the outside tools that read the PDFs.

The tools are the ones a recipient would use: poppler's ``pdftotext``, ``pdfsig``,
``pdftoppm``, ``pdffonts`` (Debian's poppler-utils) and pyHanko's ``pyhanko sign validate``
(the pyhanko-cli package; without it, pyHanko's validation API with the same settings).
Missing tools skip a test on a developer's machine and fail it in CI (``CI`` set), where a
skip would hide that the briefs were never checked from outside.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from kopingplan.briefs.document import Brief, BriefOptions
from kopingplan.domain import model as m
from kopingplan.services import briefs, demo, meetings
from kopingplan.services import cases as case_service
from kopingplan.services.cases import CaseFilter
from kopingplan.services.session import Session

# A relative whose name must never be printed unless the coordinator chooses it. Names that
# the demo generator does not use, so a hit can only come from this test's records.
RELATIVE_GIVEN = "Birgitta"
RELATIVE_FAMILY = "Rosenqvist-Zetterlund"
SUBJECT_GIVEN = "Leopold"
NOTE_MARKER = "Fjärilsträdgården"  # a word only the prepared note contains
MEETING_AT = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        message = f"{tool} is not installed (apt-get install poppler-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def page_texts(path: Path) -> list[str]:
    """The text of each page, as pdftotext reads it (layout kept)."""
    result = run(need("pdftotext"), "-layout", "-enc", "UTF-8", str(path), "-")
    assert result.returncode == 0, result.stderr
    pages = result.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def text_of(path: Path) -> str:
    return "\n".join(page_texts(path))


def pdf_streams(data: bytes) -> list[bytes]:
    """Every stream of a PDF, inflated where it is compressed (page content, fonts' maps,
    metadata): text left out of a brief must not hide in one."""
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            found.append(match.group(1))
    assert found, "no streams found"
    return found


def pdfsig(path: Path) -> str:
    """pdfsig's report. It exits 0 even on a digest mismatch, so callers read the text."""
    result = run(need("pdfsig"), str(path))
    return result.stdout + result.stderr


def pyhanko_validate(path: Path, certificate: Path) -> tuple[bool, str]:
    """``pyhanko sign validate --trust CERT``: (valid, what it said)."""
    cli = shutil.which("pyhanko") or shutil.which("pyhanko", path=str(Path(sys.executable).parent))
    if cli is not None:
        result = run(cli, "sign", "validate", "--trust", str(certificate), "--trust-replace",
                     "--no-revocation-check", str(path))  # fmt: skip
        return result.returncode == 0, result.stdout + result.stderr
    if os.environ.get("CI"):
        pytest.fail("pyhanko-cli is not installed (pip install pyhanko-cli)")
    # The API equivalent of the command line: same trust root, diff analysis on.
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with path.open("rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        context = ValidationContext(
            trust_roots=[load_cert_from_pemder(str(certificate))], allow_fetching=False
        )
        try:
            status = validate_pdf_signature(reader.embedded_signatures[0], context)
        except Exception as error:  # a broken signature is a verdict too
            return False, repr(error)
        return status.bottom_line, status.summary()


@dataclass(frozen=True)
class Prepared:
    meeting_id: int
    group_id: int
    case_ids: list[int]
    relative_case: int
    excluded_case: int


def prepare(session: Session, *, cases: int = 24) -> Prepared:
    """Demo data, then an insatsgrupp meeting on 8 open cases; the first case has a relative
    and a note naming her and the subject."""
    demo.fill(session, cases=cases, seed=11, notes_per_case=6)
    group = next(g for g in meetings.groups(session) if g.kind is m.GroupKind.INTERVENTION_GROUP)
    assert group.id is not None
    rows = case_service.list_cases(
        session, CaseFilter(status=m.CaseStatus.OPEN), sort="id", limit=8
    )
    case_ids = [row.id for row in rows]
    first = case_ids[0]
    with session.batch("test.prepare") as batch:
        relative = batch.add(m.Person(given_name=RELATIVE_GIVEN, family_name=RELATIVE_FAMILY))
        subject = batch.add(m.Person(given_name=SUBJECT_GIVEN, family_name="Testsson"))
        assert relative.id is not None and subject.id is not None
        batch.add(m.CaseParticipant(first, relative.id, m.CaseRole.RELATIVE, "moster"))
        batch.add(m.CaseParticipant(first, subject.id, m.CaseRole.SUBJECT))
        batch.add(
            m.Note(
                case_id=first,
                written_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
                text=(
                    f"{RELATIVE_GIVEN} {RELATIVE_FAMILY} ringde om {SUBJECT_GIVEN}. "
                    f"{RELATIVE_GIVEN}s oro gäller helgerna vid {NOTE_MARKER}."
                ),
            )
        )
    meeting = meetings.create_meeting(
        session, group.id, MEETING_AT, "Rådhuset", from_last=False, case_ids=case_ids
    )
    assert meeting.id is not None
    return Prepared(meeting.id, group.id, case_ids, first, case_ids[-1])


def save(
    session: Session, brief: Brief, folder: Path, name: str = "brief.pdf", **kwargs: Any
) -> list[Path]:
    """Saves into ``folder``/out (the vault lives in ``folder``/vault in these tests)."""
    out = folder / "out"
    out.mkdir(exist_ok=True)
    return briefs.save(session, brief, out / name, **kwargs)


def meeting_pdf(
    session: Session, prepared: Prepared, folder: Path, options: BriefOptions | None = None
) -> Path:
    brief = briefs.meeting_brief(session, prepared.meeting_id, options)
    return save(session, brief, folder, "mote.pdf", overwrite=True)[0]


def test_prepared_meeting_holds_the_cases(session: Session) -> None:
    prepared = prepare(session, cases=12)
    detail = meetings.detail(session, prepared.meeting_id)
    on_agenda = [item.case_id for item in detail.agenda if item.case_id is not None]
    assert on_agenda == prepared.case_ids
    assert detail.meeting.starts_at.date() == date(2026, 12, 1)
