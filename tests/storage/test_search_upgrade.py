"""A PDF attached before schema version 9 is found by the words of its text once the vault is
upgraded (issue 17; version 9's Python step, storage/migrations.py). A real vault: the first
released one (tests/data/vault-v1), brought to version 8, given a PDF as version 8 stored it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import attachment_samples as samples
from kopingplan.services import search
from kopingplan.services.session import Session
from kopingplan.storage import migrations
from kopingplan.storage import repositories as repo
from kopingplan.storage.vault import Vault, VaultPaths

from support import PASSPHRASE

DATA = Path(__file__).resolve().parent.parent / "data"

WORD = "Kvittensblankett"  # in the PDF's text only, never in its file name


def _store_as_v8(
    conn: Any, case_id: int, name: str, kind: str, data: bytes, sha: str, *, pages: int | None
) -> None:
    """An attachment written with version 8's columns (the model has grown since)."""
    row = conn.execute(
        "INSERT INTO attachments (file_name, kind, size, sha256, added_at, added_by, case_id,"
        " pages) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            name,
            kind,
            len(data),
            sha,
            datetime.now(UTC).isoformat(timespec="microseconds"),
            "Gammal",
            case_id,
            pages,
        ),
    ).fetchone()
    conn.execute(
        "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, 0, ?)", (row[0], data)
    )


@pytest.fixture
def vault_at_v8_with_a_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> VaultPaths:
    """The first released vault (tests/data/vault-v1) brought to version 8, with a PDF stored
    as version 8 stored it: the record and its chunks, indexed by nothing."""
    folder = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", folder)
    paths = VaultPaths(folder)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "LATEST", 8)
        with Vault.open(paths, PASSPHRASE) as vault:
            assert vault.schema_version() == 8
            data = samples.pdf(3, f"Sidan nämner {WORD} och inget mer")
            with vault.transaction() as conn:
                case_id = conn.execute("SELECT min(id) FROM cases").fetchone()[0]
                _store_as_v8(conn, case_id, "brev.pdf", "pdf", data, "0" * 64, pages=3)
                png = samples.png()
                _store_as_v8(conn, case_id, "bild.png", "png", png, "1" * 64, pages=None)
    return paths


def test_a_pdf_stored_before_version_9_is_found_by_its_text_after_the_upgrade(
    vault_at_v8_with_a_pdf: VaultPaths,
) -> None:
    with Session.open(vault_at_v8_with_a_pdf, PASSPHRASE) as session:
        assert session.vault.schema_version() == migrations.LATEST
        hits = search.search(session, WORD.lower()[:7])
        assert [(h.kind, h.snippet.count(repo.HIT_START)) for h in hits] == [("attachment", 1)]
        assert WORD in hits[0].snippet.replace(repo.HIT_START, "").replace(repo.HIT_END, "")
        # Both files are still found by their names; the picture has no text to add.
        by_name = [h.snippet for h in search.search(session, "brev bild", kind="attachment")]
        assert by_name == []
        assert len(search.search(session, "brev", kind="attachment")) == 1
        assert len(search.search(session, "bild", kind="attachment")) == 1
