"""`kopingplan attach KIND:ID FILE`, `kopingplan attachments KIND:ID` and `kopingplan attachment
save N --out FILE`, as a coordinator uses them; a refusal prints one line, exits 2 and stores
nothing."""

from __future__ import annotations

from pathlib import Path

from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

import attachment_samples as samples
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]


def _stored(folder: Path) -> tuple[int, list[str]]:
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        conn = session.vault.conn
        count = conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    return count, actions


def _next_id(folder: Path) -> int:
    """The number the next attachment gets (the demo vault already holds some)."""
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        row = session.vault.conn.execute("SELECT max(id) FROM attachments").fetchone()
    return int(row[0] or 0) + 1


def test_attach_list_and_save_a_copy(filled: Path, tmp_path: Path) -> None:
    letter = tmp_path / "Orosanmälan.pdf"
    letter.write_bytes(samples.pdf())
    before, _ = _stored(filled)
    number = _next_id(filled)
    added = kopingplan(*vault_args(filled), "attach", "case:1", str(letter), stdin=PASSPHRASE)
    assert added.returncode == 0, added.stderr
    assert f"Attached Orosanmälan.pdf as attachment {number} (PDF, 2 kB)." in added.stdout
    listed = kopingplan(*vault_args(filled), "attachments", "case:1", stdin=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    *rows, total = listed.stdout.splitlines()
    (ours,) = [row for row in rows if row.startswith(f"{number}\t")]
    assert ours.startswith(f"{number}\tOrosanmälan.pdf\tPDF\t2 kB\t")
    assert "\tAnna Lindqvist\t" in ours
    assert total == f"Attachments: {len(rows)}."
    out = tmp_path / "kopia.pdf"
    saved = kopingplan(*vault_args(filled), "attachment", "save", str(number), "--out", str(out),
                       stdin=PASSPHRASE)  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    assert out.read_bytes() == letter.read_bytes()
    again = kopingplan(*vault_args(filled), "attachment", "save", str(number), "--out", str(out),
                       stdin=PASSPHRASE)  # fmt: skip
    assert again.returncode == 2 and "--force" in again.stderr
    forced = kopingplan(*vault_args(filled), "attachment", "save", str(number), "--out",
                        str(out), "--force", stdin=PASSPHRASE)  # fmt: skip
    assert forced.returncode == 0, forced.stderr
    count, actions = _stored(filled)
    assert count == before + 1
    assert [a for a in actions if a.startswith("attachments.")] == [
        "attachments.add", "attachments.list", "attachments.save", "attachments.save",
    ]  # fmt: skip


def test_bad_files_and_records_are_refused_in_one_line(filled: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "brev.pdf"
    renamed.write_bytes(samples.png())
    damaged = tmp_path / "trasig.pdf"
    damaged.write_bytes(samples.pdf()[:500])
    before = _stored(filled)
    for args, words in (
        (("case:1", str(renamed)), "The name brev.pdf says PDF, but the content is PNG image."),
        (("case:1", str(damaged)), "damaged or cut off"),
        (("case:1", str(tmp_path)), "is a folder, not a file"),
        (("case:99999", str(samples_file(tmp_path))), "There is no case with number 99999"),
        (("ärende:1", str(renamed)), "is not KIND:NUMBER"),
        (("case:x", str(renamed)), "is not KIND:NUMBER"),
    ):
        result = kopingplan(*vault_args(filled), "attach", *args, stdin=PASSPHRASE)
        assert result.returncode == 2, (args, result.stderr)
        assert words in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    count, actions = _stored(filled)
    assert count == before[0]
    assert not [a for a in actions if a.startswith("attachments.")]


def test_swedish_messages(filled: Path, tmp_path: Path) -> None:
    picture = tmp_path / "bild.gif"
    picture.write_bytes(samples.gif())
    number = _next_id(filled)
    added = kopingplan(*vault_args(filled), "attach", "note:1", str(picture), stdin=PASSPHRASE,
                       lang="sv")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert f"Bifogade bild.gif som bilaga {number} (GIF-bild, 1 kB)." in added.stdout
    renamed = tmp_path / "brev.pdf"
    renamed.write_bytes(samples.png())
    refused = kopingplan(*vault_args(filled), "attach", "case:1", str(renamed), stdin=PASSPHRASE,
                         lang="sv")  # fmt: skip
    assert "Namnet brev.pdf anger PDF, men innehållet är PNG-bild." in refused.stderr


def samples_file(folder: Path) -> Path:
    path = folder / "ok.pdf"
    path.write_bytes(samples.pdf())
    return path
