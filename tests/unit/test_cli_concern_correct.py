"""`kopingplan concern correct N --reason … [options]`: the intake options given are corrected,
the earlier version kept, the decision left as decided; a refusal prints one line, exits 2 and
writes nothing but the unlock."""

from __future__ import annotations

from pathlib import Path

from test_cli import kopingplan
from test_cli_briefs import filled, vault_args
from test_cli_concerns import _add, _nothing_but_an_unlock, _written

from kopingplan.domain import model
from kopingplan.services import concerns
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]


def _correct(folder: Path, *extra: str, lang: str = "en") -> object:
    return kopingplan(*vault_args(folder), "concern", "correct", "1", *extra,
                      stdin=PASSPHRASE, lang=lang)  # fmt: skip


def test_the_intake_is_corrected_and_the_decision_stays(filled: Path) -> None:
    assert _add(filled).returncode == 0  # type: ignore[attr-defined]
    decided = kopingplan(*vault_args(filled), "concern", "decide", "1", "--decision",
                         "referred", "--referred-to", "BoU", "--reason", "Skolfråga",
                         stdin=PASSPHRASE)  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    words = "En mamma skrev om sonens vänner."
    done = _correct(filled, "--reason", "Fel kanal", "--how", "letter", "--raised-by", "mamma",
                    "--level", "specific", "--what", words)  # fmt: skip
    assert done.returncode == 0, done.stderr  # type: ignore[attr-defined]
    assert done.stdout.strip() == "Corrected concern 1; the earlier version is kept."  # type: ignore[attr-defined]
    with Session.open(VaultPaths(filled), PASSPHRASE) as session:
        now = concerns.get_concern(session, 1)
        (earlier,) = concerns.concern_versions(session, 1)
        actions = [r[0] for r in session.vault.conn.execute("SELECT action FROM audit_log")]
    assert (now.channel, now.raised_by, now.level) == (
        model.ConcernChannel.LETTER, "mamma", model.Level.SPECIFIC
    )  # fmt: skip
    assert now.description == words
    assert (now.decision, now.referred_to) == (model.ConcernDecision.REFERRED, "BoU")
    assert earlier.record.channel is model.ConcernChannel.PHONE and earlier.reason == "Fel kanal"
    assert "concerns.correct" in actions
    same = _correct(filled, "--reason", "Igen", "--how", "letter", lang="sv")
    assert same.stdout.strip() == "Oro 1: inget att rätta; inget ändrades."  # type: ignore[attr-defined]


def test_a_refused_correction_writes_nothing(filled: Path) -> None:
    assert _add(filled).returncode == 0  # type: ignore[attr-defined]
    for extra in (
        ("--reason", " ", "--how", "letter"),
        ("--reason", "x", "--from", "organisation"),  # which organisation?
        ("--reason", "x", "--organisation", "999"),
        ("--reason", "x", "--received-on", "2999-01-01"),
    ):
        before = _written(filled)
        refused = _correct(filled, *extra, lang="sv")
        assert refused.returncode == 2, extra  # type: ignore[attr-defined]
        assert len(refused.stderr.strip().splitlines()) == 1  # type: ignore[attr-defined]
        _nothing_but_an_unlock(before, filled)
    missing = _correct(filled, "--how", "letter")
    assert missing.returncode == 2  # type: ignore[attr-defined]
