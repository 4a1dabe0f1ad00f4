"""`kopingplan consent add | withdraw | list` and `kopingplan disclosure add` (oral), as a
coordinator uses them; a refusal prints one line, exits 2 and writes nothing but the unlock
that every command line run records."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

from kopingplan.domain import model
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]

PURPOSE = "Stöd till avhopp"


def _police_and_school(folder: Path) -> tuple[int, int]:
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        police = session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
        school = session.save(model.Organisation("Norra skolan", model.OrganisationKind.SCHOOL))
    assert police.id is not None and school.id is not None
    return police.id, school.id


def _written(folder: Path) -> tuple[int, int, list[str]]:
    """Disclosures, consents, and the audit actions of the vault."""
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        conn = session.vault.conn
        disclosures = conn.execute("SELECT count(*) FROM disclosures").fetchone()[0]
        consents = conn.execute("SELECT count(*) FROM consents").fetchone()[0]
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    return disclosures, consents, actions


def _nothing_but_an_unlock(before: tuple[int, int, list[str]], folder: Path) -> None:
    disclosures, consents, actions = _written(folder)
    assert (disclosures, consents) == before[:2]
    assert set(actions[len(before[2]) :]) == {"vault.unlock"}  # the command's and ours


def _oral(folder: Path, *extra: str, lang: str = "en") -> object:
    return kopingplan(
        *vault_args(folder), "disclosure", "add", "--what", "Berättade om stödet.",
        "--legal-basis", "osl-12-2", "--decided-by", "Anna Lindqvist", "--role", "samordnare",
        "--purpose", PURPOSE, "--case", "1", *extra, stdin=PASSPHRASE, lang=lang,
    )  # fmt: skip


def test_a_consent_is_added_listed_cited_and_withdrawn(filled: Path) -> None:
    police, school = _police_and_school(filled)
    added = kopingplan(
        *vault_args(filled), "consent", "add", "1", "--given-by", "both", "--guardian",
        "Maria Quist", "--kind", "police", "--organisation", str(school), "--purpose", PURPOSE,
        "--form", "oral", "--witness", "Per Ek",
        "--given-on", (date.today() - timedelta(days=10)).isoformat(), stdin=PASSPHRASE,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Recorded consent 1."
    listed = kopingplan(*vault_args(filled), "consent", "list", "1", stdin=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    first = listed.stdout.splitlines()[0].split("\t")
    assert first[:2] == ["1", "valid"] and PURPOSE in first[-1]
    assert f"#{school}" in first[4] and "police" in first[4]

    cited = _oral(filled, "--organisation", str(police))
    assert cited.returncode == 0, cited.stderr  # type: ignore[attr-defined]
    assert "Recorded oral disclosure" in cited.stdout  # type: ignore[attr-defined]

    gone = kopingplan(*vault_args(filled), "consent", "withdraw", "1", "--on",
                      date.today().isoformat(), "--form", "written", stdin=PASSPHRASE)  # fmt: skip
    assert gone.returncode == 0, gone.stderr
    listed = kopingplan(*vault_args(filled), "consent", "list", "1", stdin=PASSPHRASE)
    assert listed.stdout.splitlines()[0].split("\t")[1] == "withdrawn"

    before = _written(filled)
    refused = _oral(filled, "--organisation", str(police), lang="sv")
    assert refused.returncode == 2  # type: ignore[attr-defined]
    lines = refused.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and "återkallats" in lines[0]
    _nothing_but_an_unlock(before, filled)


def test_citing_consent_without_one_is_refused_and_writes_nothing(filled: Path) -> None:
    police, _ = _police_and_school(filled)
    before = _written(filled)
    refused = _oral(filled, "--organisation", str(police), lang="sv")
    assert refused.returncode == 2  # type: ignore[attr-defined]
    assert "inget samtycke" in refused.stderr  # type: ignore[attr-defined]
    _nothing_but_an_unlock(before, filled)


def test_an_oral_consent_without_a_witness_is_refused(filled: Path) -> None:
    before = _written(filled)
    refused = kopingplan(
        *vault_args(filled), "consent", "add", "1", "--given-by", "subject", "--kind", "police",
        "--purpose", PURPOSE, "--form", "oral", "--given-on", date.today().isoformat(),
        stdin=PASSPHRASE, lang="sv",
    )  # fmt: skip
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "bevittnade" in refused.stderr
    _nothing_but_an_unlock(before, filled)


def test_an_oral_disclosure_on_another_basis_is_recorded_without_consent(filled: Path) -> None:
    police, _ = _police_and_school(filled)
    made = kopingplan(
        *vault_args(filled), "disclosure", "add", "--what", "Lägesbild i stort.",
        "--legal-basis", "osl-10-2", "--decided-by", "Anna Lindqvist", "--role", "samordnare",
        "--purpose", "Samverkan", "--organisation", str(police),
        "--on", (date.today() - timedelta(days=1)).isoformat(), stdin=PASSPHRASE,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    with Session.open(VaultPaths(filled), PASSPHRASE) as session:
        row = session.vault.conn.execute(
            "SELECT recipient, channel, legal_basis FROM disclosures ORDER BY id DESC"
        ).fetchone()
    assert tuple(row) == ("Polisen Köping", "oral", "OSL 10 kap. 2 §")
