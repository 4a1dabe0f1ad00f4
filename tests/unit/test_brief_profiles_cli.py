"""`kopingplan brief case ID --recipient A --recipient B`: each copy holds its organisation's
content profile (issue 16), as `brief meeting` does; each is its own disclosure. A lägesbild
brief's copies hold the whole picture."""

from __future__ import annotations

from pathlib import Path

from test_briefs_support import text_of
from test_cli import kopingplan
from test_cli_briefs import TERMS, _descriptions, filled, vault_args

from kopingplan.domain import model
from kopingplan.services import content_profiles
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]  # the fixture, from the brief command's own tests

PROFILES = (
    ("Polisen Köping", model.OrganisationKind.POLICE, ["level", "orientation", "summary"]),
    ("Västra skolan", model.OrganisationKind.SCHOOL, ["level"]),
)


def test_a_case_brief_for_recipients_uses_their_content_profiles(
    filled: Path, tmp_path: Path
) -> None:
    with Session.open(VaultPaths(filled), PASSPHRASE, record_unlock=False) as session:
        for name, kind, parts in PROFILES:
            organisation = session.save(model.Organisation(name, kind))
            assert organisation.id is not None
            content_profiles.set_profile(session, organisation.id, parts)
        case_id, summary = session.vault.conn.execute(
            "SELECT id, summary FROM cases WHERE summary <> '' ORDER BY id LIMIT 1"
        ).fetchone()
    out = tmp_path / "ut"
    out.mkdir()
    made = kopingplan(*vault_args(filled), "brief", "case", str(case_id),
                      "--out", str(out / "pm.pdf"), "--recipient", "Polisen Köping",
                      "--recipient", "Västra skolan", *TERMS, stdin=PASSPHRASE)  # fmt: skip
    assert made.returncode == 0, made.stderr
    police, school = (" ".join(text_of(out / f"pm-exemplar-{n}-av-2.pdf").split()) for n in (1, 2))
    assert " ".join(summary.split()) in police
    assert " ".join(summary.split()) not in school
    held = dict(_descriptions(filled))
    assert "sammanfattning" in held["Polisen Köping"]
    assert "sammanfattning" not in held["Västra skolan"] and "nivå" in held["Västra skolan"]

    lagesbild = kopingplan(*vault_args(filled), "brief", "lagesbild",
                           "--out", str(out / "lb.pdf"), "--recipient", "Polisen Köping",
                           "--recipient", "Västra skolan", *TERMS, stdin=PASSPHRASE)  # fmt: skip
    assert lagesbild.returncode == 0, lagesbild.stderr
    first, second = (out / f"lb-exemplar-{n}-av-2.pdf" for n in (1, 2))
    # The whole picture in both: the same words but for the copy mark.
    words = [set(text_of(path).split()) for path in (first, second)]
    assert len(words[0]) > 50
    assert words[0] ^ words[1] <= {"Polisen", "Köping", "Västra", "skolan", "1", "2"}
