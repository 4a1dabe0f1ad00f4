"""`kopingplan disclosures`: the log says how each disclosure left and to what kind of
recipient in words, whom it was about, and filters by person and channel."""

from __future__ import annotations

from pathlib import Path

from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

from kopingplan.domain import model
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]


def _school_and_subject(folder: Path) -> tuple[int, int]:
    """A school to tell things to, and the person case 1 is about."""
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        school = session.save(model.Organisation("Norra skolan", model.OrganisationKind.SCHOOL))
        row = session.vault.conn.execute(
            "SELECT person_id FROM case_participants WHERE case_id = 1 AND role = 'subject'"
        ).fetchone()
    assert school.id is not None and row is not None
    return school.id, int(row[0])


def _log(folder: Path, *extra: str, lang: str = "en") -> list[list[str]]:
    result = kopingplan(*vault_args(folder), "disclosures", *extra, stdin=PASSPHRASE, lang=lang)
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_the_log_names_the_way_the_kind_of_recipient_and_the_persons(filled: Path) -> None:
    school, subject = _school_and_subject(filled)
    told = kopingplan(
        *vault_args(filled), "disclosure", "add", "--what", "Berättade om stödet.",
        "--legal-basis", "osl-10-2", "--decided-by", "Anna Lindqvist", "--role", "samordnare",
        "--purpose", "Samordning", "--case", "1", "--organisation", str(school),
        stdin=PASSPHRASE,
    )  # fmt: skip
    assert told.returncode == 0, told.stderr

    oral = _log(filled, "--channel", "oral", lang="sv")
    assert len(oral) == 1
    line = oral[0]
    assert line[1:4] == ["Muntligt", "Norra skolan", "Skola"]
    assert line[6] == "ärenden: 1"
    assert subject in {int(p) for p in line[7].removeprefix("om personer: ").split(",")}
    english = _log(filled, "--channel", "oral", lang="en")[0]
    assert english[1:4] == ["Oral", "Norra skolan", "School"]
    assert english[7].startswith("about persons: ")

    about = _log(filled, "--person", str(subject), "--recipient", "Norra skolan")
    assert [row[-1] for row in about] == [line[-1]]
    assert _log(filled, "--person", "999999") == []
    for row in _log(filled):  # every way in words, never a code
        assert row[1] in {"Encrypted export", "Oral", "Brief copy", "Register extract"}


def test_an_oral_disclosure_names_its_meeting_and_further_persons_or_writes_nothing(
    filled: Path,
) -> None:
    school, _ = _school_and_subject(filled)
    with Session.open(VaultPaths(filled), PASSPHRASE) as session:
        conn = session.vault.conn
        meeting = int(conn.execute("SELECT min(id) FROM meetings").fetchone()[0])
        neighbour = session.save(model.Person("David", "Granne")).id
    base = (
        *vault_args(filled), "disclosure", "add", "--what", "Berättade om stödet.",
        "--legal-basis", "osl-10-2", "--decided-by", "Anna Lindqvist", "--role", "samordnare",
        "--purpose", "Samordning", "--organisation", str(school),
    )  # fmt: skip

    def written() -> list[tuple[int, int | None]]:
        with Session.open(VaultPaths(filled), PASSPHRASE) as session:
            rows = session.vault.conn.execute(
                "SELECT id, meeting_id FROM disclosures WHERE channel = 'oral'"
            ).fetchall()
        return [(int(r[0]), r[1]) for r in rows]

    before = written()
    for wrong in (("--meeting", "987654"), ("--about", "987654")):
        refused = kopingplan(*base, *wrong, stdin=PASSPHRASE, lang="sv")
        assert refused.returncode != 0 and len(refused.stderr.strip().splitlines()) == 1
        assert written() == before
    told = kopingplan(*base, "--meeting", str(meeting), "--about", str(neighbour), stdin=PASSPHRASE)
    assert told.returncode == 0, told.stderr
    [(_, at_meeting)] = [row for row in written() if row not in before]
    assert at_meeting == meeting
    about = _log(filled, "--person", str(neighbour))
    assert len(about) == 1 and about[0][7] == f"about persons: {neighbour}"
