""" "Vart vänder jag mig?": one page, organisations and their contact details only, no case and
no person of the vault in its text (pdftotext), the own unit first, a long registry still on
one page, its writing logged; `kopingplan report where-to-turn --out FILE.pdf`."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

from kopingplan.domain import model as m
from kopingplan.services import agreements, where_to_turn
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping
from kopingplan.storage.repositories import CASES, NOTES, ORGANISATIONS, PERSONS
from kopingplan.storage.vault import VaultPaths

from support import OWNER, PASSPHRASE

__all__ = ["filled"]

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(data)
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    assert found is not None
    return int(found.group(1))


def test_the_sheet_holds_organisations_and_nothing_of_cases_or_people(
    filled: Path, tmp_path: Path
) -> None:
    with Session.open(VaultPaths(filled), PASSPHRASE) as session:
        conn = session.vault.conn
        clinic = session.save(
            m.Organisation(
                "Ungdomsmottagningen Köping", m.OrganisationKind.HEALTH_CARE,
                phone="0221-123 45", email="um@koping.example", address="Storgatan 1, Köping",
                notes="Hemlig anteckning om samverkan",
            )
        )  # fmt: skip
        agreements.add_agreement(
            session,
            m.Agreement(clinic.id, m.AgreementKind.OTHER, "Avtal om hemligheter", date(2026, 1, 1)),
        )
        session.save(m.Organisation("Föreningen Utan Nummer", m.OrganisationKind.CIVIL_SOCIETY))
        made = where_to_turn.make(session, date(2026, 12, 5))
        people = mapping.select(conn, PERSONS)
        cases = mapping.select(conn, CASES)
        notes = mapping.select(conn, NOTES)
        with_contact = [
            o for o in mapping.select(conn, ORGANISATIONS) if o.phone or o.email or o.address
        ]
    text = pdf_text(made.data, tmp_path)
    assert pages(made.data, tmp_path) == 1
    assert text.startswith("Köpings kommun Vart vänder jag mig?")
    assert "Vid akut fara: ring 112." in text
    assert "Uppdaterad 5 december 2026 av Köpings kommun." in text
    assert "Ungdomsmottagningen Köping" in text and "0221-123 45" in text
    assert "um@koping.example" in text and "Storgatan 1, Köping" in text
    assert "Vid psykisk ohälsa" in text  # the sentence for its kind
    assert "Föreningen Utan Nummer" not in text  # nothing to call: not listed
    # Every organisation with contact details is on the page or counted as left out (the
    # demo registry is longer than one page holds).
    assert made.listed + made.left_out == len(with_contact) and made.listed > 0
    assert "Hemlig" not in text and "hemligheter" not in text  # notes, agreements
    # No person of the vault, no case title, no note: searched for in the PDF's text.
    assert people and cases and notes
    found = [
        name
        for name in [OWNER, *(f"{p.given_name} {p.family_name}" for p in people)]
        if name.strip() and name in text
    ]
    assert found == []
    assert [c.title for c in cases if c.title in text] == []
    assert [n.text[:40] for n in notes if n.text[:40] in text] == []


def test_the_own_unit_comes_first_and_a_long_registry_stays_on_one_page(
    session: Session, tmp_path: Path
) -> None:
    for i in range(60):
        session.save(
            m.Organisation(
                f"Förening nummer {i:02d}", m.OrganisationKind.SPORTS_CLUB,
                phone=f"0221-100 {i:02d}", address=f"Idrottsvägen {i}, Köping",
            )
        )  # fmt: skip
    session.save(
        m.Organisation(
            "Samordnaren mot våldsbejakande extremism", m.OrganisationKind.OTHER,
            phone="0221-250 00", own_unit=True,
        )
    )  # fmt: skip
    entries = where_to_turn.entries(session)
    assert entries[0].name == "Samordnaren mot våldsbejakande extremism"
    assert (entries[0].group, entries[0].purpose) == where_to_turn.OWN_UNIT
    made = where_to_turn.make(session, date(2026, 12, 5))
    text = pdf_text(made.data, tmp_path)
    assert pages(made.data, tmp_path) == 1
    assert 0 < made.listed < 61 and made.listed + made.left_out == 61
    assert text.index("Börja här") < text.index("Samordnaren mot") < text.index("Idrott")
    assert text.count("Ledarna kan också höra av sig") == 1  # one sentence for the group
    assert f"{made.left_out} fler organisationer fick inte plats på sidan" in text


def test_every_kind_of_organisation_has_a_plain_sentence() -> None:
    assert set(where_to_turn.PURPOSES) == set(m.OrganisationKind)
    for heading, sentence in where_to_turn.PURPOSES.values():
        assert heading and len(heading) < 40
        assert sentence.endswith(".") and len(sentence) < 200


def test_an_empty_registry_still_gives_a_sheet_that_says_where_to_ask(
    session: Session, tmp_path: Path
) -> None:
    made = where_to_turn.make(session, date(2026, 12, 5))
    assert made.listed == 0
    assert "Fråga kommunens växel" in pdf_text(made.data, tmp_path)


def test_saving_writes_the_file_and_logs_it_without_names(session: Session, tmp_path: Path) -> None:
    session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE, phone="114 14"))
    made = where_to_turn.make(session)
    out = where_to_turn.save(session, made, tmp_path / "blad.pdf")
    assert out.read_bytes() == made.data
    (entry,) = audit.entries(session.vault.conn, action="where_to_turn.create")
    assert entry.details["organisations"] == 1 and len(entry.details["sha256"]) == 64
    assert "Polisen" not in str(entry.details)


def test_the_command_line_writes_the_sheet(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "Vart vänder jag mig.pdf"
    made = kopingplan(
        *vault_args(filled), "report", "where-to-turn", "--out", str(out), stdin=PASSPHRASE
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Wrote {out}: ") and "organisations." in made.stdout
    assert "Vart vänder jag mig?" in pdf_text(out.read_bytes(), tmp_path)
    again = kopingplan(
        *vault_args(filled), "report", "where-to-turn", "--out", str(out), stdin=PASSPHRASE
    )
    assert again.returncode == 2 and len(again.stderr.splitlines()) == 1  # exists, no --force
