"""`kopingplan report situation --recipient …`: the lägesbild for a period as copies with
recipients (issue 16). A copy outside the own unit needs a legal basis, who decided it, their
role and a purpose, and is then its own disclosure with its copy's SHA-256, about no case and no
person (the report names none); without them, or citing consent, nothing is written."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from test_cli import kopingplan, made  # noqa: F401 (made is a fixture)

from kopingplan.domain import model
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE, snapshot

PERIOD = ("--from", "2026-07-01", "--to", "2026-12-31")
TERMS = ("--legal-basis", "osl-10-2", "--decided-by", "Anna Lindqvist", "--role", "samordnare",
         "--purpose", "Polisens lägesbild inför sommaren")  # fmt: skip


@pytest.fixture
def vault(made: Path) -> Path:  # noqa: F811
    with Session.open(VaultPaths(made), PASSPHRASE) as session:
        session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
        session.save(
            model.Organisation("Samordningen", model.OrganisationKind.MUNICIPALITY, own_unit=True)
        )
        session.save(
            model.SituationEntry(
                date(2026, 9, 1), "Centrumskolan", model.Orientation.ISLAMIST,
                "Rekrytering på rasten", "Polisen",
            )
        )  # fmt: skip
    return made


def _report(folder: Path, target: Path, *extra: str, lang: str = "en") -> tuple[int, str, str]:
    result = kopingplan(
        "--vault", str(folder), "--passphrase-stdin", "report", "situation", *PERIOD,
        "--out", str(target), *extra, stdin=PASSPHRASE, lang=lang,
    )  # fmt: skip
    return result.returncode, result.stdout, result.stderr


def _disclosures(folder: Path) -> list[tuple[object, ...]]:
    with Session.open(VaultPaths(folder), PASSPHRASE, record_unlock=False) as session:
        rows = session.vault.conn.execute(
            "SELECT d.recipient, d.channel, d.content_sha256, d.content_description, d.purpose,"
            " (SELECT count(*) FROM disclosure_subjects s WHERE s.disclosure_id = d.id)"
            " FROM disclosures d ORDER BY d.id"
        ).fetchall()
    return [tuple(r) for r in rows]


def test_a_copy_for_the_police_is_refused_without_its_terms_then_is_a_disclosure(
    vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    target = out / "lb.pdf"
    before = snapshot(vault)
    for missing in ((), TERMS[:2], TERMS[:6]):
        code, _, err = _report(vault, target, "--recipient", "Polisen Köping", *missing, lang="sv")
        assert code == 2, err
        (line,) = err.strip().splitlines()
        assert "Kopian till Polisen Köping" in line and "rättslig grund" in line, line
        assert list(out.iterdir()) == []
        assert snapshot(vault) == before  # not even the audit log

    code, printed, err = _report(
        vault, target, "--recipient", "Polisen Köping", "--recipient", "Samordningen", *TERMS
    )
    assert code == 0, err
    police, own = out / "lb-exemplar-1-av-2.pdf", out / "lb-exemplar-2-av-2.pdf"
    assert sorted(out.iterdir()) == [police, own]
    assert str(police) in printed and str(own) in printed
    digest = hashlib.sha256(police.read_bytes()).hexdigest()
    ((recipient, channel, sha256, what, purpose, subjects),) = _disclosures(vault)
    assert (recipient, channel, sha256) == ("Polisen Köping", "brief", digest)
    assert "perioden 2026-07-01 – 2026-12-31, exemplar 1 av 2" in what, what
    assert purpose == "Polisens lägesbild inför sommaren"
    assert subjects == 0  # the lägesbild is about milieus: no case, no person


def test_consent_cannot_be_cited_for_the_lagesbild(vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "lb.pdf"
    before = snapshot(vault)
    cited = ("--legal-basis", "osl-12-2", *TERMS[2:])
    code, _, err = _report(vault, target, "--recipient", "Polisen Köping", *cited, lang="sv")
    assert code == 2, err
    (line,) = err.strip().splitlines()
    assert "samtycke" in line.lower() and "ärende" in line, line
    assert not target.exists()
    assert snapshot(vault) == before


def test_terms_without_a_recipient_are_a_usage_error(vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "lb.pdf"
    code, _, err = _report(vault, target, *TERMS, lang="sv")
    assert code == 2
    (line,) = err.strip().splitlines()
    assert "--recipient" in line and "tillsammans med" in line, line
    assert not target.exists()


def test_without_recipients_it_is_one_file_and_no_disclosure(vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "lb.pdf"
    code, printed, err = _report(vault, target)
    assert code == 0, err
    assert target.exists() and str(target) in printed
    assert _disclosures(vault) == []
