"""Found on a walk of the demo vault: no organisation of the demo was the coordinator's own unit,
so "own copy plus police copy" could not be tried; and the lägesbild assessment corrected in
the demo was replaced before it was written (ersatt 06:10, skriven 07:30 the same day)."""

from __future__ import annotations

from pathlib import Path

from test_cli import kopingplan, made  # noqa: F401 (the fixture: a new vault)

from kopingplan.services import demo
from kopingplan.services.demo import registry
from kopingplan.services.session import Session
from kopingplan.storage import mapping
from kopingplan.storage.repositories import situation_periods, versions
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

TERMS = ("--legal-basis", "osl-10-2", "--decided-by", "Anna Lindqvist", "--role", "samordnare",
         "--purpose", "Samverkan om lägesbilden")  # fmt: skip


def _disclosures(folder: Path) -> list[tuple[str, str]]:
    with Session.open(VaultPaths(folder), PASSPHRASE, record_unlock=False) as session:
        rows = session.vault.conn.execute("SELECT recipient, channel FROM disclosures")
        return [(str(r[0]), str(r[1])) for r in rows.fetchall()]


def test_the_demo_has_the_own_unit_and_its_copy_is_no_disclosure(
    made: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    args = ("--vault", str(made), "--passphrase-stdin")
    filled = kopingplan(*args, "demo", "--cases", "3", "--seed", "5", stdin=PASSPHRASE)
    assert filled.returncode == 0, filled.stderr
    with Session.open(VaultPaths(made), PASSPHRASE, record_unlock=False) as session:
        own = session.vault.conn.execute(
            "SELECT name, kind FROM organisations WHERE own_unit = 1"
        ).fetchall()
    assert [tuple(row) for row in own] == [("Stadskansliet, Köpings kommun", "municipality")]

    police = next(spec.name for spec in registry.ORGANISATIONS if spec.key == "police")
    before = _disclosures(made)
    out = tmp_path / "lagesbild.pdf"
    both = kopingplan(*args, "brief", "lagesbild", "--out", str(out), "--recipient",
                      registry.OWN_UNIT.name, "--recipient", police, *TERMS,
                      stdin=PASSPHRASE)  # fmt: skip
    assert both.returncode == 0, both.stderr
    assert sorted(p.name for p in tmp_path.glob("lagesbild-*.pdf")) == [
        "lagesbild-exemplar-1-av-2.pdf",
        "lagesbild-exemplar-2-av-2.pdf",
    ]
    # Two copies, one disclosure: the police's. The own unit's copy needs no terms either.
    assert _disclosures(made) == [*before, (police, "brief")]
    own_only = kopingplan(*args, "brief", "lagesbild", "--out", str(tmp_path / "egen.pdf"),
                          "--recipient", registry.OWN_UNIT.name, stdin=PASSPHRASE)  # fmt: skip
    assert own_only.returncode == 0, own_only.stderr
    assert _disclosures(made) == [*before, (police, "brief")]


def test_the_demo_correction_of_an_assessment_comes_after_it_was_written(
    session: Session,
) -> None:
    demo.fill(session, cases=3, seed=7, notes_per_case=1)
    table = situation_periods.SITUATION_ASSESSMENTS
    with session.vault.read() as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM situation_assessments")]
        kept = {i: versions.versions(conn, table, i) for i in ids}
        current = {i: mapping.get(conn, table, i) for i in ids}
    corrected = {i: found for i, found in kept.items() if found}
    assert len(corrected) == 1, "the newest assessment is corrected once"
    ((record_id, (earlier,)),) = corrected.items()
    now = current[record_id]
    assert earlier.record.written_at < earlier.replaced_at, "replaced after it was written"
    assert earlier.replaced_at.date() == earlier.record.written_at.date()
    # The current text is the correction, written when the earlier one was replaced.
    assert now.written_at == earlier.replaced_at
    assert now.text != earlier.record.text and now.text.startswith(earlier.record.text)
