"""The action plan's revisions: newest first, added and corrected with their audit rows, a
taken number refused without writing, and `kopingplan plan list | show | add`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from test_cli import kopingplan
from test_cli_briefs import vault_args

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import plan
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE


def revision(number: int, day: date, by: str = "Kommunfullmäktige") -> m.PlanRevision:
    return m.PlanRevision(number, day, by, f"Handlingsplan {number}", f"Ändrat i {number}")


def _actions(session: Session) -> list[str]:
    return [e.action for e in audit.entries(session.vault.conn, entity="plan_revisions")]


def test_revisions_are_listed_newest_first_and_numbered_on(session: Session) -> None:
    assert plan.revisions(session) == [] and plan.next_number(session) == 1
    plan.add_revision(session, revision(1, date(2017, 9, 25)))
    plan.add_revision(session, revision(3, date(2024, 10, 28), "Kommunstyrelsen"))
    plan.add_revision(session, revision(2, date(2021, 3, 1)))
    assert [r.revision for r in plan.revisions(session)] == [3, 2, 1]
    assert plan.revisions(session)[0].adopted_by == "Kommunstyrelsen"
    assert plan.next_number(session) == 4


def test_adding_and_correcting_are_audited_without_content(session: Session) -> None:
    added = plan.add_revision(session, revision(1, date(2017, 9, 25)))
    assert added.id is not None
    corrected = plan.save_revision(session, replace(added, change_summary="Första versionen"))
    assert plan.get_revision(session, added.id) == corrected
    plan.change_revision(session, corrected)  # nothing changed: nothing written
    entries = audit.entries(session.vault.conn, entity="plan_revisions")
    assert [e.action for e in entries] == ["plan_revisions.change", "plan_revisions.add"]
    assert entries[0].details["fields"] == ["change_summary"]
    assert entries[1].details == {"revision": 1}
    assert "Första" not in str([e.details for e in entries])


def test_a_taken_number_or_a_bad_revision_is_refused_and_nothing_written(
    session: Session,
) -> None:
    first = plan.add_revision(session, revision(1, date(2017, 9, 25)))
    second = plan.add_revision(session, revision(2, date(2024, 10, 28)))
    before = _actions(session)
    with pytest.raises(errors.InvalidInput) as taken:
        plan.add_revision(session, revision(2, date(2025, 1, 1)))
    assert taken.value.field == "revision"
    with pytest.raises(errors.InvalidInput) as moved:
        plan.change_revision(session, replace(second, revision=first.revision))
    assert moved.value.field == "revision"
    with pytest.raises(errors.InvalidInput) as blank:
        plan.add_revision(session, replace(revision(3, date(2025, 1, 1)), adopted_by="  "))
    assert blank.value.field == "adopted_by"
    with pytest.raises(errors.NotFound):
        plan.change_revision(session, replace(second, id=999))
    assert _actions(session) == before
    assert [r.revision for r in plan.revisions(session)] == [2, 1]


def test_kf_and_ks_are_written_out() -> None:
    assert plan.adopter_name(" kf ") == "Kommunfullmäktige"
    assert plan.adopter_name("KS") == "Kommunstyrelsen"
    assert plan.adopter_name("Barn- och utbildningsnämnden") == "Barn- och utbildningsnämnden"


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def made(tmp_path: Path) -> Path:
    folder = tmp_path / "valv"
    result = kopingplan(
        *vault_args(folder), "init", "--name", "Anna Lindqvist", "--org", "Köpings kommun",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return folder


def test_the_command_line_adds_lists_and_shows_revisions(made: Path, tmp_path: Path) -> None:
    text = tmp_path / "plan.txt"
    text.write_text("\ufeffHandlingsplan mot våldsbejakande extremism\r\nAvsnitt 1", "utf-8")
    first = kopingplan(
        *vault_args(made), "plan", "add", "--adopted-on", "2017-09-25", "--decided-by", "KF",
        "--text-file", str(text), stdin=PASSPHRASE,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Recorded revision 1 of the action plan."
    second = kopingplan(
        *vault_args(made), "plan", "add", "--adopted-on", "2024-10-28", "--decided-by", "ks",
        "--text-file", str(text), "--changes", "Nytt avsnitt om anhöriga\noch avhopp",
        stdin=PASSPHRASE,
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    listed = kopingplan(*vault_args(made), "plan", "list", stdin=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "2\t2024-10-28\tKommunstyrelsen\t-\tNytt avsnitt om anhöriga",
        "1\t2017-09-25\tKommunfullmäktige\t-\t",
        "Revisions: 2.",
    ]
    shown = kopingplan(*vault_args(made), "plan", "show", "1", stdin=PASSPHRASE)
    assert shown.stdout == "Handlingsplan mot våldsbejakande extremism\nAvsnitt 1\n"
    missing = kopingplan(*vault_args(made), "plan", "show", "7", stdin=PASSPHRASE)
    assert missing.returncode != 0 and "no revision 7" in missing.stderr


def test_the_command_line_refuses_a_taken_number_and_a_file_not_plain_text(
    made: Path, tmp_path: Path
) -> None:
    good, latin = tmp_path / "plan.txt", tmp_path / "latin.txt"
    good.write_text("Planen", "utf-8")
    latin.write_bytes("Handlingsplan för Köping".encode("latin-1"))
    args = (*vault_args(made), "plan", "add", "--adopted-on", "2017-09-25", "--decided-by", "KF")
    assert kopingplan(*args, "--text-file", str(good), stdin=PASSPHRASE).returncode == 0
    again = kopingplan(*args, "--text-file", str(good), "--number", "1", stdin=PASSPHRASE)
    assert again.returncode == 2 and "revision" in again.stderr
    bad = kopingplan(*args, "--text-file", str(latin), stdin=PASSPHRASE)
    assert bad.returncode == 2 and "UTF-8" in bad.stderr
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\nHandlingsplan\n%%EOF\n")  # the plan as PDF: text it is not
    as_pdf = kopingplan(*args, "--text-file", str(pdf), stdin=PASSPHRASE)
    assert as_pdf.returncode == 2 and "plain text" in as_pdf.stderr
    with Session.open(VaultPaths(made), PASSPHRASE) as session:
        assert [r.revision for r in plan.revisions(session)] == [1]
