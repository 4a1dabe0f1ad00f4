"""What a brief says: the right content, nothing the coordinator left out, the marks on every
page, copies traced to their recipients in the audit log. Read back with pdftotext."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

import pytest
from test_briefs_support import (
    MEETING_AT,
    NOTE_MARKER,
    RELATIVE_FAMILY,
    RELATIVE_GIVEN,
    SUBJECT_GIVEN,
    meeting_pdf,
    need,
    page_texts,
    prepare,
    run,
    save,
    text_of,
)

from kopingplan import errors, files
from kopingplan.briefs import labels
from kopingplan.briefs.case_section import redactor
from kopingplan.briefs.document import (
    DEFAULT_CLASSIFICATION,
    BriefOptions,
    CaseContent,
    copy_marks,
    default_case_content,
)
from kopingplan.domain import model as m
from kopingplan.services import briefs, meetings
from kopingplan.services.session import Session
from kopingplan.storage import audit


def _flat(text: str) -> str:
    """pdftotext -layout breaks lines and pads columns; compare words, not spacing."""
    return " ".join(text.split())


def test_meeting_brief_has_cover_agenda_cases_lagesbild_and_actions(
    session: Session, tmp_path: Path
) -> None:
    prepared = prepare(session)
    pages = page_texts(meeting_pdf(session, prepared, tmp_path))
    cover, text = _flat(pages[0]), _flat("\n".join(pages))

    assert "Mötesunderlag" in cover
    assert "Insatsgrupp" in cover
    assert labels.meeting_time(MEETING_AT) in cover
    assert "Anna Lindqvist, Köpings kommun" in cover
    assert "Rådhuset" in cover
    detail = meetings.detail(session, prepared.meeting_id)
    for item in detail.agenda:
        assert item.title in text
    for case_id in prepared.case_ids:
        assert f"(ärende {case_id})" in text
    assert "Lägesbild sedan" in text
    assert "Öppna åtgärder" in text
    # The body starts on its own page after the cover.
    assert "Dagordning" not in cover


def test_every_page_carries_classification_id_date_and_page_number(
    session: Session, tmp_path: Path
) -> None:
    prepared = prepare(session)
    brief = briefs.meeting_brief(session, prepared.meeting_id)
    pages = page_texts(save(session, brief, tmp_path)[0])

    assert len(pages) >= 3
    made = labels.day(labels.local(brief.made_at).date())
    for number, page in enumerate(pages, start=1):
        assert DEFAULT_CLASSIFICATION in page
        assert brief.document_id in page
        assert f"Upprättad {made}" in page
        assert f"Sida {number} av {len(pages)}" in page
    assert re.fullmatch(r"MU-[0-9A-Z]{4}-[0-9A-Z]{4}", brief.document_id)


def test_relatives_and_the_subject_are_not_named_unless_chosen(
    session: Session, tmp_path: Path
) -> None:
    prepared = prepare(session)
    default = text_of(meeting_pdf(session, prepared, tmp_path))

    assert NOTE_MARKER in default  # the note itself is in the timeline…
    for name in (RELATIVE_GIVEN, RELATIVE_FAMILY, SUBJECT_GIVEN):
        assert name not in default  # …but not the names in it
    # The full name is blanked as one, the genitive with the name ("Birgittas oro").
    assert "[namn] ringde om [namn]. [namn] oro gäller" in _flat(default)

    content = replace(default_case_content(m.GroupKind.INTERVENTION_GROUP), relatives=True)
    chosen = BriefOptions().with_case(prepared.relative_case, content)
    named = text_of(meeting_pdf(session, prepared, tmp_path, chosen))
    assert f"{RELATIVE_GIVEN} {RELATIVE_FAMILY}" in named
    assert "moster" in named
    assert SUBJECT_GIVEN not in named


def test_an_excluded_case_contributes_only_its_agenda_title(
    session: Session, tmp_path: Path
) -> None:
    prepared = prepare(session)
    case = session.get(m.Case, prepared.excluded_case)
    options = BriefOptions(excluded_cases=frozenset({prepared.excluded_case}))
    brief = briefs.meeting_brief(session, prepared.meeting_id, options)
    text = _flat(text_of(save(session, brief, tmp_path)[0]))

    assert case.title in text
    assert "redovisas muntligt" in text
    assert prepared.excluded_case not in brief.case_ids
    everyone_else = BriefOptions(case_content=CaseContent(summary=False), situation=False)
    others = _flat(text_of(meeting_pdf(session, prepared, tmp_path, everyone_else)))
    for case_id in prepared.case_ids:
        summary = session.get(m.Case, case_id).summary
        if summary:
            assert _flat(summary) not in others


def test_youth_group_defaults_leave_out_timeline_measures_and_names(
    session: Session, tmp_path: Path
) -> None:
    youth = default_case_content(m.GroupKind.YOUTH_GROUP)
    assert youth.summary and youth.level
    assert not (youth.timeline or youth.measures or youth.professionals or youth.relatives)
    intervention = default_case_content(m.GroupKind.INTERVENTION_GROUP)
    assert intervention.measures and intervention.timeline and not intervention.relatives

    prepared = prepare(session)
    group = next(g for g in meetings.groups(session) if g.kind is m.GroupKind.YOUTH_GROUP)
    assert group.id is not None
    meeting = meetings.create_meeting(
        session, group.id, MEETING_AT, from_last=False, case_ids=[prepared.relative_case]
    )
    assert meeting.id is not None
    brief = briefs.meeting_brief(session, meeting.id)
    text = text_of(save(session, brief, tmp_path)[0])

    assert NOTE_MARKER not in text
    assert "Senaste anteckningar" not in text
    assert "Insatser" not in text
    assert set(brief.included) >= {"level", "orientation", "summary"}
    assert "timeline" not in brief.included


def test_copies_are_separate_signed_files_traced_to_recipients(
    session: Session, tmp_path: Path
) -> None:
    prepared = prepare(session)
    brief = briefs.meeting_brief(session, prepared.meeting_id)
    recipients = ["Karin Öberg", "Jonas Åkesson", "Polisen, Lena Ek"]
    paths = save(session, brief, tmp_path, "underlag.pdf", recipients=recipients)

    assert [p.name for p in paths] == [f"underlag-exemplar-{k}-av-3.pdf" for k in (1, 2, 3)]
    assert not (tmp_path / "out" / "underlag.pdf").exists()
    for number, (path, recipient) in enumerate(zip(paths, recipients, strict=True), start=1):
        pages = page_texts(path)
        for page in pages:
            assert f"Exemplar {number} av 3 · Mottagare: {recipient}" in page
        others = [r for r in recipients if r != recipient]
        assert not any(other in "\n".join(pages) for other in others)
        assert briefs.verify(path.read_bytes(), session).ok

    row = audit.entries(session.vault.conn, action="brief.create")[0]
    assert (row.entity, row.entity_id) == ("meetings", prepared.meeting_id)
    assert row.details["document_id"] == brief.document_id
    assert row.details["kind"] == "meeting"
    assert row.details["copies"] == 3
    assert [(r["copy"], r["recipient"]) for r in row.details["recipients"]] == [
        (1, "Karin Öberg"),
        (2, "Jonas Åkesson"),
        (3, "Polisen, Lena Ek"),
    ]
    assert [r["sha256"] for r in row.details["recipients"]] == [
        hashlib.sha256(p.read_bytes()).hexdigest() for p in paths
    ]
    assert row.details["cases"] == prepared.case_ids
    # Ids, names of parts and hashes: no content of the cases.
    logged = str(row.details)
    for case_id in prepared.case_ids:
        case = session.get(m.Case, case_id)
        assert case.title not in logged and (not case.summary or case.summary not in logged)


def test_numbered_copies_without_recipients(session: Session, tmp_path: Path) -> None:
    prepared = prepare(session, cases=12)
    brief = briefs.case_brief(session, prepared.case_ids[0])
    paths = save(session, brief, tmp_path, "pm.pdf", copies=2)

    assert [p.name for p in paths] == ["pm-exemplar-1-av-2.pdf", "pm-exemplar-2-av-2.pdf"]
    assert "Exemplar 2 av 2" in page_texts(paths[1])[0]
    assert "Mottagare" not in text_of(paths[1])


@pytest.mark.parametrize(
    ("copies", "recipients", "field"),
    [(0, (), "copies"), (51, (), "copies"), (2, ("A", "B", "C"), "recipients"),
     (1, ("A", " "), "recipients")],
)  # fmt: skip
def test_copy_counts_that_make_no_sense_are_refused(
    session: Session, tmp_path: Path, copies: int, recipients: tuple[str, ...], field: str
) -> None:
    prepared = prepare(session, cases=12)
    brief = briefs.case_brief(session, prepared.case_ids[0])
    with pytest.raises(errors.InvalidInput) as raised:
        save(session, brief, tmp_path, copies=copies, recipients=recipients)
    assert raised.value.field == field
    assert list((tmp_path / "out").iterdir()) == []
    assert audit.entries(session.vault.conn, action="brief.create") == []


def test_copy_marks() -> None:
    assert copy_marks(1) == (None,)
    marks = copy_marks(1, ("A", "B"))
    assert [(c.number, c.of, c.recipient) for c in marks if c] == [(1, 2, "A"), (2, 2, "B")]
    with pytest.raises(ValueError):
        copy_marks(3, ("A", "B"))


def test_classification_is_a_vault_setting(session: Session, tmp_path: Path) -> None:
    prepared = prepare(session, cases=12)
    briefs.set_classification(session, "  HEMLIG – endast för mötet  ")
    assert briefs.classification(session) == "HEMLIG – endast för mötet"
    pages = page_texts(save(session, briefs.case_brief(session, prepared.case_ids[0]), tmp_path)[0])
    assert all("HEMLIG – endast för mötet" in page for page in pages)
    assert not any(DEFAULT_CLASSIFICATION in page for page in pages)
    row = audit.entries(session.vault.conn, action="settings.update")[0]
    assert row.details == {"key": "brief.classification"}

    for bad in ("", "   ", "två\nrader"):
        with pytest.raises(errors.InvalidInput):
            briefs.set_classification(session, bad)
    assert briefs.classification(session) == "HEMLIG – endast för mötet"


def test_saving_never_overwrites_unasked_nor_leaves_half_a_set(
    session: Session, tmp_path: Path
) -> None:
    prepared = prepare(session, cases=12)
    brief = briefs.case_brief(session, prepared.case_ids[0])
    out = tmp_path / "out"
    out.mkdir()
    (out / "pm-exemplar-2-av-3.pdf").write_bytes(b"mine")

    with pytest.raises(files.OutputExists):
        save(session, brief, tmp_path, "pm.pdf", copies=3)
    assert sorted(p.name for p in out.iterdir()) == ["pm-exemplar-2-av-3.pdf"]
    with pytest.raises(files.OutputFolderMissing):
        briefs.save(session, brief, tmp_path / "finns-inte" / "pm.pdf")
    assert audit.entries(session.vault.conn, action="brief.create") == []

    paths = save(session, brief, tmp_path, "pm.pdf", copies=3, overwrite=True)
    assert len(paths) == 3 and paths[1].read_bytes() != b"mine"
    assert (paths[0].stat().st_mode & 0o077) == 0  # only the owner may read a brief


def test_swedish_text_and_embedded_fonts(session: Session, tmp_path: Path) -> None:
    prepared = prepare(session, cases=12)
    case_id = prepared.case_ids[0]
    case = session.get(m.Case, case_id)
    sentence = "Åsa sa: ”Jag vill härifrån” – och ’nu’ … ÄÖÜ éà"
    session.save(replace(case, summary=sentence))
    path = save(session, briefs.case_brief(session, case_id), tmp_path)[0]

    assert sentence in text_of(path)
    fonts = run(need("pdffonts"), str(path)).stdout.splitlines()[2:]
    assert fonts, "the brief uses no fonts at all?"
    for line in fonts:
        assert "DejaVuSans" in line and " yes yes " in line, line  # embedded and subset


def test_case_brief_and_lagesbild_report(session: Session, tmp_path: Path) -> None:
    prepared = prepare(session)
    case = session.get(m.Case, prepared.relative_case)
    case_text = _flat(text_of(save(session, briefs.case_brief(session, case.id or 0), tmp_path)[0]))
    assert case.title in case_text
    assert "Nivåhistorik" in case_text
    assert NOTE_MARKER in case_text and RELATIVE_FAMILY not in case_text

    report = briefs.situation_report(session, BriefOptions(situation_sources=False))
    report_text = _flat(text_of(save(session, report, tmp_path, "lb.pdf")[0]))
    assert "Lägesbild" in report_text and "Översikt" in report_text
    assert any(name in report_text for name in labels.ORIENTATIONS.values())
    assert "Källa" not in report_text
    row = audit.entries(session.vault.conn, action="brief.create")[0]
    assert row.details["kind"] == "situation" and row.entity == ""


def test_printing_is_recorded(session: Session) -> None:
    prepared = prepare(session, cases=12)
    brief = briefs.case_brief(session, prepared.case_ids[0])
    made = briefs.produce(session, brief, recipients=["Lena Ek"])

    assert made[0].data.startswith(b"%PDF")
    assert audit.entries(session.vault.conn, action="brief.print") == []  # made, not printed
    briefs.record_print(session, brief, made, printer="Skrivare 3")
    row = audit.entries(session.vault.conn, action="brief.print")[0]
    assert row.details["recipients"][0]["recipient"] == "Lena Ek"
    assert row.details["printer"] == "Skrivare 3"


def test_names_are_blanked_as_whole_words() -> None:
    clean = redactor(["Anna Berg", "Anna", "Berg"])
    assert (
        clean("Anna Berg ringde. Annas mamma och ANNA.")
        == "[namn] ringde. [namn] mamma och [namn]."
    )
    assert clean("Annabel bor i Bergsjö.") == "Annabel bor i Bergsjö."
    assert redactor([])("Anna") == "Anna"


def test_signing_runs_off_the_vaults_thread_then_is_written(
    session: Session, tmp_path: Path
) -> None:
    """The GUI's way: gather on its thread, render and sign on a worker, write back home."""
    from concurrent.futures import ThreadPoolExecutor

    prepared = prepare(session, cases=12)
    brief = briefs.meeting_brief(session, prepared.meeting_id)
    signer = briefs.signer_for(session)
    with ThreadPoolExecutor(max_workers=1) as pool:
        made = pool.submit(briefs.sign_copies, brief, signer, copies=2).result()
    (tmp_path / "out").mkdir()
    paths = briefs.write(session, brief, made, tmp_path / "out" / "mote.pdf")

    assert [p.read_bytes() for p in paths] == [copy.data for copy in made]
    assert audit.entries(session.vault.conn, action="brief.create")[0].details["copies"] == 2
    assert audit.verify(session.vault.conn) == []
