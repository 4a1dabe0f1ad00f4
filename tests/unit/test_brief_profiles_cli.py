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


def test_a_case_brief_for_recipients_uses_their_content_profiles(
    filled: Path, tmp_path: Path
) -> None:
    with Session.open(VaultPaths(filled), PASSPHRASE, record_unlock=False) as session:
        police = session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
        school = session.save(model.Organisation("Västra skolan", model.OrganisationKind.SCHOOL))
        assert police.id is not None and school.id is not None
        content_profiles.set_profile(session, police.id, ["level", "orientation", "summary"])
        content_profiles.set_profile(session, school.id, ["level"])
        case_id, summary = session.vault.conn.execute(
            "SELECT id, summary FROM cases WHERE summary <> '' ORDER BY id LIMIT 1"
        ).fetchone()
    out = tmp_path / "ut"
    out.mkdir()
    made = kopingplan(*vault_args(filled), "brief", "case", str(case_id),
                      "--out", str(out / "pm.pdf"), "--recipient", "Polisen Köping",
                      "--recipient", "Västra skolan", *TERMS, stdin=PASSPHRASE)  # fmt: skip
    assert made.returncode == 0, made.stderr
    police_text = " ".join(text_of(out / "pm-exemplar-1-av-2.pdf").split())
    school_text = " ".join(text_of(out / "pm-exemplar-2-av-2.pdf").split())
    flat = " ".join(summary.split())
    assert flat in police_text and flat not in school_text
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
